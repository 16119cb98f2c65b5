#include "formats/pdf/scanned_page.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <stdexcept>

#include "core/hash.h"

namespace deskbench::pdf {
namespace {

// A page rendered for OCR may hold this many pixels (a 300 dpi A0 sheet is ~140 M); larger
// pages are rendered at a lower resolution.
constexpr double kMaxOcrPixels = 150e6;
constexpr float kPadPixels = 3;

struct PixmapHolder {
  fz_context* ctx;
  fz_pixmap* pix = nullptr;
  ~PixmapHolder() { fz_drop_pixmap(ctx, pix); }
};

// The pipeline opens every file twice (pass 1 learns names, pass 2 edits): the same page renders
// to the same pixels, which tesseract need read only once per process.
class OcrCache {
 public:
  static OcrCache& Get() {
    static OcrCache cache;
    return cache;
  }
  std::vector<image::OcrLine> Recognize(const image::Pixels& pixels, const std::string& lang) {
    std::string key = ToHex(Sha256(std::string_view(
                          reinterpret_cast<const char*>(pixels.data.data()), pixels.data.size()))) +
                      "/" + std::to_string(pixels.width) + "x" + std::to_string(pixels.height) +
                      "x" + std::to_string(pixels.channels) + "/" + lang;
    {
      std::lock_guard lock(mutex_);
      auto it = lines_.find(key);
      if (it != lines_.end()) return it->second;
    }
    std::vector<image::OcrLine> lines = image::Recognize(pixels, lang);
    std::lock_guard lock(mutex_);
    if (lines_.size() >= kMaxPages) lines_.clear();
    lines_.emplace(std::move(key), lines);
    return lines;
  }

 private:
  static constexpr size_t kMaxPages = 512;
  std::mutex mutex_;
  std::map<std::string, std::vector<image::OcrLine>> lines_;
};

}  // namespace

bool LooksScanned(const PageText& text) {
  if (text.page_area <= 0 || text.image_area < 0.5 * text.page_area) return false;
  return text.text_area < 0.05 * text.image_area;
}

ScannedPage ReadScannedPage(PdfFile& file, pdf_page* page, int index, const std::string& lang) {
  fz_context* ctx = file.ctx();
  ScannedPage out;
  out.page = index;
  PixmapHolder holder{ctx};
  file.context().Guard("cannot render a scanned page", [&] {
    fz_rect bounds = pdf_bound_page(ctx, page);
    double w = bounds.x1 - bounds.x0;
    double h = bounds.y1 - bounds.y0;
    double scale = kOcrDpi / 72.0;
    if (w * h * scale * scale > kMaxOcrPixels) scale = std::sqrt(kMaxOcrPixels / (w * h));
    out.scale = static_cast<float>(scale);
    fz_matrix ctm = fz_scale(out.scale, out.scale);
    holder.pix =
        pdf_new_pixmap_from_page_with_usage(ctx, page, ctm, fz_device_gray(ctx), 0, "View");
  });
  image::Pixels pixels;
  pixels.width = fz_pixmap_width(ctx, holder.pix);
  pixels.height = fz_pixmap_height(ctx, holder.pix);
  pixels.channels = fz_pixmap_components(ctx, holder.pix);
  const unsigned char* samples = fz_pixmap_samples(ctx, holder.pix);
  ptrdiff_t stride = fz_pixmap_stride(ctx, holder.pix);
  size_t row = static_cast<size_t>(pixels.width) * static_cast<size_t>(pixels.channels);
  pixels.data.resize(row * static_cast<size_t>(pixels.height));
  for (int y = 0; y < pixels.height; ++y) {
    std::copy_n(samples + y * stride, row, pixels.data.data() + row * static_cast<size_t>(y));
  }
  // The pixmap's origin is the page's top-left corner scaled.
  out.origin = fz_make_point(static_cast<float>(fz_pixmap_x(ctx, holder.pix)) / out.scale,
                             static_cast<float>(fz_pixmap_y(ctx, holder.pix)) / out.scale);
  try {
    out.lines = OcrCache::Get().Recognize(pixels, lang);
  } catch (const image::OcrUnavailable& e) {
    throw Refusal(file.context().file(),
                  "page " + std::to_string(index + 1) + " is scanned and needs OCR: " + e.what());
  } catch (const std::invalid_argument& e) {
    throw Refusal(file.context().file(), std::string("OCR: ") + e.what());
  }
  return out;
}

std::vector<fz_quad> QuadsFor(const ScannedPage& page, const image::OcrLine& line, size_t begin,
                              size_t end) {
  std::vector<fz_quad> quads;
  for (const image::Box& b : image::BoxesFor(line, begin, end)) {
    fz_rect r = fz_make_rect((b.x0 - kPadPixels) / page.scale + page.origin.x,
                             (b.y0 - kPadPixels) / page.scale + page.origin.y,
                             (b.x1 + kPadPixels) / page.scale + page.origin.x,
                             (b.y1 + kPadPixels) / page.scale + page.origin.y);
    quads.push_back(fz_quad_from_rect(r));
  }
  return quads;
}

}  // namespace deskbench::pdf
