#include "detect/names/posting_index.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

namespace deskbench::names {
namespace {

using Values = std::vector<uint32_t>;

TEST(PostingIndex, KeepsEachListInTheOrderAdded) {
  PostingIndex index;
  index.Add("doe", 3);
  index.Add("lee", 1);
  index.Add("doe", 1);
  index.Add("doe", 7);
  EXPECT_EQ(index.Find("doe"), (Values{3, 1, 7}));
  EXPECT_EQ(index.Find("lee"), (Values{1}));
  EXPECT_EQ(index.First("doe"), 3u);
  EXPECT_EQ(index.Count("doe"), 3u);
}

TEST(PostingIndex, AddingTheLastValueAgainChangesNothing) {
  PostingIndex index;
  index.Add("jdoe", 2);
  index.Add("jdoe", 2);
  EXPECT_EQ(index.Find("jdoe"), (Values{2}));
  EXPECT_EQ(index.Count("jdoe"), 1u);
}

TEST(PostingIndex, AnUnknownKeyHasNothing) {
  PostingIndex index;
  EXPECT_TRUE(index.Find("doe").empty());
  EXPECT_FALSE(index.Contains("doe"));
  EXPECT_EQ(index.First("doe"), PostingIndex::kNone);
  index.Add("doe", 0);
  EXPECT_FALSE(index.Contains("do"));
  EXPECT_FALSE(index.Contains("doe "));
  EXPECT_EQ(index.Count(""), 0u);
  EXPECT_TRUE(index.Contains("doe"));
}

TEST(PostingIndex, KeysDifferingOnlyAfterANulAreDistinct) {
  PostingIndex index;
  index.Add(std::string("jane\0doe", 8), 1);
  index.Add(std::string("jane\0dow", 8), 2);
  EXPECT_EQ(index.Find(std::string("jane\0doe", 8)), (Values{1}));
  EXPECT_EQ(index.Find(std::string("jane\0dow", 8)), (Values{2}));
  EXPECT_FALSE(index.Contains("jane"));
}

// Many keys through several growths of the table: every list as a map of vectors has it.
TEST(PostingIndex, AgreesWithAMapOfLists) {
  PostingIndex index;
  std::map<std::string, Values> expected;
  std::mt19937 rng(7);
  for (uint32_t i = 0; i < 20000; ++i) {
    const std::string key = "k" + std::to_string(rng() % 5000);
    const uint32_t value = rng() % 3 == 0 && !expected[key].empty() ? expected[key].back() : i;
    index.Add(key, value);
    Values& list = expected[key];
    if (list.empty() || list.back() != value) list.push_back(value);
  }
  for (const auto& [key, list] : expected) {
    ASSERT_EQ(index.Find(key), list) << key;
    ASSERT_EQ(index.Count(key), list.size()) << key;
    ASSERT_EQ(index.First(key), list.front()) << key;
  }
  EXPECT_FALSE(index.Contains("k5000"));
}

}  // namespace
}  // namespace deskbench::names
