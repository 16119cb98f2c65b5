#include "formats/pdf/pdf_units.h"

#include <algorithm>
#include <cstring>

namespace deskbench::pdf {
namespace {

constexpr int kMaxTreeDepth = 64;
constexpr size_t kMaxTreeNodes = 200000;
constexpr size_t kMaxXmpBytes = 16u << 20;

std::string PageLocation(int page) {
  return "page " + std::to_string(page + 1);
}

}  // namespace

AnnotRole RoleOf(enum pdf_annot_type type) {
  switch (type) {
    case PDF_ANNOT_LINK:
    case PDF_ANNOT_WIDGET:
    case PDF_ANNOT_POPUP:
    case PDF_ANNOT_REDACT:
      return AnnotRole::kKeep;
    case PDF_ANNOT_TEXT:
    case PDF_ANNOT_FREE_TEXT:
    case PDF_ANNOT_LINE:
    case PDF_ANNOT_SQUARE:
    case PDF_ANNOT_CIRCLE:
    case PDF_ANNOT_POLYGON:
    case PDF_ANNOT_POLY_LINE:
    case PDF_ANNOT_HIGHLIGHT:
    case PDF_ANNOT_UNDERLINE:
    case PDF_ANNOT_SQUIGGLY:
    case PDF_ANNOT_STRIKE_OUT:
    case PDF_ANNOT_STAMP:
    case PDF_ANNOT_CARET:
    case PDF_ANNOT_INK:
      return AnnotRole::kComment;
    default:
      // File attachments, sound, movie, screen, 3D, rich media, watermarks, unknown types: they
      // carry files or media this adapter does not scrub.
      return AnnotRole::kRemove;
  }
}

Inventory::Inventory(PdfFile& file, const Limits& limits, bool everything, bool attachments,
                     const std::string& ocr_lang)
    : file_(file), limits_(limits) {
  ReadMetadata();
  for (int i = 0; i < file_.page_count(); ++i) ReadPage(i, everything, ocr_lang);
  ReadFields();
  ReadOutlines();
  seen_.clear();
  file_.context().Guard("cannot read page labels", [&] {
    ReadPageLabels(
        pdf_dict_getp(file_.ctx(), pdf_trailer(file_.ctx(), file_.doc()), "Root/PageLabels"), 0);
  });
  ReadStructure();
  ReadAttachments(attachments);
}

Inventory::~Inventory() {
  for (Unit& u : units_) {
    pdf_drop_obj(file_.ctx(), u.dict);
    pdf_drop_obj(file_.ctx(), u.key);
    pdf_drop_obj(file_.ctx(), u.owner);
  }
  for (Attachment& a : attachments_) pdf_drop_obj(file_.ctx(), a.filespec);
}

void Inventory::AddString(UnitKind kind, pdf_obj* dict, pdf_obj* key, std::string location,
                          std::string hint, bool bytes) {
  fz_context* ctx = file_.ctx();
  pdf_obj* value = pdf_dict_get(ctx, dict, key);
  if (!pdf_is_string(ctx, value)) return;
  Unit u;
  u.kind = kind;
  if (bytes) {
    u.text.assign(pdf_to_str_buf(ctx, value), pdf_to_str_len(ctx, value));
  } else {
    u.text = pdf_to_text_string(ctx, value);
  }
  if (u.text.empty()) return;
  u.location = std::move(location);
  u.hint = std::move(hint);
  u.dict = pdf_keep_obj(ctx, dict);
  u.key = pdf_keep_obj(ctx, key);
  u.owner = pdf_keep_obj(ctx, dict);
  u.byte_string = bytes;
  units_.push_back(std::move(u));
}

void Inventory::AddArrayStrings(UnitKind kind, pdf_obj* array, pdf_obj* owner,
                                const std::string& location, const std::string& hint) {
  fz_context* ctx = file_.ctx();
  // The string at index `index` of `container`, the i-th item of the array or inside it.
  auto add = [&](pdf_obj* container, int index, int i) {
    pdf_obj* str = pdf_array_get(ctx, container, index);
    if (!pdf_is_string(ctx, str)) return;
    Unit u;
    u.kind = kind;
    u.text = pdf_to_text_string(ctx, str);
    if (u.text.empty()) return;
    u.location = location + " " + std::to_string(i + 1);
    u.hint = hint;
    u.dict = pdf_keep_obj(ctx, container);
    u.index = index;
    u.owner = pdf_keep_obj(ctx, owner);
    units_.push_back(std::move(u));
  };
  for (int i = 0, n = pdf_array_len(ctx, array); i < n; ++i) {
    pdf_obj* item = pdf_array_get(ctx, array, i);
    if (!pdf_is_array(ctx, item)) {
      add(array, i, i);
      continue;
    }
    for (int j = 0, m = pdf_array_len(ctx, item); j < m; ++j) add(item, j, i);
  }
}

void Inventory::ReadMetadata() {
  fz_context* ctx = file_.ctx();
  file_.context().Guard("cannot read the metadata", [&] {
    pdf_obj* info = pdf_dict_get(ctx, pdf_trailer(ctx, file_.doc()), PDF_NAME(Info));
    int n = pdf_is_dict(ctx, info) ? pdf_dict_len(ctx, info) : 0;
    for (int i = 0; i < n; ++i) {
      pdf_obj* key = pdf_dict_get_key(ctx, info, i);
      if (!pdf_is_name(ctx, key)) continue;
      std::string name = pdf_to_name(ctx, key);
      AddString(UnitKind::kMetadata, info, key, "document information: " + name, name);
    }
    pdf_obj* xmp = pdf_dict_getp(ctx, pdf_trailer(ctx, file_.doc()), "Root/Metadata");
    if (pdf_is_stream(ctx, xmp)) {
      fz_buffer* buf = pdf_load_stream(ctx, xmp);
      unsigned char* data = nullptr;
      size_t len = fz_buffer_storage(ctx, buf, &data);
      Unit u;
      u.kind = UnitKind::kMetadata;
      u.text.assign(reinterpret_cast<const char*>(data),
                    std::min({len, kMaxXmpBytes, size_t{limits_.max_segment_bytes}}));
      fz_drop_buffer(ctx, buf);
      u.location = "XMP metadata";
      u.hint = "XMP";
      if (!u.text.empty()) units_.push_back(std::move(u));
    }
  });
}

void Inventory::AddOcrLines(OcrArea area, const std::string& where) {
  ocr_areas_.push_back(std::move(area));
  const OcrArea& read = ocr_areas_.back();
  for (size_t i = 0; i < read.lines.size(); ++i) {
    Unit u;
    u.kind = UnitKind::kOcrLine;
    u.text = read.lines[i].text;
    u.location = PageLocation(read.page) + where + std::to_string(i + 1);
    u.page = read.page;
    u.line = i;
    u.scanned = static_cast<int>(ocr_areas_.size() - 1);
    units_.push_back(std::move(u));
  }
}

void Inventory::ReadPage(int index, bool everything, const std::string& ocr_lang) {
  fz_context* ctx = file_.ctx();
  PdfFile::Page page = file_.LoadPage(index);
  pages_.push_back(ReadPageText(file_.context(), page.get(), everything));
  const PageText& text = pages_.back();
  for (size_t i = 0; i < text.lines.size(); ++i) {
    Unit u;
    u.kind = UnitKind::kPageLine;
    u.text = text.lines[i].text;
    u.location = PageLocation(index) + ", line " + std::to_string(i + 1);
    u.page = index;
    u.line = i;
    units_.push_back(std::move(u));
  }
  if (!everything) {
    bool scanned = LooksScanned(text);
    std::vector<fz_rect> images;
    if (!scanned) {
      file_.context().Guard("cannot read page images",
                            [&] { images = ImagesToRead(text, pdf_bound_page(ctx, page.get())); });
    }
    if (ocr_lang.empty()) {
      if (scanned) ++unread_scans_;
      unread_images_ += static_cast<int>(images.size());
    } else if (scanned) {
      AddOcrLines(ReadScannedPage(file_, page.get(), index, ocr_lang), ", scanned line ");
    } else {
      for (size_t i = 0; i < images.size(); ++i) {
        AddOcrLines(
            ReadPageArea(file_, page.get(), index, images[i], static_cast<int>(i), ocr_lang),
            ", image " + std::to_string(i + 1) + ", line ");
      }
    }
  }
  file_.context().Guard("cannot read annotations", [&] {
    // MuPDF keeps links out of its annotation list: they are read from the page dictionary.
    pdf_obj* annots = pdf_dict_get(ctx, page.get()->obj, PDF_NAME(Annots));
    for (int i = 0, n = pdf_array_len(ctx, annots); i < n; ++i) {
      pdf_obj* link = pdf_array_get(ctx, annots, i);
      if (!pdf_name_eq(ctx, pdf_dict_get(ctx, link, PDF_NAME(Subtype)), PDF_NAME(Link))) continue;
      pdf_obj* action = pdf_dict_get(ctx, link, PDF_NAME(A));
      if (pdf_name_eq(ctx, pdf_dict_get(ctx, action, PDF_NAME(S)), PDF_NAME(URI))) {
        AddString(UnitKind::kLink, action, PDF_NAME(URI), PageLocation(index) + ", link", "URL",
                  true);
      }
    }
    pdf_obj* subject = pdf_new_name(ctx, "Subj");
    for (pdf_annot* a = pdf_first_annot(ctx, page.get()); a; a = pdf_next_annot(ctx, a)) {
      pdf_obj* obj = pdf_annot_obj(ctx, a);
      enum pdf_annot_type type = pdf_annot_type(ctx, a);
      if (RoleOf(type) == AnnotRole::kKeep) continue;
      std::string where = PageLocation(index) + ", " + pdf_string_from_annot_type(ctx, type);
      ++comments_;
      AddString(UnitKind::kComment, obj, PDF_NAME(T), where + " author", "author");
      AddString(UnitKind::kComment, obj, subject, where + " subject", "subject");
      AddString(UnitKind::kComment, obj, PDF_NAME(Contents), where + " comment", "comment");
    }
    pdf_drop_obj(ctx, subject);
  });
}

void Inventory::ReadFields() {
  seen_.clear();
  file_.context().Guard("cannot read form fields", [&] {
    pdf_obj* fields =
        pdf_dict_getp(file_.ctx(), pdf_trailer(file_.ctx(), file_.doc()), "Root/AcroForm/Fields");
    int n = pdf_array_len(file_.ctx(), fields);
    for (int i = 0; i < n; ++i) ReadField(pdf_array_get(file_.ctx(), fields, i), 0);
  });
}

void Inventory::ReadField(pdf_obj* field, int depth) {
  fz_context* ctx = file_.ctx();
  if (!pdf_is_dict(ctx, field) || depth > kMaxTreeDepth || seen_.size() > kMaxTreeNodes) return;
  int num = pdf_to_num(ctx, field);
  if (num > 0) {
    if (std::find(seen_.begin(), seen_.end(), num) != seen_.end()) return;
    seen_.push_back(num);
  }
  const char* partial = pdf_dict_get_text_string(ctx, field, PDF_NAME(T));
  std::string name = partial ? partial : "";
  std::string where = "form field " + (name.empty() ? std::string("(unnamed)") : name);
  AddString(UnitKind::kField, field, PDF_NAME(T), where + " name", "field name");
  AddString(UnitKind::kField, field, PDF_NAME(TU), where + " tooltip", "field name");
  pdf_obj* tm = pdf_new_name(ctx, "TM");  // a static name: no need to keep it
  AddString(UnitKind::kField, field, tm, where + " export name", "field name");
  pdf_drop_obj(ctx, tm);
  AddString(UnitKind::kField, field, PDF_NAME(V), where + " value", name);
  AddString(UnitKind::kField, field, PDF_NAME(DV), where + " default value", name);
  // Selected values of a multiple-choice list and the choices offered.
  pdf_obj* value = pdf_dict_get(ctx, field, PDF_NAME(V));
  if (pdf_is_array(ctx, value))
    AddArrayStrings(UnitKind::kField, value, field, where + " value", name);
  AddArrayStrings(UnitKind::kField, pdf_dict_get(ctx, field, PDF_NAME(Opt)), field,
                  where + " option", name);
  pdf_obj* kids = pdf_dict_get(ctx, field, PDF_NAME(Kids));
  int n = pdf_array_len(ctx, kids);
  for (int i = 0; i < n; ++i) ReadField(pdf_array_get(ctx, kids, i), depth + 1);
}

void Inventory::ReadOutlines() {
  fz_context* ctx = file_.ctx();
  seen_.clear();
  file_.context().Guard("cannot read bookmarks", [&] {
    pdf_obj* root = pdf_dict_getp(ctx, pdf_trailer(ctx, file_.doc()), "Root/Outlines");
    // Depth first without recursion: (item, depth) pairs.
    std::vector<std::pair<pdf_obj*, int>> stack;
    stack.emplace_back(pdf_dict_get(ctx, root, PDF_NAME(First)), 0);
    size_t count = 0;
    while (!stack.empty()) {
      auto [item, depth] = stack.back();
      stack.pop_back();
      while (pdf_is_dict(ctx, item) && seen_.size() < kMaxTreeNodes) {
        int num = pdf_to_num(ctx, item);
        if (std::find(seen_.begin(), seen_.end(), num) != seen_.end()) break;
        seen_.push_back(num);
        AddString(UnitKind::kOutline, item, PDF_NAME(Title), "bookmark " + std::to_string(++count),
                  "bookmark");
        if (depth < kMaxTreeDepth)
          stack.emplace_back(pdf_dict_get(ctx, item, PDF_NAME(First)), depth + 1);
        item = pdf_dict_get(ctx, item, PDF_NAME(Next));
      }
    }
  });
}

void Inventory::ReadPageLabels(pdf_obj* node, int depth) {
  fz_context* ctx = file_.ctx();
  if (!pdf_is_dict(ctx, node) || depth > kMaxTreeDepth || seen_.size() > kMaxTreeNodes) return;
  int num = pdf_to_num(ctx, node);
  if (num > 0) {
    if (std::find(seen_.begin(), seen_.end(), num) != seen_.end()) return;
    seen_.push_back(num);
  }
  pdf_obj* nums = pdf_dict_get(ctx, node, PDF_NAME(Nums));
  int n = pdf_array_len(ctx, nums);
  for (int i = 0; i + 1 < n; i += 2) {
    int start = pdf_to_int(ctx, pdf_array_get(ctx, nums, i));
    AddString(UnitKind::kPageLabel, pdf_array_get(ctx, nums, i + 1), PDF_NAME(P),
              "page label from page " + std::to_string(start + 1), "page label");
  }
  pdf_obj* kids = pdf_dict_get(ctx, node, PDF_NAME(Kids));
  int k = pdf_array_len(ctx, kids);
  for (int i = 0; i < k; ++i) ReadPageLabels(pdf_array_get(ctx, kids, i), depth + 1);
}

void Inventory::ReadStructure() {
  fz_context* ctx = file_.ctx();
  seen_.clear();
  file_.context().Guard("cannot read the structure tree", [&] {
    pdf_obj* root = pdf_dict_gets(
        ctx, pdf_dict_get(ctx, pdf_trailer(ctx, file_.doc()), PDF_NAME(Root)), "StructTreeRoot");
    // Depth first over /K without recursion: elements are dictionaries, kids arrays or numbers
    // (marked-content ids) that carry nothing here.
    std::vector<std::pair<pdf_obj*, int>> stack;
    stack.emplace_back(pdf_dict_get(ctx, root, PDF_NAME(K)), 0);
    size_t count = 0;
    while (!stack.empty() && seen_.size() < kMaxTreeNodes) {
      auto [node, depth] = stack.back();
      stack.pop_back();
      if (depth > kMaxTreeDepth) continue;
      if (pdf_is_array(ctx, node)) {
        for (int i = pdf_array_len(ctx, node) - 1; i >= 0; --i) {
          stack.emplace_back(pdf_array_get(ctx, node, i), depth + 1);
        }
        continue;
      }
      if (!pdf_is_dict(ctx, node)) continue;
      int num = pdf_to_num(ctx, node);
      if (num > 0) {
        if (std::find(seen_.begin(), seen_.end(), num) != seen_.end()) continue;
        seen_.push_back(num);
      }
      std::string where = "structure element " + std::to_string(++count);
      AddString(UnitKind::kStructure, node, PDF_NAME(Alt), where + " alt text", "alt text");
      AddString(UnitKind::kStructure, node, PDF_NAME(ActualText), where + " actual text",
                "actual text");
      AddString(UnitKind::kStructure, node, PDF_NAME(E), where + " expansion", "abbreviation");
      AddString(UnitKind::kStructure, node, PDF_NAME(T), where + " title", "title");
      stack.emplace_back(pdf_dict_get(ctx, node, PDF_NAME(K)), depth + 1);
    }
  });
}

void Inventory::ReadAttachments(bool load) {
  fz_context* ctx = file_.ctx();
  pdf_obj* tree = nullptr;
  file_.context().Guard("cannot read attachments", [&] {
    tree = pdf_load_name_tree(ctx, file_.doc(), PDF_NAME(EmbeddedFiles));
  });
  try {
    file_.context().Guard("cannot read attachments", [&] {
      int n = pdf_dict_len(ctx, tree);
      for (int i = 0; i < n; ++i) {
        pdf_obj* fs = pdf_dict_get_val(ctx, tree, i);
        if (!pdf_is_dict(ctx, fs)) continue;
        Attachment a;
        a.filespec = pdf_keep_obj(ctx, fs);
        a.key = pdf_to_name(ctx, pdf_dict_get_key(ctx, tree, i));
        const char* shown = pdf_dict_get_text_string(ctx, fs, PDF_NAME(UF));
        if (!shown || !*shown) shown = pdf_dict_get_text_string(ctx, fs, PDF_NAME(F));
        a.name = shown && *shown ? shown : a.key;
        if (a.name.empty()) a.name = "attachment " + std::to_string(i + 1);
        std::string where = "attachment " + std::to_string(i + 1);
        size_t before = units_.size();
        AddString(UnitKind::kAttachmentName, fs, PDF_NAME(UF), where + " file name", "file name");
        AddString(UnitKind::kAttachmentName, fs, PDF_NAME(F), where + " file name", "file name");
        if (units_.size() > before) a.name_unit = before;
        AddString(UnitKind::kAttachmentName, fs, PDF_NAME(Desc), where + " description",
                  "description");
        if (load && pdf_is_embedded_file(ctx, fs)) {
          fz_buffer* buf = pdf_load_embedded_file_contents(ctx, fs);
          unsigned char* data = nullptr;
          size_t len = fz_buffer_storage(ctx, buf, &data);
          if (len <= limits_.max_document_bytes) {
            a.bytes.assign(reinterpret_cast<const char*>(data), len);
          } else {
            a.too_large = true;
          }
          fz_drop_buffer(ctx, buf);
        }
        attachments_.push_back(std::move(a));
      }
    });
  } catch (...) {
    pdf_drop_obj(ctx, tree);
    throw;
  }
  pdf_drop_obj(ctx, tree);
}

}  // namespace deskbench::pdf
