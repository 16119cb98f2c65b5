#pragma once
// Places in business text that hold a person's name whatever the name is: email headers
// ("From: X <x@...>"), display names before an address, labels ("Owner:", "Prepared by:",
// "Attendees:"), the line under a sign-off ("Regards,\nX"), greetings ("Hi X,") and action items
// ("- [ ] X to follow up"). There a name missing from the gazetteers is still a name.

#include <string_view>

namespace deskbench::names {

enum class Slot : unsigned char {
  kNone,
  kHeader,      // From:, To:, Cc:, a display name before <addr>, a person label, a signature
  kGreeting,    // "Hi X," / "Dear X" with nothing else after it on the line
  kActionItem,  // "- X to ..." / "1. X will ..." at the start of a list item
  kTaskItem     // the same in a checklist: "- [ ] X to follow up"
};

// The slot of the words text[begin, end) when they fill it alone: nothing but list separators,
// an address or a role in parentheses may stand beside them.
Slot PersonSlot(std::string_view text, size_t begin, size_t end);

// True when text[begin, end) names the organisation in a signature block, under a sign-off and a
// name, on the job title's line after ", ", " | ", " - " or " at ", or alone on the line under it:
//   Best regards,     Best regards,
//   Jane Doe          Jane Doe
//   Head of Finance   Head of Finance, Northwind Traders
//   Northwind Traders
bool SignatureOrgSlot(std::string_view text, size_t begin, size_t end);

}  // namespace deskbench::names
