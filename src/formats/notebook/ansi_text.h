#pragma once
// Terminal output in notebooks (tracebacks, coloured logs) is full of ANSI escape sequences:
// "\x1b[0;32mjane\x1b[0m". Detection sees the text without them, so a name right after a colour
// code is still a word; edits are mapped back onto the raw string.

#include <string>
#include <string_view>
#include <vector>

#include "formats/document.h"

namespace deskbench::notebook {

class AnsiText {
 public:
  explicit AnsiText(std::string_view raw);
  // raw without escape sequences.
  const std::string& text() const { return text_; }
  // raw with edits (in text() coordinates) applied; escape sequences inside an edited span go
  // with it.
  std::string Apply(const std::vector<Edit>& edits) const;

 private:
  std::string_view raw_;
  std::string text_;
  std::vector<size_t> at_;  // at_[i]: raw offset of text_[i]; at_[size] = raw size
};

}  // namespace deskbench::notebook
