#include "scrub/identity_key.h"

#include <optional>

#include "core/ascii.h"
#include "core/hash.h"
#include "scrub/decisions.h"

namespace deskbench {

namespace {

std::string Person(const names::PersonName& p) {
  std::string key = ascii::Lower(p.first);
  key.push_back('\0');
  key += ascii::Lower(p.last);
  return "person:" + Sha256Hex(key).substr(0, 16);
}

}  // namespace

namespace {

// The person or organisation value resolves to; nullopt when neither does.
std::optional<std::string> ResolvedKey(Entity type, std::string_view value,
                                       const names::IdentityBook& people,
                                       const names::OrgBook& orgs) {
  if (type == Entity::PERSON) {
    if (auto p = people.Resolve(value)) return Person(*p);
  } else if (type == Entity::EMAIL) {
    // An address names its owner by its local part ("jane.doe", "jdoe").
    std::string_view local = value.substr(0, value.find('@'));
    if (auto p = people.Resolve(local)) return Person(*p);
  } else if (type == Entity::ORGANIZATION) {
    if (auto o = orgs.Resolve(value)) {
      return "org:" + Sha256Hex(ascii::Lower(o->full)).substr(0, 16);
    }
  }
  return std::nullopt;
}

}  // namespace

std::string IdentityKey(Entity type, std::string_view value, const names::IdentityBook& people,
                        const names::OrgBook& orgs) {
  if (auto key = ResolvedKey(type, value, people, orgs)) return std::move(*key);
  return ValueId(type, value);
}

std::string IdentityKey(Entity type, std::string_view value, const names::IdentityBook& people,
                        const names::OrgBook& orgs, std::string_view value_id) {
  if (auto key = ResolvedKey(type, value, people, orgs)) return std::move(*key);
  return std::string(value_id);
}

}  // namespace deskbench
