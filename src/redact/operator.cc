#include "redact/operator.h"

#include <array>
#include <utility>

namespace deskbench {

namespace {
constexpr std::array<std::pair<Operator, std::string_view>, 6> kNames = {{
    {Operator::kPseudonymize, "pseudonymize"},
    {Operator::kRedact, "redact"},
    {Operator::kMask, "mask"},
    {Operator::kHash, "hash"},
    {Operator::kRemove, "remove"},
    {Operator::kKeep, "keep"},
}};
}  // namespace

std::string_view OperatorName(Operator op) {
  for (auto [o, n] : kNames) {
    if (o == op) return n;
  }
  return "?";
}

std::optional<Operator> ParseOperator(std::string_view name) {
  for (auto [o, n] : kNames) {
    if (n == name) return o;
  }
  return std::nullopt;
}

}  // namespace deskbench
