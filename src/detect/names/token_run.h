#pragma once
// Splits text into runs of capitalised words ("Jane Q. Doe", "Acme Holdings, Inc.", "Bank of
// America"), the only places where names are looked for. Lower-case text is skipped quickly.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "detect/names/lexicon.h"

namespace deskbench::names {

enum class Shape : uint8_t {
  kCap,        // Jane, McDonald, O'Brien, Smith-Jones
  kUpper,      // JANE, IBM
  kInitial,    // Q (as in "Q." or "J Doe")
  kMixed,      // PowerPoint, Q3, iOS-like shapes: part of a run, never a person's name
  kConnector,  // of, and, &, de, van: lower-case glue inside a run
};

struct Token {
  size_t begin = 0;
  size_t end = 0;  // excludes a trailing '.'
  Shape shape = Shape::kCap;
  bool dot_after = false;     // "Q." "Inc." "Dr."
  bool comma_before = false;  // "Doe, Jane" "Acme, Inc."
  bool hyphen = false;        // "Smith-Jones"
  bool possessive = false;    // "Jane's"
  uint32_t flags = 0;         // WordFlag of the whole word
  uint32_t part_flags = 0;    // of a hyphenated word's first part (given names) and last part
  uint8_t city_tier = 0;
  uint8_t place_words = 0;
};

struct TokenRun {
  static constexpr size_t kMax = 12;
  Token tokens[kMax];
  size_t size = 0;
};

class RunScanner {
 public:
  explicit RunScanner(std::string_view text) : text_(text) {}
  // The next run, or false at the end of the text.
  bool Next(TokenRun& run);

 private:
  bool AtWordStart(size_t i) const;
  // Parses the word at i (which starts with an upper-case letter); false when it is part of an
  // identifier, an email address or a URL (then pos_ is moved past it).
  bool ParseWord(size_t i, Token& t);
  void Classify(Token& t) const;
  // A legal form written in lower case at p ("e.V.", "eG", "s.r.o."): fills `suffix` and returns
  // the offset after it, or 0 when none is there.
  size_t LowerCaseLegalForm(size_t p, Token& suffix) const;
  // The offset after a Polish legal form at p ("Sp. z o.o.", "sp.k."), or 0.
  size_t PolishLegalForm(size_t p) const;
  size_t FormAt(size_t p, std::initializer_list<std::string_view> forms) const;
  bool OrgWordAhead(size_t p) const;
  size_t Suffix(size_t p, size_t e, Token& suffix) const;
  void SkipIdentifier(size_t i);

  std::string_view text_;
  size_t pos_ = 0;
};

// True when the code point at text[i] starts an upper-case letter (i is a lead byte).
bool UpperAt(std::string_view text, size_t i);

}  // namespace deskbench::names
