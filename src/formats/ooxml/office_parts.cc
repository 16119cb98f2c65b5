#include "formats/ooxml/office_parts.h"

#include "core/ascii.h"
#include "formats/ooxml/comment_text.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/xml_part.h"
#include "formats/registry.h"

namespace deskbench::ooxml {
namespace {

std::string ActionFor(const Removal& r) {
  if (!r.action.empty()) return r.action;
  if (r.why == "unknown part that could carry text") return "removed (fail closed)";
  if (r.why == "embedded workbook (chart data)") {
    return "removed (the chart keeps its cached values; it can no longer be edited)";
  }
  return "removed";
}

constexpr std::string_view kPackageTypes[] = {
    "spreadsheetml.sheet",         "spreadsheetml.template",    "ms-excel.sheet.macroEnabled",
    "wordprocessingml.document",   "wordprocessingml.template", "ms-word.document.macroEnabled",
    "presentationml.presentation", "presentationml.slideshow",  "ms-powerpoint.presentation",
    "officedocument.package",
};

constexpr std::string_view kPackageExtensions[] = {
    ".xlsx", ".xlsm", ".xltx", ".docx", ".docm", ".dotx", ".pptx",
    ".pptm", ".potx", ".ppsx", ".odt",  ".ods",  ".odp",
};

bool IsOfficeFormat(std::string_view f) {
  return f == "docx" || f == "xlsx" || f == "pptx" || f == "odt" || f == "ods" || f == "odp";
}

bool IsTextFormat(std::string_view f) {
  return f == "text" || f == "code" || f == "csv" || f == "json" || f == "jsonl" || f == "html" ||
         f == "markdown";
}

}  // namespace

void ForEachContentPart(Package& package, Removals& removals,
                        const std::function<void(const std::string&, const std::string&)>& decide) {
  for (const std::string& name : package.PartNames()) {
    std::string source;
    if (name == kContentTypesPart) continue;
    if (SourceOfRelsPart(name, source)) {
      if (!source.empty() && !package.Has(source)) {
        removals.push_back({name, "relationships of a missing part", ""});
      }
      continue;
    }
    decide(name, package.ContentType(name));
  }
}

void RemoveParts(Package& package, const Removals& removals, std::vector<Note>& notes) {
  for (const Removal& r : removals) {
    if (!package.Has(r.part)) continue;
    package.Remove(r.part);
    notes.push_back({r.part + " (" + r.why + ")", ActionFor(r)});
  }
}

void CleanPropertiesPart(Package& package, const std::string& part, PropertiesPart kind,
                         std::vector<MetaValue>& metadata, std::vector<Note>& notes,
                         Removals& removals) {
  pugi::xml_node root = package.Xml(part).document_element();
  switch (kind) {
    case PropertiesPart::kCore:
      if (CleanCoreProperties(root, part, metadata, notes)) package.MarkChanged(part);
      break;
    case PropertiesPart::kApp:
      if (CleanAppProperties(root, part, metadata, notes)) package.MarkChanged(part);
      break;
    case PropertiesPart::kCustom:
      CollectCustomProperties(root, part, metadata);
      removals.push_back({part, "custom document properties", ""});
      break;
  }
}

std::vector<std::string> RelsWithExternalTargets(Package& package) {
  std::vector<std::string> out;
  for (const std::string& name : package.PartNames()) {
    std::string source;
    if (!SourceOfRelsPart(name, source) || !package.Has(name)) continue;
    if (!source.empty() && !package.Has(source)) continue;
    if (!ExternalTargetTextUnits(package.Xml(name).document_element(), name).empty()) {
      out.push_back(name);
    }
  }
  return out;
}

std::vector<TextUnit> ExternalTargetTextUnits(const pugi::xml_node& root, std::string_view part) {
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

bool IsEmbeddedFile(std::string_view part, std::string_view type) {
  if (part.starts_with("docProps/thumbnail")) return false;  // removed by policy
  if (type.starts_with("image/")) return true;
  if (part.find("/embeddings/") == std::string_view::npos) return false;
  for (std::string_view t : kPackageTypes) {
    if (type.find(t) != std::string_view::npos) return true;
  }
  std::string lower = ascii::Lower(part);
  for (std::string_view ext : kPackageExtensions) {
    if (lower.ends_with(ext)) return true;
  }
  return false;
}

bool IsCommentPart(std::string_view why) {
  return why == "comments" || why == "comment authors" || why == "threaded comments";
}

SharedPart DecideSharedPart(SharedPartContext& ctx, const std::string& part,
                            const std::string& content_type, const std::string& removal_reason) {
  if (IsEmbeddedFile(part, content_type)) {
    std::string refused = ctx.embedded.Add(part, ctx.package.Read(part), content_type);
    if (!refused.empty())
      ctx.removals.push_back({part, removal_reason, "removed (" + refused + ")"});
    return SharedPart::kEmbedded;
  }
  if (ctx.keep_comments && IsCommentPart(removal_reason)) {
    size_t n = NeutraliseCommentIdentities(ctx.package.Xml(part).document_element());
    if (n > 0) ctx.package.MarkChanged(part);
    ctx.neutralised += n;
    return SharedPart::kComments;
  }
  return SharedPart::kNone;
}

EmbeddedParts::EmbeddedParts(const FormatOptions& options) : members_(OpenSource, options) {}

std::string EmbeddedParts::Add(const std::string& part, std::string bytes,
                               std::string_view content_type) {
  size_t i = members_.Add(part, std::move(bytes));
  std::string why = members_.refused(i);
  // The registry guesses from the bytes and the name; the package says what the part is. A
  // "picture" read as text, or an "embedded workbook" that is not one, is not let through.
  bool picture = content_type.starts_with("image/");
  const std::string& format = members_.format(i);
  bool office = IsOfficeFormat(format);
  if (why.empty() && picture && (office || IsTextFormat(format))) {
    why = "not a picture the image adapter reads";
  }
  if (why.empty() && !picture && !office) why = "not an Office document";
  // A converted member would have to change its name, and the relationships naming it.
  if (why.empty() && !members_.output_extension(i).empty()) why = "converted to another format";
  accepted_.push_back(why.empty());
  return why;
}

void EmbeddedParts::Scan(const SegmentVisitor& visit) const {
  for (size_t i = 0; i < members_.size(); ++i) {
    if (accepted_[i]) {
      members_.ScanMember(i, visit);
    }
  }
}

ByteOverrides EmbeddedParts::Write(const SegmentEditor& edits) const {
  ByteOverrides out;
  for (size_t i = 0; i < members_.size(); ++i) {
    if (accepted_[i]) {
      out[members_.name(i)] = members_.Write(i, edits);
    }
  }
  return out;
}

std::vector<Note> EmbeddedParts::Notes() const {
  // Refused members are noted where their part is removed.
  std::vector<Note> notes;
  for (const Note& n : members_.Notes()) {
    for (size_t i = 0; i < members_.size(); ++i) {
      if (!accepted_[i]) continue;
      const std::string& name = members_.name(i);
      if (n.part.starts_with(name + " \u203a ")) {
        notes.push_back(n);
        break;
      }
    }
  }
  return notes;
}

}  // namespace deskbench::ooxml
