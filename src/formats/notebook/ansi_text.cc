#include "formats/notebook/ansi_text.h"

namespace deskbench::notebook {
namespace {

// Length of the escape sequence at raw[i] (raw[i] == ESC): CSI "ESC [ params final", OSC
// "ESC ] ... BEL or ESC \", or a two-byte escape.
size_t EscapeLength(std::string_view raw, size_t i) {
  if (i + 1 >= raw.size()) return 1;
  char kind = raw[i + 1];
  if (kind == '[') {
    size_t j = i + 2;
    while (j < raw.size() && !(raw[j] >= 0x40 && raw[j] <= 0x7E)) ++j;
    return (j < raw.size() ? j + 1 : j) - i;
  }
  if (kind == ']') {
    size_t j = i + 2;
    while (j < raw.size() && raw[j] != '\a' &&
           !(raw[j] == '\x1b' && j + 1 < raw.size() && raw[j + 1] == '\\')) {
      ++j;
    }
    if (j < raw.size()) j += raw[j] == '\a' ? 1 : 2;
    return j - i;
  }
  return 2;
}

}  // namespace

AnsiText::AnsiText(std::string_view raw) : raw_(raw) {
  text_.reserve(raw.size());
  at_.reserve(raw.size() + 1);
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '\x1b') {
      i += EscapeLength(raw, i);
      continue;
    }
    text_.push_back(raw[i]);
    at_.push_back(i);
    ++i;
  }
  at_.push_back(raw.size());
}

std::string AnsiText::Apply(const std::vector<Edit>& edits) const {
  std::string out;
  size_t pos = 0;
  for (const Edit& e : edits) {
    if (e.begin > e.end || e.end > text_.size()) continue;
    size_t begin = at_[e.begin];
    size_t end = e.end == e.begin ? begin : at_[e.end - 1] + 1;
    if (begin < pos) continue;
    out.append(raw_.substr(pos, begin - pos));
    out.append(e.replacement);
    pos = end;
  }
  out.append(raw_.substr(pos));
  return out;
}

}  // namespace deskbench::notebook
