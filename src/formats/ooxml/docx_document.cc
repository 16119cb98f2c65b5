#include "formats/ooxml/docx_document.h"

#include <map>

#include "core/error.h"
#include "formats/ooxml/docx_cleanup.h"
#include "formats/ooxml/docx_parts.h"
#include "formats/ooxml/docx_text.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/xml_part.h"
#include "formats/splice.h"

namespace deskbench::ooxml {
namespace {

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// External relationship targets (hyperlinks, linked files) as units of their own.
std::vector<TextUnit> ExternalTargets(const pugi::xml_node& root, std::string_view part) {
  std::vector<TextUnit> units;
  for (pugi::xml_node r : root.children()) {
    if (LocalName(r.name()) != "Relationship") continue;
    std::string_view mode = r.attribute("TargetMode").value();
    pugi::xml_attribute target = r.attribute("Target");
    if (mode != "External" || !target || *target.value() == '\0') continue;
    std::string_view kind = RelationshipKind(r.attribute("Type").value());
    TextUnit u;
    u.text = target.value();
    u.pieces.push_back({{}, target, 0, u.text.size(), true});
    u.location = std::string(part) + " " + r.attribute("Id").value();
    u.hint = kind == "hyperlink" ? "hyperlink" : "link";
    units.push_back(std::move(u));
  }
  return units;
}

std::vector<TextUnit> UnitsOf(const std::string& part, const std::string& hint,
                              const pugi::xml_document& doc) {
  if (part.ends_with(".rels")) return ExternalTargets(doc.document_element(), part);
  return CollectUnits(doc.document_element(), part, hint);
}

Segment SegmentOf(const std::string& text, const std::string& location, const std::string& hint) {
  Segment seg;
  seg.text = text;
  seg.location = location;
  seg.hint = hint;
  return seg;
}

}  // namespace

DocxDocument::DocxDocument(const ByteSource& source, const Limits& limits)
    : limits_(limits), package_(std::make_unique<Package>(source, limits)) {
  Classify();
  CleanStories();
  FindExternalTargets();
  if (package_->has_zip_comment()) notes_.push_back({"zip archive comment", "removed"});
}

void DocxDocument::Classify() {
  std::vector<std::pair<std::string, std::string>> removals;  // part, why
  bool has_main = false;
  for (const std::string& name : package_->PartNames()) {
    std::string source;
    if (name == kContentTypesPart) continue;
    if (SourceOfRelsPart(name, source)) {
      // Relationships of a part that is not there are never read: nothing vouches for them.
      if (!source.empty() && !package_->Has(source)) {
        removals.emplace_back(name, "relationships of a missing part");
      }
      continue;
    }
    std::string type = package_->ContentType(name);
    PartDecision d = DecidePart(name, type);
    switch (d.role) {
      case PartRole::kStory:
        has_main = has_main || IsMainDocumentType(type);
        text_parts_.push_back({name, d.hint});
        break;
      case PartRole::kCore:
        if (CleanCoreProperties(package_->Xml(name).document_element(), name, metadata_, notes_)) {
          package_->MarkChanged(name);
        }
        break;
      case PartRole::kApp:
        if (CleanAppProperties(package_->Xml(name).document_element(), name, metadata_, notes_)) {
          package_->MarkChanged(name);
        }
        break;
      case PartRole::kCustom:
        CollectCustomProperties(package_->Xml(name).document_element(), name, metadata_);
        removals.emplace_back(name, "custom document properties");
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
        removals.emplace_back(name, d.why);
        break;
    }
  }
  if (!has_main) {
    throw Refusal(package_->file(), "Office package without a Word document part");
  }
  for (const auto& [name, why] : removals) {
    if (!package_->Has(name)) continue;
    package_->Remove(name);
    std::string action = "removed";
    if (why == "embedded image") action = "removed (images are not scanned yet)";
    if (why == "unknown part that could carry text") action = "removed (fail closed)";
    notes_.push_back({name + " (" + why + ")", action});
  }
}

void DocxDocument::CleanStories() {
  TrackedChanges total;
  size_t comment_marks = 0, rsids = 0, references = 0;
  for (const TextPart& story : text_parts_) {
    pugi::xml_node root = package_->Xml(story.part).document_element();
    TrackedChanges tc = AcceptTrackedChanges(root);
    size_t marks = RemoveCommentMarks(root);
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
  for (const std::string& name : package_->PartNames()) {
    std::string source;
    if (!SourceOfRelsPart(name, source) || !package_->Has(name)) continue;
    if (!source.empty() && !package_->Has(source)) continue;
    if (!ExternalTargets(package_->Xml(name).document_element(), name).empty()) {
      text_parts_.push_back({name, "hyperlink"});
    }
  }
}

void DocxDocument::Scan(const SegmentVisitor& visit) {
  const size_t max = limits_.max_segment_bytes;
  for (const MetaValue& m : metadata_)
    VisitPieces(SegmentOf(m.text, m.location, m.hint), max, visit);
  for (const TextPart& t : text_parts_) {
    for (const TextUnit& u : UnitsOf(t.part, t.hint, package_->Xml(t.part))) {
      VisitPieces(SegmentOf(u.text, u.location, u.hint), max, visit);
    }
  }
}

void DocxDocument::Write(const SegmentEditor& edits, Sink& out) {
  const size_t max = limits_.max_segment_bytes;
  // Metadata values are removed whatever is found in them; they are still offered so that what
  // was found there is reported.
  for (const MetaValue& m : metadata_)
    EditPieces(SegmentOf(m.text, m.location, m.hint), max, edits);
  std::vector<std::unique_ptr<pugi::xml_document>> copies;
  XmlOverrides overrides;
  for (const TextPart& t : text_parts_) {
    // Edits go into a copy so that the document can be written again.
    auto copy = std::make_unique<pugi::xml_document>();
    copy->reset(package_->Xml(t.part));
    bool changed = false;
    for (const TextUnit& u : UnitsOf(t.part, t.hint, *copy)) {
      std::vector<Edit> list = EditPieces(SegmentOf(u.text, u.location, u.hint), max, edits);
      if (ApplyEdits(u, list)) changed = true;
    }
    if (changed) {
      overrides[t.part] = copy.get();
      copies.push_back(std::move(copy));
    }
  }
  out.Write(package_->Write(overrides));
}

}  // namespace deskbench::ooxml
