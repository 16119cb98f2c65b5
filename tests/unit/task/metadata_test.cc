#include "task/metadata.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace deskbench::task {
namespace {

Metadata Sample() {
  Metadata m;
  m.id = "q1-review";
  m.title = "Review for \"Acme\" \\ partners";
  m.occupation = "Analyst";
  m.onet_soc = "13-1081.02";
  m.sector = "Transport";
  m.hours = 6;
  m.month_completed = "2023-03";
  m.contributor_id = "c-7f3a";
  m.tags = {"freight", "cost"};
  return m;
}

TEST(MetadataTest, TomlRoundTrips) {
  Metadata m = Sample();
  Metadata back = ParseMetadata(MetadataToml(m), "task.toml");
  EXPECT_EQ(back.id, m.id);
  EXPECT_EQ(back.title, m.title);
  EXPECT_EQ(back.onet_soc, m.onet_soc);
  EXPECT_EQ(back.hours, 6.0);
  EXPECT_EQ(back.tags, m.tags);
  EXPECT_TRUE(ValidateMetadata(back).empty());
}

TEST(MetadataTest, UnknownKeysWrongTypesAndOtherVersionsAreErrorsWithTheLine) {
  auto error = [](const std::string& text) {
    try {
      ParseMetadata(text, "t/task.toml");
    } catch (const UsageError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(error("schema_version = 1\nauthor = \"Jane\"\n").find("t/task.toml:2: unknown key"),
            std::string::npos);
  EXPECT_NE(error("schema_version = 1\nhours = \"six\"\n").find("hours must be a number"),
            std::string::npos);
  EXPECT_NE(error("schema_version = 2\n").find("not supported"), std::string::npos);
  EXPECT_NE(error("id = \"x\"\n").find("schema_version is missing"), std::string::npos);
}

TEST(MetadataTest, ValuesOutOfShapeAreListedWithWhatToDo) {
  Metadata m = Sample();
  m.id = "Q1 Review";
  m.onet_soc = "13-1081";
  m.month_completed = "2023-13";
  m.contributor_id = "Jane Doe";
  m.title = " ";
  auto problems = ValidateMetadata(m);
  ASSERT_EQ(problems.size(), 5u);
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_NE(all.find("set id in task.toml"), std::string::npos);
  EXPECT_NE(all.find("not an O*NET-SOC code"), std::string::npos);
  EXPECT_NE(all.find("YYYY-MM"), std::string::npos);
  EXPECT_NE(all.find("never your name"), std::string::npos);
  EXPECT_NE(all.find("title is empty"), std::string::npos);
}

TEST(MetadataTest, TextViewCarriesOnlyTheFreeTextFieldsAndComesBack) {
  Metadata m = Sample();
  std::string view = MetadataTextView(m);
  EXPECT_EQ(view.find("c-7f3a"), std::string::npos);
  EXPECT_EQ(view.find("2023-03"), std::string::npos);
  std::string scrubbed = view;
  scrubbed.replace(scrubbed.find("Acme"), 4, "Zenith");
  Metadata back = ApplyTextView(m, scrubbed);
  EXPECT_EQ(back.title, "Review for \"Zenith\" \\ partners");
  EXPECT_EQ(back.id, m.id);
  EXPECT_EQ(back.tags, m.tags);
  EXPECT_THROW(ApplyTextView(m, "title: x\n"), UsageError);
}

TEST(MetadataTest, IdFromTitle) {
  EXPECT_EQ(IdFromTitle("Q1 carrier cost review!"), "q1-carrier-cost-review");
  EXPECT_EQ(IdFromTitle("  --  "), "task");
}

}  // namespace
}  // namespace deskbench::task
