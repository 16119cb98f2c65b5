#pragma once
// libphonenumber's Parse costs tens of microseconds a call, most of it in ICU regular expressions
// that normalise free-form input. For the plain shapes that make up almost every candidate (digit
// groups, spaces, dots, dashes, parentheses) in a few well-known numbering plans, the PhoneNumber
// that Parse would produce can be built directly; anything else is left to Parse.

#include <phonenumbers/phonenumber.pb.h>

#include <string>
#include <string_view>
#include <vector>

namespace deskbench {

enum class DirectParse {
  kBuilt,     // `number` holds exactly what PhoneNumberUtil::Parse would have produced
  kInvalid,   // Parse would succeed or fail, but the result cannot be a valid number
  kAskParse,  // not a shape or plan this handles
};

// The plans ParseDirect builds numbers for: a country code, its main region, and the national
// prefix for parsing it assumes the metadata gives that region.
struct DirectPlan {
  int country_code;
  std::string region;
  std::string prefix_for_parsing;
};
std::vector<DirectPlan> DirectPlans();

// `candidate` is a phone candidate (detect/validators/phone.h). `region` is the default region
// for a number without a country code; international numbers ("+44...", "0044...") ignore it.
DirectParse ParseDirect(std::string_view candidate, std::string_view region,
                        i18n::phonenumbers::PhoneNumber& number);

// PhoneNumberUtil::IsValidNumber for a number ParseDirect built. It first asks the plan's own
// region, whose metadata comes first for its country code and has no leading-digits rule, so a
// number valid there is valid (IsValidNumber would pick that region); only the others pay for
// IsValidNumber's search through the regions sharing the code (25 for +1).
bool IsValidBuiltNumber(const i18n::phonenumbers::PhoneNumber& number);

}  // namespace deskbench
