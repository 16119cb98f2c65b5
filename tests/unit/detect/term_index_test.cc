#include "detect/term_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace deskbench {
namespace {

// Hits in text order (the index reports a word's shorter and longer terms in no fixed order; the
// engine sorts them anyway).
std::vector<std::string> Found(const TermIndex& index, std::string_view text) {
  std::vector<TermIndex::Hit> hits;
  index.Find(text, hits);
  std::sort(hits.begin(), hits.end(), [](const TermIndex::Hit& a, const TermIndex::Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<std::string> out;
  for (const auto& h : hits) {
    out.push_back(std::to_string(h.id) + ":" + std::string(text.substr(h.begin, h.end - h.begin)));
  }
  return out;
}

TEST(TermIndex, FindsTermsAtWordStartsIgnoringCase) {
  TermIndex index;
  index.Add("Jane Doe", 1);
  index.Add("jane.doe", 2);
  index.Add("Jane", 3);
  index.Add("Acme", 4);
  EXPECT_EQ(Found(index, "Mail JANE DOE at jane.doe@x.org"),
            (std::vector<std::string>{"1:JANE DOE", "3:JANE", "2:jane.doe", "3:jane"}));
  // Inside a word it is no term; a plural or possessive still starts with it.
  EXPECT_TRUE(Found(index, "maryjane unacme").empty());
  EXPECT_EQ(Found(index, "Acmes and Acme's"), (std::vector<std::string>{"4:Acme", "4:Acme"}));
}

// Words are dismissed by their first bytes and length before they are hashed: terms of one and
// two bytes, of digits, of bytes beyond ASCII, longer than the fifteen lengths the shapes tell
// apart, and plurals (whose shape is the term's less the ending) are found all the same.
TEST(TermIndex, ShortLongAndForeignTermsPassTheShapeFilter) {
  TermIndex index;
  index.Add("Al", 1);
  index.Add("Q", 2);
  index.Add("7eleven", 3);
  index.Add("\xC3\x89lodie Martin", 4);
  index.Add("Wolfeschlegelsteinhausen", 5);
  index.Add("Globex", 6);
  EXPECT_EQ(Found(index, "al Q 7ELEVEN \xC3\x89LODIE MARTIN wolfeschlegelsteinhausen globexes"),
            (std::vector<std::string>{"1:al", "2:Q", "3:7ELEVEN", "4:\xC3\x89LODIE MARTIN",
                                      "5:wolfeschlegelsteinhausen", "6:globex"}));
  // A term's first bytes with another length, or its length with other bytes, are no term.
  EXPECT_TRUE(Found(index, "Alps Glob Globe 7elevens8 Wolfeschlegel").empty());
}

TEST(TermIndex, LeavesTermsNotStartingWithAWordToTheDatabase) {
  EXPECT_TRUE(TermIndex::Indexable("Jos\xC3\xA9"));
  EXPECT_TRUE(TermIndex::Indexable("\xC3\x89lodie"));
  EXPECT_FALSE(TermIndex::Indexable(".env"));
  EXPECT_FALSE(TermIndex::Indexable(""));
  EXPECT_FALSE(TermIndex::Indexable(std::string(300, 'a')));
}

// Room made before, between and after the terms changes nothing found, with the table grown past
// what was reserved.
TEST(TermIndex, ReservingRoomChangesNothingFound) {
  std::vector<std::string> terms;
  for (int i = 0; i < 5000; ++i) terms.push_back("Name" + std::to_string(i) + " Doe");
  std::string text;
  for (int i = 0; i < 5000; i += 7) text += "name" + std::to_string(i) + " doe, ";
  TermIndex plain, reserved;
  reserved.Reserve(100, 1000);
  for (size_t i = 0; i < terms.size(); ++i) {
    plain.Add(terms[i], static_cast<unsigned>(i));
    if (i == 2000) reserved.Reserve(terms.size(), terms.size() * 12);
    reserved.Add(terms[i], static_cast<unsigned>(i));
  }
  reserved.Reserve(0, 0);
  const std::vector<std::string> found = Found(plain, text);
  EXPECT_EQ(found.size(), 715u);
  EXPECT_EQ(Found(reserved, text), found);
}

}  // namespace
}  // namespace deskbench
