#pragma once
// Organisations found in a task, so that short forms ("Brightline", "Brightline Logistics") are
// found wherever the full name ("Brightline Logistics Inc.") was found once, and get the matching
// short form of the one fake organisation.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::names {

struct OrgMention {
  std::string full;  // the full name as first registered
  size_t words = 0;  // how many leading words of the full name the mention is
};

class OrgBook {
 public:
  // Registers a name found with confidence ("Brightline Logistics Inc.").
  void Add(std::string_view full_name);
  // The organisation a mention stands for, or nullopt.
  std::optional<OrgMention> Resolve(std::string_view mention) const;
  // The full names and their short forms worth searching for across the task: the name without
  // its legal form, and its first word when that word is distinctive (not an everyday word, a
  // name or a place) and no other organisation starts with it.
  std::vector<std::string> Variants() const;
  size_t size() const { return orgs_.size(); }

 private:
  struct Org {
    std::string full;
    std::vector<std::string> words;  // as written
    size_t core = 0;                 // words before the legal form
  };
  bool Distinctive(const std::string& word, const Org& self) const;
  std::vector<Org> orgs_;
};

}  // namespace deskbench::names
