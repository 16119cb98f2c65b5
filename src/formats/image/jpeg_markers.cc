#include "formats/image/jpeg_markers.h"

#include <algorithm>
#include <string>

#include "formats/image/exif.h"

namespace deskbench::image {
namespace {

constexpr uint8_t kSoi = 0xD8, kEoi = 0xD9, kSos = 0xDA, kCom = 0xFE;
constexpr uint8_t kApp0 = 0xE0, kApp15 = 0xEF;
constexpr size_t kJfifHeader = 14;  // "JFIF\0", version, units, densities, thumbnail size

bool Standalone(uint8_t m) {
  return m == kSoi || m == kEoi || m == 0x01 || (m >= 0xD0 && m <= 0xD7);
}

// Start-of-frame markers carry the image size (C4 DHT, C8 JPG and CC DAC do not).
bool StartOfFrame(uint8_t m) {
  return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

uint32_t Be16(std::string_view s, size_t at) {
  return (static_cast<uint32_t>(static_cast<uint8_t>(s[at])) << 8) |
         static_cast<uint8_t>(s[at + 1]);
}

// Past the entropy-coded data that starts at `at`: up to the next marker that is neither a
// stuffed 0xFF00 nor a restart marker.
size_t SkipEntropyData(std::string_view jpeg, size_t at) {
  while (true) {
    size_t ff = jpeg.find('\xFF', at);
    if (ff == std::string_view::npos || ff + 1 >= jpeg.size()) {
      throw MalformedImage("JPEG truncated inside the compressed image data");
    }
    auto next = static_cast<uint8_t>(jpeg[ff + 1]);
    if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
      at = next == 0xFF ? ff + 1 : ff + 2;
      continue;
    }
    return ff;
  }
}

bool StartsWith(std::string_view payload, std::string_view prefix) {
  return payload.substr(0, prefix.size()) == prefix;
}

using namespace std::string_view_literals;

// What a dropped APPn or COM segment was, for its note.
std::string Describe(const JpegSegment& s, Stripped& out) {
  if (s.marker == kCom) return "JPEG comment";
  if (s.marker == 0xE1 && StartsWith(s.payload, "Exif\0"sv)) {
    try {
      TiffSummary exif = ReadTiff(s.payload.substr(6));
      out.orientation = exif.orientation;
      return DescribeExif(exif);
    } catch (const MalformedImage&) {
      return "EXIF (damaged)";
    }
  }
  if (s.marker == 0xE1 && StartsWith(s.payload, "http://ns.adobe.com/xap/1.0/")) return "XMP";
  if (s.marker == 0xE1 && StartsWith(s.payload, "http://ns.adobe.com/xmp/extension/")) {
    return "XMP (extended)";
  }
  if (s.marker == 0xED) return "IPTC/Photoshop (APP13)";
  if (s.marker == 0xE2 && StartsWith(s.payload, "MPF\0"sv)) return "further images (MPF, APP2)";
  if (s.marker == 0xE0) return "JFIF extension/thumbnail (APP0)";
  return "APP" + std::to_string(s.marker - kApp0) + " segment (vendor data)";
}

bool Keep(const JpegSegment& s) {
  if (s.marker == kCom) return false;
  if (s.marker < kApp0 || s.marker > kApp15) return true;
  if (s.marker == kApp0) return StartsWith(s.payload, "JFIF\0"sv);
  if (s.marker == 0xE2) return StartsWith(s.payload, "ICC_PROFILE\0"sv);
  if (s.marker == 0xEE) return StartsWith(s.payload, "Adobe");
  return false;
}

}  // namespace

std::vector<JpegSegment> WalkJpeg(std::string_view jpeg) {
  if (jpeg.size() < 4 || static_cast<uint8_t>(jpeg[0]) != 0xFF ||
      static_cast<uint8_t>(jpeg[1]) != kSoi) {
    throw MalformedImage("not a JPEG file");
  }
  std::vector<JpegSegment> segments{{kSoi, 0, 2, {}}};
  size_t at = 2;
  while (true) {
    if (at >= jpeg.size()) throw MalformedImage("JPEG truncated: no end-of-image marker");
    if (static_cast<uint8_t>(jpeg[at]) != 0xFF) {
      throw MalformedImage("JPEG damaged: no marker at offset " + std::to_string(at));
    }
    size_t begin = at;
    while (at < jpeg.size() && static_cast<uint8_t>(jpeg[at]) == 0xFF) ++at;  // fill bytes
    if (at >= jpeg.size()) throw MalformedImage("JPEG truncated: no end-of-image marker");
    auto marker = static_cast<uint8_t>(jpeg[at++]);
    if (marker == 0x00) throw MalformedImage("JPEG damaged: stray 0xFF00 between segments");
    if (Standalone(marker)) {
      if (marker == kSoi) throw MalformedImage("JPEG damaged: a second start-of-image marker");
      segments.push_back({marker, begin, at, {}});
      if (marker == kEoi) return segments;
      continue;
    }
    if (at + 2 > jpeg.size()) throw MalformedImage("JPEG truncated inside a segment header");
    uint32_t length = Be16(jpeg, at);
    if (length < 2) throw MalformedImage("JPEG damaged: segment length below 2");
    if (at + length > jpeg.size())
      throw MalformedImage("JPEG truncated: a segment runs past the end");
    JpegSegment s{marker, begin, at + length, jpeg.substr(at + 2, length - 2)};
    at += length;
    if (marker == kSos) at = s.end = SkipEntropyData(jpeg, at);
    segments.push_back(s);
  }
}

Stripped StripJpeg(std::string_view jpeg) {
  Stripped out;
  out.bytes.reserve(jpeg.size() + 16);  // about the original's size: grown once, not doubled
  std::vector<JpegSegment> segments = WalkJpeg(jpeg);
  bool image_data = false;
  for (const JpegSegment& s : segments) {
    if (StartOfFrame(s.marker)) {
      if (s.payload.size() < 6) throw MalformedImage("JPEG damaged: short frame header");
      out.height = std::max<uint64_t>(out.height, Be16(s.payload, 1));
      out.width = std::max<uint64_t>(out.width, Be16(s.payload, 3));
      if (Be16(s.payload, 1) == 0) {
        throw MalformedImage(
            "JPEG whose height is given after the image data (DNL): not supported");
      }
    }
    image_data = image_data || s.marker == kSos;
    if (s.marker == kApp0 && Keep(s) && s.payload.size() > kJfifHeader) {
      // A JFIF thumbnail is a small copy of the picture, possibly from before it was cropped or
      // retouched: the header stays, with a 0 x 0 thumbnail.
      std::string header(s.payload.substr(0, kJfifHeader));
      header[12] = header[13] = '\0';
      out.bytes += "\xFF\xE0";
      out.bytes.push_back(static_cast<char>((kJfifHeader + 2) >> 8));
      out.bytes.push_back(static_cast<char>((kJfifHeader + 2) & 0xFF));
      out.bytes += header;
      out.notes.push_back({"JFIF thumbnail", "removed"});
      continue;
    }
    if (Keep(s)) {
      out.bytes.append(jpeg.substr(s.begin, s.end - s.begin));
      // ICC profiles may be split over several APP2 segments; the chunks follow in order.
      if (s.marker == 0xE2 && s.payload.size() > 14) out.icc_profile.append(s.payload.substr(14));
      continue;
    }
    out.notes.push_back({Describe(s, out), "removed"});
  }
  if (!image_data || out.width == 0) throw MalformedImage("JPEG without image data");
  size_t end = segments.back().end;
  if (end < jpeg.size()) out.notes.push_back({"data after the end of the JPEG image", "removed"});
  return out;
}

}  // namespace deskbench::image
