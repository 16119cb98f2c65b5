#include "scrub/line_index.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace deskbench {
namespace {

namespace fs = std::filesystem;

// Line and column of every offset, counted the slow way.
void Expected(const std::string& text, uint64_t at, uint64_t& line, uint64_t& column) {
  line = 1;
  uint64_t start = 0;
  for (uint64_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  column = at - start + 1;
}

ReportedFinding At(uint64_t start) {
  ReportedFinding f{};
  f.start = start;
  f.end = start + 1;
  f.location = "line 1";
  return f;
}

// Lines of every length, past the 64 KiB the file is read in; findings on line starts, on a
// newline itself, twice at one offset, on the last byte, past the end and with no offset.
TEST(LineIndex, MatchesACountFromTheStart) {
  std::mt19937 rng(7);
  std::string text;
  while (text.size() < 200'000) {
    text.append(rng() % 90, 'x');
    text.push_back('\n');
    if (rng() % 13 == 0) text.push_back('\n');
  }
  const fs::path path =
      fs::temp_directory_path() / ("deskbench-lines-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path, std::ios::binary) << text;

  std::vector<uint64_t> offsets = {0, 1, 65535, 65536, 65537, 131072, text.size() - 1};
  for (int i = 0; i < 2000; ++i) offsets.push_back(rng() % text.size());
  for (uint64_t i = 0; i < text.size() && offsets.size() < 2100; ++i) {
    if (text[i] == '\n') offsets.push_back(i);      // the newline itself
    if (text[i] == '\n') offsets.push_back(i + 1);  // the line after it
  }
  offsets.push_back(offsets[5]);  // twice at one offset
  std::vector<ReportedFinding> findings;
  for (uint64_t o : offsets) findings.push_back(At(o));
  findings.push_back(At(text.size() + 10));  // past the end: left unknown
  ReportedFinding unknown = At(0);
  unknown.start = kNoOrigin;
  findings.push_back(unknown);

  AddLineNumbers(path, findings);
  fs::remove(path);

  for (size_t i = 0; i < offsets.size(); ++i) {
    uint64_t line = 0, column = 0;
    Expected(text, offsets[i], line, column);
    ASSERT_EQ(findings[i].line, line) << "offset " << offsets[i];
    ASSERT_EQ(findings[i].column, column) << "offset " << offsets[i];
    ASSERT_EQ(findings[i].location, "line " + std::to_string(line));
  }
  EXPECT_EQ(findings[offsets.size()].line, 0u);
  EXPECT_EQ(findings[offsets.size() + 1].line, 0u);
}

TEST(LineIndex, UnreadableFileLeavesFindingsUnknown) {
  std::vector<ReportedFinding> findings = {At(3)};
  AddLineNumbers("/nonexistent/deskbench/file.txt", findings);
  EXPECT_EQ(findings[0].line, 0u);
  EXPECT_EQ(findings[0].column, 0u);
}

}  // namespace
}  // namespace deskbench
