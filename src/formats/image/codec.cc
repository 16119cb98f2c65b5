#include "formats/image/codec.h"

#include <leptonica/allheaders.h>

#include <cstdlib>

#include "formats/image/metadata.h"
#include "formats/image/png_chunks.h"

namespace deskbench::image {
namespace {

using namespace std::string_view_literals;

std::shared_ptr<Pix> Own(PIX* pix) {
  return std::shared_ptr<Pix>(pix, [](PIX* p) { pixDestroy(&p); });
}

// Leptonica reports problems on stderr by default; ours go into exceptions instead.
void Quiet() {
  static const bool once = [] {
    setMsgSeverity(L_SEVERITY_NONE);
    return true;
  }();
  (void)once;
}

std::string TakeBuffer(l_uint8* data, size_t size) {
  std::string out(reinterpret_cast<const char*>(data), size);
  std::free(data);
  return out;
}

// APP2 ICC_PROFILE segments after SOI (and APP0 when there is one), split into chunks. Only a
// profile for the colour space written (a CMYK original is decoded to RGB) is carried over.
std::string InsertJpegIcc(const std::string& jpeg, const std::string& icc, bool grey) {
  if (icc.size() < 128 || jpeg.size() < 4) return jpeg;
  if (icc.substr(16, 4) != (grey ? "GRAY" : "RGB ")) return jpeg;
  size_t at = 2;
  if (static_cast<uint8_t>(jpeg[2]) == 0xFF && static_cast<uint8_t>(jpeg[3]) == 0xE0 &&
      jpeg.size() >= 6) {
    at = 4 + ((static_cast<uint8_t>(jpeg[4]) << 8) | static_cast<uint8_t>(jpeg[5]));
  }
  constexpr size_t kChunk = 65519;
  size_t count = (icc.size() + kChunk - 1) / kChunk;
  if (count > 255) return jpeg;
  std::string segments;
  for (size_t i = 0; i < count; ++i) {
    std::string_view part = std::string_view(icc).substr(i * kChunk, kChunk);
    size_t length = 2 + 14 + part.size();
    segments += "\xFF\xE2"sv;
    segments.push_back(static_cast<char>(length >> 8));
    segments.push_back(static_cast<char>(length & 0xFF));
    segments += "ICC_PROFILE\0"sv;
    segments.push_back(static_cast<char>(i + 1));
    segments.push_back(static_cast<char>(count));
    segments += part;
  }
  return jpeg.substr(0, at) + segments + jpeg.substr(at);
}

// An iCCP chunk right after IHDR (signature 8 bytes, IHDR 25).
std::string InsertPngIcc(const std::string& png, const std::string& iccp) {
  if (iccp.empty() || png.size() < 33) return png;
  return png.substr(0, 33) + MakePngChunk("iCCP", iccp) + png.substr(33);
}

}  // namespace

std::optional<ImageFormat> SniffImage(std::string_view head) {
  if (head.starts_with("\xFF\xD8\xFF"sv)) return ImageFormat::kJpeg;
  if (head.starts_with("\x89PNG\r\n\x1A\n"sv)) return ImageFormat::kPng;
  if (head.starts_with("GIF87a") || head.starts_with("GIF89a")) return ImageFormat::kGif;
  if (head.starts_with("II*\0"sv) || head.starts_with("MM\0*"sv)) return ImageFormat::kTiff;
  if (head.size() >= 12 && head.starts_with("RIFF") && head.substr(8, 4) == "WEBP") {
    return ImageFormat::kWebp;
  }
  return std::nullopt;
}

bool LooksLikeHeif(std::string_view head) {
  if (head.size() < 12 || head.substr(4, 4) != "ftyp") return false;
  std::string_view brand = head.substr(8, 4);
  for (std::string_view b : {"heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif"}) {
    if (brand == b) return true;
  }
  return false;
}

const char* FormatName(ImageFormat format) {
  switch (format) {
    case ImageFormat::kJpeg:
      return "jpeg";
    case ImageFormat::kPng:
      return "png";
    case ImageFormat::kGif:
      return "gif";
    case ImageFormat::kTiff:
      return "tiff";
    case ImageFormat::kWebp:
      return "webp";
  }
  return "image";
}

Picture Picture::Decode(std::string_view bytes) {
  Quiet();
  PIX* pix = pixReadMem(reinterpret_cast<const l_uint8*>(bytes.data()), bytes.size());
  if (pix == nullptr) throw MalformedImage("the image data cannot be decoded");
  // Leptonica keeps a TIFF description or PNG/JPEG comment as the image's text and writes it back
  // on encoding: it is metadata, so it goes.
  pixSetText(pix, nullptr);
  Picture p;
  p.pix_ = Own(pix);
  return p;
}

Picture Picture::FromPixels(const Pixels& px) {
  Quiet();
  PIX* pix = pixCreate(px.width, px.height, px.channels == 1 ? 8 : 32);
  if (pix == nullptr) throw MalformedImage("out of memory for the image");
  if (px.channels == 4) pixSetSpp(pix, 4);
  l_uint32* data = pixGetData(pix);
  int wpl = pixGetWpl(pix);
  const uint8_t* src = px.data.data();
  for (int y = 0; y < px.height; ++y) {
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < px.width; ++x) {
      if (px.channels == 1) {
        SET_DATA_BYTE(line, x, *src++);
        continue;
      }
      uint32_t r = src[0], g = src[1], b = src[2];
      uint32_t a = px.channels == 4 ? src[3] : 255;
      line[x] = (r << 24) | (g << 16) | (b << 8) | a;
      src += px.channels;
    }
  }
  Picture p;
  p.pix_ = Own(pix);
  return p;
}

int Picture::width() const {
  return pixGetWidth(pix_.get());
}
int Picture::height() const {
  return pixGetHeight(pix_.get());
}

void Picture::Orient(int orientation) {
  PIX* src = pix_.get();
  PIX* out = nullptr;
  switch (orientation) {
    case 2:
      out = pixFlipLR(nullptr, src);
      break;
    case 3:
      out = pixRotateOrth(src, 2);
      break;
    case 4:
      out = pixFlipTB(nullptr, src);
      break;
    case 5: {  // transpose: a quarter turn clockwise, then mirrored
      auto turned = Own(pixRotateOrth(src, 1));
      if (turned) out = pixFlipLR(nullptr, turned.get());
      break;
    }
    case 6:
      out = pixRotateOrth(src, 1);
      break;
    case 7: {  // transverse: a quarter turn anticlockwise, then mirrored
      auto turned = Own(pixRotateOrth(src, 3));
      if (turned) out = pixFlipLR(nullptr, turned.get());
      break;
    }
    case 8:
      out = pixRotateOrth(src, 3);
      break;
    default:
      return;
  }
  if (out == nullptr) throw MalformedImage("the image cannot be turned to its EXIF orientation");
  pix_ = Own(out);
}

Pixels Picture::ToPixels() const {
  std::shared_ptr<Pix> pix = pix_;
  if (pixGetColormap(pix.get()) != nullptr) {
    pix = Own(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
  }
  if (pix && pixGetDepth(pix.get()) != 32 && pixGetDepth(pix.get()) != 8) {
    pix = Own(pixConvertTo8(pix.get(), 0));
  }
  if (!pix) throw MalformedImage("the image cannot be converted for OCR");
  Pixels out;
  out.width = pixGetWidth(pix.get());
  out.height = pixGetHeight(pix.get());
  bool colour = pixGetDepth(pix.get()) == 32;
  out.channels = colour ? (pixGetSpp(pix.get()) == 4 ? 4 : 3) : 1;
  out.data.resize(static_cast<size_t>(out.width) * out.height * out.channels);
  const l_uint32* data = pixGetData(pix.get());
  int wpl = pixGetWpl(pix.get());
  uint8_t* dst = out.data.data();
  for (int y = 0; y < out.height; ++y) {
    const l_uint32* line = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < out.width; ++x) {
      if (!colour) {
        *dst++ = static_cast<uint8_t>(GET_DATA_BYTE(line, x));
        continue;
      }
      l_uint32 v = line[x];
      *dst++ = static_cast<uint8_t>(v >> 24);
      *dst++ = static_cast<uint8_t>(v >> 16);
      *dst++ = static_cast<uint8_t>(v >> 8);
      if (out.channels == 4) *dst++ = static_cast<uint8_t>(v);
    }
  }
  return out;
}

std::string Picture::Encode(ImageFormat format, int quality, bool lossless,
                            const std::string& icc_profile) const {
  Quiet();
  l_uint8* data = nullptr;
  size_t size = 0;
  PIX* pix = pix_.get();
  l_ok failed = 1;
  bool grey = false;
  switch (format) {
    case ImageFormat::kJpeg: {
      // JPEG holds grey or RGB only.
      std::shared_ptr<Pix> plain = pix_;
      if (pixGetColormap(pix) != nullptr || (pixGetDepth(pix) != 8 && pixGetDepth(pix) != 32)) {
        plain = Own(pixConvertTo32(pix));
      }
      if (plain) failed = pixWriteMemJpeg(&data, &size, plain.get(), quality, 0);
      grey = plain && pixGetDepth(plain.get()) == 8;
      break;
    }
    case ImageFormat::kPng:
      failed = pixWriteMemPng(&data, &size, pix, 0.0);
      break;
    case ImageFormat::kGif:
      failed = pixWriteMemGif(&data, &size, pix);
      break;
    case ImageFormat::kTiff:
      failed =
          pixWriteMemTiff(&data, &size, pix, pixGetDepth(pix) == 1 ? IFF_TIFF_G4 : IFF_TIFF_ZIP);
      break;
    case ImageFormat::kWebp: {
      std::shared_ptr<Pix> rgb = pix_;
      if (pixGetDepth(pix) != 32) rgb = Own(pixConvertTo32(pix));
      if (rgb) failed = pixWriteMemWebP(&data, &size, rgb.get(), quality, lossless ? 1 : 0);
      break;
    }
  }
  if (failed != 0 || data == nullptr) {
    if (data) std::free(data);
    throw MalformedImage(std::string("the image cannot be encoded as ") + FormatName(format));
  }
  std::string out = TakeBuffer(data, size);
  if (format == ImageFormat::kJpeg) return InsertJpegIcc(out, icc_profile, grey);
  if (format == ImageFormat::kPng) return InsertPngIcc(out, icc_profile);
  return out;
}

}  // namespace deskbench::image
