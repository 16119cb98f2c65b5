#pragma once
// What the .xlsx adapter does with each part of a workbook package, decided by its content type:
// scan its text, clean its metadata, keep it, or drop it (fail closed for anything unknown).

#include <string>
#include <string_view>

namespace deskbench::ooxml {

enum class SheetPartRole {
  kWorkbook,       // xl/workbook.xml: sheet names, defined names
  kWorksheet,      // cells, formulas, validations, headers and footers
  kSharedStrings,  // xl/sharedStrings.xml
  kPivotCache,     // pivot cache definitions and records: copies of the source data
  kDrawing,        // drawings (text boxes) and charts (cached labels, titles)
  kComments,       // notes, threaded comments and their persons, kept with --keep-comments
  kCore,
  kApp,
  kCustom,  // values scanned, then the part removed
  kKeep,    // styles, themes, calculation chain, tables, pivot tables: no free text
  kRemove,  // dropped and noted (see why)
};

struct SheetPartDecision {
  SheetPartRole role = SheetPartRole::kRemove;
  std::string why;  // kRemove: "comments", "macros", "external link"...
};

SheetPartDecision DecideSheetPart(std::string_view part, std::string_view content_type);

// True for the workbook content types (.xlsx, .xlsm, .xltx, .xltm).
bool IsWorkbookType(std::string_view content_type);

}  // namespace deskbench::ooxml
