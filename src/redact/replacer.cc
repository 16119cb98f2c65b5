#include "redact/replacer.h"

#include "core/hash.h"

namespace deskbench {

// Placeholder until the operators land: every operator redacts with the type tag.
Replacer::Replacer(std::string key, const names::IdentityBook* people, ReplaceOptions options)
    : key_(std::move(key)), people_(people), options_(options) {}

std::string Replacer::Replace(Operator op, Entity type, std::string_view value) const {
  if (op == Operator::kKeep) return std::string(value);
  if (op == Operator::kRemove) return {};
  return "[" + std::string(EntityName(type)) + "]";
}

std::string Replacer::Pseudonym(Entity type, std::string_view value) const {
  return Replace(Operator::kRedact, type, value);
}

}  // namespace deskbench
