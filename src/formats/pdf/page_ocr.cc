#include "formats/pdf/page_ocr.h"

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
// Images smaller than this (pixels of their own, points on the page) hold no readable text.
constexpr int kMinImagePixels = 32;
constexpr float kMinImagePoints = 16;
// More images than this on one page (a picture cut into tiles) are read as the whole page.
constexpr size_t kMaxImagesPerPage = 32;

struct DeviceHolder {
  fz_context* ctx;
  fz_device* dev = nullptr;
  ~DeviceHolder() { fz_drop_device(ctx, dev); }
};

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

std::vector<fz_rect> ImagesToRead(const PageText& text, fz_rect page_box) {
  std::vector<fz_rect> areas;
  for (const PageImage& image : text.images) {
    fz_rect box = image.box;
    double area = static_cast<double>(box.x1 - box.x0) * static_cast<double>(box.y1 - box.y0);
    if (image.width < kMinImagePixels || image.height < kMinImagePixels) continue;
    if (box.x1 - box.x0 < kMinImagePoints || box.y1 - box.y0 < kMinImagePoints) continue;
    if (image.text_area >= 0.05 * area) continue;
    bool inside = false;
    for (fz_rect& kept : areas) {
      if (fz_contains_rect(kept, box)) inside = true;
      // A larger image drawn later over a smaller one takes its place.
      if (!inside && fz_contains_rect(box, kept)) kept = fz_empty_rect;
    }
    if (!inside) areas.push_back(box);
  }
  std::erase_if(areas, [](const fz_rect& r) { return fz_is_empty_rect(r); });
  if (areas.size() > kMaxImagesPerPage) return {page_box};
  return areas;
}

OcrArea ReadPageArea(PdfFile& file, pdf_page* page, int index, fz_rect area, int image,
                     const std::string& lang) {
  fz_context* ctx = file.ctx();
  OcrArea out;
  out.page = index;
  out.image = image;
  PixmapHolder holder{ctx};
  DeviceHolder device{ctx};
  file.context().Guard("cannot render a page for OCR", [&] {
    area = fz_intersect_rect(area, pdf_bound_page(ctx, page));
    out.area = area;
    double w = area.x1 - area.x0;
    double h = area.y1 - area.y0;
    double scale = kOcrDpi / 72.0;
    if (w * h * scale * scale > kMaxOcrPixels) scale = std::sqrt(kMaxOcrPixels / (w * h));
    out.scale = static_cast<float>(scale);
    fz_matrix ctm = fz_scale(out.scale, out.scale);
    fz_irect pixels = fz_round_rect(fz_transform_rect(area, ctm));
    if (pixels.x1 <= pixels.x0) pixels.x1 = pixels.x0 + 1;
    if (pixels.y1 <= pixels.y0) pixels.y1 = pixels.y0 + 1;
    // As pdf_new_pixmap_from_page_with_usage does, but only over the area.
    holder.pix = fz_new_pixmap_with_bbox(ctx, fz_device_gray(ctx), pixels, nullptr, 0);
    fz_clear_pixmap_with_value(ctx, holder.pix, 0xFF);
    device.dev = fz_new_draw_device(ctx, fz_identity, holder.pix);
    pdf_run_page_with_usage(ctx, page, device.dev, ctm, "View", nullptr);
    fz_close_device(ctx, device.dev);
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
  // Pixel (0, 0) is the area's top-left corner scaled (rounded out to whole pixels).
  out.origin = fz_make_point(static_cast<float>(fz_pixmap_x(ctx, holder.pix)) / out.scale,
                             static_cast<float>(fz_pixmap_y(ctx, holder.pix)) / out.scale);
  try {
    out.lines = OcrCache::Get().Recognize(pixels, lang);
  } catch (const image::OcrUnavailable& e) {
    throw Refusal(file.context().file(), "page " + std::to_string(index + 1) +
                                             (image < 0 ? " is scanned" : " has images") +
                                             " and needs OCR: " + e.what());
  } catch (const std::invalid_argument& e) {
    throw Refusal(file.context().file(), std::string("OCR: ") + e.what());
  }
  return out;
}

OcrArea ReadScannedPage(PdfFile& file, pdf_page* page, int index, const std::string& lang) {
  return ReadPageArea(file, page, index, fz_infinite_rect, -1, lang);
}

std::vector<fz_quad> QuadsFor(const OcrArea& page, const image::OcrLine& line, size_t begin,
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
