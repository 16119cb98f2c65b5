#pragma once
// OpenDocument files (.odt .ods .odp and their templates .ott .ots .otp). Segments: paragraphs
// and headings of content.xml and styles.xml (headers, footers, master pages) as one string each
// across spans, cell string values, sheet names, frame titles and descriptions, hyperlink
// targets, and the meta.xml values that are removed anyway (scanned so that names found there are
// looked for everywhere). Before segmentation annotations (unless kept with --keep-comments: then
// their text and authors are scrubbed), tracked-change records (deletions), scripts and frames of
// embedded objects and of pictures no adapter takes are removed; personal metadata and printer
// settings removed; pictures are members opened through the registry (kept, scrubbed, when the
// image adapter takes them); every other part (thumbnails, objects, macros, unknown parts) is
// dropped with its manifest entry, each reported as a Note. The mimetype stays the first entry,
// stored. Encrypted documents are refused.

#include <map>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/odf/odf_cleanup.h"
#include "formats/ooxml/office_parts.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::odf {

class OdfDocument : public Document {
 public:
  // Throws Refusal for archives that are not OpenDocument files, are encrypted or break limits.
  OdfDocument(const ByteSource& source, const FormatOptions& options);
  OdfDocument(const ByteSource& source, const Limits& limits)
      : OdfDocument(source, ooxml::OptionsWithLimits(limits)) {}
  static std::unique_ptr<OdfDocument> FromBytes(std::string bytes, const Limits& limits) {
    return std::make_unique<OdfDocument>(ByteSource::FromBytes(std::move(bytes)), limits);
  }

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override;

  // The document's mimetype ("application/vnd.oasis.opendocument.text"...).
  const std::string& mimetype() const { return mimetype_; }

 private:
  pugi::xml_document& Xml(const std::string& part);
  void CleanManifest();

  std::filesystem::path file_;
  Limits limits_;
  std::unique_ptr<ooxml::ZipReader> zip_;
  std::string mimetype_;
  std::vector<std::string> kept_;  // entries written, in archive order (mimetype first)
  // Parts whose text is segmented: styles.xml, content.xml, then those of embedded objects.
  std::vector<std::string> text_parts_;
  std::map<std::string, std::unique_ptr<pugi::xml_document>> xml_;
  std::map<std::string, bool> changed_;
  std::vector<MetaText> metadata_;
  std::vector<Note> notes_;
  ooxml::EmbeddedParts pictures_;  // Pictures/ opened through the registry (the image adapter)
};

inline constexpr std::string_view kOdfMimePrefix = "application/vnd.oasis.opendocument.";

}  // namespace deskbench::odf
