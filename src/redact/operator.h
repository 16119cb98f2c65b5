#pragma once
// What happens to a finding's text.

#include <optional>
#include <string_view>

namespace deskbench {

enum class Operator {
  kPseudonymize,  // a consistent, realistic surrogate of the same shape (the default)
  kRedact,        // the type tag: [PERSON]
  kMask,          // keep the last N characters: ********6789
  kHash,          // a keyed hash: PERSON_3f9a1c2b
  kRemove,        // delete the text
  kKeep,          // leave it (a reviewer said it is not sensitive)
};

std::string_view OperatorName(Operator op);
std::optional<Operator> ParseOperator(std::string_view name);

}  // namespace deskbench
