#include "detect/names/identity.h"

namespace deskbench::names {

// Placeholder until the names work lands.
void IdentityBook::Add(std::string_view) {}
std::optional<PersonName> IdentityBook::Resolve(std::string_view) const {
  return std::nullopt;
}
std::vector<std::string> IdentityBook::Variants() const {
  return {};
}

}  // namespace deskbench::names
