#pragma once
// What the Word, Excel and PowerPoint adapters share around their own part rules: walking the
// parts to decide about, removing the dropped ones with a note each, the relationship parts whose
// external targets are scanned, and embedded files (chart workbooks, embedded Office documents,
// pictures) opened through the adapter registry as members of the package.

#include <functional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"
#include "formats/members.h"
#include "formats/ooxml/docx_metadata.h"
#include "formats/ooxml/docx_text.h"
#include "formats/ooxml/package.h"
#include "formats/options.h"

namespace deskbench::ooxml {

// The default options with these limits (adapters opened without the user's options, in tests).
inline FormatOptions OptionsWithLimits(const Limits& limits) {
  FormatOptions options;
  options.limits = limits;
  return options;
}

struct Removal {
  std::string part;
  std::string why;     // "comments", "embedded image"...: shown with the part
  std::string action;  // empty: "removed", or the usual wording for why
};
using Removals = std::vector<Removal>;

// Calls decide(part, content type) for every part but [Content_Types].xml and relationship parts;
// relationship parts of a missing part are queued for removal (nothing vouches for them).
void ForEachContentPart(Package& package, Removals& removals,
                        const std::function<void(const std::string&, const std::string&)>& decide);

// Removes each queued part still there (with its relationships and content-type override), one
// note each.
void RemoveParts(Package& package, const Removals& removals, std::vector<Note>& notes);

// The document property parts every Office package may hold.
enum class PropertiesPart { kCore, kApp, kCustom };

// Core and app properties are cleaned in place (identifying values removed, noted); custom
// properties are removed whole (queued). Every removed value goes to metadata, to be scanned.
void CleanPropertiesPart(Package& package, const std::string& part, PropertiesPart kind,
                         std::vector<MetaValue>& metadata, std::vector<Note>& notes,
                         Removals& removals);

// Relationship parts of parts still there that hold external targets (hyperlinks, linked files).
std::vector<std::string> RelsWithExternalTargets(Package& package);

// External relationship targets of a .rels part as units of their own.
std::vector<TextUnit> ExternalTargetTextUnits(const pugi::xml_node& root, std::string_view part);

// True for a part under embeddings/ that is an Office package (by content type or name), or a
// picture: both are opened through the registry instead of being dropped.
bool IsEmbeddedFile(std::string_view part, std::string_view content_type);

// True for the reasons the part rules give comment parts ("comments", "comment authors",
// "threaded comments"): with --keep-comments these are scrubbed and kept instead.
bool IsCommentPart(std::string_view why);

class EmbeddedParts;

// What the three adapters decide alike, before their own part rules: an embedded file becomes a
// member (queued for removal, with the rule's reason, when refused); with comments kept, a part
// the rules would remove as comments is neutralised (account ids, initials) and becomes a text
// part. removal_reason is the adapter rule's why for the part ("" when it keeps it).
enum class SharedPart { kNone, kEmbedded, kComments };
struct SharedPartContext {
  Package& package;
  EmbeddedParts& embedded;
  bool keep_comments;
  Removals& removals;
  size_t neutralised = 0;  // values removed from kept comment parts
};
SharedPart DecideSharedPart(SharedPartContext& ctx, const std::string& part,
                            const std::string& content_type, const std::string& removal_reason);

// Embedded files of a package, scrubbed as members (formats/members.h): a chart's workbook as an
// xlsx, an embedded document as a docx, a picture by the image adapter when there is one.
class EmbeddedParts {
 public:
  explicit EmbeddedParts(const FormatOptions& options);

  // Opens the part's bytes through the registry. Returns the reason when it was refused (the
  // caller removes the part), else an empty string.
  // content_type says what the part must be: a picture ("image/..."), or an Office document.
  std::string Add(const std::string& part, std::string bytes, std::string_view content_type);
  void Scan(const SegmentVisitor& visit) const;
  // The scrubbed bytes of every opened member, by part name.
  ByteOverrides Write(const SegmentEditor& edits) const;
  // Notes of the opened members ("word/embeddings/x.xlsx › docProps/core.xml ...").
  std::vector<Note> Notes() const;
  // Members::ReusableBytes of the opened members.
  std::optional<uint64_t> ReusableBytes() const { return members_.ReusableBytes(); }

 private:
  Members members_;
  std::vector<bool> accepted_;  // by member index
};

}  // namespace deskbench::ooxml
