#pragma once
// UTF-8 checks and conversions. Invalid input never crashes: it is reported or replaced.

#include <cstdint>
#include <string>
#include <string_view>

namespace deskbench::utf8 {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid or truncated.
size_t SequenceLength(std::string_view s, size_t i);

bool IsValid(std::string_view s);

// Byte offset of the first invalid sequence, or s.size() when all of s is valid.
size_t FirstInvalid(std::string_view s);

// Decodes the code point at s[i] (advancing i); invalid bytes decode to U+FFFD and advance one.
char32_t Decode(std::string_view s, size_t& i);

void Append(std::string& out, char32_t cp);

std::string FromLatin1(std::string_view s);

// UTF-16 (with the byte order given) to UTF-8; unpaired surrogates become U+FFFD.
std::string FromUtf16(std::string_view bytes, bool big_endian);
std::string ToUtf16(std::string_view utf8, bool big_endian);

// Latin-1 encoding of utf8; characters outside Latin-1 become '?'.
std::string ToLatin1(std::string_view utf8);

// True when c is a byte that continues a multi-byte sequence.
inline bool IsContinuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace deskbench::utf8
