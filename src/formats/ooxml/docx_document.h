#pragma once
// Word documents (.docx, .docm, .dotx, .dotm). Segments: every paragraph of the body, headers,
// footers, footnotes and endnotes (text-box paragraphs on their own), field instructions, alt
// text, external relationship targets (hyperlinks), and the metadata values that are removed
// anyway (scanned so that names found there are looked for everywhere). Before segmentation
// tracked changes are accepted; comments (unless kept: then scrubbed, see comment_text.h), macros,
// OLE objects, printer settings, custom XML and unknown parts are dropped, identifying properties
// and settings removed, each reported as a Note. Embedded Office files and pictures are members
// opened through the registry (office_parts.h); those no adapter takes are dropped too.

#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/ooxml/docx_metadata.h"
#include "formats/ooxml/docx_streamed_story.h"
#include "formats/ooxml/office_parts.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/unit_parts.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::ooxml {

class DocxDocument : public Document {
 public:
  // Throws Refusal for packages that are not Word documents or break the limits.
  DocxDocument(const ByteSource& source, const FormatOptions& options);
  DocxDocument(const ByteSource& source, const Limits& limits)
      : DocxDocument(source, OptionsWithLimits(limits)) {}
  static std::unique_ptr<DocxDocument> FromBytes(std::string bytes, const Limits& limits) {
    return std::make_unique<DocxDocument>(ByteSource::FromBytes(std::move(bytes)), limits);
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
    std::string hint;  // for stories; relationship parts are marked by their name
    bool comments = false;
  };
  void Classify();
  void CleanStories();
  void FindExternalTargets();
  // The package as the shared scan and write see it.
  UnitPackage Units();

  Limits limits_;
  bool keep_comments_;
  std::unique_ptr<Package> package_;
  bool written_in_place_ = false;  // by WriteLast: the parts hold edits now
  EmbeddedParts embedded_;
  // Parts whose text is scanned: stories, then relationship parts with external targets.
  std::vector<TextPart> text_parts_;
  std::vector<MetaValue> metadata_;
  std::vector<std::string> part_names_;  // of text_parts_, for Units()
  PartUnits part_units_;
  // Stories too large to parse whole (Limits::stream_story_bytes), read as streams.
  std::vector<std::unique_ptr<StreamedStory>> streamed_stories_;
  StreamedTexts streamed_;
  std::vector<Note> notes_;
  // What cleaning removed from the stories parsed whole; its notes go at cleaning_notes_at_.
  StoryCleaned cleaned_whole_;
  size_t cleaning_notes_at_ = 0;
  std::vector<Note> CleaningNotes() const;
};

}  // namespace deskbench::ooxml
