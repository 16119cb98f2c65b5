#pragma once
// OpenDocument text in logical units: a paragraph or heading (text:p, text:h) is one string across
// spans, links, spaces (text:s), tabs and line breaks; sheet names, cell string values, hyperlink
// targets, frame titles and descriptions and annotation authors are strings of their own. In
// spreadsheets, numbers that may identify someone (float cells) and dates of birth (date cells
// under such a header) are units too, with the column's first-row text as hint, like in xlsx;
// they are written back typed (a number stays a number when the replacement is digits). Edits in
// unit coordinates are written back into the text nodes: a replacement goes into the first text
// node a match touches and the rest of the match is trimmed, so spans (formatting) are kept.

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

// How a unit is written back: text into its pieces, or a spreadsheet cell's typed value.
enum class OdfKind {
  kText,
  kNumber,  // office:value of a float cell (digits that may be a phone, account or SSN)
  kDate,    // office:date-value of a date cell under a date-of-birth header (YYYY-MM-DD)
};

struct OdfUnit {
  std::string text;
  std::vector<OdfPiece> pieces;
  std::string location;
  std::string hint;
  OdfKind kind = OdfKind::kText;
  pugi::xml_node cell;  // kNumber, kDate: the table:table-cell
  std::string time;     // kDate: the time of day after the date ("T12:00:00"), kept
};

// The units of one part in document order; units without text are left out.
std::vector<OdfUnit> CollectOdfUnits(const pugi::xml_node& root, std::string_view part);

// Writes edits (sorted, not overlapping, in unit.text coordinates) into the unit's nodes (or the
// cell's value). Returns true when something changed.
bool ApplyOdfEdits(const OdfUnit& unit, std::span<const Edit> edits);

}  // namespace deskbench::odf
