#include "formats/odf/odf_document.h"

#include <array>

#include "core/error.h"
#include "formats/odf/odf_text.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_writer.h"
#include "formats/splice.h"

namespace deskbench::odf {
namespace {

constexpr std::string_view kManifest = "META-INF/manifest.xml";
// Parts whose text is segmented, in order.
constexpr std::array<std::string_view, 2> kTextParts = {"styles.xml", "content.xml"};

// The XML parts of a document or of an embedded object (a chart, a sub-document).
bool IsDocumentPart(std::string_view part) {
  return part == "content.xml" || part == "styles.xml" || part == "meta.xml" ||
         part == "settings.xml";
}

// "Object 1/content.xml" -> "Object 1" when the rest is one of the document parts: an embedded
// object's own content, scanned like the document's. "" otherwise.
std::string ObjectFolder(std::string_view name) {
  if (!name.starts_with("Object ")) return "";
  size_t slash = name.find('/');
  if (slash == std::string_view::npos || !IsDocumentPart(name.substr(slash + 1))) return "";
  return std::string(name.substr(0, slash));
}

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// Why a part other than the known XML parts is dropped.
std::string WhyDropped(std::string_view name) {
  if (name.starts_with("Thumbnails/")) return "thumbnail";
  if (name.starts_with("ObjectReplacements/")) return "preview picture of an embedded object";
  if (name.starts_with("Object ")) return "embedded object";
  if (name.starts_with("Basic/") || name.starts_with("Scripts/")) return "macros";
  return "unknown part that could carry text; fail closed";
}

Segment SegmentOf(const std::string& text, const std::string& location, const std::string& hint) {
  Segment seg;
  seg.text = text;
  seg.location = location;
  seg.hint = hint;
  return seg;
}

}  // namespace

OdfDocument::OdfDocument(const ByteSource& source, const FormatOptions& options)
    : file_(source.name()), limits_(options.limits), pictures_(options) {
  const Limits& limits = options.limits;
  zip_ =
      std::make_unique<ooxml::ZipReader>(source.ReadAll(limits.max_document_bytes), file_, limits);
  const ooxml::ZipEntry* mime = zip_->Find("mimetype");
  if (mime == nullptr || mime->size > 256) {
    throw Refusal(file_, "zip archive without an OpenDocument mimetype");
  }
  mimetype_ = zip_->Read(*mime);
  if (!mimetype_.starts_with(kOdfMimePrefix)) {
    throw Refusal(file_, "zip archive without an OpenDocument mimetype");
  }
  // A template may hold only styles (LibreOffice's own text templates do); with neither part
  // there is no document.
  if (!zip_->Find("content.xml") && !zip_->Find("styles.xml")) {
    throw Refusal(file_, "OpenDocument file without content.xml or styles.xml");
  }
  if (zip_->Find(kManifest) &&
      Xml(std::string(kManifest)).select_node("//manifest:encryption-data")) {
    throw Refusal(file_, "encrypted OpenDocument file: remove the password and try again");
  }
  kept_.push_back("mimetype");
  std::map<std::string, size_t> dropped;  // why -> count
  BodyKeep keep;
  keep.annotations = options.keep_comments;
  for (const ooxml::ZipEntry& e : zip_->entries()) {
    const std::string& name = e.name;
    if (name == "mimetype") continue;
    if (IsDocumentPart(name) || name == kManifest) {
      kept_.push_back(name);
      continue;
    }
    if (std::string folder = ObjectFolder(name); !folder.empty()) {
      kept_.push_back(name);
      keep.references.insert(folder);
      continue;
    }
    if (name.starts_with("Pictures/") && !name.ends_with('/')) {
      std::string refused = pictures_.Add(name, zip_->Read(e), "image/");
      if (refused.empty()) {
        kept_.push_back(name);
        keep.references.insert(name);
        continue;
      }
      notes_.push_back({name + " (embedded picture)", "removed (" + refused + ")"});
      continue;
    }
    ++dropped[name + " (" + WhyDropped(name) + ")"];
  }
  for (const auto& [what, count] : dropped) notes_.push_back({what, "removed"});
  if (zip_->has_comment()) notes_.push_back({"zip archive comment", "removed"});

  for (std::string_view part : kTextParts) {
    if (zip_->Find(part)) text_parts_.emplace_back(part);
  }
  for (const std::string& name : kept_) {
    std::string_view base = std::string_view(name).substr(name.find('/') + 1);
    if (!ObjectFolder(name).empty() && (base == "styles.xml" || base == "content.xml")) {
      text_parts_.push_back(name);
    }
    if (base == "meta.xml" && CleanMeta(Xml(name).document_element(), metadata_, notes_)) {
      changed_[name] = true;
    }
    if (base == "settings.xml" && CleanSettings(Xml(name).document_element(), notes_)) {
      changed_[name] = true;
    }
  }
  BodyCleanup total;
  for (const std::string& part : text_parts_) {
    BodyCleanup done = CleanBody(Xml(std::string(part)).document_element(), keep);
    if (done.total() > 0) changed_[std::string(part)] = true;
    total.annotations += done.annotations;
    total.deletions += done.deletions;
    total.change_marks += done.change_marks;
    total.scripts += done.scripts;
    total.frames += done.frames;
  }
  if (total.annotations > 0) {
    notes_.push_back(
        {"annotations (comments)", Plural(total.annotations, "element", "elements") + " removed"});
  }
  if (keep.annotations) {
    for (const std::string& part : text_parts_) {
      if (Xml(part).select_node("//office:annotation")) {
        notes_.push_back(
            {std::string(part) + " annotations (comments)", "kept (text and authors scrubbed)"});
      }
    }
  }
  if (total.deletions + total.change_marks > 0) {
    notes_.push_back({"tracked changes", "accepted: insertions kept, change records and " +
                                             Plural(total.change_marks, "mark", "marks") +
                                             " removed"});
  }
  if (total.scripts > 0) {
    notes_.push_back(
        {"scripts and event bindings", Plural(total.scripts, "element", "elements") + " removed"});
  }
  if (total.frames > 0) {
    notes_.push_back({"frames and references of pictures and objects",
                      Plural(total.frames, "element", "elements") + " removed"});
  }
  if (zip_->Find(kManifest)) CleanManifest();
}

pugi::xml_document& OdfDocument::Xml(const std::string& part) {
  auto it = xml_.find(part);
  if (it != xml_.end()) return *it->second;
  const ooxml::ZipEntry* entry = zip_->Find(part);
  if (entry == nullptr) throw Refusal(file_, "missing part " + part);
  auto doc = ooxml::ParseXml(zip_->Read(*entry), part, file_, limits_);
  return *xml_.emplace(part, std::move(doc)).first->second;
}

// Entries naming dropped parts (and folders of dropped parts) go from the manifest too.
void OdfDocument::CleanManifest() {
  pugi::xml_node root = Xml(std::string(kManifest)).document_element();
  std::vector<pugi::xml_node> drop;
  for (pugi::xml_node entry : root.children("manifest:file-entry")) {
    std::string path = entry.attribute("manifest:full-path").value();
    if (path == "/") continue;
    bool kept = false;
    for (const std::string& k : kept_) {
      // A folder entry ("Object 1/") stays while something in it does.
      kept = kept || k == path || (path.ends_with('/') && k.starts_with(path));
    }
    if (!kept) drop.push_back(entry);
  }
  for (pugi::xml_node d : drop) root.remove_child(d);
  if (!drop.empty()) changed_[std::string(kManifest)] = true;
}

void OdfDocument::Scan(const SegmentVisitor& visit) {
  const size_t max = limits_.max_segment_bytes;
  for (const MetaText& m : metadata_) {
    VisitPieces(SegmentOf(m.text, m.location, m.hint), max, visit);
  }
  for (const std::string& part : text_parts_) {
    for (const OdfUnit& u : CollectOdfUnits(Xml(std::string(part)).document_element(), part)) {
      VisitPieces(SegmentOf(u.text, u.location, u.hint), max, visit);
    }
  }
  pictures_.Scan(visit);
}

std::vector<Note> OdfDocument::Notes() const {
  std::vector<Note> all = notes_;
  for (Note& n : pictures_.Notes()) all.push_back(std::move(n));
  return all;
}

void OdfDocument::Write(const SegmentEditor& edits, Sink& out) {
  const size_t max = limits_.max_segment_bytes;
  // Metadata values are removed whatever is found in them; they are offered for the report.
  for (const MetaText& m : metadata_) EditPieces(SegmentOf(m.text, m.location, m.hint), max, edits);
  std::map<std::string, std::string> written;
  for (const std::string& part : text_parts_) {
    // Edits go into a copy so that the document can be written again.
    pugi::xml_document copy;
    copy.reset(Xml(std::string(part)));
    bool changed = false;
    for (const OdfUnit& u : CollectOdfUnits(copy.document_element(), part)) {
      std::vector<Edit> list = EditPieces(SegmentOf(u.text, u.location, u.hint), max, edits);
      if (ApplyOdfEdits(u, list)) changed = true;
    }
    if (changed) written[std::string(part)] = ooxml::WriteXml(copy);
  }
  for (auto& [name, bytes] : pictures_.Write(edits)) written[name] = std::move(bytes);
  ooxml::ZipWriter zip;
  for (const std::string& name : kept_) {
    const ooxml::ZipEntry* entry = zip_->Find(name);
    auto w = written.find(name);
    if (name == "mimetype") {
      // First and stored, whatever the original did, so that the type can be read at offset 38.
      zip.Add(name, mimetype_, ooxml::kNeutralZipTime, true);
    } else if (w != written.end() && zip_->Holds(*entry, w->second)) {
      zip.Copy(*zip_, *entry, ooxml::kNeutralZipTime);  // a picture without metadata or text
    } else if (w != written.end()) {
      zip.Add(name, std::move(w->second), ooxml::kNeutralZipTime);
    } else if (changed_.count(name) > 0) {
      zip.Add(name, ooxml::WriteXml(Xml(name)), ooxml::kNeutralZipTime);
    } else {
      zip.Copy(*zip_, *entry, ooxml::kNeutralZipTime);
    }
  }
  out.Write(zip.Finish());
}

}  // namespace deskbench::odf
