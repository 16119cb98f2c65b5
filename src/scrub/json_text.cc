#include "scrub/json_text.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "core/json_escape.h"
#include "core/utf8.h"

namespace deskbench::json_text {

namespace {

// Printable ASCII without quote or backslash: written as it is, in one append. Keys and most
// values of a report are such (a report of many findings has about twenty strings a finding).
bool PlainAscii(std::string_view s) {
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
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
  out += nlohmann::json(v).dump();
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
