#pragma once
// JPEG, PNG, GIF, TIFF, WebP and HEIC images. Metadata (EXIF with GPS and serial numbers, XMP,
// IPTC, PNG text chunks, comments) is removed without re-encoding; the text in the pixels is read
// with OCR, one segment per line, and the words that hold an edit are painted over, after which the
// image is re-encoded in its own format. An EXIF orientation is applied to the pixels before the
// EXIF block goes, so the image still shows the same way.

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "formats/document.h"
#include "formats/image/codec.h"
#include "formats/image/metadata.h"
#include "formats/image/ocr.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::image {

// Images smaller than this in either dimension are not read for text (icons, spacers).
inline constexpr int kMinOcrSide = 32;
// Painted boxes reach this far past the glyphs tesseract boxed (anti-aliased edges).
inline constexpr int kPaintPad = 3;
// JPEG and lossy WebP quality when pixels had to change.
inline constexpr int kQuality = 95;

class ImageDocument : public Document {
 public:
  // Throws Refusal for a damaged or truncated file, one over limits.max_image_pixels, an animated
  // image when OCR is on, a multi-page or deeper than 8-bit TIFF.
  ImageDocument(const ByteSource& source, const FormatOptions& options);

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override { return notes_; }
  // Recognition and decoding are done once and kept; Write starts its notes afresh: it writes the
  // same after Scans.
  uint64_t ReusableBytes() const override;

  ImageFormat format() const { return format_; }

 private:
  // Decodes (once) and applies the orientation.
  Picture& Decoded();
  // Reads the text (once); throws Refusal when OCR is not available.
  void Recognise();
  Segment LineSegment(size_t i) const;
  void StripTiff(std::string bytes);
  void StripHeic(std::string bytes);

  std::filesystem::path name_;
  ImageFormat format_;
  bool ocr_ = true;
  std::string ocr_lang_;
  Stripped stripped_;
  bool rewrite_always_ = false;  // TIFF: written from decoded pixels even without edits
  std::optional<Picture> picture_;
  bool recognised_ = false;
  std::vector<OcrLine> lines_;
  std::vector<std::string> locations_;
  std::vector<Note> notes_;
};

}  // namespace deskbench::image
