#include "formats/ooxml/docx_parts.h"

#include <array>

namespace deskbench::ooxml {
namespace {

struct Rule {
  std::string_view content_type_suffix;
  PartRole role;
  std::string_view text;  // hint or reason
};

constexpr std::string_view kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

constexpr std::array kRules = {
    Rule{"wordprocessingml.header+xml", PartRole::kStory, "header"},
    Rule{"wordprocessingml.footer+xml", PartRole::kStory, "footer"},
    Rule{"wordprocessingml.footnotes+xml", PartRole::kStory, "footnote"},
    Rule{"wordprocessingml.endnotes+xml", PartRole::kStory, "endnote"},
    Rule{"wordprocessingml.comments+xml", PartRole::kRemove, "comments"},
    // Word 2013 and later (the vendor prefix varies between writers: matched by suffix).
    Rule{".commentsExtended+xml", PartRole::kRemove, "comments"},
    Rule{".commentsIds+xml", PartRole::kRemove, "comments"},
    Rule{".commentsExtensible+xml", PartRole::kRemove, "comments"},
    Rule{".people+xml", PartRole::kRemove, "comment authors"},
    Rule{"package.core-properties+xml", PartRole::kCore, ""},
    Rule{"officedocument.extended-properties+xml", PartRole::kApp, ""},
    Rule{"officedocument.custom-properties+xml", PartRole::kCustom, ""},
    Rule{"wordprocessingml.settings+xml", PartRole::kSettings, ""},
    Rule{"wordprocessingml.styles+xml", PartRole::kKeep, ""},
    Rule{"ms-word.stylesWithEffects+xml", PartRole::kKeep, ""},
    Rule{"wordprocessingml.fontTable+xml", PartRole::kKeep, ""},
    Rule{"wordprocessingml.webSettings+xml", PartRole::kKeep, ""},
    Rule{"wordprocessingml.numbering+xml", PartRole::kKeep, ""},
    Rule{"drawingml.theme+xml", PartRole::kKeep, ""},
    Rule{"officedocument.theme+xml", PartRole::kKeep, ""},
    Rule{"drawingml.themeOverride+xml", PartRole::kKeep, ""},
    Rule{"package.relationships+xml", PartRole::kKeep, ""},
    Rule{"officedocument.obfuscatedFont", PartRole::kKeep, ""},
    Rule{"ms-office.vbaProject", PartRole::kRemove, "macros"},
    Rule{"ms-word.vbaData+xml", PartRole::kRemove, "macros"},
    Rule{"ms-word.keyMapCustomizations+xml", PartRole::kRemove, "macros"},
    Rule{"ms-word.attachedToolbars", PartRole::kRemove, "macros"},
    Rule{"document.glossary+xml", PartRole::kRemove, "glossary (building blocks)"},
    Rule{"customXmlProperties+xml", PartRole::kRemove, "custom XML data"},
    Rule{"officedocument.oleObject", PartRole::kRemove, "embedded object"},
    Rule{"officedocument.package", PartRole::kRemove, "embedded object"},
    Rule{"officedocument.printerSettings", PartRole::kRemove, "printer settings"},
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsMainDocumentType(std::string_view t) {
  return t == std::string(kWml) + "document.main+xml" ||
         t == std::string(kWml) + "template.main+xml" ||
         t == "application/vnd.ms-word.document.macroEnabled.main+xml" ||
         t == "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";
}

PartDecision DecidePart(std::string_view part, std::string_view type) {
  if (IsMainDocumentType(type)) return {PartRole::kStory, "", ""};
  for (const Rule& r : kRules) {
    if (EndsWith(type, r.content_type_suffix)) {
      if (r.role == PartRole::kStory) return {r.role, std::string(r.text), ""};
      return {r.role, "", std::string(r.text)};
    }
  }
  if (type.starts_with("image/")) return {PartRole::kRemove, "", "embedded image"};
  if (type.starts_with("application/x-font") || type == "application/font-woff") {
    return {PartRole::kKeep, "", ""};
  }
  if (part.starts_with("customXml/")) return {PartRole::kRemove, "", "custom XML data"};
  if (part.find("/embeddings/") != std::string_view::npos) {
    return {PartRole::kRemove, "", "embedded object"};
  }
  if (part.find("activeX") != std::string_view::npos) return {PartRole::kRemove, "", "macros"};
  return {PartRole::kRemove, "", "unknown part that could carry text"};
}

}  // namespace deskbench::ooxml
