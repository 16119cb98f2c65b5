#include "formats/ooxml/pptx_document.h"

#include <algorithm>

#include "core/error.h"
#include "formats/ooxml/comment_text.h"
#include "formats/ooxml/docx_text.h"
#include "formats/ooxml/pptx_parts.h"
#include "formats/ooxml/pptx_text.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/unit_parts.h"
#include "formats/ooxml/xml_part.h"
#include "formats/splice.h"

namespace deskbench::ooxml {
namespace {

// "ppt/slides/slide12.xml" -> "12"; "" when the name has no number.
std::string NumberIn(std::string_view part) {
  size_t slash = part.rfind('/');
  std::string_view name = slash == std::string_view::npos ? part : part.substr(slash + 1);
  std::string digits;
  for (char c : name) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    if (c == '.') break;
  }
  return digits;
}

}  // namespace

PptxDocument::PptxDocument(const ByteSource& source, const FormatOptions& options)
    : limits_(options.limits),
      keep_comments_(options.keep_comments),
      package_(std::make_unique<Package>(source, options.limits)),
      embedded_(options) {
  Classify();
  Label();
  RemoveDanglingReferences();
  FindExternalTargets();
  if (package_->has_zip_comment()) notes_.push_back({"zip archive comment", "removed"});
}

void PptxDocument::Classify() {
  Removals removals;
  bool has_main = false;
  SharedPartContext shared{*package_, embedded_, keep_comments_, removals};
  ForEachContentPart(*package_, removals, [&](const std::string& name, const std::string& type) {
    PartDecision d = DecidePptxPart(name, type);
    switch (DecideSharedPart(shared, name, type, d.why)) {
      case SharedPart::kEmbedded:
        return;
      case SharedPart::kComments:
        text_parts_.push_back({name, "comments", ""});
        return;
      case SharedPart::kNone:
        break;
    }
    switch (d.role) {
      case PartRole::kStory:
        if (IsMainPresentationType(type) && !has_main) {
          has_main = true;
          main_part_ = name;
        }
        text_parts_.push_back({name, d.hint, ""});
        break;
      case PartRole::kCore:
        CleanPropertiesPart(*package_, name, PropertiesPart::kCore, metadata_, notes_, removals);
        break;
      case PartRole::kApp:
        CleanPropertiesPart(*package_, name, PropertiesPart::kApp, metadata_, notes_, removals);
        break;
      case PartRole::kCustom:
        CleanPropertiesPart(*package_, name, PropertiesPart::kCustom, metadata_, notes_, removals);
        break;
      case PartRole::kKeep:
      case PartRole::kSettings:
        break;
      case PartRole::kRemove: {
        std::string action;
        if (d.why == "embedded media" || d.why == "thumbnail") {
          action = "removed (images and media are not scanned yet)";
        }
        removals.push_back({name, d.why, action});
        break;
      }
    }
  });
  if (!has_main) {
    throw Refusal(package_->file(), "Office package without a PowerPoint presentation part");
  }
  RemoveParts(*package_, removals, notes_);
  if (shared.neutralised > 0) {
    notes_.push_back({"comment authors' account ids, providers and initials",
                      std::to_string(shared.neutralised) + " removed (comments kept)"});
  }
  std::erase_if(text_parts_, [&](const TextPart& t) { return !package_->Has(t.part); });
}

// Names parts the way people see them: slides by their place in the show, notes by their slide.
void PptxDocument::Label() {
  std::map<std::string, size_t> slide_numbers;
  std::map<std::string, std::string> by_id;
  for (const Relationship& r : package_->Relationships(main_part_)) {
    if (!r.external) by_id[r.id] = r.part;
  }
  pugi::xml_node root = package_->Xml(main_part_).document_element();
  for (pugi::xml_node list : root.children()) {
    if (LocalName(list.name()) != "sldIdLst") continue;
    for (pugi::xml_node id : list.children()) {
      for (pugi::xml_attribute a : id.attributes()) {
        if (LocalName(a.name()) != "id" || Prefix(a.name()).empty()) continue;
        auto it = by_id.find(a.value());
        if (it != by_id.end() && !slide_numbers.count(it->second)) {
          slide_numbers[it->second] = slide_numbers.size() + 1;
        }
      }
    }
  }
  auto slide_label = [&](const std::string& part) {
    auto it = slide_numbers.find(part);
    if (it != slide_numbers.end()) return "slide " + std::to_string(it->second);
    std::string n = NumberIn(part);
    return "slide " + (n.empty() ? part : n + " (" + part + ")");
  };
  for (TextPart& t : text_parts_) {
    std::string n = NumberIn(t.part);
    if (t.kind == "slide") {
      t.label = slide_label(t.part);
    } else if (t.kind == "notes") {
      t.label = "notes " + (n.empty() ? t.part : n);
      for (const Relationship& r : package_->Relationships(t.part)) {
        if (!r.external && RelationshipKind(r.type) == "slide") {
          t.label = "notes of " + slide_label(r.part);
        }
      }
    } else if (t.kind == "presentation") {
      t.label = "presentation";
    } else {
      t.label = t.kind + (n.empty() ? "" : " " + n);
      pugi::xml_node root_node = package_->Xml(t.part).document_element();
      for (pugi::xml_node c : root_node.children()) {
        std::string_view name = c.attribute("name").value();
        if (LocalName(c.name()) == "cSld" && !name.empty()) {
          t.label += " '" + std::string(name) + "'";
        }
      }
    }
  }
}

void PptxDocument::RemoveDanglingReferences() {
  size_t references = 0;
  for (const auto& [source, ids] : package_->removed_ids()) {
    if (source.empty() || !package_->Has(source) || source.ends_with(".rels")) continue;
    std::string type = package_->ContentType(source);
    if (!type.ends_with("xml")) continue;
    size_t n = RemovePptxReferences(package_->Xml(source).document_element(), ids);
    if (n > 0) package_->MarkChanged(source);
    references += n;
  }
  if (references > 0) {
    notes_.push_back({"pictures, media and objects using removed parts",
                      std::to_string(references) +
                          (references == 1 ? " element removed" : " elements removed")});
  }
}

void PptxDocument::FindExternalTargets() {
  for (const std::string& rels : RelsWithExternalTargets(*package_)) {
    text_parts_.push_back({rels, "hyperlink", rels});
  }
}

namespace {

std::vector<TextUnit> UnitsOf(const std::string& part, const std::string& kind,
                              const std::string& label, const pugi::xml_document& doc) {
  if (kind == "hyperlink") return ExternalTargetTextUnits(doc.document_element(), part);
  if (kind == "comments") return CollectCommentUnits(doc.document_element(), part);
  return CollectPptxUnits(doc.document_element(), label, kind);
}

}  // namespace

UnitPackage PptxDocument::Units() {
  part_names_.clear();
  for (const TextPart& t : text_parts_) part_names_.push_back(t.part);
  part_units_ = [this](size_t i, const pugi::xml_document& doc) {
    const TextPart& t = text_parts_[i];
    return UnitsOf(t.part, t.kind, t.label, doc);
  };
  return {*package_, metadata_, part_names_, part_units_, embedded_, limits_.max_segment_bytes};
}

void PptxDocument::Scan(const SegmentVisitor& visit) {
  if (written_in_place_) throw std::logic_error("document scanned after WriteLast");
  ScanUnitPackage(Units(), visit);
}

void PptxDocument::Write(const SegmentEditor& edits, Sink& out) {
  if (written_in_place_) throw std::logic_error("document written after WriteLast");
  WriteUnitPackage(Units(), edits, out);
}

void PptxDocument::WriteLast(const SegmentEditor& edits, Sink& out) {
  if (written_in_place_) throw std::logic_error("document written after WriteLast");
  written_in_place_ = true;
  WriteUnitPackage(Units(), edits, out, PartEdits::kInPlace);
}

uint64_t PptxDocument::ReusableBytes() const {
  std::optional<uint64_t> members = embedded_.ReusableBytes();
  return members ? package_->HeldBytes() + *members : 0;
}

std::vector<Note> PptxDocument::Notes() const {
  std::vector<Note> all = notes_;
  for (Note& n : embedded_.Notes()) all.push_back(std::move(n));
  return all;
}

}  // namespace deskbench::ooxml
