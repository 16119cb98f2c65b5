#pragma once
// PDF files, with MuPDF. Segments: every page's text line by line (content streams and the Form
// XObjects they draw, hidden layers included; "page 3, line 12"), text recognised on scanned
// pages and in the images of other pages ("page 3, image 1, line 2"), document information and XMP
// metadata, comments (annotation authors, subjects, contents), form field names and values,
// bookmark titles, page label prefixes, link URIs, attachment names and, through Members, the
// attachments themselves.
//
// Writing: edits of page text become true redactions (glyphs removed from the content streams,
// image pixels under them blanked, black boxes; with FormatOptions::pdf_label the entity tag is
// written in the box); form fields, bookmarks, labels, links and attachment names are rewritten
// with their edits; metadata, comments (unless keep_comments), scripts, actions, XFA data and
// signatures are removed; attachments are replaced by their scrubbed bytes or dropped. The output
// is written fresh (no incremental history, unencrypted) and checked: it is read again and refused
// if any redacted value can still be extracted.

#include <memory>
#include <string>
#include <vector>

#include "formats/document.h"
#include "formats/members.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::pdf {

class PdfFile;
class Inventory;

class PdfDocument : public Document {
 public:
  // Throws Refusal for files MuPDF cannot open, user-password files without the right password,
  // files over limits.max_document_bytes.
  PdfDocument(const ByteSource& source, const FormatOptions& options, MemberOpener opener);
  ~PdfDocument() override;

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override { return notes_; }

 private:
  // Opens the bytes (again) and reads every unit.
  void Load(std::string bytes);
  // Replaces each attachment by its scrubbed bytes, or drops it; rebuilds the name tree.
  void WriteAttachments(const SegmentEditor& editor);

  std::filesystem::path name_;
  FormatOptions options_;
  std::unique_ptr<PdfFile> file_;
  std::unique_ptr<Inventory> inventory_;
  Members members_;
  std::vector<size_t> member_of_;  // attachment index → member index
  std::vector<Note> notes_;
  size_t opening_notes_ = 0;  // notes_ made by the constructor; Write adds the rest
  bool written_ = false;      // Write changes the MuPDF document: a second Write reopens it
};

}  // namespace deskbench::pdf
