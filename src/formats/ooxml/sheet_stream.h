#pragma once
// A worksheet part read as a stream, for sheets too large to parse whole: expat reports elements
// with their byte positions, so each row of sheetData reaches the caller as the bytes it was
// written with (plus where its cells are), and what lies around sheetData (the sheet's settings,
// merged cells, hyperlinks, header and footer) is kept as written. Memory stays about one row and
// a read chunk, whatever the number of rows.
//
// The same refusals as for parts parsed whole (xml_part.h): malformed XML, a DOCTYPE (any, not
// only one with an internal subset) or an ENTITY declaration, nesting deeper than
// limits.max_xml_depth. Also refused, as nothing Excel writes: a part that is not UTF-8, a second
// sheetData, an element other than a row directly in sheetData and relationship references (r:id)
// inside sheetData, which the adapter could not follow into rows it does not keep.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/limits.h"
#include "formats/ooxml/expat_pass.h"

namespace deskbench::ooxml {

struct SheetRow {
  std::string_view bytes;  // "<row ...>...</row>" as written
  // [begin, end) in bytes of each c element directly in the row, in order.
  std::span<const std::pair<size_t, size_t>> cells;
};

// What lies around sheetData, as written.
struct SheetOutline {
  std::string prefix;      // from the part's first byte to sheetData's start tag
  std::string suffix;      // from after sheetData's end tag to the last byte
  std::string sheet_data;  // sheetData's qualified name; empty when the part has none
  // The part without its rows: prefix, an empty sheetData element, suffix.
  std::string Skeleton() const;
};

class SheetStream {
 public:
  // part and file name refusals; outline_limit bounds the outline kept by Read, and each row.
  SheetStream(std::string part, std::filesystem::path file, const Limits& limits,
              uint64_t outline_limit);

  // Reads the part: each row of sheetData goes to on_row (in order); the outline is kept when
  // outline is not null. Throws Refusal (naming file and part) as above, or what on_row throws.
  void Read(const ChunkSource& source, const std::function<void(const SheetRow&)>& on_row,
            SheetOutline* outline) const;

  // Writes the sheetData element (start tag to end tag; nothing when the part has none) to out:
  // bytes as read, except rows for which on_row returns true, which are replaced by what it put
  // in its string.
  using RowRewriter = std::function<bool(const SheetRow&, std::string& replacement)>;
  void WriteSheetData(const ChunkSource& source, const RowRewriter& on_row,
                      const ChunkConsumer& out) const;

 private:
  std::string part_;
  std::filesystem::path file_;
  Limits limits_;
  uint64_t outline_limit_;
};

}  // namespace deskbench::ooxml
