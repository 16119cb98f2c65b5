#include "core/utf8.h"

#include <gtest/gtest.h>

namespace deskbench {

TEST(Utf8, ValidAndInvalid) {
  EXPECT_TRUE(utf8::IsValid("plain ascii"));
  EXPECT_TRUE(utf8::IsValid("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
  EXPECT_FALSE(utf8::IsValid("\xc3"));          // truncated
  EXPECT_FALSE(utf8::IsValid("\xc0\xaf"));      // overlong
  EXPECT_FALSE(utf8::IsValid("\xed\xa0\x80"));  // surrogate
  EXPECT_EQ(utf8::FirstInvalid("abcdefghij\xff"), 10u);
}

TEST(Utf8, Latin1RoundTrip) {
  std::string latin1 = "caf\xe9";
  std::string u = utf8::FromLatin1(latin1);
  EXPECT_EQ(u, "caf\xc3\xa9");
  EXPECT_EQ(utf8::ToLatin1(u), latin1);
}

TEST(Utf8, Utf16RoundTripWithSurrogatePairs) {
  std::string u = "a\xc3\xa9\xf0\x9f\x98\x80";
  for (bool be : {false, true}) {
    std::string w = utf8::ToUtf16(u, be);
    EXPECT_EQ(w.size(), 2u * 4);
    EXPECT_EQ(utf8::FromUtf16(w, be), u);
  }
  // An unpaired surrogate and an odd trailing byte decode to U+FFFD instead of failing.
  EXPECT_EQ(utf8::FromUtf16(std::string("\x00\xd8", 2), false), "\xef\xbf\xbd");
  EXPECT_EQ(utf8::FromUtf16(std::string("A\x00\x01", 3), false), "A\xef\xbf\xbd");
}

}  // namespace deskbench
