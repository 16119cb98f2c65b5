#pragma once
// PowerPoint presentations (.pptx, .pptm, .potx, .potm, .ppsx, .ppsm). Segments: every DrawingML
// paragraph of slides, notes, layouts, masters (notes and handout masters too), charts (rich text
// and the cached category and series names), SmartArt data and drawings, shape alt text, link
// tooltips, tag values, section names, external relationship targets (hyperlinks, linked files),
// and the metadata values that are removed anyway. Comments and comment authors (unless kept: then
// scrubbed, see comment_text.h), macros, media, OLE objects, thumbnails, printer settings, custom
// XML and unknown parts are dropped; identifying document properties removed; each reported as a
// Note. Chart workbooks, embedded Office files and pictures are members opened through the
// registry (office_parts.h); those no adapter takes are dropped too.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/ooxml/docx_metadata.h"
#include "formats/ooxml/office_parts.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/unit_parts.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::ooxml {

class PptxDocument : public Document {
 public:
  // Throws Refusal for packages that are not presentations or break the limits.
  PptxDocument(const ByteSource& source, const FormatOptions& options);
  PptxDocument(const ByteSource& source, const Limits& limits)
      : PptxDocument(source, OptionsWithLimits(limits)) {}
  static std::unique_ptr<PptxDocument> FromBytes(std::string bytes, const Limits& limits) {
    return std::make_unique<PptxDocument>(ByteSource::FromBytes(std::move(bytes)), limits);
  }

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  void WriteLast(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override;
  // Write copies the parts it edits, so it writes the same after Scans (and again).
  uint64_t ReusableBytes() const override;

 private:
  struct TextPart {
    std::string part;
    std::string kind;   // from DecidePptxPart; "hyperlink" for relationship parts, "comments"
    std::string label;  // "slide 3", "notes of slide 3"...
  };
  void Classify();
  void Label();
  void RemoveDanglingReferences();
  void FindExternalTargets();
  // The package as the shared scan and write see it.
  UnitPackage Units();

  Limits limits_;
  bool keep_comments_;
  std::unique_ptr<Package> package_;
  bool written_in_place_ = false;  // by WriteLast: the parts hold edits now
  EmbeddedParts embedded_;
  std::string main_part_;  // ppt/presentation.xml, found by its content type
  std::vector<TextPart> text_parts_;
  std::vector<MetaValue> metadata_;
  std::vector<std::string> part_names_;  // of text_parts_, for Units()
  PartUnits part_units_;
  std::vector<Note> notes_;
};

}  // namespace deskbench::ooxml
