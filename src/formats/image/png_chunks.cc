#include "formats/image/png_chunks.h"

#include <array>
#include <string>

#include "formats/image/exif.h"

namespace deskbench::image {
namespace {

using namespace std::string_view_literals;
constexpr std::string_view kSignature = "\x89PNG\r\n\x1A\n"sv;

constexpr std::array<std::string_view, 16> kKept = {
    "IHDR", "PLTE", "IDAT", "IEND", "iCCP", "gAMA", "cHRM", "sRGB",
    "cICP", "sBIT", "tRNS", "bKGD", "pHYs", "acTL", "fcTL", "fdAT",
};

uint32_t Be32(std::string_view s, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(s[at + i]);
  return v;
}

void PutBe32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

uint32_t Crc32(std::string_view a, std::string_view b) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  for (std::string_view part : {a, b}) {
    for (char ch : part) c = table[(c ^ static_cast<uint8_t>(ch)) & 0xFF] ^ (c >> 8);
  }
  return c ^ 0xFFFFFFFFu;
}

bool Kept(std::string_view type) {
  for (std::string_view k : kKept) {
    if (k == type) return true;
  }
  return false;
}

bool Critical(std::string_view type) {
  return type[0] >= 'A' && type[0] <= 'Z';
}

// The keyword of a text chunk (up to its NUL), for the note.
std::string Keyword(std::string_view data) {
  std::string_view key = data.substr(0, std::min<size_t>(data.find('\0'), 79));
  std::string out;
  for (char c : key) out.push_back(c >= 0x20 && c < 0x7F ? c : '?');
  return out;
}

std::string Describe(const PngChunk& c, Stripped& out) {
  if (c.type == "tEXt" || c.type == "iTXt" || c.type == "zTXt") {
    return "PNG text chunk " + std::string(c.type) + " \"" + Keyword(c.data) + "\"";
  }
  if (c.type == "eXIf") {
    try {
      TiffSummary exif = ReadTiff(c.data);
      out.orientation = exif.orientation;
      return DescribeExif(exif);
    } catch (const MalformedImage&) {
      return "EXIF (damaged)";
    }
  }
  if (c.type == "tIME") return "PNG modification time (tIME)";
  return "PNG chunk " + std::string(c.type);
}

}  // namespace

std::vector<PngChunk> WalkPng(std::string_view png) {
  if (!png.starts_with(kSignature)) throw MalformedImage("not a PNG file");
  std::vector<PngChunk> chunks;
  size_t at = kSignature.size();
  while (true) {
    if (png.size() - at < 12) throw MalformedImage("PNG truncated: no IEND chunk");
    uint32_t length = Be32(png, at);
    if (length > 0x7FFFFFFFu || length > png.size() - at - 12) {
      throw MalformedImage("PNG truncated: a chunk runs past the end");
    }
    std::string_view type = png.substr(at + 4, 4);
    for (char c : type) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        throw MalformedImage("PNG damaged: bad chunk type at offset " + std::to_string(at));
      }
    }
    PngChunk chunk{type, at, at + 12 + length, png.substr(at + 8, length)};
    if (Crc32(type, chunk.data) != Be32(png, at + 8 + length)) {
      throw MalformedImage("PNG damaged: CRC mismatch in chunk " + std::string(type));
    }
    if (chunks.empty() && type != "IHDR") throw MalformedImage("PNG damaged: IHDR is not first");
    chunks.push_back(chunk);
    at = chunk.end;
    if (type == "IEND") return chunks;
  }
}

Stripped StripPng(std::string_view png) {
  Stripped out;
  out.bytes.reserve(png.size() + 16);  // about the original's size: grown once, not doubled
  std::vector<PngChunk> chunks = WalkPng(png);
  if (chunks.front().data.size() != 13) throw MalformedImage("PNG damaged: IHDR of wrong size");
  out.width = Be32(chunks.front().data, 0);
  out.height = Be32(chunks.front().data, 4);
  out.bytes.append(kSignature);
  bool image_data = false;
  for (const PngChunk& c : chunks) {
    if (c.type == "acTL" && c.data.size() >= 4) out.frames = std::max<uint32_t>(1, Be32(c.data, 0));
    image_data = image_data || c.type == "IDAT";
    if (Kept(c.type)) {
      out.bytes.append(png.substr(c.begin, c.end - c.begin));
      if (c.type == "iCCP") out.icc_profile = std::string(c.data);  // kept compressed, as is
      continue;
    }
    if (Critical(c.type)) {
      throw MalformedImage("PNG with an unknown critical chunk " + std::string(c.type));
    }
    out.notes.push_back({Describe(c, out), "removed"});
  }
  if (!image_data) throw MalformedImage("PNG without image data");
  if (chunks.back().end < png.size()) {
    out.notes.push_back({"data after the end of the PNG image", "removed"});
  }
  return out;
}

std::string MakePngChunk(std::string_view type, std::string_view data) {
  std::string out;
  PutBe32(out, static_cast<uint32_t>(data.size()));
  out.append(type);
  out.append(data);
  PutBe32(out, Crc32(type, data));
  return out;
}

}  // namespace deskbench::image
