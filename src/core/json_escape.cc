#include "core/json_escape.h"

namespace deskbench::json {

namespace {

// Bytes written as they are.
bool Plain(unsigned char c) {
  return c >= 0x20 && c != '"' && c != '\\';
}

}  // namespace

void AppendEscaped(std::string& out, std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t run = i;
    while (run < s.size() && Plain(static_cast<unsigned char>(s[run]))) ++run;
    out.append(s, i, run - i);
    if (run == s.size()) break;
    auto c = static_cast<unsigned char>(s[run]);
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
}

}  // namespace deskbench::json
