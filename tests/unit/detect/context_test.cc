#include "detect/context.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace deskbench {
namespace {

using Words = std::vector<std::string_view>;

TEST(Context, FindsAWholeWordBeforeAfterOrInTheHint) {
  const std::string text = "Routing number: 021000021 (checking)";
  const size_t b = text.find("021"), e = b + 9;
  EXPECT_TRUE(HasContext(text, b, e, {}, Words{"routing"}));
  EXPECT_TRUE(HasContext(text, b, e, {}, Words{"checking"}));
  EXPECT_TRUE(HasContext("021000021", 0, 9, "ABA Routing", Words{"routing"}));
  EXPECT_FALSE(HasContext(text, b, e, {}, Words{"rout", "savings"}));
  EXPECT_TRUE(HasContext("ACCOUNT NUMBERS 12345678", 16, 24, {}, Words{"account number"}));
}

TEST(Context, WordsMustBeWholeAndNearOnTheirSide) {
  EXPECT_FALSE(HasContext("unrouting 021000021", 10, 19, {}, Words{"routing"}));
  EXPECT_FALSE(HasContext("routingx 021000021", 9, 18, {}, Words{"routing"}));
  // After the value, only its own line counts: the next line is the next field's label.
  EXPECT_FALSE(HasContext("021000021\nrouting", 0, 9, {}, Words{"routing"}));
  EXPECT_TRUE(HasContext("routing\n021000021", 8, 17, {}, Words{"routing"}));
  // Farther than the window before the value.
  const std::string far = "routing " + std::string(80, ' ') + "021000021";
  EXPECT_FALSE(HasContext(far, far.size() - 9, far.size(), {}, Words{"routing"}));
}

// The reference: every word searched byte by byte in the three places, as the contract says.
bool Reference(std::string_view text, size_t begin, size_t end, std::string_view hint,
               const Words& words) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  auto alnum = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  auto holds = [&](std::string_view s, std::string_view w) {
    for (size_t i = 0; i + w.size() <= s.size(); ++i) {
      size_t k = 0;
      while (k < w.size() && lower(s[i + k]) == w[k]) ++k;
      if (k < w.size() || (i > 0 && alnum(s[i - 1]))) continue;
      const size_t a = i + w.size();
      if (a == s.size() || !alnum(s[a])) return true;
      if (lower(s[a]) == 's' && (a + 1 == s.size() || !alnum(s[a + 1]))) return true;
    }
    return false;
  };
  const size_t lo = begin > 64 ? begin - 64 : 0;
  std::string_view right = text.substr(end, std::min(text.size(), end + 32) - end);
  right = right.substr(0, std::min(right.size(), right.find('\n')));
  for (std::string_view w : words) {
    if (holds(text.substr(lo, begin - lo), w) || holds(right, w) || holds(hint, w)) return true;
  }
  return false;
}

TEST(Context, AgreesWithSearchingEveryWordOnRandomText) {
  std::mt19937 rng(7);
  const std::string alphabet = "abcdeRSTUno 0123-\n:s";
  const Words words = {"acct", "no", "ssn", "sort code", "dob", "tax id", "a", "de", "rs", "nos"};
  for (int round = 0; round < 20000; ++round) {
    std::string text(rng() % 200, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    std::string hint(rng() % 12, ' ');
    for (char& c : hint) c = alphabet[rng() % alphabet.size()];
    const size_t begin = text.empty() ? 0 : rng() % text.size();
    const size_t end = begin + (text.size() > begin ? rng() % (text.size() - begin + 1) : 0);
    const Words some(words.begin() + rng() % 5, words.end() - rng() % 5);
    ASSERT_EQ(HasContext(text, begin, end, hint, some), Reference(text, begin, end, hint, some))
        << "text [" << text << "] " << begin << "-" << end << " hint [" << hint << "]";
  }
}

}  // namespace
}  // namespace deskbench
