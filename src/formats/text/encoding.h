#pragma once
// Text encodings the text adapter reads and writes back unchanged: UTF-8 (BOM or not), UTF-16 with
// a BOM, and Latin-1 for anything that is not valid UTF-8 (every byte is a Latin-1 character, so
// nothing is ever lost or rejected).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "formats/source.h"

namespace deskbench::text {

enum class Encoding { kUtf8, kUtf16Le, kUtf16Be, kLatin1 };

struct DetectedEncoding {
  Encoding encoding = Encoding::kUtf8;
  size_t bom_size = 0;  // bytes of byte-order mark at the start, kept as they are
};

// Looks at the BOM, then (without one) streams the whole source to check that it is valid UTF-8.
DetectedEncoding DetectEncoding(const ByteSource& source);

const char* EncodingName(Encoding encoding);

// How many bytes of raw make the next chunk: at most max_bytes (unless at_end, when everything
// left may be taken if it is short), cut after a line end, else after white space, else anywhere
// that does not split a character.
size_t ChunkLength(Encoding encoding, std::string_view raw, size_t max_bytes, bool at_end);

// Decodes raw (whole characters, starting at file offset base) to UTF-8, with origins[i] the file
// offset of the character that produced text byte i and origins[text.size()] = base + raw.size().
void Decode(Encoding encoding, std::string_view raw, uint64_t base, std::string& text,
            std::vector<uint64_t>& origins);

// The bytes of utf8 in encoding; characters Latin-1 cannot hold become '?' and set *lossy.
std::string Encode(Encoding encoding, std::string_view utf8, bool* lossy);

}  // namespace deskbench::text
