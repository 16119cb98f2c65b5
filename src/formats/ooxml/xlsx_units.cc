#include "formats/ooxml/xlsx_units.h"

#include <cstdlib>

#include "core/ascii.h"
#include "formats/ooxml/office_parts.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/xlsx_cells.h"
#include "formats/ooxml/xml_part.h"
#include "formats/splice.h"

namespace deskbench::ooxml {
namespace {

bool Is(const pugi::xml_node& n, std::string_view local) {
  return n.type() == pugi::node_element && LocalName(n.name()) == local;
}

std::string QName(const pugi::xml_node& like, std::string_view local) {
  std::string_view prefix = Prefix(like.name());
  return prefix.empty() ? std::string(local) : std::string(prefix) + ":" + std::string(local);
}

void AddPiece(TextUnit& u, pugi::xml_node node, pugi::xml_attribute attr, std::string_view text) {
  size_t begin = u.text.size();
  u.text += text;
  u.pieces.push_back({node, attr, begin, u.text.size(), true});
}

// A si or is element: its own t, and the t of its r runs, as one unit (phonetic runs apart).
void StringItemUnits(const pugi::xml_node& item, const std::string& location,
                     const std::string& hint, std::vector<SheetUnit>& out) {
  SheetUnit main;
  main.unit.location = location;
  main.unit.hint = hint;
  for (pugi::xml_node child : item.children()) {
    if (Is(child, "t")) {
      AddPiece(main.unit, child, {}, child.text().get());
    } else if (Is(child, "r")) {
      for (pugi::xml_node t : child.children()) {
        if (Is(t, "t")) AddPiece(main.unit, t, {}, t.text().get());
      }
    }
  }
  if (!main.unit.text.empty()) out.push_back(std::move(main));
  for (pugi::xml_node rph : item.children()) {
    if (!Is(rph, "rPh")) continue;
    SheetUnit ph;
    ph.unit.location = location + " (phonetic)";
    ph.unit.hint = "phonetic reading";
    for (pugi::xml_node t : rph.children()) {
      if (Is(t, "t")) AddPiece(ph.unit, t, {}, t.text().get());
    }
    if (!ph.unit.text.empty()) out.push_back(std::move(ph));
  }
}

void RunsUnit(pugi::xml_node node, pugi::xml_attribute attr, std::string location, std::string hint,
              std::vector<SheetUnit>& out) {
  std::string_view text = attr ? attr.value() : node.text().get();
  if (text.empty()) return;
  SheetUnit u;
  u.unit.location = std::move(location);
  u.unit.hint = std::move(hint);
  AddPiece(u.unit, node, attr, text);
  out.push_back(std::move(u));
}

void LiteralUnits(pugi::xml_node formula, const std::string& location, std::string_view hint,
                  std::vector<SheetUnit>& out) {
  for (FormulaLiteral& lit : FindFormulaLiterals(formula.text().get())) {
    SheetUnit u;
    u.kind = UnitKind::kLiteral;
    u.node = formula;
    u.begin = lit.begin;
    u.end = lit.end;
    u.unit.text = std::move(lit.text);
    u.unit.location = location + " formula";
    u.unit.hint = std::string(hint);
    out.push_back(std::move(u));
  }
}

bool IsFormulaElement(std::string_view local) {
  return local == "f" || local == "formula" || local == "formula1" || local == "formula2";
}

std::string_view HintOf(const SheetContext& sheet, std::optional<uint32_t> col) {
  if (!col) return "cell";
  auto it = sheet.headers.find(*col);
  return it == sheet.headers.end() || it->second.empty() ? "cell" : std::string_view(it->second);
}

// The f, v and is children of a cell (c:f under c:c: the cell's own prefix), the first of each, in
// one pass over its children.
struct CellChildren {
  pugi::xml_node f, v, is;
};

CellChildren ChildrenOf(const pugi::xml_node& c) {
  std::string_view prefix = Prefix(c.name());
  CellChildren out;
  for (pugi::xml_node n = c.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    const char* name = n.name();
    if (Prefix(name) != prefix) continue;
    std::string_view local = LocalName(name);
    if (local == "f") {
      if (!out.f) out.f = n;
    } else if (local == "v") {
      if (!out.v) out.v = n;
    } else if (local == "is") {
      if (!out.is) out.is = n;
    }
  }
  return out;
}

std::string CellName(uint32_t col, uint32_t row) {
  std::string letters;
  for (uint64_t c = uint64_t{col} + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters + std::to_string(row);
}

class SheetWalker {
 public:
  static constexpr size_t kNoRows = ~size_t{0};
  // rows_at, when given, receives how many units came before the first sheetData's rows.
  SheetWalker(const SheetContext& sheet, std::vector<SheetUnit>& out, size_t* rows_at = nullptr)
      : sheet_(sheet), out_(out), rows_at_(rows_at) {}

  void Walk(const pugi::xml_node& node) {
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view local = LocalName(n.name());
      if (local == "sheetData") {
        // The worksheet's own sheetData: a streamed sheet's rows go here (xlsx_streamed_sheet.h).
        if (rows_at_ != nullptr && *rows_at_ == kNoRows &&
            node.parent().type() == pugi::node_document) {
          *rows_at_ = out_.size();
        }
        Rows(n);
      } else if (IsFormulaElement(local)) {
        LiteralUnits(n, Where("validation or rule"), "cell", out_);
      } else if (local == "oddHeader" || local == "evenHeader" || local == "firstHeader") {
        RunsUnit(n, {}, Where(local), "header", out_);
      } else if (local == "oddFooter" || local == "evenFooter" || local == "firstFooter") {
        RunsUnit(n, {}, Where(local), "footer", out_);
      } else if (local == "hyperlink") {
        RunsUnit(n, n.attribute("display"), Where("hyperlink text"), "hyperlink", out_);
        RunsUnit(n, n.attribute("tooltip"), Where("hyperlink tooltip"), "hyperlink", out_);
      } else {
        Walk(n);
      }
    }
  }

 private:
  std::string Where(std::string_view what) const { return sheet_.name + " " + std::string(what); }

  void Rows(const pugi::xml_node& data) {
    uint32_t row_number = 0;
    bool first = true;
    for (pugi::xml_node row : data.children()) {
      if (!Is(row, "row")) continue;
      row_number = RowNumber(row, row_number);
      uint32_t col = 0;
      for (pugi::xml_node c : row.children()) {
        if (!Is(c, "c")) continue;
        col = ColumnOfCell(c, col);
        Cell(c, col, row_number, first);
        ++col;
      }
      first = false;
    }
  }

 public:
  void Cell(const pugi::xml_node& c, uint32_t col, uint32_t row, bool header_row) {
    std::string_view type = c.attribute("t").value();
    const CellChildren children = ChildrenOf(c);
    const pugi::xml_node& f = children.f;
    // Most cells are shared strings (read through the shared strings part), booleans or errors:
    // nothing to collect, so nothing is built for them (a tenth of a workbook's scrub was here).
    bool text = type == "inlineStr" || type == "str";
    if (!f && !text && (header_row || (!type.empty() && type != "n" && type != "d"))) return;
    // Numbers are mostly amounts and dates: their location is built only when one is collected.
    auto where = [&] { return sheet_.name + "!" + CellName(col, row); };
    std::string_view hint = header_row ? "column header" : HintOf(sheet_, col);
    const pugi::xml_node& v = children.v;
    if (f) LiteralUnits(f, where(), hint, out_);
    if (type == "inlineStr") {
      if (children.is) StringItemUnits(children.is, where(), std::string(hint), out_);
      return;
    }
    if (!v) return;
    if (type == "str") {  // a formula's cached text result
      RunsUnit(v, {}, where() + " (cached result)", std::string(hint), out_);
      return;
    }
    bool birth = !header_row && TraitsOf(col, hint).birth;
    if (type == "d" && birth) {
      RunsUnit(v, {}, where(), std::string(hint), out_);
      return;
    }
    if ((!type.empty() && type != "n") || header_row) return;
    std::string_view value = v.text().get();
    if (birth && !f) {
      std::string_view whole = value.substr(0, value.find('.'));
      if (whole.empty() || whole.size() > 7) return;
      for (char ch : whole) {
        if (!ascii::IsDigit(ch)) return;
      }
      auto iso =
          SerialToIsoDate(std::strtoll(std::string(whole).c_str(), nullptr, 10), sheet_.date1904);
      if (!iso) return;
      SheetUnit u;
      u.kind = UnitKind::kDate;
      u.node = c;
      u.unit.text = *iso;
      u.unit.location = where();
      u.unit.hint = hint;
      u.fraction = std::string(value.substr(whole.size()));
      u.date1904 = sheet_.date1904;
      out_.push_back(std::move(u));
      return;
    }
    std::optional<std::string> digits = IntegerDigits(value);
    if (!digits && TraitsOf(col, hint).coordinate && PlainDecimal(value))
      digits = std::string(value);
    if (!digits ||
        !(PlainDecimal(*digits) || LooksLikeIdNumberGiven(*digits, TraitsOf(col, hint).names_id))) {
      return;
    }
    SheetUnit u;
    u.kind = UnitKind::kNumber;
    u.node = c;
    u.unit.text = std::move(*digits);
    // A formula's cached result (=B2 showing a phone number) is scanned too.
    u.unit.location = f ? where() + " (cached result)" : where();
    u.unit.hint = hint;
    out_.push_back(std::move(u));
  }

  const SheetContext& sheet_;
  std::vector<SheetUnit>& out_;
  size_t* rows_at_;

 private:
  // What a column's header says of its numbers, decided once a column (below the header row,
  // where the hint is the column's header): the word searches were a fifth of collecting cells.
  struct HeaderTraits {
    bool known = false;
    bool birth = false;
    bool names_id = false;
    bool coordinate = false;
  };
  static constexpr uint32_t kMaxColumns = 16384;  // Excel's XFD; beyond it nothing is kept
  const HeaderTraits& TraitsOf(uint32_t col, std::string_view hint) {
    HeaderTraits& t = col < kMaxColumns ? Slot(col) : scratch_;
    if (!t.known || col >= kMaxColumns) {
      t = {true, IsBirthHeader(hint), HeaderNamesIdNumber(hint), HeaderNamesCoordinate(hint)};
    }
    return t;
  }
  HeaderTraits& Slot(uint32_t col) {
    if (traits_.size() <= col) traits_.resize(col + 1);
    return traits_[col];
  }
  std::vector<HeaderTraits> traits_;
  HeaderTraits scratch_;
};

// Attribute-valued items named `local` (pivot cache s/@v) anywhere under node.
void AttributeItems(const pugi::xml_node& node, std::string_view part, std::string_view local,
                    const char* attr, std::vector<SheetUnit>& out) {
  for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    if (LocalName(n.name()) == local) {
      RunsUnit(n, n.attribute(attr), std::string(part) + " item", "pivot cache", out);
    } else {
      AttributeItems(n, part, local, attr, out);
    }
  }
}

void DrawingWalk(const pugi::xml_node& node, std::string_view part, std::vector<SheetUnit>& out) {
  for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    std::string_view local = LocalName(n.name());
    if (local == "p" && Prefix(n.name()) != "c") {  // a DrawingML paragraph
      SheetUnit u;
      u.unit.location = std::string(part) + " text";
      u.unit.hint = "text box";
      for (pugi::xml_node r : n.children()) {
        std::string_view rl = LocalName(r.name());
        if (rl != "r" && rl != "fld") continue;
        for (pugi::xml_node t : r.children()) {
          if (Is(t, "t")) AddPiece(u.unit, t, {}, t.text().get());
        }
      }
      if (!u.unit.text.empty()) out.push_back(std::move(u));
    } else if (local == "pt") {  // a cached chart label or value
      for (pugi::xml_node v : n.children()) {
        if (Is(v, "v")) RunsUnit(v, {}, std::string(part) + " cached label", "chart label", out);
      }
    } else {
      DrawingWalk(n, part, out);
    }
  }
}

void SetText(pugi::xml_node node, const std::string& text) {
  while (node.first_child()) node.remove_child(node.first_child());
  if (!text.empty()) node.append_child(pugi::node_pcdata).set_value(text.c_str());
}

// Turns a cell into an inline string holding text (its value and formula go).
void MakeInlineString(pugi::xml_node c, const std::string& text) {
  for (pugi::xml_node n = c.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    std::string_view local = LocalName(n.name());
    if (local == "v" || local == "f" || local == "is") c.remove_child(n);
    n = next;
  }
  pugi::xml_attribute t = c.attribute("t");
  if (!t) t = c.append_attribute("t");
  t.set_value("inlineStr");
  pugi::xml_node is = c.prepend_child(QName(c, "is").c_str());
  pugi::xml_node te = is.append_child(QName(c, "t").c_str());
  SetText(te, text);
  if (!text.empty() && (ascii::IsSpace(text.front()) || ascii::IsSpace(text.back()))) {
    te.append_attribute("xml:space") = "preserve";
  }
}

}  // namespace

std::string StringItemText(const pugi::xml_node& item) {
  std::vector<SheetUnit> units;
  StringItemUnits(item, "", "", units);
  if (units.empty() || units.front().unit.hint == "phonetic reading") return "";
  return units.front().unit.text;
}

std::vector<SheetUnit> WorkbookUnits(const pugi::xml_node& root, std::string_view part) {
  std::vector<SheetUnit> out;
  for (pugi::xml_node group : root.children()) {
    std::string_view local = LocalName(group.name());
    if (local == "sheets") {
      for (pugi::xml_node s : group.children()) {
        pugi::xml_attribute name = s.attribute("name");
        if (!Is(s, "sheet") || !name || *name.value() == '\0') continue;
        SheetUnit u;
        u.kind = UnitKind::kSheetName;
        u.attr = name;
        u.unit.text = name.value();
        u.unit.location = std::string(part) + " sheet name";
        u.unit.hint = "sheet name";
        out.push_back(std::move(u));
      }
    } else if (local == "definedNames") {
      for (pugi::xml_node d : group.children()) {
        if (!Is(d, "definedName")) continue;
        pugi::xml_attribute name = d.attribute("name");
        std::string_view value = name.value();
        // Built-in names (_xlnm.Print_Area...) are Excel's own.
        if (name && !value.empty() && !value.starts_with("_xlnm.")) {
          SheetUnit u;
          u.kind = UnitKind::kDefinedName;
          u.attr = name;
          u.unit.text = std::string(value);
          u.unit.location = std::string(part) + " defined name";
          u.unit.hint = "defined name";
          out.push_back(std::move(u));
        }
        LiteralUnits(d, std::string(part) + " defined name " + std::string(value), "defined name",
                     out);
      }
    }
  }
  return out;
}

std::vector<SheetUnit> SharedStringUnits(const pugi::xml_node& root, std::string_view part,
                                         const StringHints& hints) {
  std::vector<SheetUnit> out;
  size_t index = 0;
  for (pugi::xml_node si : root.children()) {
    if (!Is(si, "si")) continue;
    SharedStringItemUnits(si, part, index, hints, out);
    ++index;
  }
  return out;
}

void SharedStringItemUnits(const pugi::xml_node& si, std::string_view part, size_t index,
                           const StringHints& hints, std::vector<SheetUnit>& out) {
  StringItemUnits(si, std::string(part) + " string " + std::to_string(index),
                  std::string(hints.Of(index)), out);
}

std::vector<SheetUnit> WorksheetUnits(const pugi::xml_node& root,
                                      std::string_view /*part: locations name the sheet*/,
                                      const SheetContext& sheet, size_t* rows_at) {
  std::vector<SheetUnit> out;
  if (rows_at != nullptr) *rows_at = SheetWalker::kNoRows;
  SheetWalker(sheet, out, rows_at).Walk(root);
  if (rows_at != nullptr && *rows_at == SheetWalker::kNoRows) *rows_at = out.size();
  return out;
}

uint32_t RowNumber(const pugi::xml_node& row, uint32_t previous) {
  const char* r = row.attribute("r").value();
  return *r ? static_cast<uint32_t>(std::strtoul(r, nullptr, 10)) : previous + 1;
}

uint32_t ColumnOfCell(const pugi::xml_node& c, uint32_t next) {
  auto parsed = ColumnOf(c.attribute("r").value());
  return parsed ? *parsed : next;
}

void CellUnits(const pugi::xml_node& c, uint32_t col, uint32_t row, bool header_row,
               const SheetContext& sheet, std::vector<SheetUnit>& out) {
  SheetWalker(sheet, out).Cell(c, col, row, header_row);
}

size_t RemoveExternalFormulas(pugi::xml_node node) {
  size_t removed = 0;
  for (pugi::xml_node n = node.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    if (n.type() == pugi::node_element) {
      std::string_view local = LocalName(n.name());
      if ((local == "f" || local == "definedName") && RefersToExternalBook(n.text().get())) {
        node.remove_child(n);
        ++removed;
      } else {
        removed += RemoveExternalFormulas(n);
      }
    }
    n = next;
  }
  return removed;
}

std::vector<SheetUnit> PivotCacheUnits(const pugi::xml_node& root, std::string_view part) {
  std::vector<SheetUnit> out;
  AttributeItems(root, part, "s", "v", out);
  return out;
}

std::vector<SheetUnit> DrawingUnits(const pugi::xml_node& root, std::string_view part) {
  std::vector<SheetUnit> out;
  DrawingWalk(root, part, out);
  return out;
}

std::vector<SheetUnit> ExternalTargetUnits(const pugi::xml_node& root, std::string_view part) {
  std::vector<SheetUnit> out;
  for (TextUnit& u : ExternalTargetTextUnits(root, part)) {
    SheetUnit su;
    su.unit = std::move(u);
    out.push_back(std::move(su));
  }
  return out;
}

bool UnitWriter::Apply(const SheetUnit& u, std::span<const Edit> raw) {
  if (raw.empty()) return false;
  // Whole characters only: a cut inside a UTF-8 sequence would leave bytes no XML reader accepts.
  const std::vector<Edit> edits = SanitizeEdits(u.unit.text, raw);
  switch (u.kind) {
    case UnitKind::kRuns: {
      if (!ApplyEdits(u.unit, edits)) return false;
      // Only t elements may carry xml:space; v, headers and footers keep their spaces anyway.
      for (const TextPiece& p : u.unit.pieces) {
        pugi::xml_node node = p.node;
        if (node && LocalName(node.name()) != "t") node.remove_attribute("xml:space");
      }
      return true;
    }
    case UnitKind::kNumber: {
      std::string value = ApplyToString(u.unit.text, edits);
      if (value == u.unit.text) return false;
      // Up to 19 digits a number stays a number (Excel keeps 15 of them); so does a coordinate.
      if ((ascii::AllDigits(value) && value.size() <= 19) ||
          (PlainDecimal(u.unit.text) && PlainDecimal(value))) {
        SetText(u.node.child(QName(u.node, "v").c_str()), value);
      } else if (u.node.child(QName(u.node, "f").c_str())) {
        // The formula stays; Excel computes the value again.
        pugi::xml_node cell = u.node;
        cell.remove_child(QName(cell, "v").c_str());
        notes_.push_back({u.unit.location, "cached value removed"});
      } else {
        MakeInlineString(u.node, value);
        notes_.push_back({u.unit.location, "number replaced by text"});
      }
      return true;
    }
    case UnitKind::kDate: {
      std::string value = ApplyToString(u.unit.text, edits);
      if (value == u.unit.text) return false;
      if (auto serial = IsoDateToSerial(value, u.date1904)) {
        SetText(u.node.child(QName(u.node, "v").c_str()), std::to_string(*serial) + u.fraction);
      } else {
        MakeInlineString(u.node, value);
        notes_.push_back({u.unit.location, "date replaced by text"});
      }
      return true;
    }
    case UnitKind::kLiteral: {
      std::string value = ApplyToString(u.unit.text, edits);
      if (value == u.unit.text) return false;
      splices_[u.node.internal_object()].push_back({u.begin, u.end, EscapeFormulaLiteral(value)});
      return true;
    }
    case UnitKind::kSheetName: {
      std::string value = ValidSheetName(ApplyToString(u.unit.text, edits));
      if (value == u.unit.text) return false;
      names_.erase(u.unit.text);
      std::string unique = value;
      for (int i = 2; names_.count(unique) > 0; ++i) {
        unique = value.substr(0, 26) + " (" + std::to_string(i) + ")";
      }
      names_.insert(unique);
      pugi::xml_attribute a = u.attr;
      a.set_value(unique.c_str());
      renames_[u.unit.text] = unique;
      return true;
    }
    case UnitKind::kDefinedName: {
      std::string value = ValidDefinedName(ApplyToString(u.unit.text, edits));
      if (value == u.unit.text) return false;
      pugi::xml_attribute a = u.attr;
      a.set_value(value.c_str());
      notes_.push_back({u.unit.location + " " + u.unit.text,
                        "renamed; formulas using the name must be checked"});
      return true;
    }
  }
  return false;
}

std::vector<pugi::xml_node> UnitWriter::Finish() {
  std::vector<pugi::xml_node> changed;
  for (auto& [raw, list] : splices_) {
    pugi::xml_node node(raw);
    std::string f = node.text().get();
    // Literals were found in order; splicing from the last keeps earlier offsets valid.
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
      if (it->begin > it->end || it->end > f.size()) continue;
      f.replace(it->begin, it->end - it->begin, it->text);
    }
    SetText(node, f);
    changed.push_back(node);
  }
  splices_.clear();
  return changed;
}

bool RenameSheetsIn(pugi::xml_node root, const std::map<std::string, std::string>& renames) {
  bool changed = false;
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    std::string_view local = LocalName(n.name());
    if (IsFormulaElement(local) || local == "definedName") {
      std::string f = n.text().get();
      bool any = false;
      for (const auto& [from, to] : renames) any = RenameSheetReferences(f, from, to) || any;
      if (any) {
        SetText(n, f);
        changed = true;
      }
    } else {
      if (local == "worksheetSource") {  // a pivot cache's source range
        pugi::xml_attribute sheet = n.attribute("sheet");
        auto it = renames.find(sheet.value());
        if (sheet && it != renames.end()) {
          sheet.set_value(it->second.c_str());
          changed = true;
        }
      }
      changed = RenameSheetsIn(n, renames) || changed;
    }
  }
  return changed;
}

}  // namespace deskbench::ooxml
