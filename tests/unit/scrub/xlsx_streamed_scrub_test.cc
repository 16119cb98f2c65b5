// A workbook scrubbed through the whole pipeline, its worksheet and shared strings parsed whole,
// then either or both read as a stream (Limits::stream_sheet_bytes,
// Limits::stream_shared_strings_bytes): the same findings, pseudonyms, notes and output.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "../../ooxml_fixture.h"
#include "core/atomic_file.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "scrub/pipeline.h"
#include "scrub/plan.h"

namespace deskbench {
namespace {
namespace fs = std::filesystem;

const std::string kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

// A staff list: shared-string names and headers, inline emails and notes, SSNs, phone numbers and
// dates of birth as numbers, as exports write them.
std::string StaffList(int rows) {
  const char* people[] = {"Margaret Hollingsworth", "Dmitri Okafor", "Priya Raman", "Tom Baker"};
  std::string sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " +
                      kNs + "><sheetData><row r=\"1\">";
  const char* headers[] = {"Name", "Email", "SSN", "Phone", "Date of birth", "Note"};
  for (int c = 0; c < 6; ++c) {
    sheet += "<c r=\"" + std::string(1, char('A' + c)) + "1\" t=\"s\"><v>" + std::to_string(c) +
             "</v></c>";
  }
  sheet += "</row>";
  for (int r = 2; r <= rows; ++r) {
    std::string n = std::to_string(r);
    std::string who = std::to_string(6 + r % 4);
    sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>" + who + "</v></c><c r=\"B" + n +
             "\" t=\"inlineStr\"><is><t>person" + std::to_string(r % 50) +
             "@example.com</t></is></c><c r=\"C" + n + "\" t=\"inlineStr\"><is><t>536-22-" +
             std::to_string(1000 + r % 900) + "</t></is></c><c r=\"D" + n + "\"><v>415555" +
             std::to_string(1000 + r % 8000) + "</v></c><c r=\"E" + n + "\"><v>" +
             std::to_string(30000 + r % 3000) + "</v></c><c r=\"F" + n +
             "\" t=\"inlineStr\"><is><t>Quarterly budget</t></is></c></row>";
  }
  sheet += "</sheetData></worksheet>";
  std::string sst = "<sst " + kNs + ">";
  for (const char* h : headers) sst += std::string("<si><t>") + h + "</t></si>";
  for (const char* p : people) sst += std::string("<si><t>") + p + "</t></si>";
  sst += "</sst>";
  return fixture::Workbook({{"Staff", sheet}}, sst);
}

std::map<std::string, std::string> Parts(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ooxml::ZipReader reader(bytes, file, Limits{});
  std::map<std::string, std::string> out;
  for (const ooxml::ZipEntry& e : reader.entries()) out[e.name] = reader.Read(e);
  return out;
}

TEST(XlsxStreamedScrub, FindingsAndOutputAreTheSameWhetherTheSheetOrStringsAreStreamedOrNot) {
  fs::path dir = fs::temp_directory_path() / ("deskbench-xlsx-paths-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  WriteFileAtomic(dir / "in" / "staff.xlsx", StaffList(600));
  auto scrub = [&](bool sheet, bool strings, const std::string& out) {
    RunOptions o;
    o.write = true;
    o.out = dir / out;
    o.key = std::string(32, 'k');
    o.config.formats.limits.stream_sheet_bytes = sheet ? 0 : ~uint64_t{0};
    o.config.formats.limits.stream_shared_strings_bytes = strings ? 0 : ~uint64_t{0};
    return deskbench::Run(PlanInputs({dir / "in"}), o);
  };
  RunReport whole = scrub(false, false, "whole");
  for (auto [sheet, strings] : {std::pair{true, false}, {false, true}, {true, true}}) {
    SCOPED_TRACE("sheet streamed: " + std::to_string(sheet) +
                 ", strings: " + std::to_string(strings));
    const std::string out = "streamed-" + std::to_string(sheet) + std::to_string(strings);
    RunReport streamed = scrub(sheet, strings, out);
    ASSERT_EQ(whole.files.size(), 1u);
    ASSERT_EQ(streamed.files.size(), 1u);
    const FileReport& a = whole.files[0];
    const FileReport& b = streamed.files[0];
    ASSERT_EQ(a.status, FileStatus::kScrubbed) << a.reason;
    ASSERT_EQ(b.status, FileStatus::kScrubbed) << b.reason;
    EXPECT_GT(a.finding_count, 1500u);  // emails, SSNs, phone numbers, dates of birth, names
    EXPECT_EQ(a.finding_count, b.finding_count);
    EXPECT_EQ(a.per_type, b.per_type);
    ASSERT_EQ(a.findings.size(), b.findings.size());
    for (size_t i = 0; i < a.findings.size(); ++i) {
      const ReportedFinding& x = a.findings[i];
      const ReportedFinding& y = b.findings[i];
      EXPECT_EQ(x.type, y.type) << i;
      EXPECT_EQ(x.text, y.text) << i;
      EXPECT_EQ(x.replacement, y.replacement) << i;
      EXPECT_EQ(x.location, y.location) << i;
      EXPECT_EQ(x.segment, y.segment) << i;
      EXPECT_EQ(x.segment_begin, y.segment_begin) << i;
    }
    ASSERT_EQ(a.notes.size(), b.notes.size());
    auto pa = Parts(dir / "whole" / "staff.xlsx");
    auto pb = Parts(dir / out / "staff.xlsx");
    ASSERT_EQ(pa.size(), pb.size());
    EXPECT_EQ(pb["xl/sharedStrings.xml"].find("Hollingsworth"), std::string::npos);
    for (const auto& [name, bytes] : pa) {
      if (name == "xl/worksheets/sheet1.xml" && sheet) {
        auto canonical = [](const std::string& xml) {
          return ooxml::WriteXml(*ooxml::ParseXml(xml, "sheet", "t", Limits{}));
        };
        EXPECT_EQ(canonical(bytes), canonical(pb[name]));
        EXPECT_EQ(pb[name].find("536-22-"), std::string::npos);
        EXPECT_EQ(pb[name].find("person7@example.com"), std::string::npos);
      } else {
        EXPECT_EQ(bytes, pb[name]) << name;
      }
    }
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace deskbench
