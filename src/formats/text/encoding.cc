#include "formats/text/encoding.h"

#include <algorithm>

#include "core/utf8.h"

namespace deskbench::text {
namespace {

bool StreamIsUtf8(const ByteSource& source, size_t skip) {
  if (const std::string* bytes = source.memory()) {
    return utf8::IsValid(std::string_view(*bytes).substr(std::min(skip, bytes->size())));
  }
  BlockReader reader(source);
  std::string buf;
  bool first = true;
  while (reader.Fill(buf) || !buf.empty()) {
    std::string_view view(buf);
    if (first) {
      view.remove_prefix(std::min(skip, view.size()));
      first = false;
    }
    size_t bad = utf8::FirstInvalid(view);
    if (bad == view.size()) {
      buf.clear();
      if (reader.eof()) return true;
      continue;
    }
    // A sequence cut by the block boundary is completed by the next block.
    if (!reader.eof() && view.size() - bad < 4) {
      buf = std::string(view.substr(bad));
      continue;
    }
    return false;
  }
  return true;
}

bool IsUtf16(Encoding e) {
  return e == Encoding::kUtf16Le || e == Encoding::kUtf16Be;
}

char32_t Unit(std::string_view raw, size_t i, bool big_endian) {
  auto b0 = static_cast<unsigned char>(raw[i]);
  auto b1 = static_cast<unsigned char>(raw[i + 1]);
  return big_endian ? (char32_t(b0) << 8 | b1) : (char32_t(b1) << 8 | b0);
}

size_t Utf16ChunkLength(std::string_view raw, size_t max_bytes, bool big_endian) {
  size_t limit = std::min(raw.size(), max_bytes) & ~size_t{1};
  if (limit < 4) return std::min<size_t>(raw.size(), 4) & ~size_t{1};
  size_t space = 0;
  for (size_t i = limit; i >= 2; i -= 2) {
    char32_t u = Unit(raw, i - 2, big_endian);
    if (u == '\n') return i;
    if (space == 0 && (u == ' ' || u == '\t')) space = i;
  }
  if (space != 0) return space;
  // Never between the two halves of a surrogate pair.
  char32_t last = Unit(raw, limit - 2, big_endian);
  return (last >= 0xD800 && last <= 0xDBFF) ? limit - 2 : limit;
}

size_t ByteChunkLength(Encoding encoding, std::string_view raw, size_t max_bytes) {
  std::string_view window = raw.substr(0, max_bytes);
  size_t nl = window.rfind('\n');
  if (nl != std::string_view::npos) return nl + 1;
  size_t ws = window.find_last_of(" \t\r");
  if (ws != std::string_view::npos) return ws + 1;
  size_t cut = window.size();
  if (encoding == Encoding::kUtf8) {
    // Back up to the start of the character that straddles the cut.
    size_t back = cut;
    for (int k = 0; k < 3 && back > 0 && back < raw.size() &&
                    utf8::IsContinuation(static_cast<unsigned char>(raw[back]));
         ++k) {
      --back;
    }
    if (back > 0) cut = back;
  }
  return cut;
}

}  // namespace

DetectedEncoding DetectEncoding(const ByteSource& source) {
  std::string head = source.Head(3);
  if (head.size() >= 3 && head.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    return {Encoding::kUtf8, 3};
  }
  if (head.size() >= 2 && head.compare(0, 2, "\xFF\xFE") == 0) return {Encoding::kUtf16Le, 2};
  if (head.size() >= 2 && head.compare(0, 2, "\xFE\xFF") == 0) return {Encoding::kUtf16Be, 2};
  return {StreamIsUtf8(source, 0) ? Encoding::kUtf8 : Encoding::kLatin1, 0};
}

const char* EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      return "UTF-8";
    case Encoding::kUtf16Le:
      return "UTF-16LE";
    case Encoding::kUtf16Be:
      return "UTF-16BE";
    case Encoding::kLatin1:
      return "Latin-1";
  }
  return "unknown";
}

size_t ChunkLength(Encoding encoding, std::string_view raw, size_t max_bytes, bool at_end) {
  if (raw.size() <= max_bytes && at_end) return raw.size();
  if (IsUtf16(encoding)) {
    return Utf16ChunkLength(raw, max_bytes, encoding == Encoding::kUtf16Be);
  }
  return ByteChunkLength(encoding, raw, max_bytes);
}

void Decode(Encoding encoding, std::string_view raw, uint64_t base, std::string& text,
            std::vector<uint64_t>& origins) {
  text.clear();
  origins.clear();
  auto emit = [&](char32_t cp, uint64_t at) {
    size_t before = text.size();
    utf8::Append(text, cp);
    origins.insert(origins.end(), text.size() - before, at);
  };
  if (encoding == Encoding::kLatin1) {
    for (size_t i = 0; i < raw.size(); ++i) emit(static_cast<unsigned char>(raw[i]), base + i);
  } else if (IsUtf16(encoding)) {
    bool be = encoding == Encoding::kUtf16Be;
    size_t i = 0;
    for (; i + 1 < raw.size(); i += 2) {
      char32_t u = Unit(raw, i, be);
      if (u >= 0xD800 && u <= 0xDBFF && i + 3 < raw.size()) {
        char32_t v = Unit(raw, i + 2, be);
        if (v >= 0xDC00 && v <= 0xDFFF) {
          emit(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), base + i);
          i += 2;
          continue;
        }
      }
      emit((u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u, base + i);
    }
    if (i < raw.size()) emit(0xFFFD, base + i);
  } else {
    text.assign(raw);
    for (size_t i = 0; i < raw.size(); ++i) origins.push_back(base + i);
  }
  origins.push_back(base + raw.size());
}

std::string Encode(Encoding encoding, std::string_view utf8_text, bool* lossy) {
  switch (encoding) {
    case Encoding::kUtf8:
      return std::string(utf8_text);
    case Encoding::kUtf16Le:
      return utf8::ToUtf16(utf8_text, false);
    case Encoding::kUtf16Be:
      return utf8::ToUtf16(utf8_text, true);
    case Encoding::kLatin1: {
      std::string out = utf8::ToLatin1(utf8_text);
      size_t questions = std::count(utf8_text.begin(), utf8_text.end(), '?');
      if (lossy != nullptr &&
          static_cast<size_t>(std::count(out.begin(), out.end(), '?')) != questions) {
        *lossy = true;
      }
      return out;
    }
  }
  return std::string(utf8_text);
}

}  // namespace deskbench::text
