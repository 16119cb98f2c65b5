#pragma once
// WebP files as RIFF chunks: EXIF and XMP chunks (and unknown ones) are dropped, the VP8X flags
// and the RIFF size are fixed, the image chunks are kept byte for byte.

#include <cstdint>
#include <string_view>
#include <vector>

#include "formats/image/metadata.h"

namespace deskbench::image {

struct RiffChunk {
  std::string_view fourcc;
  size_t begin, end;  // the whole chunk: header, data and pad byte
  std::string_view data;
};

// The chunks of a RIFF WEBP file. Throws MalformedImage when the header is wrong or a chunk runs
// past the RIFF size or the end of the data.
std::vector<RiffChunk> WalkWebp(std::string_view webp);

Stripped StripWebp(std::string_view webp);

}  // namespace deskbench::image
