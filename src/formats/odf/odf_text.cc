#include "formats/odf/odf_text.h"

#include <algorithm>
#include <cstdlib>

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
      if (name == "table:table") {
        cells_.push_back({++tables_});
        Walk(child, unit);
        cells_.pop_back();
      } else if (name == "table:table-row" && !cells_.empty()) {
        Cell& c = cells_.back();
        c.row += c.row_step;
        c.row_step = Repeat(child, "table:number-rows-repeated");
        c.cell = 0;
        c.cell_step = 1;
        Walk(child, unit);
      } else if ((name == "table:table-cell" || name == "table:covered-table-cell") &&
                 !cells_.empty()) {
        Cell& c = cells_.back();
        c.cell += c.cell_step;
        c.cell_step = Repeat(child, "table:number-columns-repeated");
        Walk(child, unit);
      } else if (name == "text:p" || name == "text:h") {
        ++paragraphs_;
        // A paragraph in a table (a text table, a sheet) says which cell it is in, so people (and
        // the review page) can see the table.
        std::string where = std::string(part_);
        if (!cells_.empty()) {
          const Cell& c = cells_.back();
          where += " table " + std::to_string(c.table) + ", row " + std::to_string(c.row) +
                   ", cell " + std::to_string(c.cell) + ",";
        }
        where += " paragraph " + std::to_string(paragraphs_);
        Walk(child, NewUnit(where, "paragraph"));
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
    units_.push_back({"", {}, std::move(location), std::string(hint)});
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
  // Rows and cells count their repeats ("table:number-rows-repeated"), as the application shows
  // them.
  struct Cell {
    size_t table;
    size_t row = 0, row_step = 1;
    size_t cell = 0, cell_step = 1;
  };
  static size_t Repeat(const pugi::xml_node& node, const char* attribute) {
    long n = node.attribute(attribute).as_int(1);
    return static_cast<size_t>(std::clamp(n, 1L, 1L << 20));
  }
  std::vector<Cell> cells_;  // the tables the walk is in, innermost last
  size_t tables_ = 0;
  size_t paragraphs_ = 0;
  size_t frames_ = 0;
  size_t attributes_ = 0;
};

}  // namespace

std::vector<OdfUnit> CollectOdfUnits(const pugi::xml_node& root, std::string_view part) {
  Collector c(part);
  c.Walk(root, -1);
  return c.Take();
}

bool ApplyOdfEdits(const OdfUnit& unit, std::span<const Edit> raw) {
  std::vector<Edit> edits = SanitizeEdits(unit.text, raw);
  if (edits.empty()) return false;
  // The piece that receives each replacement: the first editable one the match touches.
  std::vector<size_t> owner(edits.size(), unit.pieces.size());
  for (size_t e = 0; e < edits.size(); ++e) {
    size_t last_editable = unit.pieces.size();
    for (size_t i = 0; i < unit.pieces.size(); ++i) {
      const OdfPiece& p = unit.pieces[i];
      if (!p.editable) continue;
      last_editable = i;
      if (p.end > edits[e].begin || (p.end == edits[e].begin && edits[e].begin == edits[e].end)) {
        owner[e] = i;
        break;
      }
    }
    if (owner[e] == unit.pieces.size()) owner[e] = last_editable;
  }
  bool changed = false;
  for (size_t i = 0; i < unit.pieces.size(); ++i) {
    const OdfPiece& p = unit.pieces[i];
    if (!p.editable) {
      // A space, tab or break wholly inside a match goes with it.
      for (const Edit& e : edits) {
        if (e.begin <= p.begin && p.end <= e.end && e.begin < e.end) {
          p.node.parent().remove_child(p.node);
          changed = true;
          break;
        }
      }
      continue;
    }
    std::string out;
    size_t pos = p.begin;
    bool touched = false;
    for (size_t e = 0; e < edits.size(); ++e) {
      size_t lo = std::clamp(edits[e].begin, p.begin, p.end);
      size_t hi = std::clamp(edits[e].end, p.begin, p.end);
      bool owns = owner[e] == i;
      if (!owns && lo >= hi) continue;
      out.append(unit.text, pos, lo - pos);
      if (owns) out += edits[e].replacement;
      pos = std::max(pos, hi);
      touched = true;
    }
    if (!touched) continue;
    out.append(unit.text, pos, p.end - pos);
    if (p.attr) {
      pugi::xml_attribute a = p.attr;
      a.set_value(out.c_str());
    } else {
      pugi::xml_node n = p.node;
      n.set_value(out.c_str());
    }
    changed = true;
  }
  return changed;
}

}  // namespace deskbench::odf
