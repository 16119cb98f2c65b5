#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.h"
#include "formats/legacy/convert.h"

namespace deskbench::legacy {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

std::string Utf16(std::string_view s) {
  std::string out;
  for (char c : s) out += std::string{c, '\0'};
  return out;
}

const std::string kOle("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

TEST(LegacyFormat, ChoosesByExtensionFirst) {
  EXPECT_EQ(LegacyFormat("a.doc", kOle), "doc");
  EXPECT_EQ(LegacyFormat("a.DOT", kOle), "doc");
  EXPECT_EQ(LegacyFormat("a.xls", kOle), "xls");
  EXPECT_EQ(LegacyFormat("a.xlt", kOle), "xls");
  EXPECT_EQ(LegacyFormat("a.ppt", kOle), "ppt");
  EXPECT_EQ(LegacyFormat("a.pot", kOle), "ppt");
  EXPECT_EQ(LegacyFormat("a.pps", kOle), "ppt");
  // A workbook named .xls that embeds a Word document is still a workbook.
  EXPECT_EQ(LegacyFormat("a.xls", kOle + Utf16("WordDocument") + "\0\0"s), "xls");
}

TEST(LegacyFormat, RecognisesStreamsOnlyWithoutExtension) {
  EXPECT_EQ(LegacyFormat("scan", kOle + Utf16("WordDocument") + "\0\0"s), "doc");
  EXPECT_EQ(LegacyFormat("scan", kOle + Utf16("Workbook") + "\0\0"s), "xls");
  EXPECT_EQ(LegacyFormat("scan", kOle + Utf16("Book") + "\0\0"s), "xls");
  EXPECT_EQ(LegacyFormat("scan", kOle + Utf16("PowerPoint Document") + "\0\0"s), "ppt");
  EXPECT_EQ(LegacyFormat("scan", kOle), "");
  // An Outlook message with an attached Word document stays refused.
  EXPECT_EQ(LegacyFormat("mail.msg", kOle + Utf16("WordDocument") + "\0\0"s), "");
}

TEST(LegacyFormat, TargetsTheOoxmlSuccessor) {
  EXPECT_EQ(TargetFormat("doc"), "docx");
  EXPECT_EQ(TargetFormat("xls"), "xlsx");
  EXPECT_EQ(TargetFormat("ppt"), "pptx");
  EXPECT_EQ(TargetFormat("msg"), "");
}

class SofficeLookup : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("deskbench-soffice-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "empty");
    fs::create_directories(dir_ / "bin");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(SofficeLookup, MissingWhenNoFolderHoldsIt) {
  EXPECT_FALSE(FindSoffice("").has_value());
  EXPECT_FALSE(FindSoffice((dir_ / "empty").string()).has_value());
  EXPECT_FALSE(FindSoffice("/nonexistent-deskbench:" + (dir_ / "empty").string()).has_value());
  std::string reason = MissingSofficeReason();
  EXPECT_NE(reason.find("install LibreOffice"), std::string::npos);
  EXPECT_NE(reason.find("libreoffice-writer-nogui"), std::string::npos);
  EXPECT_NE(reason.find(".docx/.xlsx/.pptx"), std::string::npos);
}

TEST_F(SofficeLookup, FindsAnExecutableOnly) {
  fs::path fake = dir_ / "bin" / "soffice";
  std::ofstream(fake) << "#!/bin/sh\n";
  EXPECT_FALSE(FindSoffice((dir_ / "bin").string()).has_value());  // not executable
  fs::permissions(fake, fs::perms::owner_all);
  auto found = FindSoffice((dir_ / "empty").string() + ":" + (dir_ / "bin").string());
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(*found, fake);
}

// A converter that fails is refused with its output, and leaves no temporary folder behind.
TEST_F(SofficeLookup, FailedConversionIsRefusedWithTheReason) {
  fs::path fake = dir_ / "bin" / "soffice";
  std::ofstream(fake) << "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n";
  fs::permissions(fake, fs::perms::owner_all);
  fs::path input = dir_ / "a.doc";
  std::ofstream(input) << kOle;
  fs::path tmp = dir_ / "tmp";
  fs::create_directories(tmp);
  setenv("TMPDIR", tmp.c_str(), 1);
  try {
    ConvertWithLibreOffice(input, "doc", fake, Limits{});
    ADD_FAILURE() << "no refusal";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("could not be loaded"), std::string::npos) << r.reason();
    EXPECT_NE(r.reason().find("exit code 1"), std::string::npos) << r.reason();
  }
  unsetenv("TMPDIR");
  EXPECT_TRUE(fs::is_empty(tmp));
}

TEST_F(SofficeLookup, HungConverterIsKilledAfterTheTimeout) {
  fs::path fake = dir_ / "bin" / "soffice";
  std::ofstream(fake) << "#!/bin/sh\nsleep 30\n";
  fs::permissions(fake, fs::perms::owner_all);
  fs::path input = dir_ / "a.xls";
  std::ofstream(input) << kOle;
  try {
    ConvertWithLibreOffice(input, "xls", fake, Limits{}, std::chrono::seconds(1));
    ADD_FAILURE() << "no refusal";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("within 1 s"), std::string::npos) << r.reason();
  }
}

}  // namespace
}  // namespace deskbench::legacy
