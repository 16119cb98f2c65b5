// ContainsIgnoreCase says what Lower(s).find(word) says.
#include "core/ascii.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

namespace deskbench::ascii {
namespace {

TEST(Ascii, HexValueOfEveryByte) {
  const std::string digits = "0123456789abcdef";
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const size_t at = digits.find(static_cast<char>(b >= 'A' && b <= 'F' ? b + 32 : b));
    EXPECT_EQ(ascii::HexValue(c), at == std::string::npos ? -1 : static_cast<int>(at)) << b;
  }
}

TEST(Ascii, ContainsIgnoreCase) {
  EXPECT_TRUE(ContainsIgnoreCase("Date of Birth", "birth"));
  EXPECT_TRUE(ContainsIgnoreCase("PHONE", "phone"));
  EXPECT_TRUE(ContainsIgnoreCase("x", ""));
  EXPECT_FALSE(ContainsIgnoreCase("", "a"));
  EXPECT_FALSE(ContainsIgnoreCase("pho", "phone"));
  EXPECT_TRUE(ContainsIgnoreCase("aaab", "aab"));      // a partial match first
  EXPECT_FALSE(ContainsIgnoreCase("Ünïcode", "ünï"));  // only ASCII letters fold
}

TEST(Ascii, ContainsIgnoreCaseAgreesWithLowerFind) {
  std::mt19937 rng(3);
  const std::string alphabet = "aAbB. ";
  auto random = [&](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s.push_back(alphabet[rng() % alphabet.size()]);
    return s;
  };
  for (int i = 0; i < 20000; ++i) {
    std::string s = random(rng() % 9);
    std::string word = Lower(random(rng() % 4));
    ASSERT_EQ(ContainsIgnoreCase(s, word), Lower(s).find(word) != std::string::npos)
        << s << " / " << word;
  }
}

TEST(Ascii, CountNewlinesAgreesWithCount) {
  std::mt19937 rng(5);
  for (int i = 0; i < 5000; ++i) {
    std::string s(rng() % 70, 'x');
    for (char& c : s) c = "\n\rab"[rng() % 4];
    ASSERT_EQ(CountNewlines(s), static_cast<size_t>(std::count(s.begin(), s.end(), '\n'))) << s;
  }
  EXPECT_EQ(CountNewlines(""), 0u);
  EXPECT_EQ(CountNewlines(std::string_view("a\nb\n\n", 4)), 2u);  // a view ends where it says
}

}  // namespace
}  // namespace deskbench::ascii
