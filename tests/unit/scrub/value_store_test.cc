#include "scrub/value_store.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace deskbench {
namespace {

struct Row {
  std::string id;
  std::string text;
  std::string replacement;
  uint64_t count;
  bool operator==(const Row&) const = default;
};

std::vector<Row> Rows(const ValueStore& store) {
  std::vector<Row> rows;
  store.ForEach([&](const std::string& id, const ValueSummary& v) {
    rows.push_back({id, v.text, v.replacement, v.count});
  });
  return rows;
}

// The same additions into a store that never spills and one that spills every few values.
void AddMany(ValueStore& store) {
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 500; ++i) {
      const int n = (i * 7919 + round * 13) % 611;  // ids repeat across rounds and runs
      std::string text = "value number " + std::to_string(n) + " of a long enough text";
      store.Add("id-" + std::to_string(n),
                {Entity::EMAIL, text, "first seen in round " + std::to_string(round),
                 Operator::kPseudonymize, 1});
    }
  }
}

TEST(ValueStore, SpilledRunsMergeToWhatMemoryAloneHolds) {
  ValueStore memory;
  ValueStore spilling(4096);
  AddMany(memory);
  AddMany(spilling);
  EXPECT_EQ(memory.spilled_runs(), 0u);
  EXPECT_GT(spilling.spilled_runs(), 10u);
  const std::vector<Row> expected = Rows(memory);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(Rows(spilling), expected);
  // Read twice: the runs are read again from their start.
  EXPECT_EQ(Rows(spilling), expected);
}

TEST(ValueStore, KeepsTheFirstSummaryAndAddsCounts) {
  ValueStore store(1);  // every addition spills
  store.Add("b", {Entity::PERSON, "Jane", "Mary", Operator::kPseudonymize, 2});
  store.Add("a", {Entity::EMAIL, "j@x.org", "u@example.com", Operator::kPseudonymize, 1});
  store.Add("b", {Entity::PERSON, "Jane", "Other", Operator::kRedact, 3});
  const std::vector<Row> rows = Rows(store);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (Row{"a", "j@x.org", "u@example.com", 1}));
  EXPECT_EQ(rows[1], (Row{"b", "Jane", "Mary", 5}));
  ASSERT_TRUE(store.Find("b").has_value());
  EXPECT_EQ(store.Find("b")->count, 5u);
  EXPECT_EQ(store.Find("b")->action, Operator::kPseudonymize);
  EXPECT_FALSE(store.Find("c").has_value());
}

TEST(ValueStore, EmptyUntilSomethingIsAdded) {
  ValueStore store(1);
  EXPECT_TRUE(store.empty());
  EXPECT_TRUE(Rows(store).empty());
  store.Add("a", {Entity::EMAIL, "", "", Operator::kRemove, 1});
  EXPECT_FALSE(store.empty());
  EXPECT_EQ(Rows(store).size(), 1u);
}

}  // namespace
}  // namespace deskbench
