#pragma once
// Context words: "SSN", "date of birth", "routing number" near a candidate make it likelier.

#include <span>
#include <string_view>

namespace deskbench {

// True when one of `words` (lower-case) appears as a whole word in text[begin-before, end+after)
// or in hint, ignoring ASCII case.
bool HasContext(std::string_view text, size_t begin, size_t end, std::string_view hint,
                std::span<const std::string_view> words, size_t before = 64, size_t after = 32);

// True when `word` (lower-case) occurs in s as a whole word, ignoring ASCII case.
bool ContainsWord(std::string_view s, std::string_view word);

}  // namespace deskbench
