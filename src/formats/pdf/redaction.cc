#include "formats/pdf/redaction.h"

#include <algorithm>

namespace deskbench::pdf {
namespace {

// PDF literal string content: printable ASCII with ( ) \ escaped.
std::string Escaped(const std::string& label) {
  std::string out;
  for (char c : label) {
    if (c == '(' || c == ')' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

constexpr const char* kLabelFont = "DeskbenchLabel";

// Writes the labels as one more content stream of the page.
void DrawLabels(PdfFile& file, pdf_page* page, const std::vector<Redaction>& redactions) {
  fz_context* ctx = file.ctx();
  std::string content = "q 1 g\n";
  fz_matrix ctm;
  file.context().Guard("cannot label redactions",
                       [&] { pdf_page_transform(ctx, page, nullptr, &ctm); });
  fz_matrix to_pdf = fz_invert_matrix(ctm);
  bool any = false;
  for (const Redaction& r : redactions) {
    if (r.label.empty() || r.quads.empty()) continue;
    fz_rect box = fz_transform_rect(fz_rect_from_quad(r.quads.front()), to_pdf);
    float height = box.y1 - box.y0;
    float width = box.x1 - box.x0;
    // Helvetica capitals and brackets average about 0.62 em.
    float size = std::min(height * 0.8f, width / (0.62f * static_cast<float>(r.label.size())));
    if (size < 3) continue;
    char line[160];
    std::snprintf(line, sizeof line, "BT /%s %.2f Tf %.2f %.2f Td (", kLabelFont, size,
                  box.x0 + 0.5f, box.y0 + (height - size * 0.7f) / 2);
    content += line;
    content += Escaped(r.label);
    content += ") Tj ET\n";
    any = true;
  }
  if (!any) return;
  content += "Q\n";
  fz_buffer* buf = nullptr;
  pdf_document* doc = file.doc();
  try {
    file.context().Guard("cannot label redactions", [&] {
      buf = fz_new_buffer_from_copied_data(
          ctx, reinterpret_cast<const unsigned char*>(content.data()), content.size());
      pdf_obj* resources = pdf_dict_get_inheritable(ctx, page->obj, PDF_NAME(Resources));
      if (!pdf_is_dict(ctx, resources)) {
        resources = pdf_dict_put_dict(ctx, page->obj, PDF_NAME(Resources), 2);
      }
      pdf_obj* fonts = pdf_dict_get(ctx, resources, PDF_NAME(Font));
      if (!pdf_is_dict(ctx, fonts)) fonts = pdf_dict_put_dict(ctx, resources, PDF_NAME(Font), 1);
      pdf_obj* font = pdf_add_new_dict(ctx, doc, 4);
      pdf_dict_put(ctx, font, PDF_NAME(Type), PDF_NAME(Font));
      pdf_dict_put(ctx, font, PDF_NAME(Subtype), PDF_NAME(Type1));
      pdf_dict_put_name(ctx, font, PDF_NAME(BaseFont), "Helvetica");
      pdf_dict_put(ctx, font, PDF_NAME(Encoding), PDF_NAME(WinAnsiEncoding));
      pdf_dict_puts_drop(ctx, fonts, kLabelFont, font);
      pdf_obj* stream = pdf_add_stream(ctx, doc, buf, nullptr, 0);
      pdf_obj* contents = pdf_dict_get(ctx, page->obj, PDF_NAME(Contents));
      if (pdf_is_array(ctx, contents)) {
        pdf_array_push_drop(ctx, contents, stream);
      } else {
        pdf_obj* array = pdf_new_array(ctx, doc, 2);
        if (contents) pdf_array_push(ctx, array, contents);
        pdf_array_push_drop(ctx, array, stream);
        pdf_dict_put_drop(ctx, page->obj, PDF_NAME(Contents), array);
      }
    });
  } catch (...) {
    fz_drop_buffer(ctx, buf);
    throw;
  }
  fz_drop_buffer(ctx, buf);
}

}  // namespace

std::string LabelFor(const std::string& replacement) {
  if (replacement.size() < 3 || replacement.front() != '[' || replacement.back() != ']') return "";
  for (char c : replacement) {
    if (c < 0x20 || c > 0x7e) return "";
  }
  return replacement;
}

void RedactPage(PdfFile& file, pdf_page* page, const std::vector<Redaction>& redactions) {
  if (redactions.empty()) return;
  fz_context* ctx = file.ctx();
  file.context().Guard("cannot redact a page", [&] {
    for (const Redaction& r : redactions) {
      if (r.quads.empty()) continue;
      pdf_annot* annot = pdf_create_annot(ctx, page, PDF_ANNOT_REDACT);
      fz_rect bounds = fz_empty_rect;
      for (const fz_quad& q : r.quads) {
        pdf_add_annot_quad_point(ctx, annot, q);
        bounds = fz_union_rect(bounds, fz_rect_from_quad(q));
      }
      pdf_set_annot_rect(ctx, annot, bounds);
      pdf_drop_annot(ctx, annot);
    }
    pdf_redact_options options{};
    options.black_boxes = 1;
    options.image_method = PDF_REDACT_IMAGE_PIXELS;
    pdf_redact_page(ctx, file.doc(), page, &options);
  });
  DrawLabels(file, page, redactions);
}

}  // namespace deskbench::pdf
