#pragma once
// Decoding and encoding of whole images (through leptonica, which wraps libjpeg, libpng, libtiff,
// libwebp and giflib). Used only when pixels must change: OCR, painted boxes, an EXIF orientation
// applied, a TIFF rewritten; metadata removal alone never comes here.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "formats/image/ocr.h"

struct Pix;

namespace deskbench::image {

enum class ImageFormat { kJpeg, kPng, kGif, kTiff, kWebp };

// The format of an image by its first bytes, or nullopt.
std::optional<ImageFormat> SniffImage(std::string_view head);
// True for HEIF/HEIC/AVIF files (ISO media with an image brand).
bool LooksLikeHeif(std::string_view head);
const char* FormatName(ImageFormat format);  // "jpeg", "png", "gif", "tiff", "webp"

// A decoded image, in whatever depth its file had (1-bit, grey, palette, RGB, RGBA).
class Picture {
 public:
  // Throws MalformedImage when the bytes cannot be decoded. The pixel limit must be checked from
  // the headers before.
  static Picture Decode(std::string_view bytes);
  static Picture FromPixels(const Pixels& pixels);

  int width() const;
  int height() const;
  // Applies an EXIF orientation (1..8), so the pixels show what a viewer would have shown.
  void Orient(int orientation);
  // 8-bit grey, RGB or RGBA (palettes expanded, other depths converted).
  Pixels ToPixels() const;
  // The image in format; quality for lossy formats; icc_profile (format-native, as
  // Stripped::icc_profile) is carried over for JPEG and PNG.
  std::string Encode(ImageFormat format, int quality, bool lossless,
                     const std::string& icc_profile) const;

 private:
  std::shared_ptr<Pix> pix_;
};

}  // namespace deskbench::image
