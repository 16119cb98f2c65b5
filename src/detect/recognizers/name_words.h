#pragma once
// Reading the words of a name or a place after a pattern's match, shared by the recognizers of
// people and of places.

#include <cstdint>
#include <string_view>

#include "core/ascii.h"
#include "detect/names/lexicon.h"

namespace deskbench::recognizers {

// The end of a word of a name at i: letters (any non-ASCII byte taken as one), and a hyphen or
// apostrophe between letters ("Jean-Luc", "O'Hare").
inline size_t NameWordEnd(std::string_view text, size_t i) {
  auto letter = [&](size_t k) { return ascii::IsLetterByte(text[k]); };
  size_t j = i;
  while (j < text.size() && (letter(j) || ((text[j] == '-' || text[j] == '\'') &&
                                           j + 1 < text.size() && letter(j + 1)))) {
    ++j;
  }
  return j;
}

// What the name lexicon knows of a word (names::WordFlag bits; 0 when nothing).
inline uint32_t LexiconFlags(std::string_view word) {
  return names::Lexicon::Get().Lookup(word).flags;
}

}  // namespace deskbench::recognizers
