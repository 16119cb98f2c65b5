#include "review/preview.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "core/atomic_file.h"
#include "review/report_view.h"
#include "scrub/pipeline.h"

namespace deskbench::review {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

struct Scanned {
  fs::path dir;
  RunReport report;
};

Scanned ScanFile(const std::string& name, const std::string& text) {
  static int n = 0;
  Scanned s;
  s.dir = fs::temp_directory_path() /
          ("deskbench-review-preview-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
  fs::remove_all(s.dir);
  fs::create_directories(s.dir);
  WriteFileAtomic(s.dir / name, text);
  RunOptions o;
  o.config.policy.deny = {"Project Falcon"};
  s.report = Run(PlanInputs({s.dir}), o);
  return s;
}

// The text of a preview with each finding shown as [text].
std::string Render(const json& preview, const FileReport& file) {
  std::string out;
  for (const auto& seg : preview["segments"]) {
    for (const auto& p : seg["parts"]) {
      if (p.is_string()) {
        out += p.get<std::string>();
      } else {
        out += "[" + file.findings[p["finding"].get<size_t>()].text + "]";
      }
    }
    out += "|";
  }
  return out;
}

TEST(Preview, CutsFindingsOutOfTheirSegments) {
  Scanned s =
      ScanFile("people.csv", "owner,project\nJane Doe,Project Falcon\ncafé,jane.doe@example.org\n");
  const FileReport& f = s.report.files.at(0);
  json preview = PreviewJson(f, ByteSource::FromFile(f.source), FormatOptions{});
  EXPECT_FALSE(preview["truncated"].get<bool>());
  EXPECT_EQ(preview["segments"][2]["location"], "row 2, column owner");
  std::string shown = Render(preview, f);
  EXPECT_NE(shown.find("|[Project Falcon]|"), std::string::npos) << shown;
  EXPECT_NE(shown.find("|café|[jane.doe@example.org]|"), std::string::npos) << shown;
  fs::remove_all(s.dir);
}

TEST(Preview, AFindingThatNoLongerFitsIsNotHighlighted) {
  Scanned s = ScanFile("note.txt", "Ask Project Falcon about it.\n");
  FileReport f = s.report.files.at(0);
  ASSERT_EQ(f.findings.size(), 1u);
  f.findings[0].segment_begin += 1;  // as if the file changed since the scan
  f.findings[0].segment_end += 1;
  json preview = PreviewJson(f, ByteSource::FromFile(f.source), FormatOptions{});
  EXPECT_EQ(Render(preview, f), "Ask Project Falcon about it.\n|");
  fs::remove_all(s.dir);
}

TEST(ReportView, UnsureFindingsWaitForADecision) {
  FileReport f;
  f.path = "a.txt";
  ReportedFinding x;
  x.type = Entity::PERSON;
  x.text = "Rowan";
  x.score = 0.55f;
  x.action = Operator::kPseudonymize;
  x.start = 3;
  f.findings.push_back(x);
  ReviewState state;
  EXPECT_TRUE(NeedsDecision(state, f, f.findings[0]));
  state.SetValue(Entity::PERSON, "rowan", Operator::kKeep);
  EXPECT_FALSE(NeedsDecision(state, f, f.findings[0]));
  EXPECT_EQ(DecidedAction(state, f, f.findings[0]), Operator::kKeep);
  state.SetFinding(RefOf(f, f.findings[0]), Operator::kRedact);
  EXPECT_EQ(DecidedAction(state, f, f.findings[0]), Operator::kRedact);
  f.findings[0].score = 0.9f;
  EXPECT_FALSE(NeedsDecision(ReviewState{}, f, f.findings[0]));
}

}  // namespace
}  // namespace deskbench::review
