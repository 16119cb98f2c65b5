#include "task/manifest.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace deskbench::task {
namespace {

Manifest Sample() {
  Manifest m;
  m.task.id = "q1";
  m.task.title = "Q1";
  m.task.occupation = "Analyst";
  m.task.sector = "Transport";
  m.task.hours = 2.5;
  m.task.month_completed = "2023-03";
  m.task.tags = {"a"};
  m.files = {{"request.md", 12, std::string(64, 'a')},
             {"deliverable/x.docx", 3000, std::string(64, 'b')}};
  m.certificate.deskbench_version = "0.1.0";
  m.certificate.policy_hash = std::string(64, 'c');
  m.certificate.entity_counts = {{"PERSON", 3}};
  m.certificate.decision_counts = {{"keep", 1}, {"pseudonymize", 2}};
  m.certificate.decisions_explicit = 1;
  m.certificate.checks_passed = {"metadata"};
  m.certificate.accepted_values = {{"PERSON", "Nerys Holloway", "replacement"}};
  return m;
}

TEST(ManifestTest, RoundTrips) {
  Manifest back = ParseManifest(ManifestJson(Sample()));
  EXPECT_EQ(back.task.id, "q1");
  EXPECT_EQ(back.task.hours, 2.5);
  ASSERT_EQ(back.files.size(), 2u);
  EXPECT_EQ(back.files[1].path, "deliverable/x.docx");
  EXPECT_EQ(back.files[1].size, 3000u);
  EXPECT_EQ(back.certificate.entity_counts.at("PERSON"), 3u);
  EXPECT_EQ(back.certificate.decision_counts.at("keep"), 1u);
  ASSERT_EQ(back.certificate.accepted_values.size(), 1u);
  EXPECT_EQ(back.certificate.accepted_values[0].text, "Nerys Holloway");
}

TEST(ManifestTest, RefusesOtherDocumentsAndMissingFields) {
  EXPECT_THROW(ParseManifest("{}"), UsageError);
  EXPECT_THROW(ParseManifest("not json"), UsageError);
  std::string json = ManifestJson(Sample());
  std::string no_files = json;
  no_files.replace(no_files.find("\"files\""), 7, "\"filez\"");
  EXPECT_THROW(ParseManifest(no_files), UsageError);
  std::string v2 = json;
  v2.replace(v2.find("\"schema_version\": 1"), 19, "\"schema_version\": 2");
  EXPECT_THROW(ParseManifest(v2), UsageError);
}

// Found by task_manifest_fuzz: a count written as a float out of range reached a cast to uint64_t
// (undefined behaviour); counts and versions must be whole numbers.
TEST(ManifestTest, RefusesCountsAndVersionsThatAreNotWholeNumbers) {
  std::string json = ManifestJson(Sample());
  for (auto [from, to] : {std::pair<std::string, std::string>{"\"size\": 3000", "\"size\": 4.1e74"},
                          {"\"size\": 3000", "\"size\": -1"},
                          {"\"decisions_explicit\": 1", "\"decisions_explicit\": 2.5"},
                          {"\"PERSON\": 3", "\"PERSON\": 1e300"},
                          {"\"schema_version\": 1", "\"schema_version\": 1e30"}}) {
    std::string bad = json;
    size_t at = bad.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    bad.replace(at, from.size(), to);
    EXPECT_THROW(ParseManifest(bad), UsageError) << to;
  }
  EXPECT_EQ(ParseManifest(json).files[1].size, 3000u);
}

}  // namespace
}  // namespace deskbench::task
