#include "task/checks.h"

#include <gtest/gtest.h>

#include <map>

#include "task_fixture.h"

namespace deskbench::task {
namespace {

namespace fs = std::filesystem;

class ChecksTest : public testing::BundleTest {
 protected:
  // Failing check id -> its messages.
  std::multimap<std::string, std::string> Failures(const CheckOptions& o = {}) {
    std::multimap<std::string, std::string> out;
    for (const auto& r : CheckBundle(LoadBundle(dir_), o)) {
      if (!r.passed) out.emplace(r.id, r.message);
    }
    return out;
  }
  void SetUp() override {
    BundleTest::SetUp();
    // The request names budget.xlsx: the fixture's reference must be that file.
    fs::rename(dir_ / "reference/budget.xlsx.csv", dir_ / "reference/budget.xlsx.txt");
    Write("request.md",
          std::string(testing::kRequest)
              .replace(std::string(testing::kRequest).find("budget.xlsx"), 11, "budget.csv"));
    fs::rename(dir_ / "reference/budget.xlsx.txt", dir_ / "reference/budget.csv");
    Write("deliverable/memo.txt", LongText(200));
  }
};

TEST_F(ChecksTest, CompleteBundlePassesEveryCheckOnce) {
  auto results = CheckBundle(LoadBundle(dir_), {});
  ASSERT_EQ(results.size(), CheckIds().size());
  for (size_t i = 0; i < results.size(); ++i) {
    EXPECT_TRUE(results[i].passed) << results[i].id << ": " << results[i].message;
    EXPECT_EQ(results[i].id, CheckIds()[i]);
  }
  EXPECT_TRUE(AllPassed(results));
}

TEST_F(ChecksTest, ShortTextDeliverableIsAProbableSummaryByTheConfiguredThreshold) {
  Write("deliverable/memo.txt", LongText(40));
  auto f = Failures();
  ASSERT_EQ(f.count("deliverable-not-summary"), 1u);
  EXPECT_NE(f.find("deliverable-not-summary")->second.find("has only 40 words"), std::string::npos);
  CheckOptions lenient;
  lenient.min_text_deliverable_words = 40;
  EXPECT_EQ(Failures(lenient).count("deliverable-not-summary"), 0u);
}

TEST_F(ChecksTest, CodeIsNotJudgedByItsWordCount) {
  Write("deliverable/memo.txt", LongText(200));
  Write("deliverable/fix.py", "print(1)\n");
  EXPECT_EQ(Failures().count("deliverable-not-summary"), 0u);
}

TEST_F(ChecksTest, WhitespaceOnlyDeliverableIsBlank) {
  Write("deliverable/blank.txt", " \n\t\n");
  auto f = Failures();
  ASSERT_EQ(f.count("deliverable-not-empty"), 1u);
  EXPECT_NE(f.find("deliverable-not-empty")->second.find("deliverable/blank.txt has no text"),
            std::string::npos);
}

TEST_F(ChecksTest, DeliverableIdenticalToAReferenceIsFlaggedByContent) {
  Write("deliverable/copy.dat.csv", "department,plan\nMarketing,120000\n");
  auto f = Failures();
  ASSERT_EQ(f.count("deliverable-not-reference"), 1u);
  EXPECT_NE(f.find("deliverable-not-reference")->second.find("identical to reference/budget.csv"),
            std::string::npos);
}

TEST_F(ChecksTest, RequestMentionsAreMatchedByFileNameCaseInsensitively) {
  Write("request.md", LoadBundle(dir_).request + "Also see Q2_Plan.XLSX and notes.docx.\n");
  Write("reference/q2_plan.xlsx.csv", "a\n");
  fs::rename(dir_ / "reference/q2_plan.xlsx.csv", dir_ / "reference/q2_plan.xlsx");
  auto f = Failures();
  ASSERT_EQ(f.count("request-files"), 1u);  // notes.docx only
  EXPECT_NE(f.find("request-files")->second.find("mentions notes.docx"), std::string::npos);
}

TEST_F(ChecksTest, HoursThresholdIsConfigurable) {
  CheckOptions o;
  o.min_hours = 8;
  auto f = Failures(o);
  ASSERT_EQ(f.count("hours"), 1u);
  EXPECT_NE(f.find("hours")->second.find("at least 8 hour"), std::string::npos);
}

TEST_F(ChecksTest, SizeLimitsPerFileAndPerTask) {
  CheckOptions o;
  o.max_file_bytes = 1000;
  o.max_task_bytes = 1200;
  auto f = Failures(o);
  EXPECT_EQ(f.count("file-size"), 1u);  // the memo, 200 words
  EXPECT_EQ(f.count("task-size"), 1u);
  // An oversized deliverable is not opened, so it is not also reported as unreadable.
  EXPECT_EQ(f.count("deliverable-opens"), 0u);
}

TEST_F(ChecksTest, LinksAndStraysAreNeverFollowed) {
  fs::create_symlink("/etc/hostname", dir_ / "reference/host.txt");
  fs::create_directory_symlink("/etc", dir_ / "deliverable/etc");
  Write("loose.txt", "x");
  auto f = Failures();
  EXPECT_EQ(f.count("inside-bundle"), 3u);
  Bundle b = LoadBundle(dir_);
  for (const auto& file : b.Files()) EXPECT_EQ(file.rel.find("etc/"), std::string::npos);
}

TEST_F(ChecksTest, UnreadableDeliverableCarriesTheAdaptersReason) {
  Write("deliverable/model.bin", std::string("\x7F"
                                             "ELF\x02\x01\x01",
                                             7) +
                                     std::string(64, '\0'));
  auto f = Failures();
  ASSERT_EQ(f.count("deliverable-opens"), 1u);
  EXPECT_NE(f.find("deliverable-opens")->second.find("deliverable/model.bin cannot be read: "),
            std::string::npos);
}

}  // namespace
}  // namespace deskbench::task
