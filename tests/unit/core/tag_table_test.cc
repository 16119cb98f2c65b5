#include "core/tag_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace deskbench {
namespace {

TEST(TagTable, FindsWhatItFiledUnderATagAndNothingElse) {
  TagTable table;
  const std::vector<std::string> entries = {"doe", "lee", "roe"};
  EXPECT_EQ(table.Find(7, [](uint32_t) { return true; }), TagTable::kNone);
  table.Insert(7, 0);
  table.Insert(7, 2);  // the same tag: the caller tells them apart
  table.Insert(9, 1);
  auto find = [&](uint32_t tag, const std::string& text) {
    return table.Find(tag, [&](uint32_t i) { return entries[i] == text; });
  };
  EXPECT_EQ(find(7, "doe"), 0u);
  EXPECT_EQ(find(7, "roe"), 2u);
  EXPECT_EQ(find(9, "lee"), 1u);
  EXPECT_EQ(find(9, "doe"), TagTable::kNone);
  EXPECT_EQ(find(8, "lee"), TagTable::kNone);
}

// Many entries through growth, reserved room and tags that collide in the low bits: every one is
// found under its own tag, as a map has it.
TEST(TagTable, AgreesWithAMapAcrossGrowth) {
  for (const bool reserve : {false, true}) {
    TagTable table;
    if (reserve) table.Reserve(5000);
    std::mt19937 rng(11);
    std::vector<uint32_t> tags;
    for (uint32_t i = 0; i < 20000; ++i) {
      // A few thousand distinct tags, many sharing their low bits (their slot).
      const uint32_t tag = (rng() % 3000) << (i % 2 == 0 ? 0 : 20);
      tags.push_back(tag);
      table.Insert(tag, i);
    }
    for (uint32_t i = 0; i < tags.size(); i += 7) {
      ASSERT_EQ(table.Find(tags[i], [&](uint32_t j) { return j == i; }), i) << i;
    }
    EXPECT_EQ(table.Find(4000u << 20, [](uint32_t) { return true; }), TagTable::kNone);
  }
}

}  // namespace
}  // namespace deskbench
