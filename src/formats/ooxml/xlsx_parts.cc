#include "formats/ooxml/xlsx_parts.h"

#include <array>

namespace deskbench::ooxml {
namespace {

struct Rule {
  std::string_view content_type_suffix;
  SheetPartRole role;
  std::string_view why;
};

constexpr std::array kRules = {
    Rule{"spreadsheetml.worksheet+xml", SheetPartRole::kWorksheet, ""},
    Rule{"spreadsheetml.sharedStrings+xml", SheetPartRole::kSharedStrings, ""},
    Rule{"spreadsheetml.pivotCacheDefinition+xml", SheetPartRole::kPivotCache, ""},
    Rule{"spreadsheetml.pivotCacheRecords+xml", SheetPartRole::kPivotCache, ""},
    Rule{"officedocument.drawing+xml", SheetPartRole::kDrawing, ""},
    Rule{"drawingml.chart+xml", SheetPartRole::kDrawing, ""},
    Rule{"drawingml.chartshapes+xml", SheetPartRole::kDrawing, ""},
    Rule{"package.core-properties+xml", SheetPartRole::kCore, ""},
    Rule{"officedocument.extended-properties+xml", SheetPartRole::kApp, ""},
    Rule{"officedocument.custom-properties+xml", SheetPartRole::kCustom, ""},
    Rule{"spreadsheetml.styles+xml", SheetPartRole::kKeep, ""},
    Rule{"spreadsheetml.calcChain+xml", SheetPartRole::kKeep, ""},
    Rule{"spreadsheetml.table+xml", SheetPartRole::kKeep, ""},
    Rule{"spreadsheetml.pivotTable+xml", SheetPartRole::kKeep, ""},
    Rule{"spreadsheetml.sheetMetadata+xml", SheetPartRole::kKeep, ""},
    Rule{"spreadsheetml.volatileDependencies+xml", SheetPartRole::kKeep, ""},
    Rule{"spreadsheetml.chartsheet+xml", SheetPartRole::kKeep, ""},
    Rule{"drawingml.theme+xml", SheetPartRole::kKeep, ""},
    Rule{"officedocument.theme+xml", SheetPartRole::kKeep, ""},
    Rule{"ms-office.chartstyle+xml", SheetPartRole::kKeep, ""},
    Rule{"ms-office.chartcolorstyle+xml", SheetPartRole::kKeep, ""},
    Rule{"package.relationships+xml", SheetPartRole::kKeep, ""},
    Rule{"spreadsheetml.comments+xml", SheetPartRole::kRemove, "comments"},
    Rule{".threadedcomments+xml", SheetPartRole::kRemove, "threaded comments"},
    Rule{".person+xml", SheetPartRole::kRemove, "comment authors"},
    Rule{"officedocument.vmlDrawing", SheetPartRole::kRemove, "legacy drawing (comment shapes)"},
    Rule{"spreadsheetml.externalLink+xml", SheetPartRole::kRemove, "external link"},
    Rule{"spreadsheetml.connections+xml", SheetPartRole::kRemove, "data connections"},
    Rule{"spreadsheetml.queryTable+xml", SheetPartRole::kRemove, "query table"},
    Rule{"spreadsheetml.revisionHeaders+xml", SheetPartRole::kRemove, "revision history"},
    Rule{"spreadsheetml.revisionLog+xml", SheetPartRole::kRemove, "revision history"},
    Rule{"spreadsheetml.userNames+xml", SheetPartRole::kRemove, "shared workbook users"},
    Rule{"ms-office.vbaProject", SheetPartRole::kRemove, "macros"},
    Rule{"ms-excel.controlproperties+xml", SheetPartRole::kRemove, "form controls"},
    Rule{"customXmlProperties+xml", SheetPartRole::kRemove, "custom XML data"},
    Rule{"officedocument.oleObject", SheetPartRole::kRemove, "embedded object"},
    Rule{"officedocument.package", SheetPartRole::kRemove, "embedded object"},
    Rule{"officedocument.spreadsheetml.printerSettings", SheetPartRole::kRemove,
         "printer settings"},
    Rule{"officedocument.printerSettings", SheetPartRole::kRemove, "printer settings"},
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsWorkbookType(std::string_view t) {
  return t == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" ||
         t == "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml" ||
         t == "application/vnd.ms-excel.sheet.macroEnabled.main+xml" ||
         t == "application/vnd.ms-excel.template.macroEnabled.main+xml";
}

SheetPartDecision DecideSheetPart(std::string_view part, std::string_view type) {
  if (IsWorkbookType(type)) return {SheetPartRole::kWorkbook, ""};
  for (const Rule& r : kRules) {
    if (EndsWith(type, r.content_type_suffix)) return {r.role, std::string(r.why)};
  }
  if (part.starts_with("docProps/thumbnail")) return {SheetPartRole::kRemove, "thumbnail"};
  if (type.starts_with("image/")) return {SheetPartRole::kRemove, "embedded image"};
  if (type.starts_with("application/x-font") || type == "application/font-woff") {
    return {SheetPartRole::kKeep, ""};
  }
  if (part.starts_with("customXml/")) return {SheetPartRole::kRemove, "custom XML data"};
  if (part.find("/embeddings/") != std::string_view::npos) {
    return {SheetPartRole::kRemove, "embedded object"};
  }
  if (part.find("printerSettings") != std::string_view::npos) {
    return {SheetPartRole::kRemove, "printer settings"};
  }
  if (part.find("activeX") != std::string_view::npos) return {SheetPartRole::kRemove, "macros"};
  return {SheetPartRole::kRemove, "unknown part that could carry text"};
}

}  // namespace deskbench::ooxml
