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

TEST(TermIndex, LeavesTermsNotStartingWithAWordToTheDatabase) {
  EXPECT_TRUE(TermIndex::Indexable("Jos\xC3\xA9"));
  EXPECT_TRUE(TermIndex::Indexable("\xC3\x89lodie"));
  EXPECT_FALSE(TermIndex::Indexable(".env"));
  EXPECT_FALSE(TermIndex::Indexable(""));
  EXPECT_FALSE(TermIndex::Indexable(std::string(300, 'a')));
}

}  // namespace
}  // namespace deskbench
