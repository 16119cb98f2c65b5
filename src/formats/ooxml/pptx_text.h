#pragma once
// PowerPoint text in logical units: a DrawingML paragraph (a:p) is one string however many runs
// (a:r/a:t), fields (a:fld) and line breaks (a:br) split it; shape names, alt text, tooltips, tag
// values, section names and chart category/series names (c:strCache) are strings of their own.
// Units are TextUnit of docx_text.h so that edits go back into the runs with ApplyEdits
// (replacement in the first run a match touches, the rest trimmed, run formatting kept).

#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ooxml/docx_text.h"

namespace deskbench::ooxml {

// The units of one part in document order; units without text are left out. label names the
// part for people ("slide 3", "notes of slide 3", "layout 'Title Slide'"); kind is the part's
// hint from DecidePptxPart ("slide", "notes", "master", "chart"...).
std::vector<TextUnit> CollectPptxUnits(const pugi::xml_node& root, std::string_view label,
                                       std::string_view kind);

// Removes the pictures, graphic frames (objects, media) and other elements whose r: attributes
// name one of ids (relationships to removed parts), and the slide's timing when it animated one
// of them; returns how many elements went.
size_t RemovePptxReferences(pugi::xml_node root, const std::set<std::string>& ids);

}  // namespace deskbench::ooxml
