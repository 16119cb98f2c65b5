#include "formats/ooxml/xlsx_document.h"

#include <functional>
#include <set>

#include "core/ascii.h"
#include "core/error.h"
#include "formats/ooxml/comment_text.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/xlsx_cells.h"
#include "formats/ooxml/xlsx_streamed_sheet.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/xml_splice.h"
#include "formats/splice.h"

namespace deskbench::ooxml {
namespace {

Segment SegmentOf(const TextUnit& u) {
  Segment seg;
  seg.text = u.text;
  seg.location = u.location;
  seg.hint = u.hint;
  return seg;
}

Segment SegmentOf(const MetaValue& m) {
  Segment seg;
  seg.text = m.text;
  seg.location = m.location;
  seg.hint = m.hint;
  return seg;
}

bool IsRelationshipAttribute(const pugi::xml_attribute& a) {
  if (Prefix(a.name()).empty()) return false;
  std::string_view local = LocalName(a.name());
  return local == "id" || local == "embed" || local == "link" || local == "pict";
}

bool IsContainer(std::string_view local) {
  return local == "oleObjects" || local == "controls" || local == "externalReferences" ||
         local == "AlternateContent" || local == "Choice" || local == "Fallback" ||
         local == "slicerList" || local == "timelineRefs" || local == "ext" || local == "extLst";
}

// The element to remove with a reference: a drawing's whole anchor, an object's whole
// AlternateContent; otherwise the element itself.
pugi::xml_node Enclosing(pugi::xml_node n) {
  for (pugi::xml_node up = n; up && up.type() == pugi::node_element; up = up.parent()) {
    std::string_view local = LocalName(up.name());
    if (local == "twoCellAnchor" || local == "oneCellAnchor" || local == "absoluteAnchor") {
      return up;
    }
  }
  return n;
}

// Collects the elements that use a removed relationship; printer-settings references are dropped
// from pageSetup on the way.
void FindDead(pugi::xml_node node, const std::set<std::string>& ids,
              std::vector<pugi::xml_node>& dead, size_t& detached) {
  for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling()) {
    if (n.type() != pugi::node_element) continue;
    bool is_dead = false;
    for (pugi::xml_attribute a = n.first_attribute(); a;) {
      pugi::xml_attribute next = a.next_attribute();
      if (IsRelationshipAttribute(a) && ids.count(a.value()) > 0) {
        if (LocalName(n.name()) == "pageSetup") {
          n.remove_attribute(a);  // printer settings: the page setup itself stays
          ++detached;
        } else {
          is_dead = true;
        }
      }
      a = next;
    }
    if (is_dead) {
      dead.push_back(n);
    } else {
      FindDead(n, ids, dead, detached);
    }
  }
}

// Containers left without elements are not valid; they go too (children first).
void RemoveEmptyContainers(pugi::xml_node node) {
  for (pugi::xml_node n = node.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    if (n.type() == pugi::node_element) {
      RemoveEmptyContainers(n);
      if (IsContainer(LocalName(n.name())) &&
          !n.find_child([](pugi::xml_node c) { return c.type() == pugi::node_element; })) {
        node.remove_child(n);
      }
    }
    n = next;
  }
}

bool Within(pugi::xml_node n, const std::set<pugi::xml_node_struct*>& set) {
  for (pugi::xml_node up = n.parent(); up; up = up.parent()) {
    if (set.count(up.internal_object()) > 0) return true;
  }
  return false;
}

size_t RemoveReferencesTo(pugi::xml_node root, const std::set<std::string>& ids) {
  std::vector<pugi::xml_node> dead;
  size_t removed = 0;
  FindDead(root, ids, dead, removed);
  std::set<pugi::xml_node_struct*> targets;
  for (pugi::xml_node n : dead) targets.insert(Enclosing(n).internal_object());
  std::vector<pugi::xml_node> parents;
  for (pugi::xml_node_struct* raw : targets) {
    pugi::xml_node target(raw);
    if (Within(target, targets) || target == root) continue;  // goes with its ancestor
    parents.push_back(target.parent());
    ++removed;
  }
  for (pugi::xml_node_struct* raw : targets) {
    pugi::xml_node target(raw);
    if (Within(target, targets) || target == root) continue;
    target.parent().remove_child(target);
  }
  if (!parents.empty()) RemoveEmptyContainers(root);
  return removed;
}

bool IsProtection(std::string_view local) {
  return local == "sheetProtection" || local == "workbookProtection" || local == "protectedRange" ||
         local == "protectedRanges";
}

// Removes the password hashes (and their salt and algorithm) of sheet and workbook protection:
// the protection stays, without a password. Returns how many elements lost one.
size_t StripPasswordHashes(pugi::xml_node node) {
  size_t stripped = 0;
  for (pugi::xml_node n : node.children()) {
    if (n.type() != pugi::node_element || !IsProtection(LocalName(n.name()))) continue;
    bool any = false;
    for (pugi::xml_attribute a = n.first_attribute(); a;) {
      pugi::xml_attribute next = a.next_attribute();
      std::string lower = ascii::Lower(a.name());
      if (lower.find("password") != std::string::npos ||
          lower.find("hashvalue") != std::string::npos ||
          lower.find("saltvalue") != std::string::npos ||
          lower.find("spincount") != std::string::npos ||
          lower.find("algorithmname") != std::string::npos) {
        n.remove_attribute(a);
        any = true;
      }
      a = next;
    }
    if (any) ++stripped;
    stripped += StripPasswordHashes(n);  // protectedRanges hold protectedRange
  }
  return stripped;
}

// The shared string a header cell shows (~0 for none).
uint64_t HeaderStringIndex(const pugi::xml_node& c, std::string_view type) {
  if (type != "s") return ~0ull;
  pugi::xml_node v = c.find_child([](pugi::xml_node n) { return LocalName(n.name()) == "v"; });
  return v.text().as_ullong(~0ull);
}

// A row's part in the headers: the first row's texts become its columns' headers; below it, a
// shared string takes the header of the first column it is found in as its hint. string_text:
// the text of a shared string below count.
void RowHeaders(pugi::xml_node row, bool first, uint64_t count,
                const std::function<std::string(uint64_t)>& string_text, SheetContext& ctx,
                StringHints& hints) {
  uint32_t col = 0;
  for (pugi::xml_node c : row.children()) {
    if (LocalName(c.name()) != "c") continue;
    if (auto parsed = ColumnOf(c.attribute("r").value())) col = *parsed;
    std::string_view type = c.attribute("t").value();
    if (!first && type != "s") {  // below the headers only shared strings take a hint
      ++col;
      continue;
    }
    uint64_t index = HeaderStringIndex(c, type);
    if (first) {
      pugi::xml_node v = c.find_child([](pugi::xml_node n) { return LocalName(n.name()) == "v"; });
      std::string header;
      if (index < count) header = string_text(index);
      if (type == "inlineStr") {
        header = StringItemText(
            c.find_child([](pugi::xml_node n) { return LocalName(n.name()) == "is"; }));
      }
      if (type == "str") header = v.text().get();
      if (header.size() > 200) header.resize(200);
      if (!header.empty()) ctx.headers[col] = header;
    } else if (index < count && !hints.Has(index)) {
      auto h = ctx.headers.find(col);
      if (h != ctx.headers.end()) hints.Set(index, h->second);
    }
    ++col;
  }
}

// The elements an edit of this unit changes (their text, attributes or children), taken before
// it is applied (a piece emptied by an edit leaves its parent); false when they are not known
// (names are attributes, whose element pugixml does not give).
bool ElementsChangedBy(const SheetUnit& u, std::vector<pugi::xml_node>& out) {
  switch (u.kind) {
    case UnitKind::kRuns:
      for (const TextPiece& p : u.unit.pieces) {
        if (!p.node || !p.node.parent()) return false;
        out.push_back(p.node.parent());
      }
      return true;
    case UnitKind::kNumber:
    case UnitKind::kDate:
    case UnitKind::kLiteral:
      out.push_back(u.node);
      return true;
    case UnitKind::kSheetName:
    case UnitKind::kDefinedName:
      return false;
  }
  return false;
}

}  // namespace

XlsxDocument::XlsxDocument(const ByteSource& source, const FormatOptions& options)
    : limits_(options.limits),
      keep_comments_(options.keep_comments),
      package_(std::make_unique<Package>(source, options.limits)),
      embedded_(options) {
  Classify();
  ReadHeaders();  // streamed sheets are read here, once (their skeletons are parsed)
  CleanWorkbook();
  RemoveDeadReferences();
  if (external_links_removed_) DetachExternalFormulas();
  FindExternalTargets();
  if (package_->has_zip_comment()) notes_.push_back({"zip archive comment", "removed"});
}

void XlsxDocument::CountParsedXml(const std::string& part, uint64_t size) {
  parsed_xml_ += size;
  if (parsed_xml_ > kMaxWorkbookXmlBytes) {
    throw Refusal(package_->file(), "workbook with more than " +
                                        std::to_string(kMaxWorkbookXmlBytes >> 20) +
                                        " MiB of XML parsed in memory (sheets up to " +
                                        std::to_string(limits_.stream_sheet_bytes >> 20) +
                                        " MiB, shared strings up to " +
                                        std::to_string(limits_.stream_shared_strings_bytes >> 20) +
                                        " MiB, drawings, pivot caches)");
  }
  if (size > kMaxSheetPartBytes) {
    throw Refusal(package_->file(),
                  part + " is " + std::to_string(size >> 20) +
                      " MiB of XML; workbook parts are parsed in memory and may be at most " +
                      std::to_string(kMaxSheetPartBytes >> 20) + " MiB");
  }
}

void XlsxDocument::Classify() {
  Removals removals;
  std::vector<TextPart> sheets, sst, others;
  SharedPartContext shared{*package_, embedded_, keep_comments_, removals};
  ForEachContentPart(*package_, removals, [&](const std::string& name, const std::string& type) {
    if (type.find("sheet.binary") != std::string::npos) {
      throw Refusal(package_->file(), "Excel binary workbook (.xlsb): not supported");
    }
    SheetPartDecision d = DecideSheetPart(name, type);
    std::string why = d.role == SheetPartRole::kRemove ? d.why : "";
    switch (DecideSharedPart(shared, name, type, why)) {
      case SharedPart::kEmbedded:
        return;
      case SharedPart::kComments:
        d.role = SheetPartRole::kComments;
        break;
      case SharedPart::kNone:
        if (keep_comments_ && why == "legacy drawing (comment shapes)") {
          d.role = SheetPartRole::kKeep;  // where the notes are shown
        }
        break;
    }
    bool text = d.role == SheetPartRole::kWorkbook || d.role == SheetPartRole::kWorksheet ||
                d.role == SheetPartRole::kSharedStrings || d.role == SheetPartRole::kPivotCache ||
                d.role == SheetPartRole::kDrawing || d.role == SheetPartRole::kComments;
    if (text) {
      // Sizes as declared: reading a part checks that it inflates to exactly that.
      uint64_t size = package_->Size(name);
      if (d.role == SheetPartRole::kWorksheet && size > limits_.stream_sheet_bytes) {
        to_stream_.insert(name);  // read a row at a time (ReadHeaders): its skeleton counts
      } else if (d.role == SheetPartRole::kSharedStrings &&
                 size > limits_.stream_shared_strings_bytes && strings_to_stream_.empty()) {
        strings_to_stream_ = name;  // read a batch of items at a time (ReadHeaders)
      } else {
        CountParsedXml(name, size);
      }
    }
    switch (d.role) {
      case SheetPartRole::kWorkbook:
        if (!workbook_.empty()) throw Refusal(package_->file(), "package with two workbooks");
        workbook_ = name;
        break;
      case SheetPartRole::kWorksheet:
        sheets.push_back({name, d.role});
        break;
      case SheetPartRole::kSharedStrings:
        sst.push_back({name, d.role});
        break;
      case SheetPartRole::kPivotCache:
      case SheetPartRole::kDrawing:
        others.push_back({name, d.role});
        break;
      case SheetPartRole::kComments:
        others.push_back({name, d.role});
        break;
      case SheetPartRole::kCore:
        CleanPropertiesPart(*package_, name, PropertiesPart::kCore, metadata_, notes_, removals);
        break;
      case SheetPartRole::kApp:
        CleanPropertiesPart(*package_, name, PropertiesPart::kApp, metadata_, notes_, removals);
        break;
      case SheetPartRole::kCustom:
        CleanPropertiesPart(*package_, name, PropertiesPart::kCustom, metadata_, notes_, removals);
        break;
      case SheetPartRole::kKeep:
        break;
      case SheetPartRole::kRemove:
        removals.push_back({name, d.why, ""});
        break;
    }
  });
  if (workbook_.empty()) {
    throw Refusal(package_->file(), "Office package without an Excel workbook part");
  }
  package_->Xml(workbook_);  // refused now if malformed
  // Strings are numbered across the shared strings parts (there is one in any workbook Excel
  // reads): a second one is parsed whole with the first.
  if (!strings_to_stream_.empty() && sst.size() > 1) {
    CountParsedXml(strings_to_stream_, package_->Size(strings_to_stream_));
    strings_to_stream_.clear();
  }
  text_parts_.push_back({workbook_, SheetPartRole::kWorkbook});
  for (auto* group : {&sst, &sheets, &others}) {
    text_parts_.insert(text_parts_.end(), group->begin(), group->end());
  }
  for (const Removal& r : removals) {
    if (r.why == "external link" && package_->Has(r.part)) external_links_removed_ = true;
  }
  RemoveParts(*package_, removals, notes_);
  if (shared.neutralised > 0) {
    notes_.push_back({"comment authors' account ids and providers",
                      std::to_string(shared.neutralised) + " removed (comments kept)"});
  }
}

void XlsxDocument::CleanWorkbook() {
  pugi::xml_node root = package_->Xml(workbook_).document_element();
  date1904_ = root.find_child([](pugi::xml_node n) { return LocalName(n.name()) == "workbookPr"; })
                  .attribute("date1904")
                  .as_bool();
  bool changed = false;
  // Excel records the folder the file was saved in (x15ac:absPath), usually naming the user.
  for (pugi::xml_node n = root.first_child(); n;) {
    pugi::xml_node next = n.next_sibling();
    if (LocalName(n.name()) == "AlternateContent" &&
        n.find_node([](pugi::xml_node c) { return LocalName(c.name()) == "absPath"; })) {
      root.remove_child(n);
      notes_.push_back({workbook_ + " absPath (folder the file was saved in)", "removed"});
      changed = true;
    } else if (LocalName(n.name()) == "absPath") {
      root.remove_child(n);
      notes_.push_back({workbook_ + " absPath (folder the file was saved in)", "removed"});
      changed = true;
    } else if (LocalName(n.name()) == "fileSharing") {
      root.remove_child(n);
      notes_.push_back({workbook_ + " fileSharing (user name and password hash)", "removed"});
      changed = true;
    }
    n = next;
  }
  size_t hashes = StripPasswordHashes(root);
  for (const TextPart& t : text_parts_) {
    if (t.role != SheetPartRole::kWorksheet) continue;
    if (size_t n = StripPasswordHashes(package_->Xml(t.part).document_element()); n > 0) {
      package_->MarkChanged(t.part);
      hashes += n;
    }
  }
  if (hashes > 0) {
    notes_.push_back({"protection password hashes",
                      std::to_string(hashes) + " removed (protection kept, without a password)"});
    changed = true;
  }
  if (changed) package_->MarkChanged(workbook_);
  // Sheet parts and their names, through the workbook's relationships.
  std::map<std::string, std::string> targets;  // relationship id -> part
  for (const Relationship& r : package_->Relationships(workbook_)) targets[r.id] = r.part;
  for (pugi::xml_node sheets : root.children()) {
    if (LocalName(sheets.name()) != "sheets") continue;
    for (pugi::xml_node s : sheets.children()) {
      for (pugi::xml_attribute a : s.attributes()) {
        if (!IsRelationshipAttribute(a)) continue;
        auto it = targets.find(a.value());
        if (it != targets.end()) sheets_[it->second].name = s.attribute("name").value();
      }
    }
  }
  for (TextPart& t : text_parts_) {
    if (t.role != SheetPartRole::kWorksheet) continue;
    SheetContext& ctx = sheets_[t.part];
    if (ctx.name.empty()) ctx.name = t.part;
    ctx.date1904 = date1904_;
  }
}

void XlsxDocument::RemoveDeadReferences() {
  size_t total = 0;
  for (const auto& [source, ids] : package_->removed_ids()) {
    if (source.empty() || !package_->Has(source) || source.ends_with(".rels")) continue;
    if (DecideSheetPart(source, package_->ContentType(source)).role == SheetPartRole::kRemove) {
      continue;
    }
    size_t n = RemoveReferencesTo(package_->Xml(source).document_element(), ids);
    if (n > 0) package_->MarkChanged(source);
    total += n;
  }
  if (total > 0) {
    notes_.push_back({"references to removed parts (comments, images, objects, links)",
                      std::to_string(total) + " removed"});
  }
}

// Formulas and names that point into a removed external link would leave Excel a reference to a
// workbook it no longer knows: formulas keep their last value, names go.
void XlsxDocument::DetachExternalFormulas() {
  size_t formulas = 0, names = 0;
  for (const TextPart& t : text_parts_) {
    if (t.role != SheetPartRole::kWorksheet && t.role != SheetPartRole::kWorkbook) continue;
    pugi::xml_node root = package_->Xml(t.part).document_element();
    std::vector<pugi::xml_node> doomed;
    struct Walker : pugi::xml_tree_walker {
      std::vector<pugi::xml_node>* out;
      bool for_each(pugi::xml_node& n) override {
        std::string_view local = LocalName(n.name());
        if ((local == "f" || local == "definedName") && RefersToExternalBook(n.text().get())) {
          out->push_back(n);
        }
        return true;
      }
    } walker;
    walker.out = &doomed;
    root.traverse(walker);
    for (pugi::xml_node n : doomed) {
      (LocalName(n.name()) == "f" ? formulas : names)++;
      n.parent().remove_child(n);
    }
    if (!doomed.empty()) package_->MarkChanged(t.part);
    // A streamed sheet's rows lose theirs each time they are read (Scan, Write).
    if (auto it = external_formulas_.find(t.part); it != external_formulas_.end()) {
      formulas += it->second;
    }
  }
  if (formulas > 0) {
    // The calculation chain lists formula cells; Excel rebuilds it, and would report the cells
    // that no longer have a formula as damage.
    for (const std::string& name : package_->PartNames()) {
      if (package_->Has(name) && package_->ContentType(name).ends_with("calcChain+xml")) {
        package_->Remove(name);
      }
    }
  }
  if (formulas + names > 0) {
    notes_.push_back({"formulas and names using removed external links",
                      std::to_string(formulas) + " formulas replaced by their last values, " +
                          std::to_string(names) + " names removed"});
  }
}

std::set<uint64_t> XlsxDocument::HeaderStringIndexes() {
  std::set<uint64_t> out;
  auto add = [&](pugi::xml_node row) {
    for (pugi::xml_node c : row.children()) {
      if (LocalName(c.name()) != "c") continue;
      uint64_t index = HeaderStringIndex(c, c.attribute("t").value());
      if (index != ~0ull) out.insert(index);
    }
  };
  for (const TextPart& t : text_parts_) {
    if (t.role != SheetPartRole::kWorksheet) continue;
    if (to_stream_.count(t.part) > 0) {
      StreamedSheet::ReadFirstRow(*package_, t.part, limits_, kMaxSheetPartBytes, add);
      continue;
    }
    pugi::xml_node data = package_->Xml(t.part).document_element().find_child(
        [](pugi::xml_node n) { return LocalName(n.name()) == "sheetData"; });
    for (pugi::xml_node row : data.children()) {
      if (LocalName(row.name()) != "row") continue;
      add(row);
      break;
    }
  }
  return out;
}

void XlsxDocument::ReadHeaders() {
  // The items, not their texts: only header cells need a text (joining every item's runs was a
  // twentieth of a staff list's scrub).
  std::vector<pugi::xml_node> strings;
  for (const TextPart& t : text_parts_) {
    if (t.role != SheetPartRole::kSharedStrings || t.part == strings_to_stream_) continue;
    for (pugi::xml_node si : package_->Xml(t.part).document_element().children()) {
      if (LocalName(si.name()) == "si") strings.push_back(si);
    }
  }
  uint64_t count = strings.size();
  std::function<std::string(uint64_t)> string_text = [&](uint64_t index) {
    return StringItemText(strings[index]);
  };
  if (!strings_to_stream_.empty()) {
    // Streamed, the strings' texts are not at hand: the pass that counts them keeps those of the
    // header rows' cells, found first.
    strings_ = std::make_unique<StreamedStrings>(*package_, strings_to_stream_, limits_,
                                                 kMaxSheetPartBytes, kMaxSharedStrings,
                                                 HeaderStringIndexes());
    count = strings_->count();
    string_text = [&](uint64_t index) {
      auto it = strings_->texts().find(index);
      return it == strings_->texts().end() ? std::string() : it->second;
    };
  }
  hints_ = StringHints(count);
  for (const TextPart& t : text_parts_) {
    if (t.role != SheetPartRole::kWorksheet) continue;
    SheetContext& ctx = sheets_[t.part];
    auto row_headers = [&](pugi::xml_node row, bool first) {
      RowHeaders(row, first, count, string_text, ctx, hints_);
    };
    if (to_stream_.count(t.part) > 0) {
      // One pass: the skeleton, the headers and hints, and the formulas into external links.
      size_t& external = external_formulas_[t.part];
      // Below the headers, rows matter only for shared strings' hints and external formulas.
      bool every_row = count > 0 || external_links_removed_;
      auto visit = [&](pugi::xml_node row, bool first) {
        row_headers(row, first);
        if (!external_links_removed_) return;
        for (pugi::xml_node c : row.children()) {
          if (LocalName(c.name()) == "c") external += RemoveExternalFormulas(c);
        }
      };
      auto sheet = std::make_unique<StreamedSheet>(*package_, t.part, limits_, kMaxSheetPartBytes,
                                                   every_row, visit);
      CountParsedXml(t.part, sheet->skeleton_bytes());
      streamed_[t.part] = std::move(sheet);
      continue;
    }
    pugi::xml_node root = package_->Xml(t.part).document_element();
    pugi::xml_node data =
        root.find_child([](pugi::xml_node n) { return LocalName(n.name()) == "sheetData"; });
    bool first = true;
    for (pugi::xml_node row : data.children()) {
      if (LocalName(row.name()) != "row") continue;
      row_headers(row, first);
      first = false;
    }
  }
  if (strings_) strings_->ForgetTexts();
}

void XlsxDocument::FindExternalTargets() {
  for (const std::string& rels : RelsWithExternalTargets(*package_)) {
    text_parts_.push_back({rels, SheetPartRole::kKeep});
  }
}

std::vector<SheetUnit> XlsxDocument::UnitsOf(const TextPart& t,
                                             const pugi::xml_document& doc) const {
  pugi::xml_node root = doc.document_element();
  switch (t.role) {
    case SheetPartRole::kWorkbook:
      return WorkbookUnits(root, t.part);
    case SheetPartRole::kSharedStrings:
      return SharedStringUnits(root, t.part, hints_);
    case SheetPartRole::kWorksheet:
      return WorksheetUnits(root, t.part, sheets_.at(t.part));
    case SheetPartRole::kPivotCache:
      return PivotCacheUnits(root, t.part);
    case SheetPartRole::kDrawing:
      return DrawingUnits(root, t.part);
    case SheetPartRole::kComments: {
      std::vector<SheetUnit> out;
      for (TextUnit& u : CollectCommentUnits(root, t.part)) {
        SheetUnit su;
        su.unit = std::move(u);
        out.push_back(std::move(su));
      }
      return out;
    }
    default:
      return ExternalTargetUnits(root, t.part);
  }
}

void XlsxDocument::Scan(const SegmentVisitor& visit) {
  if (written_in_place_) throw std::logic_error("document scanned after WriteLast");
  const size_t max = limits_.max_segment_bytes;
  for (const MetaValue& m : metadata_) VisitPieces(SegmentOf(m), max, visit);
  auto visit_unit = [&](const SheetUnit& u) { VisitPieces(SegmentOf(u.unit), max, visit); };
  for (const TextPart& t : text_parts_) {
    if (strings_ && t.part == strings_->part()) {
      strings_->ScanUnits(hints_, visit_unit);
      continue;
    }
    auto streamed = streamed_.find(t.part);
    if (streamed == streamed_.end()) {
      for (const SheetUnit& u : UnitsOf(t, package_->Xml(t.part))) visit_unit(u);
      continue;
    }
    // The skeleton's units before the rows, the rows as they are read, the rest.
    size_t rows_at = 0;
    const SheetContext& ctx = sheets_.at(t.part);
    std::vector<SheetUnit> units =
        WorksheetUnits(package_->Xml(t.part).document_element(), t.part, ctx, &rows_at);
    for (size_t i = 0; i < rows_at; ++i) visit_unit(units[i]);
    streamed->second->ScanRows(ctx, external_links_removed_, visit_unit);
    for (size_t i = rows_at; i < units.size(); ++i) visit_unit(units[i]);
  }
  embedded_.Scan(visit);
}

void XlsxDocument::Write(const SegmentEditor& edits, Sink& out) {
  if (written_in_place_) throw std::logic_error("document written after WriteLast");
  WriteParts(edits, out, false);
}

void XlsxDocument::WriteLast(const SegmentEditor& edits, Sink& out) {
  if (written_in_place_) throw std::logic_error("document written after WriteLast");
  written_in_place_ = true;
  WriteParts(edits, out, true);
}

void XlsxDocument::WriteParts(const SegmentEditor& edits, Sink& out, bool in_place) {
  const size_t max = limits_.max_segment_bytes;
  for (const MetaValue& m : metadata_) EditPieces(SegmentOf(m), max, edits);
  std::set<std::string> names;  // chart sheets' names too, so renames stay unique
  for (const SheetUnit& u : WorkbookUnits(package_->Xml(workbook_).document_element(), workbook_)) {
    if (u.kind == UnitKind::kSheetName) names.insert(u.unit.text);
  }
  UnitWriter writer(names);
  // Edits go into a copy so that the document can be written again; the last time (WriteLast)
  // into the parts themselves (copying a part's DOM costs about as much as serialising it).
  std::vector<std::unique_ptr<pugi::xml_document>> copies;
  std::vector<pugi::xml_document*> edited(text_parts_.size(), nullptr);
  auto copy_of = [&](const std::string& part) {
    if (in_place) return &package_->Xml(part);
    copies.push_back(std::make_unique<pugi::xml_document>());
    copies.back()->reset(package_->Xml(part));
    return copies.back().get();
  };
  DeflatedOverrides deflated;
  // Written in place, a part's changed elements are spliced into its original bytes instead of
  // serialising it whole (xml_splice.h) where they are all known.
  struct Changes {
    std::vector<pugi::xml_node> elements;
    bool known = true;
  };
  std::vector<Changes> changes(text_parts_.size());
  Changes* collecting = nullptr;
  std::vector<pugi::xml_node> touched;
  auto apply = [&](const SheetUnit& u) {
    std::vector<Edit> e = EditPieces(SegmentOf(u.unit), max, edits);
    touched.clear();
    bool known = collecting != nullptr && !e.empty() && ElementsChangedBy(u, touched);
    if (!writer.Apply(u, e)) return false;
    if (collecting != nullptr) {
      collecting->known = collecting->known && known;
      collecting->elements.insert(collecting->elements.end(), touched.begin(), touched.end());
    }
    return true;
  };
  for (size_t i = 0; i < text_parts_.size(); ++i) {
    const TextPart& t = text_parts_[i];
    collecting = in_place ? &changes[i] : nullptr;
    if (strings_ && t.part == strings_->part()) {
      collecting = nullptr;  // spliced as it is written
      std::vector<DeflatedPiece> pieces = strings_->WriteUnits(hints_, apply);
      if (!pieces.empty()) deflated[t.part] = std::move(pieces);
      continue;
    }
    if (auto it = streamed_.find(t.part); it != streamed_.end()) {
      // Sheet names are renamed by then: the workbook's units come first.
      collecting = nullptr;
      WriteStreamed(*it->second, apply, writer, deflated);
      continue;
    }
    pugi::xml_document* doc = copy_of(t.part);
    bool any = false;
    for (const SheetUnit& u : UnitsOf(t, *doc)) {
      if (apply(u)) any = true;
    }
    if (any) {
      edited[i] = doc;
    } else if (!in_place) {
      copies.pop_back();  // unchanged copies are let go at once: a large workbook is not held twice
    }
  }
  writer.Finish();
  XmlOverrides overrides;
  for (size_t i = 0; i < text_parts_.size(); ++i) {
    const TextPart& t = text_parts_[i];
    // Shared strings hold no formulas: a streamed part has nothing to rename.
    if (!writer.renames().empty() && t.role != SheetPartRole::kKeep &&
        streamed_.count(t.part) == 0 && !(strings_ && t.part == strings_->part())) {
      pugi::xml_document* doc = edited[i] ? edited[i] : copy_of(t.part);
      if (RenameSheetsIn(doc->document_element(), writer.renames())) {
        edited[i] = doc;
      } else if (!edited[i] && !in_place) {
        copies.pop_back();
      }
    }
    if (edited[i]) overrides[t.part] = edited[i];
  }
  write_notes_ = std::move(writer.notes());
  for (const auto& rename : writer.renames()) {
    write_notes_.push_back(
        {"sheet name", "renamed to \"" + rename.second + "\" (references updated)"});
  }
  ByteOverrides members = embedded_.Write(edits);
  // Parts cleaned when opened or with renamed sheets changed elsewhere too: serialised whole.
  for (size_t i = 0; in_place && writer.renames().empty() && i < text_parts_.size(); ++i) {
    const std::string& part = text_parts_[i].part;
    if (!edited[i] || !changes[i].known || package_->Changed(part)) continue;
    if (auto spliced = SpliceXml(package_->Read(part), changes[i].elements)) {
      overrides.erase(part);
      members[part] = std::move(*spliced);
    }
  }
  out.Write(package_->Write(overrides, members, deflated));
}

void XlsxDocument::WriteStreamed(const StreamedSheet& sheet,
                                 const std::function<bool(const SheetUnit&)>& apply,
                                 UnitWriter& writer, DeflatedOverrides& deflated) {
  const std::string& part = sheet.part();
  const SheetContext& ctx = sheets_.at(part);
  auto copy = std::make_unique<pugi::xml_document>();
  copy->reset(package_->Xml(part));
  size_t rows_at = 0;
  std::vector<SheetUnit> units = WorksheetUnits(copy->document_element(), part, ctx, &rows_at);
  bool any = package_->Changed(part);  // cleaned when opened
  for (size_t i = 0; i < rows_at; ++i) any = apply(units[i]) || any;
  StreamedSheet::WrittenRows rows = sheet.WriteRows(ctx, external_links_removed_, writer, apply);
  for (size_t i = rows_at; i < units.size(); ++i) any = apply(units[i]) || any;
  writer.Finish();  // the skeleton's formula literals
  if (!writer.renames().empty())
    any = RenameSheetsIn(copy->document_element(), writer.renames()) || any;
  if (!any && !rows.changed) return;  // copied as it is
  deflated[part] = sheet.Assemble(any ? copy.get() : nullptr, std::move(rows.piece));
}

uint64_t XlsxDocument::ReusableBytes() const {
  std::optional<uint64_t> members = embedded_.ReusableBytes();
  return members ? package_->HeldBytes() + hints_.HeldBytes() + *members : 0;
}

std::vector<Note> XlsxDocument::Notes() const {
  std::vector<Note> all = notes_;
  all.insert(all.end(), write_notes_.begin(), write_notes_.end());
  for (Note& n : embedded_.Notes()) all.push_back(std::move(n));
  return all;
}

}  // namespace deskbench::ooxml
