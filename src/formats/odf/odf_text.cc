#include "formats/odf/odf_text.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>

#include "core/ascii.h"
#include "formats/ooxml/xlsx_cells.h"
#include "formats/ooxml/xml_part.h"
#include "formats/splice.h"

namespace deskbench::odf {
namespace {

using ooxml::LocalName;

// A run of text:s stands for at most this many spaces in a unit (a huge count is not expanded).
constexpr long kMaxSpaces = 1024;

bool IsHref(const pugi::xml_attribute& a) {
  return std::string_view(a.name()) == "xlink:href";
}

// The text a cell shows (its paragraphs' text nodes), for column headers.
std::string PlainText(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      text += c.value();
    } else if (c.type() == pugi::node_element) {
      if (!text.empty() && std::string_view(c.name()) == "text:p") text += ' ';
      text += PlainText(c);
    }
    if (text.size() > 200) break;
  }
  return text;
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!ascii::IsDigit(s[i])) return false;
  }
  return true;
}

// Where in a table the walk is: rows and columns counted with their repeats.
struct TableState {
  size_t index = 0;  // 1-based, in document order
  uint64_t row = 0;
  uint64_t column = 0;
  std::string name;
  std::map<uint64_t, std::string> headers;
};

uint64_t Repeats(const pugi::xml_node& n, const char* attribute) {
  long long r = n.attribute(attribute).as_llong(1);
  return r < 1 ? 1 : static_cast<uint64_t>(r);
}

// "A", "B", ..., "Z", "AA" for a zero-based column.
std::string ColumnName(uint64_t column) {
  std::string name;
  for (uint64_t c = column + 1; c > 0; c = (c - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return name;
}

class Collector {
 public:
  explicit Collector(std::string_view part) : part_(part) {}

  void Walk(const pugi::xml_node& node, int unit) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        if (unit >= 0) AddText(unit, child);
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      std::string_view name = child.name();
      Attributes(child);
      if (name == "text:p" || name == "text:h") {
        ++paragraphs_;
        std::string_view hint = "paragraph";
        if (annotations_ > 0) hint = "comment";
        // A paragraph in a table (a text table, a sheet) says which cell it is in, so people (and
        // the review page) can see the table.
        std::string where = std::string(part_);
        if (!tables_.empty()) {
          const TableState& t = tables_.back();
          where += " table " + std::to_string(t.index) + ", row " + std::to_string(t.row + 1) +
                   ", cell " + std::to_string(t.column + 1) + ",";
          // Below the first row a cell's text is read under its column's header, as a
          // workbook's cell is: "SSN", "IMEI" or "Latitude" decides what its value is (and the
          // text of a number cell then agrees with the number).
          if (annotations_ == 0 && t.row > 0) {
            if (auto h = t.headers.find(t.column); h != t.headers.end()) hint = h->second;
          }
        }
        where += " paragraph " + std::to_string(paragraphs_);
        Walk(child, NewUnit(where, hint));
      } else if (name == "office:annotation") {
        ++annotations_;
        Walk(child, -1);
        --annotations_;
      } else if (name == "dc:creator" && annotations_ > 0) {
        Walk(child, NewUnit(Where("annotation author", ++authors_), "author"));
      } else if (name == "table:table") {
        tables_.push_back({});
        tables_.back().index = ++table_count_;
        tables_.back().name = child.attribute("table:name").value();
        Walk(child, unit);
        tables_.pop_back();
      } else if (name == "table:table-row" && !tables_.empty()) {
        tables_.back().column = 0;
        Walk(child, unit);
        tables_.back().row += Repeats(child, "table:number-rows-repeated");
      } else if ((name == "table:table-cell" || name == "table:covered-table-cell") &&
                 !tables_.empty()) {
        Cell(child);
        Walk(child, unit);
        tables_.back().column += Repeats(child, "table:number-columns-repeated");
      } else if (name == "svg:title" || name == "svg:desc") {
        Walk(child,
             NewUnit(Where(name == "svg:title" ? "title" : "description", ++frames_), "alt text"));
      } else if (name == "text:s" && unit >= 0) {
        long count = 1;
        if (pugi::xml_attribute c = child.attribute("text:c")) count = std::atol(c.value());
        count = std::clamp(count, 1L, kMaxSpaces);
        AddSynthetic(unit, child, std::string(static_cast<size_t>(count), ' '));
      } else if (name == "text:tab" && unit >= 0) {
        AddSynthetic(unit, child, "\t");
      } else if (name == "text:line-break" && unit >= 0) {
        AddSynthetic(unit, child, "\n");
      } else {
        Walk(child, unit);
      }
    }
  }

  std::vector<OdfUnit> Take() {
    std::vector<OdfUnit> out;
    for (OdfUnit& u : units_) {
      if (!u.text.empty()) out.push_back(std::move(u));
    }
    return out;
  }

 private:
  // Typed values of spreadsheet cells; the first row gives the column headers.
  void Cell(const pugi::xml_node& cell) {
    TableState& t = tables_.back();
    if (t.row == 0) {
      std::string header = PlainText(cell);
      if (!header.empty()) t.headers[t.column] = header;
      return;
    }
    auto h = t.headers.find(t.column);
    std::string hint = h == t.headers.end() ? "cell" : h->second;
    std::string_view type = cell.attribute("office:value-type").value();
    std::string where =
        std::string(part_) + " " + t.name + "!" + ColumnName(t.column) + std::to_string(t.row + 1);
    if (type == "float") {
      const std::string_view value = cell.attribute("office:value").value();
      std::optional<std::string> digits = ooxml::IntegerDigits(value);
      if (!digits && ooxml::PlainDecimal(value) && ooxml::HeaderNamesCoordinate(hint)) {
        digits = std::string(value);
      }
      if (!digits || !(ooxml::PlainDecimal(*digits) || ooxml::LooksLikeIdNumber(*digits, hint))) {
        return;
      }
      OdfUnit u;
      u.text = *digits;
      u.location = where;
      u.hint = hint;
      u.kind = OdfKind::kNumber;
      u.cell = cell;
      units_.push_back(std::move(u));
    } else if (type == "date" && ooxml::IsBirthHeader(hint)) {
      std::string_view value = cell.attribute("office:date-value").value();
      if (!IsIsoDate(value.substr(0, 10))) return;
      OdfUnit u;
      u.text = value.substr(0, 10);
      u.time = value.substr(10);
      u.location = where;
      u.hint = hint;
      u.kind = OdfKind::kDate;
      u.cell = cell;
      units_.push_back(std::move(u));
    }
  }

  std::string Where(std::string_view what, size_t n) const {
    return std::string(part_) + " " + std::string(what) + " " + std::to_string(n);
  }
  // Attribute text of an element: sheet names, cell string values, hyperlink targets.
  void Attributes(const pugi::xml_node& element) {
    std::string_view name = element.name();
    for (pugi::xml_attribute a : element.attributes()) {
      std::string_view attr = a.name();
      if (*a.value() == '\0') continue;
      std::string_view hint;
      if (name == "table:table" && attr == "table:name") hint = "sheet name";
      if (attr == "office:string-value") hint = "cell value";
      if (IsHref(a) && (name == "text:a" || name == "draw:a" || name == "office:dde-source")) {
        hint = "hyperlink";
      } else if (IsHref(a) && std::string_view(a.value()).find(':') != std::string_view::npos) {
        // Linked pictures, objects and sections name files outside: paths carry user names.
        hint = "link";
      }
      if (hint.empty()) continue;
      ++attributes_;
      int u = NewUnit(Where(std::string(LocalName(a.name())), attributes_), hint);
      OdfUnit& unit = units_[static_cast<size_t>(u)];
      std::string_view value = a.value();
      unit.pieces.push_back({{}, a, 0, value.size(), true});
      unit.text = value;
    }
  }
  int NewUnit(std::string location, std::string_view hint) {
    OdfUnit u;
    u.location = std::move(location);
    u.hint = hint;
    units_.push_back(std::move(u));
    return static_cast<int>(units_.size() - 1);
  }
  void AddText(int unit, const pugi::xml_node& node) {
    OdfUnit& u = units_[static_cast<size_t>(unit)];
    std::string_view text = node.value();
    u.pieces.push_back({node, {}, u.text.size(), u.text.size() + text.size(), true});
    u.text += text;
  }
  void AddSynthetic(int unit, const pugi::xml_node& node, const std::string& chars) {
    OdfUnit& u = units_[static_cast<size_t>(unit)];
    u.pieces.push_back({node, {}, u.text.size(), u.text.size() + chars.size(), false});
    u.text += chars;
  }

  std::string_view part_;
  std::vector<OdfUnit> units_;
  size_t table_count_ = 0;
  size_t paragraphs_ = 0;
  size_t frames_ = 0;
  size_t attributes_ = 0;
  size_t authors_ = 0;
  int annotations_ = 0;  // inside an office:annotation (kept with --keep-comments)
  std::vector<TableState> tables_;
};

// A cell whose typed value cannot hold the replacement becomes a text cell (its paragraph shows
// the replaced text, which is a unit of its own).
void MakeStringCell(pugi::xml_node cell) {
  cell.remove_attribute("office:value");
  cell.remove_attribute("office:date-value");
  cell.attribute("office:value-type").set_value("string");
  if (pugi::xml_attribute calc = cell.attribute("calcext:value-type")) calc.set_value("string");
}

bool ApplyToCell(const OdfUnit& unit, std::span<const Edit> edits) {
  std::string value = ooxml::ApplyToString(unit.text, edits);
  if (value == unit.text) return false;
  pugi::xml_node cell = unit.cell;
  if (unit.kind == OdfKind::kNumber &&
      (ascii::AllDigits(value) || (ooxml::PlainDecimal(unit.text) && ooxml::PlainDecimal(value)))) {
    cell.attribute("office:value").set_value(value.c_str());
  } else if (unit.kind == OdfKind::kDate && IsIsoDate(value)) {
    cell.attribute("office:date-value").set_value((value + unit.time).c_str());
  } else {
    MakeStringCell(cell);
  }
  // A formula would compute the old value again.
  cell.remove_attribute("table:formula");
  return true;
}

}  // namespace

std::vector<OdfUnit> CollectOdfUnits(const pugi::xml_node& root, std::string_view part) {
  Collector c(part);
  c.Walk(root, -1);
  return c.Take();
}

bool ApplyOdfEdits(const OdfUnit& unit, std::span<const Edit> raw) {
  std::vector<Edit> edits = SanitizeEdits(unit.text, raw);
  if (edits.empty()) return false;
  if (unit.kind != OdfKind::kText) return ApplyToCell(unit, edits);
  std::vector<PieceSpan> spans;
  for (const OdfPiece& p : unit.pieces) spans.push_back({p.begin, p.end, p.editable});
  std::vector<PieceChange> changes = DistributeEdits(unit.text, spans, edits);
  for (PieceChange& c : changes) {
    const OdfPiece& p = unit.pieces[c.piece];
    if (c.remove) {
      // A space, tab or break wholly inside a match goes with it.
      p.node.parent().remove_child(p.node);
    } else if (p.attr) {
      pugi::xml_attribute a = p.attr;
      a.set_value(c.text.c_str());
    } else {
      pugi::xml_node n = p.node;
      n.set_value(c.text.c_str());
    }
  }
  return !changes.empty();
}

}  // namespace deskbench::odf
