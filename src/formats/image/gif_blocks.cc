#include "formats/image/gif_blocks.h"

#include <algorithm>
#include <string>

namespace deskbench::image {
namespace {

uint32_t Le16(std::string_view s, size_t at) {
  return static_cast<uint8_t>(s[at]) |
         (static_cast<uint32_t>(static_cast<uint8_t>(s[at + 1])) << 8);
}

// Past a colour table announced by a flags byte (bit 7 present, bits 0-2 its size).
size_t SkipColourTable(std::string_view gif, size_t at, uint8_t flags) {
  if (!(flags & 0x80)) return at;
  size_t size = 3u << ((flags & 0x07) + 1);
  if (gif.size() - at < size) throw MalformedImage("GIF truncated inside a colour table");
  return at + size;
}

// Past a chain of data sub-blocks ending with a zero-length one.
size_t SkipSubBlocks(std::string_view gif, size_t at) {
  while (true) {
    if (at >= gif.size()) throw MalformedImage("GIF truncated inside a data block");
    size_t n = static_cast<uint8_t>(gif[at]);
    if (n == 0) return at + 1;
    if (gif.size() - at - 1 < n) throw MalformedImage("GIF truncated inside a data block");
    at += 1 + n;
  }
}

bool KeptApplication(std::string_view id) {
  return id == "NETSCAPE2.0" || id == "ANIMEXTS1.0" || id == "ICCRGBG1012";
}

}  // namespace

std::vector<GifBlock> WalkGif(std::string_view gif) {
  if (gif.size() < 13 || (gif.substr(0, 6) != "GIF87a" && gif.substr(0, 6) != "GIF89a")) {
    throw MalformedImage("not a GIF file");
  }
  std::vector<GifBlock> blocks;
  size_t at = SkipColourTable(gif, 13, static_cast<uint8_t>(gif[10]));
  blocks.push_back({GifBlock::kHeader, 0, 0, at, {}});
  while (true) {
    if (at >= gif.size()) {
      // Old encoders often ended the file after the last image without the one-byte trailer,
      // and every decoder shows it: the blocks are whole, so the writer adds the trailer.
      if (blocks.back().kind != GifBlock::kImage) throw MalformedImage("GIF truncated: no trailer");
      blocks.push_back({GifBlock::kTrailer, 0, at, at, {}});
      return blocks;
    }
    auto introducer = static_cast<uint8_t>(gif[at]);
    size_t begin = at;
    if (introducer == 0x3B) {
      blocks.push_back({GifBlock::kTrailer, 0, begin, at + 1, {}});
      return blocks;
    }
    if (introducer == 0x2C) {
      if (gif.size() - at < 11) throw MalformedImage("GIF truncated inside an image descriptor");
      at = SkipColourTable(gif, at + 10, static_cast<uint8_t>(gif[at + 9]));
      if (at >= gif.size()) throw MalformedImage("GIF truncated before image data");
      at = SkipSubBlocks(gif, at + 1);  // after the LZW minimum code size
      blocks.push_back({GifBlock::kImage, 0, begin, at, {}});
      continue;
    }
    if (introducer == 0x21) {
      if (gif.size() - at < 3) throw MalformedImage("GIF truncated inside an extension");
      auto label = static_cast<uint8_t>(gif[at + 1]);
      std::string_view application;
      if (label == 0xFF && static_cast<uint8_t>(gif[at + 2]) == 11 && gif.size() - at >= 14) {
        application = gif.substr(at + 3, 11);
      }
      at = SkipSubBlocks(gif, at + 2);
      blocks.push_back({GifBlock::kExtension, label, begin, at, application});
      continue;
    }
    throw MalformedImage("GIF damaged: unknown block at offset " + std::to_string(at));
  }
}

Stripped StripGif(std::string_view gif) {
  Stripped out;
  out.bytes.reserve(gif.size() + 16);  // about the original's size: grown once, not doubled
  std::vector<GifBlock> blocks = WalkGif(gif);
  out.width = Le16(gif, 6);
  out.height = Le16(gif, 8);
  out.frames = 0;
  for (const GifBlock& b : blocks) {
    std::string_view bytes = gif.substr(b.begin, b.end - b.begin);
    if (b.kind == GifBlock::kImage) {
      ++out.frames;
      out.width = std::max<uint64_t>(out.width, Le16(gif, b.begin + 1) + Le16(gif, b.begin + 5));
      out.height = std::max<uint64_t>(out.height, Le16(gif, b.begin + 3) + Le16(gif, b.begin + 7));
    }
    if (b.kind == GifBlock::kTrailer && b.begin == b.end) {
      out.bytes.push_back('\x3B');
      out.notes.push_back({"missing GIF trailer", "added"});
      continue;
    }
    bool keep = b.kind != GifBlock::kExtension || b.label == 0xF9 ||
                (b.label == 0xFF && KeptApplication(b.application));
    if (keep) {
      out.bytes.append(bytes);
      continue;
    }
    if (b.label == 0xFE) {
      out.notes.push_back({"GIF comment", "removed"});
    } else if (b.label == 0x01) {
      out.notes.push_back({"GIF plain-text extension", "removed"});
    } else if (b.label == 0xFF && b.application.starts_with("XMP Data")) {
      out.notes.push_back({"XMP", "removed"});
    } else {
      std::string id;
      for (char c : b.application) id.push_back(c >= 0x20 && c < 0x7F ? c : '?');
      out.notes.push_back(
          {"GIF extension " + (id.empty() ? std::to_string(b.label) : id), "removed"});
    }
  }
  if (out.frames == 0) throw MalformedImage("GIF without image data");
  if (blocks.back().end < gif.size())
    out.notes.push_back({"data after the end of the GIF image", "removed"});
  return out;
}

}  // namespace deskbench::image
