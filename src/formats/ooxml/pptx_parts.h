#pragma once
// What the .pptx adapter does with each part of a presentation package, decided by its content
// type: scan its text, clean its metadata, keep it as it is, or drop it (fail closed for anything
// unknown). Reuses the roles of the Word adapter (docx_parts.h); kSettings is not used.

#include <string_view>

#include "formats/ooxml/docx_parts.h"

namespace deskbench::ooxml {

// kStory hints: "presentation", "slide", "notes", "layout", "master", "notes master",
// "handout master", "chart", "chart shapes", "diagram", "tags".
PartDecision DecidePptxPart(std::string_view part, std::string_view content_type);

// True for the main presentation part's content types (.pptx, .pptm, .potx, .potm, .ppsx, .ppsm).
bool IsMainPresentationType(std::string_view content_type);

}  // namespace deskbench::ooxml
