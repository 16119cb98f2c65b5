#pragma once
// A worksheet part too large to parse whole (over Limits::stream_sheet_bytes inflated), read as a
// stream (sheet_stream.h) each time it is needed, so memory stays about one row however many
// rows the sheet has.
//
// What lies around its sheetData (the skeleton: settings, merged cells, hyperlinks, validations,
// header and footer) is parsed whole and stands for the part in the Package, so the adapter's
// cleaning (protection hashes, references to removed parts, external formulas) and the units of
// headers, footers, hyperlinks and validations work on it as on any part. Rows are read one at a
// time, each parsed alone with pugixml and given to the collectors the whole-part path uses
// (CellUnits), so segments, findings and edits are the same. Written back, a row keeps its bytes
// except the cells that changed, which are written as WriteXml writes them; the skeleton is
// written as it was unless it changed. The part is deflated as it is written (deflate_stream.h):
// its rows first, in segment order, and what comes before and after them once all is known.

#include <functional>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/ooxml/deflate_stream.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/sheet_stream.h"
#include "formats/ooxml/xlsx_units.h"

namespace deskbench::ooxml {

class StreamedSheet {
 public:
  // Reads the part once, each row to visit (as ForEachRow; only the first unless every_row: rows
  // are parsed only for visit), and gives its skeleton to package (Package::AdoptStreamed).
  // Throws Refusal for what SheetStream refuses, and for a skeleton over max_skeleton_bytes.
  StreamedSheet(Package& package, std::string part, const Limits& limits,
                uint64_t max_skeleton_bytes, bool every_row,
                const std::function<void(pugi::xml_node row, bool first)>& visit);

  // The first row of sheetData, parsed alone, to visit (not called when there is none), reading the
  // part only as far as that row: the header cells a streamed shared strings part is read for
  // before the sheet itself (xlsx_streamed_strings.h).
  static void ReadFirstRow(const Package& package, const std::string& part, const Limits& limits,
                           uint64_t max_skeleton_bytes,
                           const std::function<void(pugi::xml_node row)>& visit);

  const std::string& part() const { return part_; }
  uint64_t skeleton_bytes() const { return skeleton_bytes_; }

  // Each row element of sheetData, parsed alone; first: the first row (the headers).
  void ForEachRow(const std::function<void(pugi::xml_node row, bool first)>& visit) const;

  // The units of the rows, in order. detach: cells lose formulas referring to another workbook
  // first (external links were removed).
  void ScanRows(const SheetContext& sheet, bool detach,
                const std::function<void(const SheetUnit&)>& visit) const;

  // Writes sheetData: apply edits a unit (true when it changed); writer's pending formula
  // literals are written into each cell and renamed sheets renamed in its formulas. The piece
  // ends without the final block (Assemble puts the end of the part after it).
  struct WrittenRows {
    DeflatedPiece piece;
    bool changed = false;
  };
  WrittenRows WriteRows(const SheetContext& sheet, bool detach, UnitWriter& writer,
                        const std::function<bool(const SheetUnit&)>& apply) const;
  // The part's deflated pieces: what comes before sheetData, rows, what comes after, from
  // skeleton when it changed (null: as written).
  std::vector<DeflatedPiece> Assemble(const pugi::xml_document* skeleton, DeflatedPiece rows) const;

 private:
  ChunkSource Source() const;

  const Package& package_;
  std::string part_;
  SheetStream stream_;
  SheetOutline outline_;
  uint64_t skeleton_bytes_ = 0;
};

}  // namespace deskbench::ooxml
