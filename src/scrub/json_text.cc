#include "scrub/json_text.h"

#include <array>
#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>

#include "core/json_escape.h"
#include "core/utf8.h"

namespace deskbench::json_text {

namespace {

// Printable ASCII without quote or backslash: written as it is, in one append. Keys and most
// values of a report are such (a report of many findings has about twenty strings a finding),
// so they are checked eight bytes at a time.
bool PlainAscii(std::string_view s) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 255;
  constexpr uint64_t kHigh = kOnes * 0x80;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const uint64_t quote = w ^ (kOnes * '"');
    const uint64_t backslash = w ^ (kOnes * '\\');
    // Each term flags some byte exactly when one is (a byte >= 0x80, < 0x20, '"' or '\\').
    const uint64_t flagged = w | ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
                             ((backslash - kOnes) & ~backslash);
    if ((flagged & kHigh) != 0) return false;
  }
  for (; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
  }
  return true;
}

}  // namespace

void AppendString(std::string& out, std::string_view s) {
  if (PlainAscii(s)) {
    out.push_back('"');
    out.append(s);
    out.push_back('"');
    return;
  }
  // nlohmann's decoder accepts exactly well-formed UTF-8 (no overlongs, surrogates or code points
  // past U+10FFFF), as utf8::IsValid does; anything else is left to it to replace.
  if (!utf8::IsValid(s)) {
    out += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out.push_back('"');
  json::AppendEscaped(out, s);
  out.push_back('"');
}

void AppendUnsigned(std::string& out, uint64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void AppendDouble(std::string& out, double v) {
  // A report writes a score for every finding, and scores take few values: each is formatted by
  // nlohmann once a thread and kept, by its bits, in a small table.
  struct Formatted {
    uint64_t bits = 0;
    std::string text;
  };
  thread_local std::array<Formatted, 64> table;
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  Formatted& slot = table[(bits ^ (bits >> 29) ^ (bits >> 47)) % table.size()];
  if (slot.text.empty() || slot.bits != bits) {
    slot.bits = bits;
    slot.text = nlohmann::json(v).dump();
  }
  out += slot.text;
}

void AppendKey(std::string& out, std::string_view key, bool& first) {
  if (!first) out.push_back(',');
  first = false;
  if (PlainAscii(key)) {
    out.push_back('"');
    out.append(key);
    out.append("\":", 2);
    return;
  }
  AppendString(out, key);
  out.push_back(':');
}

}  // namespace deskbench::json_text
