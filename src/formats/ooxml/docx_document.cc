#include "formats/ooxml/docx_document.h"

#include <map>

#include "core/error.h"
#include "formats/ooxml/comment_text.h"
#include "formats/ooxml/docx_cleanup.h"
#include "formats/ooxml/docx_parts.h"
#include "formats/ooxml/docx_streamed_story.h"
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
  StoryCleaned total;
  for (const TextPart& story : text_parts_) {
    StoryCleaning how;
    how.remove_comment_marks = !keep_comments_;
    auto removed = package_->removed_ids().find(story.part);
    if (removed != package_->removed_ids().end()) how.removed_ids = removed->second;
    if (!story.comments && package_->Size(story.part) > limits_.stream_story_bytes) {
      // Read an element of the body at a time, now and each time it is scanned or written.
      auto streamed = std::make_unique<StreamedStory>(*package_, story.part, story.hint, limits_,
                                                      limits_.max_document_bytes, std::move(how));
      streamed_[story.part] = streamed.get();
      streamed_stories_.push_back(std::move(streamed));
      continue;
    }
    StoryCleaned c = CleanStory(package_->Xml(story.part).document_element(), how);
    if (c.total() > 0) package_->MarkChanged(story.part);
    total += c;
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
  cleaned_whole_ = total;
  cleaning_notes_at_ = notes_.size();
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
  return {*package_, metadata_, part_names_, part_units_, embedded_, limits_.max_segment_bytes,
          &streamed_};
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

// Built when asked: a streamed story's cleaning is counted as it is read (StreamedStory::cleaned).
std::vector<Note> DocxDocument::CleaningNotes() const {
  StoryCleaned total = cleaned_whole_;
  for (const auto& story : streamed_stories_) total += story->cleaned();
  std::vector<Note> notes;
  const TrackedChanges& tc = total.tracked;
  if (tc.total() > 0) {
    notes.push_back({"tracked changes",
                     "accepted: " + Plural(tc.insertions, "insertion", "insertions") + " kept, " +
                         Plural(tc.deletions, "deletion", "deletions") + " and " +
                         Plural(tc.formatting, "formatting change", "formatting changes") +
                         " removed"});
  }
  if (total.comment_marks > 0) {
    notes.push_back(
        {"comment anchors", Plural(total.comment_marks, "anchor", "anchors") + " removed"});
  }
  if (total.rsids > 0) {
    notes.push_back({"rsid attributes (editing-session ids)",
                     Plural(total.rsids, "attribute", "attributes") + " removed"});
  }
  if (total.references > 0) {
    notes.push_back({"drawings and objects using removed parts",
                     Plural(total.references, "element", "elements") + " removed"});
  }
  return notes;
}

std::vector<Note> DocxDocument::Notes() const {
  auto at = notes_.begin() + static_cast<std::ptrdiff_t>(cleaning_notes_at_);
  std::vector<Note> all(notes_.begin(), at);
  for (Note& n : CleaningNotes()) all.push_back(std::move(n));
  all.insert(all.end(), at, notes_.end());
  for (Note& n : embedded_.Notes()) all.push_back(std::move(n));
  return all;
}

}  // namespace deskbench::ooxml
