#pragma once
// What the metadata walkers of every image format give back: the same file without its metadata
// (pixels untouched, byte for byte), what was removed, and what the pixel-limit and OCR steps need
// to know before anything is decoded.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "formats/document.h"

namespace deskbench::image {

// The bytes are not a well-formed image of the format: truncated, a length past the end, a
// structure the walker does not know. The message says which.
class MalformedImage : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Stripped {
  std::string bytes;        // the file without its metadata
  std::vector<Note> notes;  // one per removed item
  // EXIF orientation (1..8) the removed metadata asked viewers to apply; 1 when none.
  int orientation = 1;
  // The largest frame or canvas, read from the headers, for the pixel limit.
  uint64_t width = 0, height = 0;
  uint32_t frames = 1;  // more than one: animated
  // The colour profile kept, to carry over into a re-encoded image of the same format: the raw
  // ICC profile for JPEG and WebP, the iCCP chunk data (name, compressed profile) for PNG.
  std::string icc_profile;
  bool lossless = false;  // WebP: the image is VP8L (lossless)
};

}  // namespace deskbench::image
