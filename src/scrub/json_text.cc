#include "scrub/json_text.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace deskbench::json_text {
namespace {

// Bytes written as they are (the string is valid UTF-8 by then).
bool Plain(unsigned char c) {
  return c >= 0x20 && c != '"' && c != '\\';
}

}  // namespace

void AppendString(std::string& out, std::string_view s) {
  // nlohmann's decoder accepts exactly well-formed UTF-8 (no overlongs, surrogates or code points
  // past U+10FFFF), as utf8::IsValid does; anything else is left to it to replace.
  if (!utf8::IsValid(s)) {
    out += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out.push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    size_t run = i;
    while (run < s.size() && Plain(static_cast<unsigned char>(s[run]))) ++run;
    out.append(s, i, run - i);
    if (run == s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[run]);
    switch (c) {
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
      }
    }
    i = run + 1;
  }
  out.push_back('"');
}

void AppendUnsigned(std::string& out, uint64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void AppendDouble(std::string& out, double v) {
  out += nlohmann::json(v).dump();
}

void AppendKey(std::string& out, std::string_view key, bool& first) {
  if (!first) out.push_back(',');
  first = false;
  AppendString(out, key);
  out.push_back(':');
}

}  // namespace deskbench::json_text
