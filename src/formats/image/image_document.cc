#include "formats/image/image_document.h"

#include "core/error.h"
#include "formats/image/exif.h"
#include "formats/image/gif_blocks.h"
#include "formats/image/heif.h"
#include "formats/image/jpeg_markers.h"
#include "formats/image/ocr_memo.h"
#include "formats/image/png_chunks.h"
#include "formats/image/webp_chunks.h"

namespace deskbench::image {
namespace {

constexpr std::string_view kHint = "image text";

}  // namespace

ImageDocument::ImageDocument(const ByteSource& source, const FormatOptions& options)
    : name_(source.name()), ocr_(options.ocr), ocr_lang_(options.ocr_lang) {
  // Only the stripped copy is kept: a document with a hundred photos holds each once.
  std::string bytes = source.ReadAll(options.limits.max_document_bytes);
  auto format = SniffImage(bytes);
  if (!format && LooksLikeHeif(bytes)) {
    throw Refusal(name_,
                  "HEIF images other than HEIC (AVIF...) are not supported: convert to "
                  "JPEG or PNG first");
  }
  if (!format) throw Refusal(name_, "not a JPEG, PNG, GIF, TIFF, WebP or HEIC image");
  format_ = *format;
  try {
    switch (format_) {
      case ImageFormat::kJpeg:
        stripped_ = StripJpeg(bytes);
        break;
      case ImageFormat::kPng:
        stripped_ = StripPng(bytes);
        break;
      case ImageFormat::kGif:
        stripped_ = StripGif(bytes);
        break;
      case ImageFormat::kWebp:
        stripped_ = StripWebp(bytes);
        break;
      case ImageFormat::kTiff:
        StripTiff(std::move(bytes));
        break;
      case ImageFormat::kHeic:
        StripHeic(std::move(bytes));
        break;
    }
  } catch (const MalformedImage& e) {
    throw Refusal(name_, e.what());
  }
  uint64_t w = stripped_.width, h = stripped_.height;
  if (w == 0 || h == 0) throw Refusal(name_, "image without a size in its header");
  uint64_t limit = options.limits.max_image_pixels;
  if (w > limit || h > limit || w * h > limit) {
    throw Refusal(name_, "image of " + std::to_string(w) + "x" + std::to_string(h) +
                             " pixels is over the limit of " + std::to_string(limit) + " pixels");
  }
  // Without OCR nothing is read from the pixels, so every frame is as good as the first.
  if (stripped_.frames > 1 && ocr_) {
    throw Refusal(name_, "animated image (" + std::to_string(stripped_.frames) +
                             " frames): text in the frames after the first cannot be checked");
  }
  notes_ = stripped_.notes;
}

// TIFF keeps its metadata in the same directory as the image's own tags, so it is rewritten from
// the decoded pixels with only the image tags; decoding is lossless up to 8 bits per sample.
void ImageDocument::StripTiff(std::string bytes) {
  TiffSummary tiff = ReadTiff(bytes);
  if (tiff.pages > 1) throw MalformedImage("multi-page TIFF: not supported");
  if (tiff.bits_per_sample > 8) {
    throw MalformedImage("TIFF with " + std::to_string(tiff.bits_per_sample) +
                         " bits per sample: rewriting would lose precision; not supported");
  }
  stripped_.width = tiff.width;
  stripped_.height = tiff.height;
  // Leptonica applies the TIFF orientation tag when it decodes.
  stripped_.orientation = 1;
  stripped_.bytes = std::move(bytes);
  for (const std::string& what : tiff.sensitive)
    stripped_.notes.push_back({"TIFF " + what, "removed"});
  stripped_.notes.push_back(
      {"TIFF tags other than the image's", "removed (image rewritten losslessly)"});
  rewrite_always_ = true;
}

void ImageDocument::StripHeic(std::string bytes) {
  HeicInfo heic = InspectHeic(bytes);
  if (heic.images > 1) {
    throw MalformedImage("HEIC with " + std::to_string(heic.images) +
                         " images (a burst or collection): not supported");
  }
  stripped_.width = heic.width;
  stripped_.height = heic.height;
  stripped_.orientation = 1;  // libheif applies rotation and mirroring when it decodes
  stripped_.bytes = std::move(bytes);
  stripped_.notes = heic.notes;
  stripped_.notes.push_back(
      {"image", "re-encoded as HEIC at quality " + std::to_string(kQuality) +
                    " (HEIF metadata cannot be removed without rewriting the file)"});
  rewrite_always_ = true;
}

Picture& ImageDocument::Decoded() {
  if (!picture_) {
    try {
      picture_ = Picture::Decode(stripped_.bytes);
      picture_->Orient(stripped_.orientation);
    } catch (const MalformedImage& e) {
      throw Refusal(name_, e.what());
    }
  }
  return *picture_;
}

void ImageDocument::Recognise() {
  if (recognised_) return;
  bool big_enough = stripped_.width >= kMinOcrSide && stripped_.height >= kMinOcrSide;
  if (big_enough && !ocr_) {
    stripped_.notes.push_back({"text in the image", "not checked (OCR off)"});
  } else if (big_enough) {
    try {
      lines_ = RecognizeOnce(stripped_.bytes, stripped_.orientation, ocr_lang_,
                             [&] { return Decoded().ToPixels(); });
    } catch (const Refusal&) {
      throw;
    } catch (const std::exception& e) {  // language data missing, OCR failed, pixels unusable
      throw Refusal(name_, e.what());
    }
    // The pixels are four bytes a dot (a document with a hundred photos would hold a gigabyte
    // of them); Write decodes again only a picture it has to paint over or turn.
    picture_.reset();
  }
  for (size_t i = 0; i < lines_.size(); ++i) {
    locations_.push_back("image, line " + std::to_string(i + 1));
  }
  recognised_ = true;
  notes_ = stripped_.notes;
}

Segment ImageDocument::LineSegment(size_t i) const {
  return Segment{lines_[i].text, locations_[i], kHint};
}

uint64_t ImageDocument::ReusableBytes() const {
  uint64_t held = stripped_.bytes.size() + sizeof(*this);
  if (picture_) held += uint64_t{4} * picture_->width() * picture_->height();
  for (const OcrLine& line : lines_) held += line.text.size() + sizeof(OcrLine);
  return held;
}

void ImageDocument::Scan(const SegmentVisitor& visit) {
  Recognise();
  for (size_t i = 0; i < lines_.size(); ++i) visit(LineSegment(i));
}

void ImageDocument::Write(const SegmentEditor& edits, Sink& out) {
  Recognise();
  std::vector<Box> boxes;
  for (size_t i = 0; i < lines_.size(); ++i) {
    for (const Edit& e : edits(LineSegment(i))) {
      for (const Box& b : BoxesFor(lines_[i], e.begin, e.end)) boxes.push_back(b);
    }
  }
  notes_ = stripped_.notes;
  bool reencode = !boxes.empty() || stripped_.orientation != 1 || rewrite_always_;
  if (!reencode) {
    out.Write(stripped_.bytes);
    return;
  }
  Picture& picture = Decoded();
  std::string encoded;
  try {
    if (boxes.empty()) {
      encoded = picture.Encode(format_, kQuality, stripped_.lossless, stripped_.icc_profile);
    } else {
      Pixels pixels = picture.ToPixels();
      PaintBoxes(pixels, boxes, kPaintPad);
      encoded = Picture::FromPixels(pixels).Encode(format_, kQuality, stripped_.lossless,
                                                   stripped_.icc_profile);
      notes_.push_back(
          {"text in the image (" + std::to_string(boxes.size()) + " words)", "painted over"});
    }
  } catch (const MalformedImage& e) {
    throw Refusal(name_, e.what());
  }
  if (stripped_.orientation != 1) {
    notes_.push_back({"EXIF orientation " + std::to_string(stripped_.orientation),
                      "applied to the pixels (image re-encoded)"});
  }
  if (!boxes.empty() || stripped_.orientation != 1) {
    bool lossy =
        format_ == ImageFormat::kJpeg || (format_ == ImageFormat::kWebp && !stripped_.lossless);
    if (lossy) notes_.push_back({"image", "re-encoded at quality " + std::to_string(kQuality)});
    if (format_ == ImageFormat::kGif)
      notes_.push_back({"image", "re-encoded (colours re-quantised)"});
  }
  out.Write(encoded);
}

}  // namespace deskbench::image
