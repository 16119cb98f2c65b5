#include "detect/names/lexicon.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace deskbench::names {
namespace {

// The table in the binary is the one the gazetteers make now: a build that forgot to remake it
// after data/ changed would fail here.
TEST(Lexicon, TheTableInTheBinaryIsTheOneTheDataMakes) {
  const Lexicon built = Lexicon::Build();
  const Lexicon& carried = Lexicon::Get();
  EXPECT_GT(built.size(), 100000u);
  EXPECT_EQ(carried.size(), built.size());
  EXPECT_TRUE(carried.Serialize() == built.Serialize());
}

TEST(Lexicon, FindsWordsOfEveryList) {
  const Lexicon& lex = Lexicon::Get();
  EXPECT_TRUE(lex.Lookup("Jennifer").flags & kFirst);
  EXPECT_TRUE(lex.Lookup("MARTINEZ").flags & kSurname);
  EXPECT_TRUE(lex.Lookup("Chicago").flags & kCity);
  EXPECT_TRUE(lex.Lookup("St. Louis").flags & kCity);
  EXPECT_TRUE(lex.Lookup("GmbH").flags & kLegalSuffix);
  EXPECT_TRUE(lex.Lookup("José").flags & kFirst);  // folded to "jose"
  EXPECT_EQ(lex.Lookup("Xqzvwk").flags, 0u);
  EXPECT_EQ(lex.Lookup("").flags, 0u);
  EXPECT_EQ(lex.Lookup(std::string(200, 'a')).flags, 0u);  // longer than any key
}

TEST(Lexicon, AViewOfSerialisedBytesFindsWhatTheBuiltOneDoes) {
  const Lexicon built = Lexicon::Build();
  const std::string bytes = built.Serialize();
  // A std::string's buffer is aligned for any fundamental type, 16 bytes on this ABI.
  const Lexicon view = Lexicon::View(bytes);
  for (const char* word : {"mary", "smith", "london", "inc", "the", "new york", "nowhereville"}) {
    const WordInfo* a = built.Find(word);
    const WordInfo* b = view.Find(word);
    ASSERT_EQ(a == nullptr, b == nullptr) << word;
    if (a != nullptr) {
      EXPECT_EQ(a->flags, b->flags) << word;
    }
  }
}

TEST(Lexicon, RefusesBytesThatAreNoTable) {
  const std::string bytes = Lexicon::Build().Serialize();
  EXPECT_THROW(Lexicon::View(""), std::invalid_argument);
  EXPECT_THROW(Lexicon::View(std::string_view(bytes).substr(0, bytes.size() - 1)),
               std::invalid_argument);
  std::string other = bytes;
  other[0] = 'X';
  EXPECT_THROW(Lexicon::View(other), std::invalid_argument);
}

}  // namespace
}  // namespace deskbench::names
