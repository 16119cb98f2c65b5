#include "scrub/segment_names.h"

#include <gtest/gtest.h>

#include <vector>

namespace deskbench {
namespace {

Finding Name(size_t begin, size_t end) {
  return {Entity::PERSON, begin, end, 0.9f, "names"};
}

std::vector<Finding> Of(const SegmentNames& kept, size_t segment) {
  const std::span<const Finding> names = kept.Names(segment);
  return {names.begin(), names.end()};
}

TEST(SegmentNames, GivesEachSegmentItsOwnNames) {
  SegmentNames kept;
  const std::vector<Finding> first = {Name(0, 8)};
  const std::vector<Finding> third = {Name(1, 4), Name(6, 9)};
  kept.Add(11, first);
  kept.Add(22, {});
  kept.Add(33, third);
  kept.Add(44, {});
  ASSERT_EQ(kept.size(), 4u);
  EXPECT_EQ(kept.Key(0), 11u);
  EXPECT_EQ(kept.Key(3), 44u);
  EXPECT_EQ(Of(kept, 0), first);
  EXPECT_TRUE(Of(kept, 1).empty());
  EXPECT_EQ(Of(kept, 2), third);
  EXPECT_TRUE(Of(kept, 3).empty());
  EXPECT_EQ(SegmentNames::BytesOf(2) - SegmentNames::BytesOf(0), 2 * sizeof(Finding));
  kept.Clear();
  EXPECT_EQ(kept.size(), 0u);
}

}  // namespace
}  // namespace deskbench
