#pragma once
// People found in a task, so that every mention of one person ("Jane Q. Doe", "Doe", "J. Doe",
// "Jane", "jdoe", "jane.doe@...") is linked to one identity and gets one pseudonym.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/names/posting_index.h"

namespace deskbench::names {

struct PersonName {
  std::string first;
  std::string middle;  // may be empty or an initial
  std::string last;
  bool operator==(const PersonName&) const = default;
};

class IdentityBook {
 public:
  // Registers a name found with confidence. Accepts "Jane Doe", "Jane Q. Doe", "Doe, Jane",
  // "Dr. Jane Doe"; ignores what does not parse as a name.
  void Add(std::string_view full_name);
  // The identity a mention refers to, or nullopt when none (or more than one) fits.
  std::optional<PersonName> Resolve(std::string_view mention) const;
  // Every variant worth searching for across the task (full names, "J. Doe", surnames, "jdoe",
  // "jane.doe"), for Policy::terms in pass 2. Variants shared by two identities are left out.
  std::vector<std::string> Variants() const;
  // True when `word` is the given name or surname of someone in the book: a pseudonym made of it
  // would put a real name of the task back.
  bool Names(std::string_view word) const;
  size_t size() const { return people_.size(); }

 private:
  // Indexes into people_, each list in the order people were added, so that resolving a mention
  // looks up its candidates instead of comparing it with every person of a large task.
  using Index = PostingIndex;
  void IndexPerson(uint32_t i);

  std::vector<PersonName> people_;
  Index by_full_;   // folded first name, '\0', folded last name (one person each)
  Index by_local_;  // folded email local parts: "jane.doe", "jdoe"
  Index by_first_;  // folded given name
  Index by_last_;   // folded surname
};

}  // namespace deskbench::names
