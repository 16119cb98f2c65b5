#include "formats/pdf/pdf_document.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "core/error.h"
#include "formats/pdf/cleanup.h"
#include "formats/pdf/content_strings.h"
#include "formats/pdf/every_occurrence.h"
#include "formats/pdf/output_check.h"
#include "formats/pdf/pdf_file.h"
#include "formats/pdf/pdf_units.h"
#include "formats/pdf/redaction.h"
#include "formats/splice.h"

namespace deskbench::pdf {
namespace {

constexpr size_t kNoMember = ~size_t{0};

std::string Applied(const std::string& text, const std::vector<Edit>& edits) {
  std::string out;
  size_t at = 0;
  for (const Edit& e : SanitizeEdits(text, edits)) {
    out.append(text, at, e.begin - at);
    out += e.replacement;
    at = e.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

// Units whose text stays in the output (edited or redacted): their redacted values are what the
// output check looks for. Removed units (metadata, removed comments) are gone as a whole.
bool StaysInOutput(UnitKind kind, bool keep_comments) {
  if (kind == UnitKind::kMetadata) return false;
  if (kind == UnitKind::kComment) return keep_comments;
  return true;
}

// Makes the appearance of an edited field or kept comment again from its scrubbed value.
void RemakeAppearance(fz_context* ctx, pdf_document* doc, pdf_annot* annot) {
  volatile bool failed = false;
  fz_try(ctx) {
    pdf_dirty_annot(ctx, annot);
    pdf_update_annot(ctx, annot);
  }
  fz_catch(ctx) {
    failed = true;
  }
  if (!failed) return;
  // No appearance is better than a stale one: viewers make it from the value.
  pdf_dict_del(ctx, pdf_annot_obj(ctx, annot), PDF_NAME(AP));
  pdf_obj* form = pdf_dict_getp(ctx, pdf_trailer(ctx, doc), "Root/AcroForm");
  if (pdf_is_dict(ctx, form)) pdf_dict_puts_drop(ctx, form, "NeedAppearances", PDF_TRUE);
}

}  // namespace

PdfDocument::PdfDocument(const ByteSource& source, const FormatOptions& options,
                         MemberOpener opener)
    : name_(source.name()), options_(options), members_(std::move(opener), options) {
  Load(source.ReadAll(options.limits.max_document_bytes));
  for (Attachment& a : inventory_->attachments()) {
    if (a.too_large) {
      member_of_.push_back(kNoMember);
      continue;
    }
    member_of_.push_back(members_.Add(a.name, std::move(a.bytes)));
    a.bytes = {};
  }
  opening_notes_ = notes_.size();
}

void PdfDocument::Load(std::string bytes) {
  notes_.clear();
  inventory_.reset();
  file_ = std::make_unique<PdfFile>(std::move(bytes), name_, options_.pdf_password);
  if (file_->needed_password()) {
    notes_.push_back(
        {"encryption (user password)", "opened with --pdf-password; written unencrypted"});
  } else if (file_->encrypted()) {
    notes_.push_back(
        {"encryption (owner password only: permissions)", "removed; written unencrypted"});
  }
  if (int hidden = file_->ShowAllLayers()) {
    notes_.push_back({"hidden optional content (" + std::to_string(hidden) + " layers)",
                      "scanned and redacted like visible text; visibility kept"});
  }
  inventory_ = std::make_unique<Inventory>(*file_, options_.limits, /*everything=*/false,
                                           /*attachments=*/!written_,
                                           options_.ocr ? options_.ocr_lang : std::string());
  size_t scanned = 0;
  size_t images = 0;
  for (const OcrArea& a : inventory_->ocr_areas()) ++(a.image < 0 ? scanned : images);
  std::string how = "read with OCR (" + options_.ocr_lang + ", " +
                    std::to_string(static_cast<int>(kOcrDpi)) + " dpi)";
  if (scanned) notes_.push_back({"scanned pages (" + std::to_string(scanned) + ")", how});
  if (images) notes_.push_back({"images on text pages (" + std::to_string(images) + ")", how});
  if (int unread = inventory_->unread_scans()) {
    notes_.push_back({"scanned pages (" + std::to_string(unread) + ")",
                      "not read: OCR is off, the text in their pixels was not checked"});
  }
  if (int unread = inventory_->unread_images()) {
    notes_.push_back({"text in images", "not checked (OCR off): " + std::to_string(unread) +
                                            " images on text pages"});
  }
  if (file_->repaired()) {
    notes_.push_back({"damaged file structure", "repaired by MuPDF; the output is written whole"});
  }
}

PdfDocument::~PdfDocument() = default;

void PdfDocument::Scan(const SegmentVisitor& visit) {
  for (const Unit& u : inventory_->units()) {
    Segment seg;
    seg.text = u.text;
    seg.location = u.location;
    seg.hint = u.hint;
    visit(seg);
  }
  members_.Scan(visit);
}

void PdfDocument::Write(const SegmentEditor& editor, Sink& out) {
  if (written_) {
    Load(file_->bytes());
    notes_.resize(std::min(notes_.size(), opening_notes_));
  }
  written_ = true;
  fz_context* ctx = file_->ctx();
  pdf_document* doc = file_->doc();
  std::vector<Unit>& units = inventory_->units();
  std::vector<std::string> values;
  std::map<int, std::vector<Redaction>> redactions;
  std::set<int> dirty;  // annotations and widgets whose appearance must be made again
  size_t redacted = 0;
  size_t redacted_scans = 0;
  size_t redacted_images = 0;
  std::vector<OcrArea> redacted_areas;  // read with OCR again by the output check

  std::vector<std::vector<Edit>> unit_edits;
  unit_edits.reserve(units.size());
  for (Unit& u : units) {
    Segment seg;
    seg.text = u.text;
    seg.location = u.location;
    seg.hint = u.hint;
    unit_edits.push_back(SanitizeEdits(u.text, editor(seg)));
    if (StaysInOutput(u.kind, options_.keep_comments)) {
      for (const Edit& e : unit_edits.back()) {
        values.push_back(u.text.substr(e.begin, e.end - e.begin));
      }
    }
  }
  size_t other_occurrences = EditEveryOccurrence(units, unit_edits, [&](UnitKind kind) {
    return StaysInOutput(kind, options_.keep_comments);
  });

  for (size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    const std::vector<Edit>& edits = unit_edits[i];
    if (edits.empty()) continue;
    switch (u.kind) {
      case UnitKind::kPageLine: {
        const TextLine& line = inventory_->pages()[u.page].lines[u.line];
        for (const Edit& e : edits) {
          Redaction r{QuadsFor(line, e.begin, e.end),
                      options_.pdf_label ? LabelFor(e.replacement) : std::string()};
          redactions[u.page].push_back(std::move(r));
          ++redacted;
        }
        break;
      }
      case UnitKind::kOcrLine: {
        const OcrArea& area = inventory_->ocr_areas()[static_cast<size_t>(u.scanned)];
        for (const Edit& e : edits) {
          Redaction r{QuadsFor(area, area.lines[u.line], e.begin, e.end),
                      options_.pdf_label ? LabelFor(e.replacement) : std::string()};
          redactions[u.page].push_back(std::move(r));
          ++(area.image < 0 ? redacted_scans : redacted_images);
        }
        break;
      }
      case UnitKind::kMetadata:
        break;
      case UnitKind::kComment:
        if (!options_.keep_comments) break;
        [[fallthrough]];
      default: {
        std::string text = Applied(u.text, edits);
        file_->context().Guard("cannot edit a string", [&] {
          if (u.index >= 0) {
            pdf_array_put_drop(ctx, u.dict, u.index, pdf_new_text_string(ctx, text.c_str()));
          } else if (u.byte_string) {
            pdf_dict_put_string(ctx, u.dict, u.key, text.data(), text.size());
          } else {
            pdf_dict_put_text_string(ctx, u.dict, u.key, text.c_str());
          }
          if (u.kind == UnitKind::kField || u.kind == UnitKind::kComment) {
            // The rich-text copy of a field value would keep the old text.
            if (u.kind == UnitKind::kField) pdf_dict_dels(ctx, u.owner, "RV");
            dirty.insert(pdf_to_num(ctx, u.owner));
            pdf_obj* kids = pdf_dict_get(ctx, u.owner, PDF_NAME(Kids));
            for (int k = 0; k < pdf_array_len(ctx, kids); ++k) {
              dirty.insert(pdf_to_num(ctx, pdf_array_get(ctx, kids, k)));
            }
          }
        });
        if (u.kind == UnitKind::kAttachmentName) {
          u.text = text;  // the name the attachment is listed under
        }
      }
    }
  }

  // Pages: comments and attachment annotations removed, appearances remade, areas redacted.
  int removed_annots = 0;
  int removed_rich_text = 0;
  int applied_existing = 0;
  int stripped_actual_text = 0;
  for (int p = 0; p < file_->page_count(); ++p) {
    PdfFile::Page page = file_->LoadPage(p);
    bool existing_redactions = false;
    file_->context().Guard("cannot update annotations", [&] {
      std::vector<pdf_annot*> doomed;
      std::set<int> doomed_nums;
      for (pdf_annot* a = pdf_first_annot(ctx, page.get()); a; a = pdf_next_annot(ctx, a)) {
        enum pdf_annot_type type = pdf_annot_type(ctx, a);
        AnnotRole role = RoleOf(type);
        pdf_obj* obj = pdf_annot_obj(ctx, a);
        if (type == PDF_ANNOT_REDACT) existing_redactions = true;
        if (role == AnnotRole::kRemove ||
            (role == AnnotRole::kComment && !options_.keep_comments)) {
          doomed.push_back(a);
          doomed_nums.insert(pdf_to_num(ctx, obj));
        } else if (role == AnnotRole::kComment && pdf_dict_get(ctx, obj, PDF_NAME(RC))) {
          // The rich-text copy of a kept comment would keep the unscrubbed text.
          pdf_dict_del(ctx, obj, PDF_NAME(RC));
          ++removed_rich_text;
          dirty.insert(pdf_to_num(ctx, obj));
        }
      }
      for (pdf_annot* a = pdf_first_annot(ctx, page.get()); a; a = pdf_next_annot(ctx, a)) {
        pdf_obj* parent = pdf_dict_get(ctx, pdf_annot_obj(ctx, a), PDF_NAME(Parent));
        if (pdf_annot_type(ctx, a) == PDF_ANNOT_POPUP &&
            doomed_nums.count(pdf_to_num(ctx, parent))) {
          doomed.push_back(a);
        }
      }
      for (pdf_annot* a : doomed) {
        if (pdf_annot_type(ctx, a) != PDF_ANNOT_POPUP) ++removed_annots;
        pdf_delete_annot(ctx, page.get(), a);
      }
      for (int pass = 0; pass < 2; ++pass) {
        pdf_annot* a =
            pass == 0 ? pdf_first_annot(ctx, page.get()) : pdf_first_widget(ctx, page.get());
        for (; a; a = pass == 0 ? pdf_next_annot(ctx, a) : pdf_next_widget(ctx, a)) {
          if (!dirty.count(pdf_to_num(ctx, pdf_annot_obj(ctx, a)))) continue;
          RemakeAppearance(ctx, doc, a);
        }
      }
    });
    auto it = redactions.find(p);
    if (it != redactions.end() || existing_redactions) {
      static const std::vector<Redaction> kNone;
      ResetTextMatrices(*file_, page.get());
      RedactPage(*file_, page.get(), it != redactions.end() ? it->second : kNone);
      stripped_actual_text += StripActualText(*file_, page.get());
      if (existing_redactions) ++applied_existing;
    }
  }
  if (removed_annots) {
    notes_.push_back(
        {"comments and attachment annotations (" + std::to_string(removed_annots) + ")",
         "removed"});
  }
  if (removed_rich_text) {
    notes_.push_back(
        {"rich-text copies of kept comments (" + std::to_string(removed_rich_text) + ")",
         "removed; the plain text is kept, scrubbed"});
  }
  if (applied_existing) {
    notes_.push_back(
        {"redaction marks already in the file (" + std::to_string(applied_existing) + " pages)",
         "applied"});
  }
  if (stripped_actual_text) {
    notes_.push_back({"replacement text (/ActualText) on redacted pages (" +
                          std::to_string(stripped_actual_text) + ")",
                      "removed: it could repeat redacted text"});
  }
  if (redacted) {
    notes_.push_back({"page text (" + std::to_string(redacted) + " values)",
                      "redacted: glyphs and image pixels removed, boxes painted"});
  }
  if (other_occurrences) {
    notes_.push_back(
        {"other occurrences of scrubbed values (" + std::to_string(other_occurrences) + ")",
         "scrubbed too: a value scrubbed in one place is removed everywhere"});
  }

  if (redacted_scans) {
    notes_.push_back({"text in scanned pages (" + std::to_string(redacted_scans) + " values)",
                      "redacted: image pixels under the words blanked, boxes painted"});
  }
  if (redacted_images) {
    notes_.push_back({"text in images (" + std::to_string(redacted_images) + " values)",
                      "redacted: image pixels under the words blanked, boxes painted"});
  }

  WriteAttachments(editor);
  for (Note& n : RemoveActiveAndPrivateContent(*file_)) notes_.push_back(std::move(n));

  std::string bytes;
  fz_buffer* buffer = nullptr;
  fz_output* output = nullptr;
  try {
    file_->context().Guard("cannot write the PDF", [&] {
      pdf_write_options opts = pdf_default_write_options;
      opts.do_incremental = 0;
      opts.do_garbage = 3;
      opts.do_compress = 1;
      opts.do_compress_images = 1;
      opts.do_compress_fonts = 1;
      opts.do_clean = 1;
      opts.do_encrypt = PDF_ENCRYPT_NONE;
      buffer = fz_new_buffer(ctx, file_->bytes().size() + 4096);
      output = fz_new_output_with_buffer(ctx, buffer);
      pdf_write_document(ctx, doc, output, &opts);
      fz_close_output(ctx, output);
    });
    unsigned char* data = nullptr;
    size_t len = fz_buffer_storage(ctx, buffer, &data);
    bytes.assign(reinterpret_cast<const char*>(data), len);
  } catch (...) {
    fz_drop_output(ctx, output);
    fz_drop_buffer(ctx, buffer);
    throw;
  }
  fz_drop_output(ctx, output);
  fz_drop_buffer(ctx, buffer);
  notes_.push_back(
      {"file structure", "written fresh: no earlier revisions, unused objects dropped"});

  // Every area read with OCR on a redacted page: a redaction of page text over an image blanks
  // its pixels too, and whatever was readable there must not be any more.
  for (const OcrArea& a : inventory_->ocr_areas()) {
    if (!redactions.count(a.page)) continue;
    OcrArea where = a;
    where.lines.clear();
    redacted_areas.push_back(std::move(where));
  }
  CheckOutput(bytes, name_, values, options_.limits, redacted_areas, options_.ocr_lang);
  out.Write(bytes);
}

void PdfDocument::WriteAttachments(const SegmentEditor& editor) {
  std::vector<Attachment>& attachments = inventory_->attachments();
  if (attachments.empty()) return;
  fz_context* ctx = file_->ctx();
  pdf_document* doc = file_->doc();
  std::vector<std::pair<std::string, pdf_obj*>> kept;
  for (size_t i = 0; i < attachments.size(); ++i) {
    const Attachment& a = attachments[i];
    size_t m = member_of_[i];
    if (m == kNoMember) {
      notes_.push_back({"attachment " + a.name, "removed: larger than the size limit"});
      continue;
    }
    if (!members_.refused(m).empty()) continue;  // Members::Notes says why
    std::string bytes;
    try {
      bytes = members_.Write(m, editor);
    } catch (const FileError& e) {
      notes_.push_back({"attachment " + a.name, "removed: " + e.reason()});
      continue;
    }
    fz_buffer* buf = nullptr;
    try {
      file_->context().Guard("cannot replace an attachment", [&] {
        buf = fz_new_buffer_from_copied_data(
            ctx, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
        pdf_obj* files = pdf_dict_get(ctx, a.filespec, PDF_NAME(EF));
        int updated = -1;
        for (pdf_obj* key : {PDF_NAME(F), PDF_NAME(UF)}) {
          pdf_obj* stream = pdf_dict_get(ctx, files, key);
          if (!pdf_is_stream(ctx, stream) || pdf_to_num(ctx, stream) == updated) continue;
          pdf_update_stream(ctx, doc, stream, buf, 0);
          // Params carry the original's size, checksum and dates.
          pdf_dict_del(ctx, stream, PDF_NAME(Params));
          updated = pdf_to_num(ctx, stream);
        }
        // A collection item or related-files array could still reach the original.
        pdf_dict_dels(ctx, a.filespec, "RF");
        pdf_dict_del(ctx, a.filespec, PDF_NAME(CI));
      });
    } catch (...) {
      fz_drop_buffer(ctx, buf);
      throw;
    }
    fz_drop_buffer(ctx, buf);
    std::string listed = a.name_unit != ~size_t{0} ? inventory_->units()[a.name_unit].text
                                                   : "attachment " + std::to_string(i + 1);
    kept.emplace_back(std::move(listed), a.filespec);
  }
  std::sort(kept.begin(), kept.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  file_->context().Guard("cannot rebuild the attachment list", [&] {
    pdf_obj* names = pdf_dict_getp(ctx, pdf_trailer(ctx, doc), "Root/Names");
    if (!pdf_is_dict(ctx, names)) return;
    if (kept.empty()) {
      pdf_dict_del(ctx, names, PDF_NAME(EmbeddedFiles));
      return;
    }
    pdf_obj* tree = pdf_dict_put_dict(ctx, names, PDF_NAME(EmbeddedFiles), 1);
    pdf_obj* array =
        pdf_dict_put_array(ctx, tree, PDF_NAME(Names), static_cast<int>(kept.size() * 2));
    for (const auto& [name, filespec] : kept) {
      pdf_array_push_text_string(ctx, array, name.c_str());
      pdf_array_push(ctx, array, filespec);
    }
  });
  for (Note& n : members_.Notes()) {
    notes_.push_back({"attachment " + n.part, std::move(n.action)});
  }
}

}  // namespace deskbench::pdf
