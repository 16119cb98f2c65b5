#include "formats/ooxml/docx_text.h"

#include <algorithm>

#include "core/ascii.h"
#include "core/hints.h"
#include "formats/ooxml/xml_part.h"
#include "formats/splice.h"

namespace deskbench::ooxml {
namespace {

std::string ElementText(const pugi::xml_node& node) {
  std::string text;
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) text += c.value();
  }
  return text;
}

void SetElementText(pugi::xml_node node, const std::string& text) {
  while (node.first_child()) node.remove_child(node.first_child());
  if (!text.empty()) node.append_child(pugi::node_pcdata).set_value(text.c_str());
  bool edges = !text.empty() && (ascii::IsSpace(text.front()) || ascii::IsSpace(text.back()));
  if (edges && !node.attribute("xml:space")) node.append_attribute("xml:space") = "preserve";
}

// Attributes that hold text people read: hyperlink tooltips, the default text, status bar and
// help texts of legacy form fields, smart tag properties.
bool IsAttributeText(const pugi::xml_node& parent, std::string_view local) {
  if (local == "hyperlink") return true;
  // Smart tag and custom XML element properties (w:attr w:val) hold recognised values.
  if (local == "attr") {
    std::string_view holder = LocalName(parent.name());
    return holder == "smartTagPr" || holder == "customXmlPr";
  }
  if (local != "default" && local != "statusText" && local != "helpText") return false;
  for (pugi::xml_node up = parent; up; up = up.parent()) {
    if (LocalName(up.name()) == "ffData") return true;
  }
  return false;
}

std::string_view AttributeHint(std::string_view local) {
  if (local == "hyperlink") return "tooltip";
  if (local == "attr") return "smart tag";
  return "form field";
}

}  // namespace

class StoryCollector::Walker : UnitBuilder {
 public:
  Walker(std::string_view part, std::string_view hint) : part_(part), hint_(hint) {}

  void Walk(const pugi::xml_node& node, int paragraph, int field, bool in_text_box) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_element) Visit(child, node, paragraph, field, in_text_box);
    }
  }

  // An element directly in the story's container (or its root), as Walk visits it there.
  void VisitTop(const pugi::xml_node& child) { Visit(child, child.parent(), -1, -1, false); }
  // A table of the container, as Visit enters and leaves one, its elements given in between.
  void OpenTable() { cells_.push_back({++tables_, 0, 0, 0, 0, {}}); }
  void CloseTable() { cells_.pop_back(); }

  std::vector<TextUnit> Take() { return TakeUnits(); }

 private:
  void Visit(const pugi::xml_node& child, const pugi::xml_node& node, int paragraph, int field,
             bool in_text_box) {
    std::string_view local = LocalName(child.name());
    if (local == "tbl") {
      cells_.push_back({++tables_, 0, 0, 0, 0, {}});
      Walk(child, paragraph, field, in_text_box);
      cells_.pop_back();
    } else if (local == "tr" && !cells_.empty()) {
      ++cells_.back().row;
      cells_.back().cell = 0;
      cells_.back().column = 0;
      Walk(child, paragraph, field, in_text_box);
    } else if (local == "tc" && !cells_.empty()) {
      // Indices, not references: a nested table grows cells_ during the walk.
      const size_t table = cells_.size() - 1;
      ++cells_[table].cell;
      cells_[table].current = cells_[table].column;
      const size_t span = GridSpan(child);
      cells_[table].column += span;
      const size_t first = units_.size();
      Walk(child, paragraph, field, in_text_box);
      if (cells_[table].row == 1) {
        RememberHeader(cells_[table].headers, cells_[table].current, span, first);
      }
    } else if (local == "p") {
      ++paragraphs_;
      // A paragraph in a table says which cell it is in, so people (and the review page) can
      // see the table.
      std::string where = std::string(part_);
      if (!cells_.empty()) {
        const Cell& c = cells_.back();
        where += " table " + std::to_string(c.table) + ", row " + std::to_string(c.row) +
                 ", cell " + std::to_string(c.cell) + ",";
      }
      where += " paragraph " + std::to_string(paragraphs_);
      int p = NewUnit(where, in_text_box ? "text box" : CellHint());
      int f = NewUnit(where + " field code", kFieldCodeHint);
      Walk(child, p, f, in_text_box);
    } else if ((local == "t" || local == "delText") && paragraph >= 0) {
      AddText(paragraph, child, ElementText(child));
    } else if (local == "instrText" && field >= 0) {
      AddText(field, child, ElementText(child));
    } else if ((local == "tab" || local == "br" || local == "cr" || local == "noBreakHyphen") &&
               paragraph >= 0 && LocalName(node.name()) == "r") {
      AddSynthetic(paragraph, child,
                   local == "tab" ? "\t" : (local == "noBreakHyphen" ? "-" : "\n"));
    } else if (local == "fldSimple" && field >= 0) {
      for (pugi::xml_attribute a : child.attributes()) {
        if (LocalName(a.name()) == "instr") AddAttribute(field, a);
      }
      Walk(child, paragraph, field, in_text_box);
    } else if (local == "docPr" || local == "cNvPr") {
      ++drawings_;
      for (pugi::xml_attribute a : child.attributes()) {
        std::string_view name = LocalName(a.name());
        if ((name == "descr" || name == "title") && *a.value() != '\0') {
          int u = NewUnit(std::string(part_) + " drawing " + std::to_string(drawings_) + " " +
                              std::string(name),
                          "alt text");
          AddAttribute(u, a);
        }
      }
    } else if (IsAttributeText(node, local)) {
      ++attributes_;
      for (pugi::xml_attribute a : child.attributes()) {
        std::string_view name = LocalName(a.name());
        if ((name == "tooltip" || name == "val") && *a.value() != '\0') {
          int u = NewUnit(
              std::string(part_) + " " + std::string(local) + " " + std::to_string(attributes_),
              AttributeHint(local));
          AddAttribute(u, a);
        }
      }
      Walk(child, paragraph, field, in_text_box);
    } else if (local == "txbxContent") {
      Walk(child, -1, -1, true);
    } else {
      Walk(child, paragraph, field, in_text_box);
    }
  }

  // Columns a cell spans (w:tcPr/w:gridSpan), so that the cells under a merged header line up.
  static size_t GridSpan(const pugi::xml_node& tc) {
    for (pugi::xml_node pr : tc.children()) {
      if (LocalName(pr.name()) != "tcPr") continue;
      for (pugi::xml_node span : pr.children()) {
        if (LocalName(span.name()) != "gridSpan") continue;
        for (pugi::xml_attribute a : span.attributes()) {
          if (LocalName(a.name()) == "val") return std::clamp<size_t>(a.as_uint(1), 1, 64);
        }
      }
    }
    return 1;
  }

  struct Cell {
    size_t table, row, cell;
    size_t column = 0;   // the grid column the next cell starts in
    size_t current = 0;  // the grid column the cell being read starts in
    TableHeaders headers;
  };

  // Below a table's first row a paragraph is read under its column's header, as a workbook's
  // cell is: "SSN", "IMEI" or "Latitude" says what a bare value is.
  std::string_view CellHint() const {
    if (cells_.empty()) return hint_;
    const Cell& c = cells_.back();
    if (c.row < 2 || c.cell == 0) return hint_;
    const std::string_view header = c.headers.At(c.current);
    return header.empty() ? hint_ : header;
  }

  std::string part_;
  std::string hint_;
  std::vector<Cell> cells_;  // the tables the walk is in, innermost last
  size_t tables_ = 0;
  size_t paragraphs_ = 0;
  size_t drawings_ = 0;
  size_t attributes_ = 0;
};

std::string_view UnitBuilder::TableHeaders::At(size_t column) const {
  return column < by_column.size() ? std::string_view(by_column[column]) : std::string_view();
}

void UnitBuilder::RememberHeader(TableHeaders& headers, size_t column, size_t span,
                                 size_t first_unit) const {
  // A header is a short line ("SSN", "IMEI", "Date of birth"). Word allows 63 columns and
  // PowerPoint 75; a hostile row of thousands of wide cells keeps no headers past 256.
  constexpr size_t kLongestHeader = 64;
  constexpr size_t kMaxHeaderColumns = 256;
  if (column + span > kMaxHeaderColumns) return;
  std::string text;
  for (size_t u = first_unit; u < units_.size(); ++u) {
    if (units_[u].hint == kFieldCodeHint || units_[u].text.empty()) continue;
    if (!text.empty()) text += ' ';
    text += units_[u].text;
  }
  const std::string_view header = ascii::Trim(text);
  if (header.empty() || header.size() > kLongestHeader ||
      header.find('\n') != std::string_view::npos) {
    return;
  }
  if (headers.by_column.size() < column + span) headers.by_column.resize(column + span);
  for (size_t k = column; k < column + span; ++k) headers.by_column[k] = std::string(header);
}

int UnitBuilder::NewUnit(std::string location, std::string_view hint) {
  units_.push_back({"", {}, std::move(location), std::string(hint)});
  return static_cast<int>(units_.size() - 1);
}

void UnitBuilder::AddText(int unit, const pugi::xml_node& node, std::string_view text) {
  TextUnit& u = units_[static_cast<size_t>(unit)];
  u.pieces.push_back({node, {}, u.text.size(), u.text.size() + text.size(), true});
  u.text += text;
}

void UnitBuilder::AddSynthetic(int unit, const pugi::xml_node& node, std::string_view chars) {
  TextUnit& u = units_[static_cast<size_t>(unit)];
  u.pieces.push_back({node, {}, u.text.size(), u.text.size() + chars.size(), false});
  u.text += chars;
}

void UnitBuilder::AddAttribute(int unit, const pugi::xml_attribute& a) {
  TextUnit& u = units_[static_cast<size_t>(unit)];
  std::string_view value = a.value();
  u.pieces.push_back({{}, a, u.text.size(), u.text.size() + value.size(), true});
  u.text += value;
}

std::vector<TextUnit> UnitBuilder::TakeUnits() {
  std::vector<TextUnit> out;
  for (TextUnit& u : units_) {
    if (!u.text.empty()) out.push_back(std::move(u));
  }
  units_.clear();
  return out;
}

std::vector<TextUnit> CollectUnits(const pugi::xml_node& root, std::string_view part,
                                   std::string_view hint) {
  StoryCollector::Walker c(part, hint);
  c.Walk(root, -1, -1, false);
  return c.Take();
}

StoryCollector::StoryCollector(std::string_view part, std::string_view hint)
    : walker_(std::make_unique<Walker>(part, hint)) {}

StoryCollector::~StoryCollector() = default;

std::vector<TextUnit> StoryCollector::Collect(const pugi::xml_node& element) {
  if (element.type() == pugi::node_element) walker_->VisitTop(element);
  return walker_->Take();
}

void StoryCollector::OpenTable() {
  walker_->OpenTable();
}

void StoryCollector::CloseTable() {
  walker_->CloseTable();
}

bool ApplyEdits(const TextUnit& unit, std::span<const Edit> raw) {
  std::vector<Edit> edits = SanitizeEdits(unit.text, raw);
  if (edits.empty()) return false;
  std::vector<PieceSpan> spans;
  for (const TextPiece& p : unit.pieces) spans.push_back({p.begin, p.end, p.editable});
  for (PieceChange& c : DistributeEdits(unit.text, spans, edits)) {
    const TextPiece& p = unit.pieces[c.piece];
    if (c.remove) {
      p.node.parent().remove_child(p.node);
    } else if (p.attr) {
      pugi::xml_attribute a = p.attr;
      a.set_value(c.text.c_str());
    } else {
      SetElementText(p.node, c.text);
    }
  }
  return true;
}

}  // namespace deskbench::ooxml
