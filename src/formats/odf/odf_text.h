#pragma once
// OpenDocument text in logical units: a paragraph or heading (text:p, text:h) is one string across
// spans, links, spaces (text:s), tabs and line breaks; sheet names, cell string values, hyperlink
// targets and frame titles and descriptions are strings of their own. Edits in unit coordinates
// are written back into the text nodes: a replacement goes into the first text node a match
// touches and the rest of the match is trimmed, so spans (formatting) are kept.

#include <pugixml.hpp>
#include <span>
#include <string>
#include <vector>

#include "formats/document.h"

namespace deskbench::odf {

struct OdfPiece {
  pugi::xml_node node;       // a text node, or text:s / text:tab / text:line-break
  pugi::xml_attribute attr;  // set instead for attribute text (href, sheet name, string value)
  size_t begin = 0;
  size_t end = 0;
  bool editable = true;  // false for the characters an element stands for
};

struct OdfUnit {
  std::string text;
  std::vector<OdfPiece> pieces;
  std::string location;
  std::string hint;
};

// The units of one part in document order; units without text are left out.
std::vector<OdfUnit> CollectOdfUnits(const pugi::xml_node& root, std::string_view part);

// Writes edits (sorted, not overlapping, in unit.text coordinates) into the unit's nodes. Returns
// true when something changed.
bool ApplyOdfEdits(const OdfUnit& unit, std::span<const Edit> edits);

}  // namespace deskbench::odf
