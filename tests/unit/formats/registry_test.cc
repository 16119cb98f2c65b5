#include "formats/registry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "formats/sniff.h"
#include "test_support.h"

namespace deskbench {
namespace {

namespace fs = std::filesystem;

class RegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("deskbench_registry_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Put(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  std::string Reason(const std::string& name, const std::string& bytes) {
    try {
      OpenDocument(Put(name, bytes), Limits{});
    } catch (const Refusal& r) {
      return r.reason();
    }
    return "";
  }

  fs::path dir_;
};

TEST_F(RegistryTest, ChoosesTheAdapterByExtension) {
  EXPECT_EQ(OpenDocument(Put("a.json", "{\"a\":1}"), Limits{}).format, "json");
  EXPECT_EQ(OpenDocument(Put("a.NDJSON", "{}\n"), Limits{}).format, "jsonl");
  EXPECT_EQ(OpenDocument(Put("a.csv", "a,b\n"), Limits{}).format, "csv");
  EXPECT_EQ(OpenDocument(Put("a.tsv", "a\tb\n"), Limits{}).format, "csv");
  EXPECT_EQ(OpenDocument(Put("a.htm", "<p>x</p>"), Limits{}).format, "html");
  EXPECT_EQ(OpenDocument(Put("README.md", "# x"), Limits{}).format, "markdown");
  EXPECT_EQ(OpenDocument(Put("main.py", "x = 1"), Limits{}).format, "code");
  EXPECT_EQ(OpenDocument(Put("Dockerfile", "FROM x"), Limits{}).format, "code");
  EXPECT_EQ(OpenDocument(Put(".env", "KEY=1"), Limits{}).format, "code");
  EXPECT_EQ(OpenDocument(Put("notes.txt", "x"), Limits{}).format, "text");
  EXPECT_EQ(OpenDocument(Put("no_extension", "just words"), Limits{}).format, "text");
  EXPECT_EQ(OpenDocument(Put("data.unknown", "just words"), Limits{}).format, "text");
}

TEST_F(RegistryTest, OpenedDocumentsScanAndWrite) {
  auto opened = OpenDocument(Put("people.csv", "name;mail\nAda;ada@example.com\n"), Limits{});
  auto seen = testing::Collect(*opened.document);
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_EQ(seen[3].hint, "mail");
  EXPECT_EQ(testing::WriteReplacing(*opened.document, "Ada", "X"),
            "name;mail\nX;ada@example.com\n");
}

TEST_F(RegistryTest, XmlIsCodeWithEscapedReplacements) {
  auto opened = OpenDocument(Put("pom.XML", "<dev>ada@example.com</dev>"), Limits{});
  EXPECT_EQ(opened.format, "code");
  EXPECT_EQ(testing::WriteReplacing(*opened.document, "ada@example.com", "<EMAIL>"),
            "<dev>&lt;EMAIL&gt;</dev>");
}

TEST_F(RegistryTest, LargeFilesStreamAcrossReadBlocks) {
  // A two-byte character straddles the 1 MiB read block: the file is still UTF-8.
  std::string file(1 << 20, 'a');
  file[(1 << 20) - 1] = '\xc3';
  file += "\xa9 secret\n" + std::string(3 << 20, 'b') + "\nsecret\n";
  Limits limits;
  limits.chunk_bytes = 1 << 16;
  auto opened = OpenDocument(Put("big.log", file), limits);
  std::string joined;
  for (const auto& seen : testing::Collect(*opened.document)) joined += seen.text;
  EXPECT_EQ(joined, file);
  std::string out = testing::WriteReplacing(*opened.document, "secret", "******");
  std::string expected = file;
  for (size_t at = expected.find("secret"); at != std::string::npos; at = expected.find("secret"))
    expected.replace(at, 6, "******");
  EXPECT_EQ(out, expected);
  EXPECT_TRUE(opened.document->Notes().empty());  // not taken for Latin-1

  std::string csv = "id,email\n";
  for (int i = 0; i < 100000; ++i)
    csv += std::to_string(i) + ",user" + std::to_string(i) + "@example.com\n";
  auto table = OpenDocument(Put("big.csv", csv), Limits{});
  size_t cells = testing::Collect(*table.document).size();
  EXPECT_EQ(cells, 2u + 2u * 100000);
  EXPECT_EQ(testing::WriteUnchanged(*table.document), csv);
}

TEST_F(RegistryTest, JsonFilesHoldingJsonLinesAreReadAsJsonLines) {
  auto opened = OpenDocument(Put("export.json", "{\"a\":\"x\"}\n{\"a\":\"y\"}\n"), Limits{});
  EXPECT_EQ(opened.format, "jsonl");
  EXPECT_EQ(testing::Collect(*opened.document).size(), 4u);
  // Invalid either way: the JSON error is the one reported.
  EXPECT_NE(Reason("bad.json", "{\"a\":1}\n{oops}\n").find("not valid JSON at line 2"),
            std::string::npos);
}

TEST_F(RegistryTest, EmptyFilesAreFine) {
  for (std::string name : {"e.txt", "e.json", "e.csv", "e.html", "e.jsonl", "e"}) {
    auto opened = OpenDocument(Put(name, ""), Limits{});
    EXPECT_TRUE(testing::Collect(*opened.document).empty());
    EXPECT_EQ(testing::WriteUnchanged(*opened.document), "");
  }
}

TEST_F(RegistryTest, RefusesBinaryAndUnsupportedFormatsByContent) {
  EXPECT_NE(Reason("report.txt", "%PDF-1.7\n..."), "");
  EXPECT_NE(Reason("report.txt", "%PDF-1.7\n...").find("PDF"), std::string::npos);
  // A zip that is no Office package goes to the archive adapter, which refuses a broken one.
  std::string zip = Reason("a.zip", std::string("PK\x03\x04", 4) + "rest");
  EXPECT_NE(zip.find("zip"), std::string::npos) << zip;
  EXPECT_EQ(DetectFormat("a.zip", std::string("PK\x03\x04", 4) + "rest"), "zip");
  std::string docx = Reason("a.docx", std::string("PK\x03\x04", 4) + "rest");
  EXPECT_NE(docx.find("corrupt or truncated zip"), std::string::npos) << docx;
  // Workbooks go to the .xlsx adapter, which refuses a broken zip.
  std::string xlsx = Reason("a.xlsx", std::string("PK\x03\x04", 4) + "[Content_Types].xml xl/");
  EXPECT_NE(xlsx.find("corrupt or truncated zip"), std::string::npos) << xlsx;
  std::string encrypted =
      std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(9000, '\0');
  for (char c : std::string("EncryptedPackage")) encrypted += std::string{c, '\0'};
  EXPECT_NE(Reason("a.docx", encrypted).find("encrypted Office file"), std::string::npos);
  // Other OLE files (Outlook .msg) stay refused; .doc/.xls/.ppt go through LibreOffice.
  EXPECT_NE(Reason("a.msg", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").find("OLE"), std::string::npos);
  EXPECT_NE(Reason("a.msg", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").find("save it as .eml"),
            std::string::npos);
  EXPECT_EQ(DetectFormat("a.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), "doc");
  EXPECT_EQ(DetectFormat("a.XLS", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), "xls");
  EXPECT_EQ(DetectFormat("a.pps", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), "ppt");
  EXPECT_NE(Reason("a.png", "\x89PNG\r\n\x1A\nxxxx").find("PNG"), std::string::npos);
  EXPECT_NE(Reason("a.jpg", "\xFF\xD8\xFF\xE0").find("JPEG"), std::string::npos);
  EXPECT_NE(Reason("a.gz", "\x1F\x8B\x08").find("gzip"), std::string::npos);
  EXPECT_NE(Reason("a",
                   "\x7F"
                   "ELF\x02\x01")
                .find("ELF"),
            std::string::npos);
  EXPECT_NE(Reason("a.db", std::string("SQLite format 3\0", 16)).find("SQLite"), std::string::npos);
  EXPECT_NE(Reason("a.7z", "7z\xBC\xAF\x27\x1C").find("7z"), std::string::npos);
  EXPECT_NE(Reason("a.txt", std::string("ab\0cd", 5)).find("binary"), std::string::npos);
  // Text that merely starts with a short magic is still text.
  EXPECT_EQ(Reason("a.txt", "MZ is a postcode area\n"), "");
  EXPECT_EQ(Reason("a.txt", "BMW drivers\n"), "");
}

TEST_F(RegistryTest, Utf16TextIsNotBinary) {
  auto opened = OpenDocument(Put("u.txt", std::string("\xFF\xFEh\0i\0", 6)), Limits{});
  EXPECT_EQ(opened.format, "text");
  auto seen = testing::Collect(*opened.document);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].text, "hi");
}

TEST_F(RegistryTest, RefusesParseErrorsAndLimitsAndReportsUnreadableFiles) {
  EXPECT_NE(Reason("bad.json", "{\"a\":").find("not valid JSON"), std::string::npos);
  Limits small;
  small.max_stream_bytes = 3;
  EXPECT_THROW(OpenDocument(Put("big.txt", "hello"), small), Refusal);
  try {
    OpenDocument(dir_ / "missing.txt", Limits{});
    FAIL() << "expected a FileError";
  } catch (const Refusal&) {
    FAIL() << "a missing file is an error, not a refusal";
  } catch (const FileError& e) {
    EXPECT_EQ(e.file(), dir_ / "missing.txt");
  }
  EXPECT_THROW(OpenDocument(dir_, Limits{}), FileError);
}

TEST(Sniff, LooksLikeText) {
  EXPECT_TRUE(LooksLikeText("hello\n\tworld\r\n"));
  EXPECT_TRUE(LooksLikeText(""));
  EXPECT_FALSE(LooksLikeText(std::string("a\0b", 3)));
  EXPECT_FALSE(LooksLikeText("\x01\x02\x03\x04\x05xyz"));
}

}  // namespace
}  // namespace deskbench
