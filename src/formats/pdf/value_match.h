#pragma once
// How a redacted value is recognised in text read out of a PDF, shared by the writer (which
// redacts every occurrence of a redacted value) and the output check (which refuses a file where
// one is left), so that the two agree byte for byte: white space is normalised on both sides
// (PDF text extraction decides spacing) and a value only counts as a whole word.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::pdf {

// Values shorter than this (normalised) match too much unrelated text to prove anything.
constexpr size_t kMinValueBytes = 3;

// Runs of white space become one space, ends trimmed.
std::string NormalizeSpaces(std::string_view text);

// Whether needle occurs in text as a whole word: where needle starts (ends) with a letter or digit,
// the text before (after) it is not one. A value inside a longer word ("Smith" in "Goldsmith") is
// not the value.
bool ContainsWord(std::string_view text, std::string_view needle);

struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

// Text with its white space normalised, remembering where each byte came from, so that what
// ContainsWord(NormalizeSpaces(raw), value) finds can be located in raw.
class SpacedText {
 public:
  explicit SpacedText(std::string_view raw);
  const std::string& normalized() const { return normalized_; }
  // Every whole-word occurrence of value (already normalised), as byte ranges of raw.
  std::vector<ByteRange> Find(std::string_view value) const;

 private:
  std::string normalized_;
  std::vector<size_t> raw_at_;  // raw offset of each byte of normalized_
};

}  // namespace deskbench::pdf
