#include "detect/pattern_digits.h"

#include <gtest/gtest.h>
#include <hs/hs.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "detect/database.h"
#include "detect/recognizer.h"

namespace deskbench {
namespace {

TEST(PatternDigits, PatternsThatCannotMatchWithoutADigit) {
  for (const char* re : {
           R"(\d)",
           R"(\b\d{3}-\d{2}-\d{4}\b)",
           R"([0-9]+)",
           R"(a\d)",
           R"((?:\d|[0-5])x)",
           R"(\x31)",
           R"([\x30-\x39])",
           R"((?i:ab)\d)",
           R"(\d{2,})",
           R"((?:x|y)+\d)",
           R"([^\D])",
           R"(\b[1-9][A-Z]\d-?[A-Z]\b)",
           R"(x\d+?y)",
           R"(7)",
       }) {
    EXPECT_TRUE(PatternNeedsDigit(re)) << re;
  }
}

TEST(PatternDigits, PatternsThatCanMatchWithoutOne) {
  for (const char* re : {
           R"(abc)",       R"(\d?)",      R"(\d*x)",
           R"(\d{0}y)",    R"(\d{0,3}y)", R"([^0-9])",
           R"(\w)",        R"([0-9a])",   R"(\D)",
           R"(\d|x)",      R"((?=\d)x)",  R"([A-Z0-9]{10})",
           R"(\bNDAs?\b)", R"([\d.])",    R"([0-9-])",
           R"([-0-9])",    R"([]0-9])",   R"([\x2f-\x39])",
           R"(\.)",        R"(\d\s?|\s)", R"((?i)\bsecret\b)",
           R"(\s+)",       R"(\S)",
       }) {
    EXPECT_FALSE(PatternNeedsDigit(re)) << re;
  }
}

// What it does not follow counts as needing nothing: a wrong "needs a digit" would lose matches.
TEST(PatternDigits, SyntaxItDoesNotFollowNeedsNothing) {
  for (const char* re : {
           R"((?x)\d # a comment)",
           R"(\p{Nd})",
           R"([[:digit:]])",
           R"((?<year>\d{4}))",
           R"(\d{,3}\d)",
           R"(a{)",
           R"(\d(?)",
           R"(\d)\d)",
           R"([\d)",
           R"(\x{31})",
           R"(\061)",
           R"(*\d)",
       }) {
    EXPECT_FALSE(PatternNeedsDigit(re)) << re;
  }
}

// The built-in patterns said to need a digit find nothing in text without one, however it is
// made: vectorscan itself checks the analysis, on random bytes and on ID-like strings.
TEST(PatternDigits, BuiltInPatternsSaidToNeedADigitFindNothingWithoutOne) {
  PatternSet needing;
  size_t all = 0;
  for (const PatternRecognizer& r : BuiltinRecognizers()) {
    if (r.regex.empty()) continue;
    ++all;
    if (!PatternNeedsDigit(r.regex)) continue;
    needing.patterns.emplace_back(r.regex);
    needing.flags.push_back(r.caseless ? HS_FLAG_CASELESS : 0u);
  }
  // Most of the identity numbers, phones and dates; not the secrets of letters, names or words.
  EXPECT_GT(needing.patterns.size(), all / 4);
  EXPECT_LT(needing.patterns.size(), all * 3 / 4);
  Database db = CompileDatabase(needing);
  hs_scratch_t* scratch = nullptr;
  ASSERT_EQ(hs_alloc_scratch(db.get(), &scratch), HS_SUCCESS);
  std::mt19937_64 rng(20261129);
  std::string printable;
  for (int c = 1; c < 256; ++c) {
    if (c < '0' || c > '9') printable.push_back(static_cast<char>(c));
  }
  const std::string id_like = "ABCDEFGHJKLMNPRSTUVWXYZabcdefxyz -./+()_:#@,";
  // And texts made of the words the patterns are written with ("password", "ghp_", ".com"),
  // runs of letters and separators: near misses of every literal-led pattern.
  std::vector<std::string> words;
  for (const PatternRecognizer& r : BuiltinRecognizers()) {
    std::string word;
    for (char c : r.regex) {
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '@' || c == '=') {
        word.push_back(c);
      } else {
        if (word.size() >= 2) words.push_back(word);
        word.clear();
      }
    }
  }
  const std::string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const std::string separators = " -./+()_:#@,=\n\t'\"";
  size_t matches = 0;
  std::string text;
  for (int i = 0; i < 60000; ++i) {
    text.clear();
    if (i % 3 == 2) {
      for (size_t n = 1 + rng() % 6; n > 0; --n) {
        if (rng() % 2 == 0) text += words[rng() % words.size()];
        for (size_t k = rng() % 40; k > 0; --k) text.push_back(letters[rng() % letters.size()]);
        text.push_back(separators[rng() % separators.size()]);
      }
    } else {
      const std::string& alphabet = i % 3 == 0 ? printable : id_like;
      for (size_t n = 1 + rng() % 64; n > 0; --n) {
        text.push_back(alphabet[rng() % alphabet.size()]);
      }
    }
    hs_scan(
        db.get(), text.data(), static_cast<unsigned>(text.size()), 0, scratch,
        [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) {
          ++*static_cast<size_t*>(ctx);
          return 0;
        },
        &matches);
    ASSERT_EQ(matches, 0u) << text;
  }
  hs_free_scratch(scratch);
}

TEST(PatternDigits, TheNumbersOfPeopleNeedADigit) {
  for (const PatternRecognizer& r : BuiltinRecognizers()) {
    if (r.id == "us_ssn" || r.id == "iban" || r.id == "credit_card" || r.id == "phone_national") {
      EXPECT_TRUE(PatternNeedsDigit(r.regex)) << r.id;
    }
    if (r.id == "email" || r.id == "secret_github_pat" || r.id == "url") {
      EXPECT_FALSE(PatternNeedsDigit(r.regex)) << r.id;
    }
  }
}

}  // namespace
}  // namespace deskbench
