#pragma once
// Word text in logical units: a paragraph (w:p) is one string however many runs, hyperlinks, smart
// tags, fields or proofing marks split it; its field instructions are a second string; alt text
// attributes are strings of their own. Edits given in unit coordinates are written back into the
// runs: a replacement goes into the first w:t a match touches, the rest of the match is trimmed,
// so run formatting is kept.

#include <memory>
#include <pugixml.hpp>
#include <span>
#include <string>
#include <vector>

#include "formats/document.h"

namespace deskbench::ooxml {

struct TextPiece {
  pugi::xml_node node;       // a w:t / w:instrText element, or w:tab / w:br standing for one char
  pugi::xml_attribute attr;  // set instead for attribute text (w:instr, descr, title)
  size_t begin = 0;          // in the unit's text
  size_t end = 0;
  bool editable = true;  // false for the characters that w:tab and w:br stand for
};

struct TextUnit {
  std::string text;
  std::vector<TextPiece> pieces;
  std::string location;  // "word/document.xml paragraph 12"
  std::string hint;      // "header", "text box", "field code", "alt text"
};

// Builds units piece by piece: the base of the Word and DrawingML collectors.
class UnitBuilder {
 protected:
  int NewUnit(std::string location, std::string_view hint);
  void AddText(int unit, const pugi::xml_node& node, std::string_view text);
  // A character an element stands for (w:tab, a:br): not editable.
  void AddSynthetic(int unit, const pugi::xml_node& node, std::string_view chars);
  void AddAttribute(int unit, const pugi::xml_attribute& a);
  // The units that have text.
  std::vector<TextUnit> TakeUnits();

  // A table's first row, by grid column: below it a cell is read under its column's header, as a
  // workbook's cell is ("SSN", "IMEI" or "Latitude" says what a bare value is).
  struct TableHeaders {
    std::vector<std::string> by_column;
    // The header over `column`, or empty.
    std::string_view At(size_t column) const;
  };
  // Keeps the text of the first-row cell just read (its units from first_unit on) as the header
  // of its columns [column, column + span), when it reads as one: a short line. A first row of
  // prose is a table used for layout and heads nothing.
  void RememberHeader(TableHeaders& headers, size_t column, size_t span, size_t first_unit) const;

  std::vector<TextUnit> units_;
};

// The units of one story part (body, header, footnotes...) in document order; units without text
// are left out. hint is given to paragraphs outside text boxes.
std::vector<TextUnit> CollectUnits(const pugi::xml_node& root, std::string_view part,
                                   std::string_view hint);

// CollectUnits a piece at a time, for a story read as a stream: the elements of the root (and of
// w:body, in the main document) are given one after the other in document order, and the running
// numbers of paragraphs, tables, drawings and attributes go on from one to the next, so the units,
// their locations and hints are those CollectUnits gives for the whole part. Nothing else in a
// story's units depends on what lies outside one such element.
class StoryCollector {
 public:
  StoryCollector(std::string_view part, std::string_view hint);
  ~StoryCollector();
  StoryCollector(const StoryCollector&) = delete;
  StoryCollector& operator=(const StoryCollector&) = delete;

  // The units of element (nothing for other nodes); they point into its document.
  std::vector<TextUnit> Collect(const pugi::xml_node& element);
  // A table of the body read a row at a time: opened, its elements given to Collect (each inside
  // a table element, as it is written), closed.
  void OpenTable();
  void CloseTable();

  class Walker;

 private:
  std::unique_ptr<Walker> walker_;
};

// Writes edits (sorted, not overlapping, in unit.text coordinates; others are skipped) into the
// unit's nodes. Returns true when something changed.
bool ApplyEdits(const TextUnit& unit, std::span<const Edit> edits);

}  // namespace deskbench::ooxml
