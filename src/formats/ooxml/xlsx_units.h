#pragma once
// Workbook text in logical units: a shared or inline string (however many rich-text runs), a
// formula's string literal, a sheet or defined name, a number that may identify someone, a date
// of birth, a header/footer, a pivot cache item, a drawing paragraph or chart label. The same
// collectors run over the parts read for scanning and over the copies written, so units line up;
// UnitWriter writes the edits back in each unit's own way.

#include <map>
#include <pugixml.hpp>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "formats/document.h"
#include "formats/ooxml/docx_text.h"
#include "formats/ooxml/xlsx_string_hints.h"

namespace deskbench::ooxml {

enum class UnitKind {
  kRuns,         // text pieces (t, v elements or attributes) written back by ApplyEdits
  kNumber,       // a numeric cell's digits
  kDate,         // a date-serial cell shown as YYYY-MM-DD
  kLiteral,      // a "..." literal inside formula text
  kSheetName,    // workbook sheet/@name
  kDefinedName,  // workbook definedName/@name
};

struct SheetUnit {
  TextUnit unit;  // text, location, hint; pieces for kRuns
  UnitKind kind = UnitKind::kRuns;
  pugi::xml_node node;       // kNumber, kDate: the c element; kLiteral: the formula element
  pugi::xml_attribute attr;  // kSheetName, kDefinedName
  size_t begin = 0;          // kLiteral: the literal's contents in the formula text
  size_t end = 0;
  std::string fraction;   // kDate: the time of day (".5") kept on write
  bool date1904 = false;  // kDate: the workbook's date system
};

struct SheetContext {
  std::string name;                         // the sheet's name, for locations
  std::map<uint32_t, std::string> headers;  // column -> first-row text
  bool date1904 = false;
};

std::vector<SheetUnit> WorkbookUnits(const pugi::xml_node& root, std::string_view part);
std::vector<SheetUnit> SharedStringUnits(const pugi::xml_node& root, std::string_view part,
                                         const StringHints& hints);
// The units of shared string `index` (a si element), as SharedStringUnits gives them, for items
// read one batch at a time (xlsx_streamed_strings.h).
void SharedStringItemUnits(const pugi::xml_node& si, std::string_view part, size_t index,
                           const StringHints& hints, std::vector<SheetUnit>& out);
// rows_at, when given, receives how many of the units come before the rows of the worksheet's
// own sheetData (all of them when it has none).
std::vector<SheetUnit> WorksheetUnits(const pugi::xml_node& root, std::string_view part,
                                      const SheetContext& sheet, size_t* rows_at = nullptr);
// What WorksheetUnits does for each row and cell of sheetData, for rows read one at a time
// (xlsx_streamed_sheet.h). A row's number: its r attribute, else the previous row's plus one. A
// cell's zero-based column: from its r attribute, else the one after the previous cell's.
uint32_t RowNumber(const pugi::xml_node& row, uint32_t previous);
uint32_t ColumnOfCell(const pugi::xml_node& c, uint32_t next);
void CellUnits(const pugi::xml_node& c, uint32_t col, uint32_t row, bool header_row,
               const SheetContext& sheet, std::vector<SheetUnit>& out);
// Removes the formulas (f) and defined names under node that refer to another workbook; returns
// how many.
size_t RemoveExternalFormulas(pugi::xml_node node);
std::vector<SheetUnit> PivotCacheUnits(const pugi::xml_node& root, std::string_view part);
// Drawings and charts: text-box and title paragraphs, cached category/series labels.
std::vector<SheetUnit> DrawingUnits(const pugi::xml_node& root, std::string_view part);
// External relationship targets (hyperlinks) of a .rels part.
std::vector<SheetUnit> ExternalTargetUnits(const pugi::xml_node& root, std::string_view part);

// The plain text of a shared or inline string (si or is element): its t runs, phonetic runs out.
std::string StringItemText(const pugi::xml_node& item);

class UnitWriter {
 public:
  explicit UnitWriter(std::set<std::string> sheet_names) : names_(std::move(sheet_names)) {}
  // Returns true when the unit's part changed.
  bool Apply(const SheetUnit& unit, std::span<const Edit> edits);
  // Writes the formula literals gathered by Apply; returns the formula elements changed.
  std::vector<pugi::xml_node> Finish();
  const std::map<std::string, std::string>& renames() const { return renames_; }
  std::vector<Note>& notes() { return notes_; }

 private:
  struct Splice {
    size_t begin, end;
    std::string text;
  };
  std::set<std::string> names_;
  std::map<std::string, std::string> renames_;
  std::map<pugi::xml_node_struct*, std::vector<Splice>> splices_;
  std::vector<Note> notes_;
};

// Rewrites references to renamed sheets in every formula under root; true when any changed.
bool RenameSheetsIn(pugi::xml_node root, const std::map<std::string, std::string>& renames);

}  // namespace deskbench::ooxml
