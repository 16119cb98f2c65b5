#pragma once
// JPEG files as marker segments: metadata segments are dropped without touching the compressed
// pixels (no re-encode), so the image stays identical.

#include <cstdint>
#include <string_view>
#include <vector>

#include "formats/image/metadata.h"

namespace deskbench::image {

struct JpegSegment {
  uint8_t marker;  // the byte after 0xFF
  size_t begin;    // offset of the 0xFF
  size_t end;      // one past the segment; for SOS, past its entropy-coded data
  // The payload (after the two length bytes), empty for markers without one.
  std::string_view payload;
};

// Every segment from SOI to EOI. Throws MalformedImage when the file is truncated, a length runs
// past the end or something other than a marker is where a marker must be.
std::vector<JpegSegment> WalkJpeg(std::string_view jpeg);

// Keeps APP0 JFIF, APP2 ICC profiles, APP14 Adobe and every non-APP marker; drops EXIF, XMP,
// IPTC/Photoshop, comments, other APPn segments and anything after EOI.
Stripped StripJpeg(std::string_view jpeg);

}  // namespace deskbench::image
