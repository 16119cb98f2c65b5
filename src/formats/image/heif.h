#pragma once
// HEIC photos (HEIF with HEVC, as phones save them) through Debian's libheif. HEIF keeps EXIF and
// XMP as items linked to the image inside its box structure; there is no lossless way to drop them
// short of rewriting that structure, so a HEIC image is always decoded (with its rotation and
// mirroring applied) and encoded afresh, at high quality, with none of its metadata, thumbnails,
// depth maps or auxiliary images.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"
#include "formats/image/ocr.h"

namespace deskbench::image {

// True for HEIF files with an HEVC brand (heic, heix, heim, heis, hevc, hevx); AVIF and other
// HEIF flavours are not.
bool LooksLikeHeic(std::string_view head);

struct HeicInfo {
  uint64_t width = 0, height = 0;  // of the primary image, as shown
  uint32_t images = 0;             // top-level images (bursts, collections)
  std::vector<Note> notes;         // what re-encoding leaves out
};

// Throws MalformedImage when libheif cannot read the file.
HeicInfo InspectHeic(std::string_view bytes);
// The primary image as shown: 8-bit RGB or RGBA.
Pixels DecodeHeic(std::string_view bytes);
// A new HEIC file holding only these pixels.
std::string EncodeHeic(const Pixels& pixels, int quality);

}  // namespace deskbench::image
