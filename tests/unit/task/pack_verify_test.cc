// Scrub, pack and verify as library calls: what the review page and the collection server use.
#include <gtest/gtest.h>

#include "core/atomic_file.h"
#include "formats/ooxml/zip_reader.h"
#include "task/pack.h"
#include "task/scrub.h"
#include "task/verify.h"
#include "task_fixture.h"

namespace deskbench::task {
namespace {

namespace fs = std::filesystem;

class PackVerifyTest : public testing::BundleTest {
 protected:
  void SetUp() override {
    BundleTest::SetUp();
    fs::rename(dir_ / "reference/budget.xlsx.csv", dir_ / "reference/budget.csv");
    Write("request.md",
          "From Margaret Ellison: please go through the attached budget.csv and write a memo on "
          "where the quarter went over plan, by department, with what to cut first.\n");
    Write("deliverable/memo.txt",
          "Memo for Margaret Ellison, written by Daniel Okafor (dokafor@example.org).\n" +
              LongText(200));
  }
};

TEST_F(PackVerifyTest, ScrubPackVerify) {
  PackOptions po;
  po.out = root_ / "t.zip";
  PackResult early = PackBundle(dir_, po);
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.problems.back().find("has not been scrubbed yet"), std::string::npos);

  RunReport report = ScrubBundle(dir_, {});
  EXPECT_GT(report.findings, 0u);
  EXPECT_TRUE(fs::exists(ScrubbedDir(dir_) / "deliverable/memo.txt"));
  EXPECT_FALSE(fs::exists(ScrubbedDir(dir_) / ".deskbench"));
  EXPECT_TRUE(fs::exists(KeyFile(dir_)));

  po.accept_suggested = true;
  PackResult packed = PackBundle(dir_, po);
  ASSERT_TRUE(packed.ok()) << packed.problems.front();
  EXPECT_EQ(packed.manifest.files.size(), 4u);
  EXPECT_EQ(packed.manifest.certificate.checks_passed.size(), CheckIds().size());

  VerifyResult v = VerifyPack(po.out, {});
  EXPECT_TRUE(v.ok()) << (v.problems.empty() ? "" : v.problems.front());
  EXPECT_EQ(v.files_scanned, 4u);
  ASSERT_TRUE(v.manifest);
  EXPECT_EQ(v.manifest->task.id, "q2-memo");

  ooxml::ZipReader zip(ReadFile(po.out, 1 << 24), po.out, Limits{});
  std::string memo = zip.Read(*zip.Find("deliverable/memo.txt"));
  EXPECT_EQ(memo.find("Margaret Ellison"), std::string::npos);
  EXPECT_EQ(memo.find("dokafor@example.org"), std::string::npos);
}

TEST_F(PackVerifyTest, ValuesKeptOnPurposeAreAccountedForByTheCertificate) {
  Write("deliverable/memo.txt", "Ask Margaret Ellison.\n" + LongText(200));
  fs::create_directories(StateDir(dir_));
  Write(".deskbench/decisions.json",
        R"({"values": [{"type": "PERSON", "text": "Margaret Ellison", "action": "keep"}]})");
  ScrubBundle(dir_, {});
  PackOptions po;
  po.out = root_ / "t.zip";
  po.accept_suggested = true;
  ASSERT_TRUE(PackBundle(dir_, po).ok());
  // Kept on purpose: the certificate accounts for it.
  VerifyResult v = VerifyPack(po.out, {});
  EXPECT_TRUE(v.ok()) << (v.problems.empty() ? "" : v.problems.front());
  EXPECT_EQ(v.findings_left, 0u);
}

TEST_F(PackVerifyTest, FindingsPastTheReportCapNeedAcceptSuggested) {
  std::string rows = "name,email\n";
  for (size_t i = 0; i <= kMaxFindingsPerFile; ++i) {
    rows += "x,person" + std::to_string(i) + "@corp.example\n";
  }
  Write("deliverable/contacts.csv", rows);
  ScrubBundle(dir_, {});
  PackOptions po;
  po.out = root_ / "t.zip";
  PackResult refused = PackBundle(dir_, po);
  ASSERT_FALSE(refused.ok());
  bool named = false;
  for (const auto& p : refused.problems) {
    named = named || (p.find("deliverable/contacts.csv has") != std::string::npos &&
                      p.find("more than the report lists") != std::string::npos);
  }
  EXPECT_TRUE(named);
  po.accept_suggested = true;
  PackResult packed = PackBundle(dir_, po);
  EXPECT_TRUE(packed.ok()) << (packed.problems.empty() ? "" : packed.problems.front());
}

}  // namespace
}  // namespace deskbench::task
