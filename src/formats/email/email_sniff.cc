#include "formats/email/email_sniff.h"

#include <array>

#include "core/ascii.h"

namespace deskbench::email {
namespace {

constexpr std::array<std::string_view, 8> kMailHeaders = {
    "from:",       "to:",       "date:",        "subject:",
    "message-id:", "received:", "return-path:", "mime-version:",
};

// A header line: a name of printable characters without spaces, then ':'.
bool IsHeaderLine(std::string_view line) {
  size_t colon = line.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  for (size_t i = 0; i < colon; ++i) {
    auto c = static_cast<unsigned char>(line[i]);
    if (c <= 0x20 || c >= 0x7F) return false;
  }
  return true;
}

}  // namespace

bool LooksLikeEmail(std::string_view head) {
  size_t known = 0;
  size_t pos = 0;
  bool first = true;
  while (pos < head.size()) {
    size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) break;  // a partial last line says nothing
    std::string_view line = head.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl + 1;
    if (line.empty()) break;  // end of the header block
    if (line[0] == ' ' || line[0] == '\t') {
      if (first) return false;
      continue;  // folded continuation
    }
    if (!IsHeaderLine(line)) return false;
    first = false;
    std::string lower = ascii::Lower(line.substr(0, line.find(':') + 1));
    for (std::string_view h : kMailHeaders) known += lower == h;
  }
  return known >= 2;
}

bool LooksLikeMbox(std::string_view head) {
  if (!head.starts_with("From ")) return false;
  size_t nl = head.find('\n');
  return nl != std::string_view::npos && LooksLikeEmail(head.substr(nl + 1));
}

}  // namespace deskbench::email
