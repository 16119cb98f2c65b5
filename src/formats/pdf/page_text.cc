#include "formats/pdf/page_text.h"

#include <algorithm>
#include <cmath>

namespace deskbench::pdf {
namespace {

// Owns what the structured-text run creates, so a MuPDF error or an exception frees it.
struct TextRun {
  fz_context* ctx;
  fz_stext_page* page = nullptr;
  fz_device* device = nullptr;
  ~TextRun() {
    fz_drop_device(ctx, device);
    fz_drop_stext_page(ctx, page);
  }
};

double Area(fz_rect r) {
  if (fz_is_empty_rect(r)) return 0;
  return static_cast<double>(r.x1 - r.x0) * static_cast<double>(r.y1 - r.y0);
}

void AppendUtf8(std::string& out, int c) {
  char buf[FZ_UTFMAX];
  if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  int n = fz_runetochar(buf, c);
  out.append(buf, static_cast<size_t>(n));
}

}  // namespace

PageText ReadPageText(Context& context, pdf_page* page, bool everything) {
  fz_context* ctx = context.get();
  TextRun run{ctx};
  fz_rect page_box{};
  context.Guard("reading page text", [&] {
    // MuPDF applies the page transform itself: characters come out in page space.
    fz_matrix ctm = fz_identity;
    page_box = pdf_bound_page(ctx, page);
    run.page = fz_new_stext_page(ctx, page_box);
    fz_stext_options options{};
    options.flags = FZ_STEXT_PRESERVE_IMAGES;
    run.device = fz_new_stext_device(ctx, run.page, &options);
    if (everything) {
      pdf_run_page(ctx, page, run.device, ctm, nullptr);
    } else {
      pdf_run_page_contents(ctx, page, run.device, ctm, nullptr);
    }
    fz_close_device(ctx, run.device);
  });

  PageText result;
  result.page_area = Area(page_box);
  for (fz_stext_block* block = run.page->first_block; block; block = block->next) {
    if (block->type == FZ_STEXT_BLOCK_IMAGE) {
      fz_rect box = fz_intersect_rect(block->bbox, page_box);
      result.image_area += Area(box);
      if (!fz_is_empty_rect(box) && block->u.i.image) {
        result.images.push_back({box, block->u.i.image->w, block->u.i.image->h, 0});
      }
      continue;
    }
    if (block->type != FZ_STEXT_BLOCK_TEXT) continue;
    for (fz_stext_line* line = block->u.t.first_line; line; line = line->next) {
      TextLine out;
      for (fz_stext_char* ch = line->first_char; ch; ch = ch->next) {
        AppendUtf8(out.text, ch->c);
        out.char_at.resize(out.text.size(), static_cast<uint32_t>(out.quads.size()));
        out.quads.push_back(ch->quad);
        result.text_area += Area(fz_rect_from_quad(ch->quad));
        ++result.chars;
      }
      if (!out.text.empty()) result.lines.push_back(std::move(out));
    }
  }
  size_t read_lines = result.lines.size();
  for (size_t i = 0; i < read_lines; ++i) {
    if (auto words = WithoutLetterSpacing(result.lines[i]))
      result.lines.push_back(std::move(*words));
  }
  // Text over an image is usually its OCR layer (a searchable scan); few images, so a plain loop.
  for (PageImage& image : result.images) {
    for (size_t i = 0; i < read_lines; ++i) {
      for (const fz_quad& q : result.lines[i].quads) {
        fz_rect r = fz_rect_from_quad(q);
        fz_point centre = fz_make_point((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2);
        if (fz_is_point_inside_rect(centre, image.box)) image.text_area += Area(r);
      }
    }
  }
  return result;
}

std::optional<TextLine> WithoutLetterSpacing(const TextLine& line) {
  // The line's characters as (first byte, byte count).
  std::vector<std::pair<size_t, size_t>> chars;
  for (size_t b = 0; b < line.text.size();) {
    size_t e = b + 1;
    while (e < line.text.size() && line.char_at[e] == line.char_at[b]) ++e;
    chars.emplace_back(b, e - b);
    b = e;
  }
  auto is_space = [&](size_t i) {
    return i < chars.size() && chars[i].second == 1 && line.text[chars[i].first] == ' ';
  };
  // A character standing alone: not a space, with a space (or the line's end) on either side.
  auto single = [&](size_t i) {
    return !is_space(i) && (i == 0 || is_space(i - 1)) &&
           (i + 1 == chars.size() || is_space(i + 1));
  };
  // drop[i]: character i is the space between two letters of a letter-spaced run.
  std::vector<bool> drop(chars.size(), false);
  bool any = false;
  for (size_t i = 0; i < chars.size();) {
    if (!single(i)) {
      ++i;
      continue;
    }
    size_t last = i;
    size_t letters = 1;
    while (last + 2 < chars.size() && single(last + 2)) {
      last += 2;
      ++letters;
    }
    if (letters >= kLetterSpacedRun) {
      for (size_t k = i + 1; k < last; k += 2) drop[k] = true;
      any = true;
    }
    i = last + 1;
  }
  if (!any) return std::nullopt;
  TextLine out;
  for (size_t i = 0; i < chars.size(); ++i) {
    if (drop[i]) continue;
    // Two spaces in a row (the words' gap of a letter-spaced line) become one.
    if (is_space(i) && !out.text.empty() && out.text.back() == ' ') continue;
    out.text.append(line.text, chars[i].first, chars[i].second);
    out.char_at.resize(out.text.size(), static_cast<uint32_t>(out.quads.size()));
    out.quads.push_back(line.quads[line.char_at[chars[i].first]]);
  }
  return out;
}

std::vector<fz_quad> QuadsFor(const TextLine& line, size_t begin, size_t end) {
  std::vector<fz_quad> quads;
  if (begin >= end || begin >= line.char_at.size()) return quads;
  end = std::min(end, line.char_at.size());
  uint32_t first = line.char_at[begin];
  uint32_t last = line.char_at[end - 1];
  // A run continues while characters follow each other along the baseline; a jump backwards
  // (a line MuPDF assembled from pieces) starts a new quad.
  uint32_t run_start = first;
  for (uint32_t i = first; i <= last; ++i) {
    bool ends = i == last;
    if (!ends) {
      const fz_quad& a = line.quads[i];
      const fz_quad& b = line.quads[i + 1];
      float dx = b.ll.x - a.ll.x;
      float dy = b.ll.y - a.ll.y;
      float ax = a.lr.x - a.ll.x;
      float ay = a.lr.y - a.ll.y;
      ends = dx * ax + dy * ay < 0;
    }
    if (ends) {
      const fz_quad& s = line.quads[run_start];
      const fz_quad& e = line.quads[i];
      quads.push_back(fz_quad{s.ul, e.ur, s.ll, e.lr});
      run_start = i + 1;
    }
  }
  return quads;
}

}  // namespace deskbench::pdf
