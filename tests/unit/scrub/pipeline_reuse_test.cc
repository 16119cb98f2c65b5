// Pass 2 takes the documents pass 1 opened and scanned (within RunOptions::reuse_budget) instead
// of opening them again, and the names pass 1 found (RunOptions::names_budget); what it writes and
// reports must not depend on either, nor on whether the report lists each finding
// (RunOptions::list_findings).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../formats/office_fixtures.h"
#include "core/atomic_file.h"
#include "scrub/pipeline.h"
#include "scrub/plan.h"

namespace deskbench {
namespace {
namespace fs = std::filesystem;

const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A letter naming people, with an author in its core properties (removed, so noted).
std::string Letter() {
  const std::string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  auto para = [](const std::string& text) {
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Override PartName=\"/word/document.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document."
       "main+xml\"/><Override PartName=\"/docProps/core.xml\" "
       "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" +
           kRel +
           "officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
           "core-properties\" Target=\"docProps/core.xml\"/></Relationships>"},
      {"word/document.xml",
       "<?xml version=\"1.0\"?><w:document " + ns + "><w:body>" + para("Dear Margaret Thompson,") +
           para("Please send the contract to margaret.thompson@example.org by Friday.") +
           para("Kind regards, Jonathan Whitfield") + "</w:body></w:document>"},
      {"docProps/core.xml",
       "<?xml version=\"1.0\"?><cp:coreProperties "
       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Jonathan "
       "Whitfield</dc:creator></cp:coreProperties>"},
  };
  ooxml::ZipWriter w;
  for (const auto& [name, content] : parts) w.Add(name, content, 315532800);
  return w.Finish();
}

class PipelineReuseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("deskbench-reuse-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
    WriteFileAtomic(dir_ / "in" / "letter.docx", Letter());
    WriteFileAtomic(dir_ / "in" / "staff.xlsx",
                    testing::TinyWorkbook("Margaret Thompson, margaret.thompson@example.org"));
    WriteFileAtomic(dir_ / "in" / "notes.txt", "Call Jonathan Whitfield on Monday.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Scrubs in/ into out_NAME; with remove_after_pass1 the inputs are deleted once pass 1 is done,
  // so that only documents kept from pass 1 can still be written.
  RunReport Scrub(const std::string& name, uint64_t budget, bool remove_after_pass1 = false,
                  uint64_t names_budget = kDefaultNamesBudget) {
    RunOptions o;
    o.names_budget = names_budget;
    o.write = true;
    o.out = dir_ / ("out_" + name);
    o.key = std::string(32, 'k');
    o.reuse_budget = budget;
    o.config.formats.ocr = false;
    if (remove_after_pass1) {
      o.on_progress = [&](std::string_view phase, size_t done, size_t total) {
        if (phase == "learning names" && done == total) {
          for (const auto& e : fs::directory_iterator(dir_ / "in")) fs::remove(e.path());
        }
      };
    }
    return deskbench::Run(PlanInputs({dir_ / "in"}), o);
  }

  std::string Out(const std::string& name, const std::string& file) {
    return ReadFile(dir_ / ("out_" + name) / file, 1 << 20);
  }

  fs::path dir_;
};

const FileReport& Named(const RunReport& r, const std::string& path) {
  for (const auto& f : r.files) {
    if (f.path == path) return f;
  }
  throw std::runtime_error("no report for " + path);
}

TEST_F(PipelineReuseTest, KeptDocumentsWriteAndReportWhatReopenedOnesDo) {
  RunReport reopened = Scrub("reopened", 0);
  RunReport kept = Scrub("kept", kDefaultReuseBudget);
  ASSERT_EQ(reopened.files.size(), 3u);
  ASSERT_EQ(kept.files.size(), reopened.files.size());
  for (size_t i = 0; i < kept.files.size(); ++i) {
    const FileReport& a = reopened.files[i];
    const FileReport& b = kept.files[i];
    EXPECT_EQ(a.path, b.path);
    EXPECT_EQ(a.status, b.status) << a.path << ": " << b.reason;
    EXPECT_EQ(a.sha256_out, b.sha256_out) << a.path;
    EXPECT_EQ(a.finding_count, b.finding_count) << a.path;
    ASSERT_EQ(a.notes.size(), b.notes.size()) << a.path;
    for (size_t n = 0; n < a.notes.size(); ++n) {
      EXPECT_EQ(a.notes[n].part, b.notes[n].part);
      EXPECT_EQ(a.notes[n].action, b.notes[n].action);
    }
    ASSERT_EQ(a.findings.size(), b.findings.size()) << a.path;
    for (size_t n = 0; n < a.findings.size(); ++n) {
      EXPECT_EQ(a.findings[n].text, b.findings[n].text);
      EXPECT_EQ(a.findings[n].replacement, b.findings[n].replacement);
      EXPECT_EQ(a.findings[n].location, b.findings[n].location);
    }
    EXPECT_EQ(Out("reopened", a.path), Out("kept", b.path)) << a.path;
  }
  const FileReport& letter = Named(kept, "letter.docx");
  EXPECT_EQ(letter.status, FileStatus::kScrubbed);
  EXPECT_GE(letter.finding_count, 3u);
  EXPECT_FALSE(letter.notes.empty());  // the author in core.xml
  EXPECT_EQ(Out("kept", "letter.docx").find("Thompson"), std::string::npos);
}

TEST_F(PipelineReuseTest, OfficeDocumentsAreOpenedOnceWithinTheBudget) {
  RunReport r = Scrub("gone", kDefaultReuseBudget, /*remove_after_pass1=*/true);
  // The inputs were gone for pass 2: the Office documents were written from pass 1's copies...
  EXPECT_EQ(Named(r, "letter.docx").status, FileStatus::kScrubbed)
      << Named(r, "letter.docx").reason;
  EXPECT_EQ(Named(r, "staff.xlsx").status, FileStatus::kScrubbed) << Named(r, "staff.xlsx").reason;
  // ...while a text file, which is not kept, had to be read again.
  EXPECT_EQ(Named(r, "notes.txt").status, FileStatus::kError);
}

TEST_F(PipelineReuseTest, NothingIsKeptWithoutABudget) {
  RunReport r = Scrub("none", 0, /*remove_after_pass1=*/true);
  for (const auto& f : r.files) EXPECT_EQ(f.status, FileStatus::kError) << f.path;
}

TEST_F(PipelineReuseTest, DocumentsOverTheBudgetAreOpenedAgain) {
  RunReport r = Scrub("small", 1000, /*remove_after_pass1=*/true);  // less than any package holds
  for (const auto& f : r.files) EXPECT_EQ(f.status, FileStatus::kError) << f.path;
}

// Pass 2 takes the names pass 1 found in each segment; looking again gives the same output.
TEST_F(PipelineReuseTest, NamesFoundInPassOneAreWhatPassTwoWouldFind) {
  WriteFileAtomic(dir_ / "in" / "places.txt",
                  "Margaret Thompson flew from San Jose to Hong Kong with Acme Holdings Ltd.\n"
                  "Name,City\nJonathan Whitfield,Virginia Beach\n");
  RunReport looked_again = Scrub("again", 0, false, /*names_budget=*/0);
  RunReport taken = Scrub("taken", 0);
  RunReport one_byte = Scrub("tiny", 0, false, /*names_budget=*/1);  // nothing fits
  for (const RunReport* r : {&taken, &one_byte}) {
    ASSERT_EQ(r->files.size(), looked_again.files.size());
    for (size_t i = 0; i < r->files.size(); ++i) {
      const FileReport& a = looked_again.files[i];
      const FileReport& b = r->files[i];
      EXPECT_EQ(a.sha256_out, b.sha256_out) << a.path;
      EXPECT_EQ(a.per_type, b.per_type) << a.path;
      ASSERT_EQ(a.findings.size(), b.findings.size()) << a.path;
      for (size_t n = 0; n < a.findings.size(); ++n) {
        EXPECT_EQ(a.findings[n].text, b.findings[n].text) << a.path;
        EXPECT_EQ(a.findings[n].type, b.findings[n].type) << a.path;
        EXPECT_EQ(a.findings[n].recognizer, b.findings[n].recognizer) << a.path;
      }
    }
  }
  const FileReport& places = Named(taken, "places.txt");
  EXPECT_GT(places.per_type[static_cast<size_t>(Entity::LOCATION)], 2u);
  EXPECT_GT(places.per_type[static_cast<size_t>(Entity::PERSON)], 1u);
}

// A quiet scan that writes no report counts what it finds without listing each finding.
TEST_F(PipelineReuseTest, AScanWithoutAListCountsTheSameFindings) {
  auto scan = [&](bool list) {
    RunOptions o;
    o.config.formats.ocr = false;
    o.list_findings = list;
    return deskbench::Run(PlanInputs({dir_ / "in"}), o);
  };
  RunReport listed = scan(true);
  RunReport counted = scan(false);
  ASSERT_EQ(listed.files.size(), counted.files.size());
  EXPECT_GT(listed.findings, 0u);
  EXPECT_EQ(listed.findings, counted.findings);
  for (size_t i = 0; i < listed.files.size(); ++i) {
    EXPECT_EQ(listed.files[i].finding_count, counted.files[i].finding_count);
    EXPECT_EQ(listed.files[i].status, counted.files[i].status);
    EXPECT_EQ(listed.files[i].per_type, counted.files[i].per_type);
    EXPECT_FALSE(listed.files[i].findings.empty()) << listed.files[i].path;
    EXPECT_TRUE(counted.files[i].findings.empty()) << counted.files[i].path;
  }
}

}  // namespace
}  // namespace deskbench
