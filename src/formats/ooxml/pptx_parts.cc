#include "formats/ooxml/pptx_parts.h"

#include <array>
#include <string>

namespace deskbench::ooxml {
namespace {

struct Rule {
  std::string_view content_type_suffix;
  PartRole role;
  std::string_view text;  // hint or reason
};

constexpr std::array kRules = {
    Rule{"presentationml.slide+xml", PartRole::kStory, "slide"},
    Rule{"presentationml.notesSlide+xml", PartRole::kStory, "notes"},
    Rule{"presentationml.slideLayout+xml", PartRole::kStory, "layout"},
    Rule{"presentationml.slideMaster+xml", PartRole::kStory, "master"},
    Rule{"presentationml.notesMaster+xml", PartRole::kStory, "notes master"},
    Rule{"presentationml.handoutMaster+xml", PartRole::kStory, "handout master"},
    Rule{"presentationml.tags+xml", PartRole::kStory, "tags"},
    Rule{"drawingml.chart+xml", PartRole::kStory, "chart"},
    Rule{"drawingml.chartshapes+xml", PartRole::kStory, "chart shapes"},
    Rule{"drawingml.diagramData+xml", PartRole::kStory, "diagram"},
    Rule{"drawingml.diagramDrawing+xml", PartRole::kStory, "diagram"},
    Rule{"presentationml.comments+xml", PartRole::kRemove, "comments"},
    Rule{"ms-powerpoint.comments+xml", PartRole::kRemove, "comments"},
    Rule{"presentationml.commentAuthors+xml", PartRole::kRemove, "comment authors"},
    Rule{"ms-powerpoint.authors+xml", PartRole::kRemove, "comment authors"},
    Rule{"ms-powerpoint.revisioninfo+xml", PartRole::kRemove, "revision history"},
    Rule{"ms-powerpoint.changesinfo+xml", PartRole::kRemove, "revision history"},
    Rule{"package.core-properties+xml", PartRole::kCore, ""},
    Rule{"officedocument.extended-properties+xml", PartRole::kApp, ""},
    Rule{"officedocument.custom-properties+xml", PartRole::kCustom, ""},
    Rule{"presentationml.presProps+xml", PartRole::kKeep, ""},
    Rule{"presentationml.viewProps+xml", PartRole::kKeep, ""},
    Rule{"presentationml.tableStyles+xml", PartRole::kKeep, ""},
    Rule{"drawingml.diagramLayout+xml", PartRole::kKeep, ""},
    Rule{"drawingml.diagramStyle+xml", PartRole::kKeep, ""},
    Rule{"drawingml.diagramColors+xml", PartRole::kKeep, ""},
    Rule{"ms-office.chartstyle+xml", PartRole::kKeep, ""},
    Rule{"ms-office.chartcolorstyle+xml", PartRole::kKeep, ""},
    Rule{"drawingml.theme+xml", PartRole::kKeep, ""},
    Rule{"officedocument.theme+xml", PartRole::kKeep, ""},
    Rule{"drawingml.themeOverride+xml", PartRole::kKeep, ""},
    Rule{"package.relationships+xml", PartRole::kKeep, ""},
    Rule{"officedocument.obfuscatedFont", PartRole::kKeep, ""},
    Rule{"x-fontdata", PartRole::kKeep, ""},
    Rule{"ms-office.vbaProject", PartRole::kRemove, "macros"},
    Rule{"ms-office.activeX+xml", PartRole::kRemove, "macros"},
    Rule{"ms-office.activeX", PartRole::kRemove, "macros"},
    Rule{"customXmlProperties+xml", PartRole::kRemove, "custom XML data"},
    Rule{"officedocument.oleObject", PartRole::kRemove, "embedded object"},
    Rule{"officedocument.vmlDrawing", PartRole::kRemove, "embedded object"},
    Rule{"officedocument.printerSettings", PartRole::kRemove, "printer settings"},
    Rule{"application/inkml+xml", PartRole::kRemove, "ink"},
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsMainPresentationType(std::string_view t) {
  constexpr std::array<std::string_view, 6> kMain = {
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
      "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
      "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",
      "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",
  };
  for (std::string_view m : kMain) {
    if (t == m) return true;
  }
  return false;
}

PartDecision DecidePptxPart(std::string_view part, std::string_view type) {
  if (IsMainPresentationType(type)) return {PartRole::kStory, "presentation", ""};
  for (const Rule& r : kRules) {
    if (EndsWith(type, r.content_type_suffix)) {
      if (r.role == PartRole::kStory) return {r.role, std::string(r.text), ""};
      return {r.role, "", std::string(r.text)};
    }
  }
  if (part.starts_with("docProps/thumbnail")) return {PartRole::kRemove, "", "thumbnail"};
  if (type.starts_with("image/")) return {PartRole::kRemove, "", "embedded image"};
  if (type.starts_with("video/") || type.starts_with("audio/")) {
    return {PartRole::kRemove, "", "embedded media"};
  }
  if (type.starts_with("application/x-font") || type == "application/font-woff") {
    return {PartRole::kKeep, "", ""};
  }
  if (part.starts_with("customXml/")) return {PartRole::kRemove, "", "custom XML data"};
  if (part.find("/embeddings/") != std::string_view::npos) {
    // Charts keep their workbook here: its cells are the chart's data, not scanned yet.
    if (type.find("spreadsheetml") != std::string_view::npos ||
        type.find("ms-excel") != std::string_view::npos) {
      return {PartRole::kRemove, "", "embedded workbook (chart data)"};
    }
    return {PartRole::kRemove, "", "embedded object"};
  }
  if (part.find("activeX") != std::string_view::npos) return {PartRole::kRemove, "", "macros"};
  return {PartRole::kRemove, "", "unknown part that could carry text"};
}

}  // namespace deskbench::ooxml
