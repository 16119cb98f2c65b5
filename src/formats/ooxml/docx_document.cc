#include "formats/ooxml/docx_document.h"

#include <map>

#include "core/error.h"
#include "formats/ooxml/comment_text.h"
#include "formats/ooxml/docx_cleanup.h"
#include "formats/ooxml/docx_parts.h"
#include "formats/ooxml/docx_text.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/unit_parts.h"
#include "formats/ooxml/xml_part.h"
#include "formats/splice.h"

namespace deskbench::ooxml {
namespace {

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::vector<TextUnit> UnitsOf(const std::string& part, const std::string& hint, bool comments,
                              const pugi::xml_document& doc) {
  if (part.ends_with(".rels")) return ExternalTargetTextUnits(doc.document_element(), part);
  if (comments) return CollectCommentUnits(doc.document_element(), part);
  return CollectUnits(doc.document_element(), part, hint);
}

}  // namespace

DocxDocument::DocxDocument(const ByteSource& source, const FormatOptions& options)
    : limits_(options.limits),
      keep_comments_(options.keep_comments),
      package_(std::make_unique<Package>(source, options.limits)),
      embedded_(options) {
  Classify();
  CleanStories();
  FindExternalTargets();
  if (package_->has_zip_comment()) notes_.push_back({"zip archive comment", "removed"});
}

void DocxDocument::Classify() {
  Removals removals;
  bool has_main = false;
  SharedPartContext shared{*package_, embedded_, keep_comments_, removals};
  ForEachContentPart(*package_, removals, [&](const std::string& name, const std::string& type) {
    PartDecision d = DecidePart(name, type);
    switch (DecideSharedPart(shared, name, type, d.why)) {
      case SharedPart::kEmbedded:
        return;
      case SharedPart::kComments:
        text_parts_.push_back({name, "comment", true});
        return;
      case SharedPart::kNone:
        break;
    }
    switch (d.role) {
      case PartRole::kStory:
        has_main = has_main || IsMainDocumentType(type);
        text_parts_.push_back({name, d.hint, false});
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
      case PartRole::kSettings:
        if (CleanSettings(package_->Xml(name).document_element(), name, notes_)) {
          package_->MarkChanged(name);
        }
        for (const Relationship& r : package_->Relationships(name)) {
          if (IsSettingsRelationshipRemoved(RelationshipKind(r.type))) {
            package_->RemoveRelationship(name, r.id);
          }
        }
        break;
      case PartRole::kKeep:
        break;
      case PartRole::kRemove:
        removals.push_back({name, d.why, ""});
        break;
    }
  });
  if (!has_main) {
    throw Refusal(package_->file(), "Office package without a Word document part");
  }
  RemoveParts(*package_, removals, notes_);
  if (shared.neutralised > 0) {
    notes_.push_back({"comment authors' account ids, providers, presence and initials",
                      std::to_string(shared.neutralised) + " removed (comments kept)"});
  }
}

void DocxDocument::CleanStories() {
  TrackedChanges total;
  size_t comment_marks = 0, rsids = 0, references = 0;
  for (const TextPart& story : text_parts_) {
    pugi::xml_node root = package_->Xml(story.part).document_element();
    TrackedChanges tc = AcceptTrackedChanges(root);
    size_t marks = keep_comments_ ? 0 : RemoveCommentMarks(root);
    size_t ids = StripRsids(root);
    size_t refs = 0;
    auto removed = package_->removed_ids().find(story.part);
    if (removed != package_->removed_ids().end()) refs = RemoveReferences(root, removed->second);
    if (tc.total() + marks + ids + refs > 0) {
      package_->MarkChanged(story.part);
    }
    total.insertions += tc.insertions;
    total.deletions += tc.deletions;
    total.formatting += tc.formatting;
    total.markers += tc.markers;
    comment_marks += marks;
    rsids += ids;
    references += refs;
  }
  // Other kept parts (numbering with picture bullets...) must not refer to removed parts either.
  for (const auto& [source, ids] : package_->removed_ids()) {
    if (source.empty() || !package_->Has(source) || source.ends_with(".rels")) continue;
    bool story = false;
    for (const TextPart& t : text_parts_) story = story || t.part == source;
    if (story) continue;
    if (RemoveReferences(package_->Xml(source).document_element(), ids) > 0) {
      package_->MarkChanged(source);
    }
  }
  if (total.total() > 0) {
    notes_.push_back({"tracked changes",
                      "accepted: " + Plural(total.insertions, "insertion", "insertions") +
                          " kept, " + Plural(total.deletions, "deletion", "deletions") + " and " +
                          Plural(total.formatting, "formatting change", "formatting changes") +
                          " removed"});
  }
  if (comment_marks > 0) {
    notes_.push_back({"comment anchors", Plural(comment_marks, "anchor", "anchors") + " removed"});
  }
  if (rsids > 0) {
    notes_.push_back({"rsid attributes (editing-session ids)",
                      Plural(rsids, "attribute", "attributes") + " removed"});
  }
  if (references > 0) {
    notes_.push_back({"drawings and objects using removed parts",
                      Plural(references, "element", "elements") + " removed"});
  }
}

void DocxDocument::FindExternalTargets() {
  for (const std::string& rels : RelsWithExternalTargets(*package_)) {
    text_parts_.push_back({rels, "hyperlink", false});
  }
}

UnitPackage DocxDocument::Units() {
  part_names_.clear();
  for (const TextPart& t : text_parts_) part_names_.push_back(t.part);
  part_units_ = [this](size_t i, const pugi::xml_document& doc) {
    const TextPart& t = text_parts_[i];
    return UnitsOf(t.part, t.hint, t.comments, doc);
  };
  return {*package_, metadata_, part_names_, part_units_, embedded_, limits_.max_segment_bytes};
}

void DocxDocument::Scan(const SegmentVisitor& visit) {
  if (written_in_place_) throw std::logic_error("document scanned after WriteLast");
  ScanUnitPackage(Units(), visit);
}

void DocxDocument::Write(const SegmentEditor& edits, Sink& out) {
  if (written_in_place_) throw std::logic_error("document written after WriteLast");
  WriteUnitPackage(Units(), edits, out);
}

void DocxDocument::WriteLast(const SegmentEditor& edits, Sink& out) {
  if (written_in_place_) throw std::logic_error("document written after WriteLast");
  written_in_place_ = true;
  WriteUnitPackage(Units(), edits, out, PartEdits::kInPlace);
}

uint64_t DocxDocument::ReusableBytes() const {
  std::optional<uint64_t> members = embedded_.ReusableBytes();
  return members ? package_->HeldBytes() + *members : 0;
}

std::vector<Note> DocxDocument::Notes() const {
  std::vector<Note> all = notes_;
  for (Note& n : embedded_.Notes()) all.push_back(std::move(n));
  return all;
}

}  // namespace deskbench::ooxml
