#pragma once
// Reads TIFF structures (the body of an EXIF block, and TIFF files themselves) far enough to say
// what they hold: the orientation, the image size, and which personal or identifying fields are
// present, so the note of a removal names them. Nothing is written back: EXIF is always dropped.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::image {

struct TiffSummary {
  int orientation = 1;                 // tag 274 of the first directory, 1 when absent or invalid
  uint64_t width = 0, height = 0;      // tags 256 and 257 of the first directory
  uint32_t pages = 0;                  // directories in the main chain
  uint32_t bits_per_sample = 0;        // largest value of tag 258 in the first directory
  std::vector<std::string> sensitive;  // "GPS position", "camera serial number", ... in order
};

// Throws MalformedImage when the header is wrong; directories that point outside the data or
// loop end the walk (EXIF blocks in the wild are often damaged; they are dropped anyway).
TiffSummary ReadTiff(std::string_view tiff);

// "EXIF (GPS position, camera serial number)" for a note, or "EXIF" when nothing named is there.
std::string DescribeExif(const TiffSummary& summary);

}  // namespace deskbench::image
