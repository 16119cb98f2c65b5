#pragma once
// People found in a task, so that every mention of one person ("Jane Q. Doe", "Doe", "J. Doe",
// "Jane", "jdoe", "jane.doe@...") is linked to one identity and gets one pseudonym.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  size_t size() const { return people_.size(); }

 private:
  // Indexes into people_, so that Resolve (called for every mention of a run) costs a few hash
  // lookups whatever the number of people. Keys are folded (lower case, no dots).
  std::vector<PersonName> people_;
  std::unordered_map<std::string, size_t> by_full_;        // first '\0' last
  std::unordered_multimap<std::string, size_t> by_local_;  // email local parts
  std::unordered_multimap<std::string, size_t> by_word_;   // given name or surname
  std::unordered_multimap<std::string, size_t> by_last_;   // surname
};

}  // namespace deskbench::names
