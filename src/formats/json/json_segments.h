#pragma once
// Turning one JSON text into segments and writing it back with edits: shared by the JSON adapter
// (one text per file) and the JSON Lines adapter (one text per line).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"

namespace deskbench::json {

struct TextSpan {
  std::string_view json;             // one JSON text
  uint64_t base = 0;                 // file offset of json[0]
  std::string_view location_prefix;  // "line 4, " for JSON Lines
};

// Visits every string, key and number of span.json as segments. Throws ParseError.
void ScanText(const TextSpan& span, const Limits& limits, const SegmentVisitor& visit);

// Appends span.json to out with edits applied; notes numbers that had to become strings. With a
// sink, out is handed to it whenever it passes 1 MiB, so a large document is not held twice.
void WriteText(const TextSpan& span, const Limits& limits, const SegmentEditor& edits,
               std::string& out, std::vector<Note>& notes, Sink* sink = nullptr);

}  // namespace deskbench::json
