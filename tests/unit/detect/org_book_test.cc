#include "detect/names/org_book.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace deskbench::names {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(OrgBook, ShortFormsOfADistinctiveName) {
  OrgBook book;
  book.Add("Brightline Logistics Inc.");
  auto variants = book.Variants();
  EXPECT_TRUE(Has(variants, "Brightline Logistics Inc."));
  EXPECT_TRUE(Has(variants, "Brightline Logistics"));
  EXPECT_TRUE(Has(variants, "Brightline"));
  auto m = book.Resolve("Brightline");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->full, "Brightline Logistics Inc.");
  EXPECT_EQ(m->words, 1u);
  EXPECT_EQ(book.Resolve("BRIGHTLINE LOGISTICS")->words, 2u);
  EXPECT_FALSE(book.Resolve("Logistics"));
}

TEST(OrgBook, EverydayOrSharedFirstWordsAreNotShortForms) {
  OrgBook book;
  book.Add("General Widgets LLC");
  book.Add("Northwind Traders Ltd");
  book.Add("Northwind Capital Partners LLP");
  auto variants = book.Variants();
  EXPECT_FALSE(Has(variants, "General"));    // an everyday word
  EXPECT_FALSE(Has(variants, "Northwind"));  // two organisations start with it
  EXPECT_TRUE(Has(variants, "General Widgets"));
  EXPECT_FALSE(book.Resolve("General"));
  EXPECT_FALSE(book.Resolve("Northwind"));
}

TEST(OrgBook, NameWithoutLegalFormIsNotShortened) {
  OrgBook book;
  book.Add("Globex");
  EXPECT_EQ(book.Variants(), (std::vector<std::string>{"Globex"}));
  EXPECT_EQ(book.Resolve("globex")->words, 1u);
}

}  // namespace
}  // namespace deskbench::names
