#pragma once
// Excel workbooks (.xlsx, .xlsm, .xltx, .xltm). Segments: shared strings (one per si, rich-text
// runs joined), inline strings, cached formula text, string literals in formulas and validation
// lists, sheet and defined names, headers and footers, hyperlink texts and targets, numbers that
// may identify someone and dates of birth (by column header), pivot cache items, chart labels and
// text boxes, and the metadata values that are removed anyway. Comments (unless kept: then
// scrubbed, see comment_text.h), external links, connections, query tables, macros, OLE objects,
// printer settings, thumbnails and unknown parts are dropped, each reported as a Note. Embedded
// Office files and pictures are members opened through the registry (office_parts.h); those no
// adapter takes are dropped too. Parts are parsed whole (pugixml), except worksheets over
// Limits::stream_sheet_bytes, which are read a row at a time (xlsx_streamed_sheet.h), and a shared
// strings part over Limits::stream_shared_strings_bytes, read a batch of items at a time
// (xlsx_streamed_strings.h): a part parsed whole may be at most kMaxSheetPartBytes inflated and
// all of them kMaxWorkbookXmlBytes (a streamed sheet counts with what lies around its rows, a
// streamed shared strings part with its root's start tag); larger workbooks are refused.

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/ooxml/docx_metadata.h"
#include "formats/ooxml/office_parts.h"
#include "formats/ooxml/package.h"
#include "formats/ooxml/xlsx_parts.h"
#include "formats/ooxml/xlsx_streamed_sheet.h"
#include "formats/ooxml/xlsx_streamed_strings.h"
#include "formats/ooxml/xlsx_string_hints.h"
#include "formats/ooxml/xlsx_units.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::ooxml {

// A part parsed whole needs about 20 bytes of memory per byte of XML (DOM, its edited copy, units
// and findings; measured), so these keep the memory of what is parsed whole to a few gigabytes.
// Worksheets over Limits::stream_sheet_bytes are streamed and not bound by them (only what lies
// around their rows is).
inline constexpr uint64_t kMaxSheetPartBytes = 128ull << 20;
// All scanned parts together (sheets, shared strings, pivot caches, drawings).
inline constexpr uint64_t kMaxWorkbookXmlBytes = 192ull << 20;
// Shared strings: each costs 4 bytes of hint index however it is read (xlsx_string_hints.h).
inline constexpr uint64_t kMaxSharedStrings = 1ull << 25;

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
  // Headers and hints of every worksheet, in order; opens the streamed ones.
  void ReadHeaders();
  // The shared strings that the first rows of the worksheets (their headers) use.
  std::set<uint64_t> HeaderStringIndexes();
  // Counts a part parsed whole against kMaxSheetPartBytes and kMaxWorkbookXmlBytes.
  void CountParsedXml(const std::string& part, uint64_t size);
  void FindExternalTargets();
  std::vector<SheetUnit> UnitsOf(const TextPart& t, const pugi::xml_document& doc) const;
  void WriteStreamed(const StreamedSheet& sheet, const std::function<bool(const SheetUnit&)>& apply,
                     UnitWriter& writer, DeflatedOverrides& deflated);
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
  std::set<std::string> to_stream_;             // worksheets over the limit
  std::map<std::string, std::unique_ptr<StreamedSheet>> streamed_;  // and how they are read
  std::map<std::string, size_t> external_formulas_;  // streamed sheet -> formulas to detach
  uint64_t parsed_xml_ = 0;
  std::string strings_to_stream_;             // the shared strings part, when over the limit
  std::unique_ptr<StreamedStrings> strings_;  // and how it is read
  StringHints hints_;                         // shared string index -> column header
  std::vector<MetaValue> metadata_;
  std::vector<Note> notes_;
  std::vector<Note> write_notes_;
};

}  // namespace deskbench::ooxml
