// Fuzzes the image metadata walkers (JPEG markers, PNG chunks, WebP RIFF chunks, GIF blocks, TIFF
// directories): hostile bytes are either refused with MalformedImage or stripped, and a stripped
// image strips again to itself with nothing more to remove.
#include <cstdint>
#include <string>
#include <string_view>

#include "formats/image/exif.h"
#include "formats/image/gif_blocks.h"
#include "formats/image/jpeg_markers.h"
#include "formats/image/png_chunks.h"
#include "formats/image/webp_chunks.h"
#include "fuzz_support.h"

namespace {

using namespace deskbench::image;

template <typename Strip>
void Exercise(std::string_view bytes, Strip strip) {
  Stripped once;
  try {
    once = strip(bytes);
  } catch (const MalformedImage&) {
    return;
  }
  // Only a GIF that lacked its one-byte trailer comes out larger, by that byte.
  bool trailer_added = !once.notes.empty() && once.notes.back().part == "missing GIF trailer";
  deskbench::fuzz::Check(once.bytes.size() <= bytes.size() + (trailer_added ? 1 : 0));
  deskbench::fuzz::Check(once.orientation >= 1 && once.orientation <= 8);
  Stripped twice = strip(once.bytes);  // must not throw: the output is well formed
  deskbench::fuzz::Check(twice.bytes == once.bytes);
  deskbench::fuzz::Check(twice.notes.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Exercise(bytes, StripJpeg);
  Exercise(bytes, StripPng);
  Exercise(bytes, StripWebp);
  Exercise(bytes, StripGif);
  try {
    TiffSummary tiff = ReadTiff(bytes);
    deskbench::fuzz::Check(tiff.orientation >= 1 && tiff.orientation <= 8);
    (void)DescribeExif(tiff);
  } catch (const MalformedImage&) {
  }
  return 0;
}
