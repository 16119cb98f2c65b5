#include "formats/image/webp_chunks.h"

#include <algorithm>
#include <string>

#include "formats/image/exif.h"

namespace deskbench::image {
namespace {

constexpr uint8_t kIccFlag = 0x20, kExifFlag = 0x08, kXmpFlag = 0x04;

uint32_t Le(std::string_view s, size_t at, int n) {
  uint32_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(s[at + i]);
  return v;
}

void PutLe32(std::string& s, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// Size of a VP8 (lossy) or VP8L (lossless) bitstream, from its header.
void ReadBitstreamSize(const RiffChunk& c, Stripped& out) {
  if (c.fourcc == "VP8 ") {
    if (c.data.size() < 10 || c.data.substr(3, 3) != "\x9D\x01\x2A") {
      throw MalformedImage("WebP damaged: bad VP8 frame header");
    }
    out.width = std::max<uint64_t>(out.width, Le(c.data, 6, 2) & 0x3FFF);
    out.height = std::max<uint64_t>(out.height, Le(c.data, 8, 2) & 0x3FFF);
  } else {
    if (c.data.size() < 5 || static_cast<uint8_t>(c.data[0]) != 0x2F) {
      throw MalformedImage("WebP damaged: bad VP8L header");
    }
    uint32_t bits = Le(c.data, 1, 4);
    out.width = std::max<uint64_t>(out.width, (bits & 0x3FFF) + 1);
    out.height = std::max<uint64_t>(out.height, ((bits >> 14) & 0x3FFF) + 1);
    out.lossless = true;
  }
}

}  // namespace

std::vector<RiffChunk> WalkWebp(std::string_view webp) {
  if (webp.size() < 12 || webp.substr(0, 4) != "RIFF" || webp.substr(8, 4) != "WEBP") {
    throw MalformedImage("not a WebP file");
  }
  uint64_t riff_end = uint64_t{Le(webp, 4, 4)} + 8;
  if (riff_end > webp.size()) throw MalformedImage("WebP truncated: shorter than its RIFF size");
  std::vector<RiffChunk> chunks;
  size_t at = 12;
  while (at < riff_end) {
    if (riff_end - at < 8) throw MalformedImage("WebP damaged: a chunk header past the RIFF size");
    uint64_t size = Le(webp, at + 4, 4);
    uint64_t end = at + 8 + size + (size & 1);
    if (end > riff_end) throw MalformedImage("WebP truncated: a chunk runs past the RIFF size");
    chunks.push_back({webp.substr(at, 4), at, static_cast<size_t>(end), webp.substr(at + 8, size)});
    at = static_cast<size_t>(end);
  }
  if (chunks.empty()) throw MalformedImage("WebP without image data");
  return chunks;
}

Stripped StripWebp(std::string_view webp) {
  Stripped out;
  out.bytes.reserve(webp.size() + 16);  // about the original's size: grown once, not doubled
  std::vector<RiffChunk> chunks = WalkWebp(webp);
  out.bytes.append(webp.substr(0, 12));
  size_t vp8x_flags_at = std::string::npos;
  uint32_t animation_frames = 0;
  bool image_data = false;
  for (const RiffChunk& c : chunks) {
    std::string_view f = c.fourcc;
    if (f == "VP8X") {
      if (c.data.size() < 10) throw MalformedImage("WebP damaged: short VP8X chunk");
      out.width = std::max<uint64_t>(out.width, Le(c.data, 4, 3) + 1);
      out.height = std::max<uint64_t>(out.height, Le(c.data, 7, 3) + 1);
      vp8x_flags_at = out.bytes.size() + 8;
    }
    if (f == "VP8 " || f == "VP8L") {
      ReadBitstreamSize(c, out);
      image_data = true;
    }
    if (f == "ANMF") {
      ++animation_frames;
      image_data = true;
    }
    if (f == "ICCP") out.icc_profile = std::string(c.data);
    if (f == "VP8X" || f == "VP8 " || f == "VP8L" || f == "ALPH" || f == "ANIM" || f == "ANMF" ||
        f == "ICCP") {
      out.bytes.append(webp.substr(c.begin, c.end - c.begin));
      continue;
    }
    if (f == "EXIF") {
      std::string_view tiff = c.data;
      if (tiff.starts_with(std::string_view("Exif\0\0", 6))) tiff.remove_prefix(6);
      try {
        TiffSummary exif = ReadTiff(tiff);
        out.orientation = exif.orientation;
        out.notes.push_back({DescribeExif(exif), "removed"});
      } catch (const MalformedImage&) {
        out.notes.push_back({"EXIF (damaged)", "removed"});
      }
    } else if (f == "XMP ") {
      out.notes.push_back({"XMP", "removed"});
    } else {
      std::string name;
      for (char ch : f) name.push_back(ch >= 0x20 && ch < 0x7F ? ch : '?');
      out.notes.push_back({"WebP chunk " + name, "removed"});
    }
  }
  if (!image_data) throw MalformedImage("WebP without image data");
  if (vp8x_flags_at != std::string::npos) {
    auto flags = static_cast<uint8_t>(out.bytes[vp8x_flags_at]);
    flags &= static_cast<uint8_t>(~(kExifFlag | kXmpFlag));
    if (out.icc_profile.empty()) flags &= static_cast<uint8_t>(~kIccFlag);
    out.bytes[vp8x_flags_at] = static_cast<char>(flags);
  }
  out.frames = std::max<uint32_t>(1, animation_frames);
  PutLe32(out.bytes, 4, static_cast<uint32_t>(out.bytes.size() - 8));
  if (uint64_t{Le(webp, 4, 4)} + 8 < webp.size()) {
    out.notes.push_back({"data after the end of the WebP image", "removed"});
  }
  return out;
}

}  // namespace deskbench::image
