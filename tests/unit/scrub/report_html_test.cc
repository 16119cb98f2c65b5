// report.html is written in pieces through a sink; the bytes are those of the page built whole.
#include <gtest/gtest.h>

#include "scrub/report_writers.h"

namespace deskbench {
namespace {

class PiecesSink : public Sink {
 public:
  void Write(std::string_view bytes) override {
    if (!bytes.empty()) pieces.emplace_back(bytes);
  }
  std::vector<std::string> pieces;
};

RunReport ManyFindings(size_t files, size_t per_file) {
  RunReport r;
  r.command = "scrub";
  r.version = "test";
  r.started = "2026-11-28T00:00:00Z";
  r.policy_hash = "0123456789abcdef";
  r.output = "out <\"dir\">";
  for (size_t i = 0; i < files; ++i) {
    FileReport f;
    f.path = "staff-" + std::to_string(i) + ".xlsx";
    f.format = "xlsx";
    f.status = FileStatus::kScrubbed;
    f.notes.push_back({"docProps/core.xml", "author removed"});
    for (size_t n = 0; n < per_file; ++n) {
      ReportedFinding x{};
      x.type = n % 2 == 0 ? Entity::PERSON : Entity::EMAIL;
      x.text = "Zo\xc3\xab O'Brien & <Co> #" + std::to_string(n);
      x.replacement = "Ann \"Smith\" " + std::to_string(n);
      x.action = Operator::kPseudonymize;
      x.score = 0.85f;
      x.location = "Sheet1!B" + std::to_string(n + 2);
      x.line = n;
      x.before = "Name:\t";
      x.after = " (manager)";
      f.findings.push_back(x);
    }
    f.finding_count = f.findings.size() + 3;  // some counted, not listed
    r.findings += f.finding_count;
    r.files.push_back(std::move(f));
  }
  return r;
}

TEST(ReportHtml, WrittenInPiecesIsThePageBuiltWhole) {
  RunReport r = ManyFindings(3, 700);
  const std::string whole = ReportHtml(r);
  PiecesSink sink;
  WriteReportHtml(r, sink);
  ASSERT_GT(sink.pieces.size(), 2u);  // a page of over 64 KiB goes out in several pieces
  std::string joined;
  for (const std::string& p : sink.pieces) {
    EXPECT_LT(p.size(), size_t{1} << 17);  // none holds the page
    joined += p;
  }
  EXPECT_EQ(joined, whole);
  EXPECT_TRUE(whole.starts_with("<!doctype html>"));
  EXPECT_TRUE(whole.ends_with("</main></body></html>\n"));
  EXPECT_NE(whole.find("<del>Zo\xc3\xab O'Brien &amp; &lt;Co&gt; #699</del>"), std::string::npos);
  EXPECT_NE(whole.find("<ins>Ann &#34;Smith&#34; 699</ins>"), std::string::npos);
  EXPECT_NE(whole.find("<code>out &lt;&#34;dir&#34;&gt;</code>"), std::string::npos);
  EXPECT_NE(whole.find("<td>85%</td>"), std::string::npos);
  EXPECT_NE(whole.find("3 more findings are counted but not listed."), std::string::npos);
}

TEST(ReportHtml, ASmallPageIsOnePiece) {
  RunReport r = ManyFindings(1, 2);
  PiecesSink sink;
  WriteReportHtml(r, sink);
  ASSERT_EQ(sink.pieces.size(), 1u);
  EXPECT_EQ(sink.pieces[0], ReportHtml(r));
}

}  // namespace
}  // namespace deskbench
