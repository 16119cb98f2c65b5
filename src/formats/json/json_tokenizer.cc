#include "formats/json/json_tokenizer.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "core/ascii.h"
#include "core/json_escape.h"
#include "core/utf8.h"

namespace deskbench::json {
namespace {

// Of 8 bytes (read in memory order), where the first that may end or break a string is: a quote,
// a backslash or a control character; 8 when none is. Strings are stepped over eight bytes at a
// time to that byte (byte by byte, they were most of the tokenizer's time). The word-at-a-time
// tests flag every such byte; a byte above one may be flagged wrongly, never the lowest.
inline unsigned PlainStringBytes(uint64_t w) {
  static_assert(std::endian::native == std::endian::little, "bytes are counted from the low end");
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = kOnes * 0x80;
  auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t control = (w - kOnes * 0x20) & ~w & kHigh;
  const uint64_t special = has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\')) | control;
  return static_cast<unsigned>(std::countr_zero(special)) / 8;
}

// Four hex digits at s[i], or -1.
int32_t Hex4(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return -1;
  int32_t v = 0;
  for (size_t k = 0; k < 4; ++k) {
    int h = ascii::HexValue(s[i + k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

bool IsIdentifier(std::string_view key) {
  if (key.empty()) return false;
  return std::all_of(key.begin(), key.end(), [](char c) { return ascii::IsAlnum(c) || c == '_'; });
}

class Walker {
 public:
  Walker(std::string_view s, uint32_t max_depth, const std::function<void(const Token&)>& fn)
      : s_(s), max_depth_(std::min<uint32_t>(max_depth, 4096)), fn_(fn) {}

  void Run() {
    path_ = "$";
    SkipSpace();
    if (i_ == s_.size()) return;
    Value(0, "");
    SkipSpace();
    if (i_ != s_.size()) Fail("unexpected text after the JSON value");
  }

 private:
  [[noreturn]] void Fail(const std::string& what) { throw ParseError(i_, what); }

  void SkipSpace() {
    while (i_ < s_.size() &&
           (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) {
      ++i_;
    }
  }

  void Value(uint32_t depth, std::string_view key) {
    if (i_ >= s_.size()) Fail("unexpected end of data");
    char c = s_[i_];
    if (c == '{') return Object(depth + 1);
    if (c == '[') return Array(depth + 1, key);
    if (c == '"') {
      size_t begin = i_;
      String();
      fn_({TokenKind::kString, begin, i_, path_, key});
      return;
    }
    if (c == '-' || ascii::IsDigit(c)) {
      size_t begin = i_;
      Number();
      fn_({TokenKind::kNumber, begin, i_, path_, key});
      return;
    }
    for (std::string_view word : {"true", "false", "null"}) {
      if (s_.substr(i_, word.size()) == word) {
        i_ += word.size();
        return;
      }
    }
    Fail("unexpected character");
  }

  void Enter(uint32_t depth) {
    if (depth > max_depth_) {
      Fail("nested deeper than " + std::to_string(max_depth_) + " levels");
    }
  }

  void Object(uint32_t depth) {
    Enter(depth);
    ++i_;
    SkipSpace();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return;
    }
    size_t mark = path_.size();
    std::string key;
    std::vector<uint64_t> origins;
    for (;;) {
      SkipSpace();
      if (i_ >= s_.size() || s_[i_] != '"') Fail("expected a quoted member name");
      size_t begin = i_;
      String();
      DecodeString(s_.substr(begin, i_ - begin), 0, key, origins);
      if (IsIdentifier(key)) {
        path_ += '.';
        path_ += key;
      } else {
        path_ += "[\"";
        path_ += Escape(key);
        path_ += "\"]";
      }
      fn_({TokenKind::kKey, begin, i_, path_, "key"});
      SkipSpace();
      if (i_ >= s_.size() || s_[i_] != ':') Fail("expected ':' after a member name");
      ++i_;
      SkipSpace();
      Value(depth, key);
      path_.resize(mark);
      SkipSpace();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') {
        ++i_;
        return;
      }
      Fail("expected ',' or '}' in an object");
    }
  }

  // Elements take the array's member name as their hint: {"emails": ["a@example.com"]}.
  void Array(uint32_t depth, std::string_view key) {
    Enter(depth);
    ++i_;
    SkipSpace();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return;
    }
    size_t mark = path_.size();
    for (size_t index = 0;; ++index) {
      SkipSpace();
      path_ += '[';
      path_ += std::to_string(index);
      path_ += ']';
      Value(depth, key);
      path_.resize(mark);
      SkipSpace();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') {
        ++i_;
        return;
      }
      Fail("expected ',' or ']' in an array");
    }
  }

  void String() {
    ++i_;
    for (;;) {
      while (i_ + 8 <= s_.size()) {
        uint64_t w;
        std::memcpy(&w, s_.data() + i_, 8);
        const unsigned plain = PlainStringBytes(w);
        i_ += plain;
        if (plain < 8) break;
      }
      if (i_ >= s_.size()) Fail("a string is never closed");
      auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return;
      }
      if (c < 0x20) Fail("control character inside a string");
      if (c != '\\') {
        ++i_;
        continue;
      }
      if (i_ + 1 >= s_.size()) Fail("a string is never closed");
      char e = s_[i_ + 1];
      if (e == 'u') {
        if (Hex4(s_, i_ + 2) < 0) Fail("bad \\u escape");
        i_ += 6;
      } else if (std::string_view("\"\\/bfnrt").find(e) != std::string_view::npos) {
        i_ += 2;
      } else {
        Fail("bad escape in a string");
      }
    }
  }

  void Number() {
    size_t n = s_.size();
    size_t start = i_;
    if (s_[i_] == '-') ++i_;
    if (i_ < n && s_[i_] == '0') {
      ++i_;
    } else if (i_ < n && ascii::IsDigit(s_[i_])) {
      while (i_ < n && ascii::IsDigit(s_[i_])) ++i_;
    } else {
      Fail("bad number");
    }
    if (i_ < n && s_[i_] == '.') {
      ++i_;
      if (i_ >= n || !ascii::IsDigit(s_[i_])) Fail("bad number");
      while (i_ < n && ascii::IsDigit(s_[i_])) ++i_;
    }
    if (i_ < n && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < n && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (i_ >= n || !ascii::IsDigit(s_[i_])) Fail("bad number");
      while (i_ < n && ascii::IsDigit(s_[i_])) ++i_;
    }
    if (i_ == start) Fail("bad number");
  }

  std::string_view s_;
  size_t i_ = 0;
  uint32_t max_depth_;
  const std::function<void(const Token&)>& fn_;
  std::string path_;
};

}  // namespace

void Walk(std::string_view json, uint32_t max_depth, const std::function<void(const Token&)>& fn) {
  Walker(json, max_depth, fn).Run();
}

bool DecodeString(std::string_view raw, uint64_t base, std::string& text,
                  std::vector<uint64_t>& origins) {
  text.clear();
  origins.clear();
  if (raw.size() < 2) return false;
  std::string_view inner = raw.substr(1, raw.size() - 2);
  if (inner.find('\\') == std::string_view::npos) {
    text.assign(inner);
    return false;
  }
  auto emit = [&](char32_t cp, uint64_t at) {
    size_t before = text.size();
    utf8::Append(text, cp);
    origins.insert(origins.end(), text.size() - before, at);
  };
  size_t i = 1;
  const size_t close = raw.size() - 1;
  while (i < close) {
    char c = raw[i];
    if (c != '\\' || i + 1 >= close) {
      text.push_back(c);
      origins.push_back(base + i);
      ++i;
      continue;
    }
    char e = raw[i + 1];
    switch (e) {
      case 'b':
        emit('\b', base + i);
        i += 2;
        continue;
      case 'f':
        emit('\f', base + i);
        i += 2;
        continue;
      case 'n':
        emit('\n', base + i);
        i += 2;
        continue;
      case 'r':
        emit('\r', base + i);
        i += 2;
        continue;
      case 't':
        emit('\t', base + i);
        i += 2;
        continue;
      case 'u':
        break;
      default:
        emit(static_cast<unsigned char>(e), base + i);
        i += 2;
        continue;
    }
    int32_t u = Hex4(raw.substr(0, close), i + 2);
    if (u < 0) {
      emit(0xFFFD, base + i);
      i += 2;
      continue;
    }
    if (u >= 0xD800 && u <= 0xDBFF && i + 12 <= close && raw[i + 6] == '\\' && raw[i + 7] == 'u') {
      int32_t v = Hex4(raw.substr(0, close), i + 8);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        emit(0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(v) - 0xDC00), base + i);
        i += 12;
        continue;
      }
    }
    emit((u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : char32_t(u), base + i);
    i += 6;
  }
  origins.push_back(base + close);
  return true;
}

std::string Escape(std::string_view utf8_text) {
  std::string out;
  out.reserve(utf8_text.size() + 8);
  json::AppendEscaped(out, utf8_text);
  return out;
}

bool IsNumber(std::string_view s) {
  if (s.empty()) return false;
  try {
    bool whole = false;
    Walk(s, 1, [&](const Token& t) { whole = t.kind == TokenKind::kNumber && t.end == s.size(); });
    return whole && !ascii::IsSpace(s.front()) && !ascii::IsSpace(s.back());
  } catch (const ParseError&) {
    return false;
  }
}

std::string Position(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  std::string_view before = text.substr(0, offset);
  size_t line = 1 + ascii::CountNewlines(before);
  size_t nl = before.rfind('\n');
  size_t column = nl == std::string_view::npos ? offset + 1 : offset - nl;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace deskbench::json
