#pragma once
// What the .docx adapter does with each part of a package, decided by its content type: scan its
// text, clean its metadata, keep it as it is, or drop it (fail closed for anything unknown).

#include <string>
#include <string_view>

namespace deskbench::ooxml {

enum class PartRole {
  kStory,     // text people read: body, headers, footers, footnotes, endnotes
  kCore,      // docProps/core.xml
  kApp,       // docProps/app.xml
  kCustom,    // docProps/custom.xml: values scanned, then the part removed
  kSettings,  // word/settings.xml
  kKeep,      // styles, fonts, numbering, themes, relationships: no personal text
  kRemove,    // dropped and noted (see PartDecision::why)
};

struct PartDecision {
  PartRole role = PartRole::kRemove;
  std::string hint;  // kStory: "" for the body, "header", "footer", "footnote", "endnote"
  std::string why;   // kRemove: "comments", "macros", "embedded image"...
};

PartDecision DecidePart(std::string_view part, std::string_view content_type);

// True for the main document's content types (.docx, .docm, .dotx, .dotm).
bool IsMainDocumentType(std::string_view content_type);

}  // namespace deskbench::ooxml
