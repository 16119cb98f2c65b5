#pragma once
// An Open Packaging (OOXML) package: the zip container, its XML parts, relationships and content
// types. Adapters read and change parts here; Write builds a new package in which untouched entries
// keep their compressed bytes (so do embedded files written back byte for byte the same), changed
// XML parts are re-serialised and removed parts disappear together with the relationships and
// content-type overrides that named them.

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/ooxml/deflate_stream.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/source.h"

namespace deskbench::ooxml {

struct Relationship {
  std::string id;
  std::string type;    // the full Type URI
  std::string target;  // as written
  bool external = false;
  std::string part;  // the part an internal target names ("" when it leaves the package)
};

using XmlOverrides = std::map<std::string, const pugi::xml_document*, std::less<>>;
// Parts deflated by their adapter as they were written (streamed parts), in pieces.
using DeflatedOverrides = std::map<std::string, std::vector<DeflatedPiece>, std::less<>>;
// New bytes for parts that are not XML the package parses (scrubbed embedded files).
using ByteOverrides = std::map<std::string, std::string, std::less<>>;

class Package {
 public:
  // Throws Refusal for anything that is not a sound package within the limits.
  Package(const ByteSource& source, const Limits& limits);

  const std::filesystem::path& file() const { return file_; }
  const Limits& limits() const { return limits_; }
  // The archive comment is never copied to a written package.
  bool has_zip_comment() const { return zip_->has_comment(); }
  // Entry names in archive order (folders excluded), including removed ones.
  std::vector<std::string> PartNames() const;
  bool Has(std::string_view part) const;
  bool Removed(std::string_view part) const { return removed_.count(std::string(part)) > 0; }
  // The content type from [Content_Types].xml (an Override, else the Default for the extension).
  std::string ContentType(std::string_view part);
  // The parsed part (parsed once, kept); throws Refusal for bad XML.
  pugi::xml_document& Xml(std::string_view part);
  std::string Read(std::string_view part) const;
  // The inflated size the archive declares (Read and Stream refuse a part of any other size).
  uint64_t Size(std::string_view part) const;
  // The part's inflated bytes in chunks (ZipReader::Stream), for parts too large to hold.
  void Stream(std::string_view part, const std::function<void(std::string_view)>& consume) const;
  // A part read as a stream by its adapter: doc stands for it in Xml (what the adapter parsed of
  // it, from xml_bytes of XML: what HeldBytes counts for it), and Write needs the part's bytes
  // from the adapter (DeflatedOverrides) when it changed.
  void AdoptStreamed(std::string_view part, std::unique_ptr<pugi::xml_document> doc,
                     uint64_t xml_bytes);
  // Marks an XML part as changed in place (it is re-serialised on Write).
  void MarkChanged(std::string_view part) { changed_.insert(std::string(part)); }
  bool Changed(std::string_view part) const { return changed_.count(std::string(part)) > 0; }
  // Relationships of a part ("" for the package's own).
  std::vector<Relationship> Relationships(std::string_view source_part);
  // Drops a part, its own relationships part, every relationship that targets it and its
  // content-type override.
  void Remove(std::string_view part);
  // Drops one relationship (internal or external) of source_part.
  void RemoveRelationship(std::string_view source_part, std::string_view id);
  // Relationship ids removed from each source part's .rels by Remove (so the part's references
  // to them can be removed too).
  const std::map<std::string, std::set<std::string>>& removed_ids() const { return removed_ids_; }
  // A new package: parts in overrides are serialised from those documents instead, parts in
  // bytes are written with those bytes.
  std::string Write(const XmlOverrides& overrides = {}, const ByteOverrides& bytes = {},
                    const DeflatedOverrides& deflated = {});
  // Memory the package holds, estimated: the archive and the parsed parts (kDomBytesPerXmlByte
  // per byte of their XML; of streamed parts, what their adapter parsed).
  uint64_t HeldBytes() const;

 private:
  std::filesystem::path file_;
  Limits limits_;
  std::unique_ptr<ZipReader> zip_;
  std::map<std::string, std::unique_ptr<pugi::xml_document>, std::less<>> xml_;
  std::set<std::string> changed_;
  std::map<std::string, uint64_t, std::less<>> streamed_;  // their XML held parsed
  std::set<std::string> removed_;
  std::map<std::string, std::set<std::string>> removed_ids_;
};

inline constexpr std::string_view kContentTypesPart = "[Content_Types].xml";

// A parsed part's memory per byte of its XML: pugixml's copy of the text and its nodes and
// attributes. About 3.5 for prose and 7 for sheets of short cells (peak RSS of the benchmark's
// letters and staff lists, all kept between the passes or none); a little over the higher one, so
// that budgets hold.
inline constexpr uint64_t kDomBytesPerXmlByte = 8;

}  // namespace deskbench::ooxml
