#pragma once
// Excel workbooks (.xlsx, .xlsm, .xltx, .xltm). Segments: shared strings (one per si, rich-text
// runs joined), inline strings, cached formula text, string literals in formulas and validation
// lists, sheet and defined names, headers and footers, hyperlink texts and targets, numbers that
// may identify someone and dates of birth (by column header), pivot cache items, chart labels and
// text boxes, and the metadata values that are removed anyway. Comments (unless kept: then
// scrubbed, see comment_text.h), external links, connections, query tables, macros, OLE objects,
// printer settings, thumbnails and unknown parts are dropped, each reported as a Note. Embedded
// Office files and pictures are members opened through the registry (office_parts.h); those no
// adapter takes are dropped too. Parts are parsed whole (pugixml), so one XML
// part may be at most kMaxSheetPartBytes inflated and all of them kMaxWorkbookXmlBytes; larger
// workbooks are refused.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/ooxml/docx_metadata.h"
#include "formats/ooxml/office_parts.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/xlsx_parts.h"
#include "formats/ooxml/xlsx_units.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::ooxml {

// A scrub needs about 20 bytes of memory per byte of sheet XML (DOM, its edited copy, units and
// findings; measured), so these keep the largest workbook accepted to a few gigabytes. 128 MiB is
// about a million rows of three short cells.
inline constexpr uint64_t kMaxSheetPartBytes = 128ull << 20;
// All scanned parts together (sheets, shared strings, pivot caches, drawings).
inline constexpr uint64_t kMaxWorkbookXmlBytes = 192ull << 20;

class XlsxDocument : public Document {
 public:
  // Throws Refusal for packages that are not workbooks or break the limits.
  XlsxDocument(const ByteSource& source, const FormatOptions& options);
  XlsxDocument(const ByteSource& source, const Limits& limits)
      : XlsxDocument(source, OptionsWithLimits(limits)) {}
  static std::unique_ptr<XlsxDocument> FromBytes(std::string bytes, const Limits& limits) {
    return std::make_unique<XlsxDocument>(ByteSource::FromBytes(std::move(bytes)), limits);
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
    SheetPartRole role;  // kWorkbook, kSharedStrings, kWorksheet, kPivotCache, kDrawing, kComments;
                         // kKeep: rels
  };
  void Classify();
  void CleanWorkbook();
  void RemoveDeadReferences();
  void DetachExternalFormulas();
  void ReadHeaders();
  void FindExternalTargets();
  std::vector<SheetUnit> UnitsOf(const TextPart& t, const pugi::xml_document& doc) const;
  // Write with edits put into copies of the parts (so it can be written again), or in place.
  void WriteParts(const SegmentEditor& edits, Sink& out, bool in_place);

  Limits limits_;
  bool keep_comments_;
  std::unique_ptr<Package> package_;
  bool written_in_place_ = false;  // by WriteLast: the parts hold edits now
  EmbeddedParts embedded_;
  std::string workbook_;
  bool date1904_ = false;
  bool external_links_removed_ = false;
  std::vector<TextPart> text_parts_;
  std::map<std::string, SheetContext> sheets_;  // worksheet part -> name, headers
  std::vector<std::string> string_hints_;       // shared string index -> column header
  std::vector<MetaValue> metadata_;
  std::vector<Note> notes_;
  std::vector<Note> write_notes_;
};

}  // namespace deskbench::ooxml
