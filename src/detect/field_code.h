#pragma once
// The structure of a word-processing field's instruction (core/hints.h kFieldCodeHint): the words
// a replacement would break, so that no finding covers them.

#include <string_view>
#include <utility>
#include <vector>

namespace deskbench {

// Byte ranges of `instruction` that are syntax, not content (ECMA-376 Part 1, 17.16): the field's
// keyword ("DOCVARIABLE", "HYPERLINK"), its switches ("\h", "\*") with the unquoted argument of a
// formatting switch ("\* MERGEFORMAT"), and the unquoted name that follows the keywords which
// name a variable, bookmark, property, merge field or sequence ("DOCVARIABLE Company", "REF
// _Ref123"). Quoted arguments and the other words stay content: "AUTHOR \"Ann Lee\"",
// "HYPERLINK \"mailto:ann@example.com\"".
std::vector<std::pair<size_t, size_t>> FieldCodeSyntax(std::string_view instruction);

}  // namespace deskbench
