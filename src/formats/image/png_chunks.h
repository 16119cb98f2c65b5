#pragma once
// PNG files as chunks: text, time and EXIF chunks are dropped, the image data and the chunks that
// say how to show its colours are kept byte for byte.

#include <cstdint>
#include <string_view>
#include <vector>

#include "formats/image/metadata.h"

namespace deskbench::image {

struct PngChunk {
  std::string_view type;  // four letters
  size_t begin, end;      // the whole chunk: length, type, data, CRC
  std::string_view data;
};

// Every chunk from IHDR to IEND. Throws MalformedImage when the signature is wrong, a length runs
// past the end, IHDR is not first or IEND is missing.
std::vector<PngChunk> WalkPng(std::string_view png);

// Keeps the critical chunks, colour (iCCP gAMA cHRM sRGB cICP sBIT), transparency, background,
// physical size and animation chunks; drops the rest and anything after IEND. An unknown critical
// chunk is refused (MalformedImage): a decoder would need it.
Stripped StripPng(std::string_view png);

// The chunk bytes (length, type, data, CRC) of type with data, for inserting into a PNG.
std::string MakePngChunk(std::string_view type, std::string_view data);

}  // namespace deskbench::image
