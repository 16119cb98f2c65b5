#include "scrub/identity_key.h"

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

std::string IdentityKey(Entity type, std::string_view value, const names::IdentityBook& people,
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
  return ValueId(type, value);
}

}  // namespace deskbench
