#pragma once
// GIF files as blocks: comment, plain-text and application extensions (except the looping and
// colour-profile ones) are dropped; images and their colour tables are kept byte for byte.

#include <cstdint>
#include <string_view>
#include <vector>

#include "formats/image/metadata.h"

namespace deskbench::image {

struct GifBlock {
  enum Kind { kHeader, kImage, kExtension, kTrailer } kind;
  uint8_t label;      // extension label (0xF9 graphic control, 0xFE comment, 0xFF application)
  size_t begin, end;  // the whole block, with its sub-blocks and terminator
  std::string_view application;  // for application extensions, the 11-byte identifier
};

// Header (with the screen descriptor and global colour table), then every block up to the
// trailer. Throws MalformedImage when truncated or when a block is not a GIF block.
std::vector<GifBlock> WalkGif(std::string_view gif);

Stripped StripGif(std::string_view gif);

}  // namespace deskbench::image
