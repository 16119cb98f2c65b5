#pragma once
// Segment hints with a meaning both sides agree on: adapters (formats/) set them, the detection
// engine (detect/) reads them. Other hints are free text (a column header, a JSON key).

#include <string_view>

namespace deskbench {

// A field's instruction in a word-processing document (Word's w:instrText and w:fldSimple/@instr:
// "DOCVARIABLE Company", "HYPERLINK \"mailto:jane@example.com\" \h"). Its unquoted words are the
// field's keyword, switches and the names of variables and bookmarks, which a replacement would
// break; names of people and organisations are looked for in its quoted arguments only.
inline constexpr std::string_view kFieldCodeHint = "field code";

}  // namespace deskbench
