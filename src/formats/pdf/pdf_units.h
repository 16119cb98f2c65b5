#pragma once
// Everything in a PDF that carries text, as units the engine scans: page lines (with character
// positions), document information and XMP metadata, comments (annotation contents, authors,
// subjects), form field names and values, bookmark titles, page label prefixes, link URIs,
// structure-tree alt text and attachment names. Each string unit remembers the dictionary and key
// it came from, so an edit can be written back there.

#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/pdf/page_ocr.h"
#include "formats/pdf/page_text.h"
#include "formats/pdf/pdf_file.h"

namespace deskbench::pdf {

enum class UnitKind {
  kPageLine,        // text drawn on a page: redacted
  kOcrLine,         // text recognised in the pixels of a scanned page or an image: redacted
  kMetadata,        // document information and XMP: removed
  kComment,         // annotation contents/author/subject: removed, or edited with keep_comments
  kField,           // form field names and values: edited
  kOutline,         // bookmark titles: edited
  kPageLabel,       // page label prefixes: edited
  kLink,            // link URIs: edited
  kAttachmentName,  // file names and descriptions of attachments: edited
  kStructure,       // alt text, actual text, expansions and titles of tagged content: edited
};

struct Unit {
  UnitKind kind = UnitKind::kPageLine;
  std::string text;
  std::string location;
  std::string hint;
  int page = -1;             // 0-based, for page and OCR lines
  size_t line = 0;           // index into the page's lines (or the OCR area's lines)
  int scanned = -1;          // for OCR lines: index into Inventory::ocr_areas()
  pdf_obj* dict = nullptr;   // kept reference: where the string lives
  pdf_obj* key = nullptr;    // kept reference: the key (a PDF name)
  bool byte_string = false;  // written back as bytes (URIs), not as a text string
  int index = -1;            // >= 0: the string is element `index` of the array `dict` (no key)
  pdf_obj* owner = nullptr;  // kept reference: the field or annotation whose appearance shows it
};

// Whether an annotation of this type is a comment (removed by default, kept and scrubbed with
// keep_comments), something removed always (attachments, media, unknown types) or kept (links,
// widgets, popups, redactions).
enum class AnnotRole { kComment, kRemove, kKeep };
AnnotRole RoleOf(enum pdf_annot_type type);

struct Attachment {
  pdf_obj* filespec = nullptr;  // kept reference
  std::string name;             // the file name shown to people
  std::string bytes;
  bool too_large = false;         // over limits.max_document_bytes: dropped
  std::string key;                // its key in the EmbeddedFiles name tree
  size_t name_unit = ~size_t{0};  // the unit holding the file name, if any
};

class Inventory {
 public:
  // Reads all units of file. `everything` reads pages as displayed (annotations included) for
  // the output check; otherwise page lines come from the content streams only. Attachment bytes
  // are loaded when `attachments` (bounded by limits.max_document_bytes each). Pages that look
  // scanned, and the sizeable images of the other pages, are read with OCR in ocr_lang unless it
  // is empty (the output check reads them itself: with `everything`, nothing is OCRed).
  Inventory(PdfFile& file, const Limits& limits, bool everything, bool attachments,
            const std::string& ocr_lang = "");
  ~Inventory();
  Inventory(const Inventory&) = delete;
  Inventory& operator=(const Inventory&) = delete;

  std::vector<Unit>& units() { return units_; }
  std::vector<PageText>& pages() { return pages_; }
  std::vector<Attachment>& attachments() { return attachments_; }
  // Scanned pages and images read with OCR, in page order.
  std::vector<OcrArea>& ocr_areas() { return ocr_areas_; }
  // Pages that look scanned and images on other pages that were not read (no OCR language).
  int unread_scans() const { return unread_scans_; }
  int unread_images() const { return unread_images_; }
  int removed_comments() const { return comments_; }

 private:
  void AddString(UnitKind kind, pdf_obj* dict, pdf_obj* key, std::string location, std::string hint,
                 bool bytes = false);
  // Each string element of array, and of the arrays inside it (choice options are strings or
  // [export, display] pairs).
  void AddArrayStrings(UnitKind kind, pdf_obj* array, pdf_obj* owner, const std::string& location,
                       const std::string& hint);
  void ReadMetadata();
  void ReadPage(int index, bool everything, const std::string& ocr_lang);
  // Keeps area and adds a unit per line it holds, located "page 3<where><line number>".
  void AddOcrLines(OcrArea area, const std::string& where);
  void ReadFields();
  void ReadField(pdf_obj* field, int depth);
  void ReadOutlines();
  void ReadPageLabels(pdf_obj* node, int depth);
  void ReadStructure();
  void ReadAttachments(bool load);

  PdfFile& file_;
  Limits limits_;
  std::vector<Unit> units_;
  std::vector<PageText> pages_;
  std::vector<Attachment> attachments_;
  std::vector<OcrArea> ocr_areas_;
  std::vector<int> seen_;  // object numbers visited by tree walks (cycles in hostile files)
  int comments_ = 0;
  int unread_scans_ = 0;
  int unread_images_ = 0;
};

}  // namespace deskbench::pdf
