// A value the engine edits in one place of a PDF is redacted wherever else it occurs, as the
// output check finds it: real PDFs were refused because an acronym flagged in a heading of
// capitals ("MIE 1.1 FORMAT SPECIFICATION") stayed, unflagged, in the sentences of other pages.

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/error.h"
#include "formats/pdf/every_occurrence.h"
#include "formats/pdf/output_check.h"
#include "formats/pdf/pdf_document.h"
#include "formats/registry.h"
#include "pdf_fixtures.h"

namespace deskbench {
namespace {

std::unique_ptr<pdf::PdfDocument> Open(std::string bytes) {
  return std::make_unique<pdf::PdfDocument>(ByteSource::FromBytes(std::move(bytes), "t.pdf"),
                                            FormatOptions{}, OpenSource);
}

size_t Count(std::string_view text, std::string_view what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

// Two pages: the value "MIE" in a heading, in sentences, next to curly quotes (WinAnsi 0x93 and
// 0x94), inside a longer word (MIEX, which must stay) and in a Form XObject; "Great Britain" on
// one line of page 2 and cut over two lines of page 1; "MIE" in a bookmark title.
std::string RepeatedValuesPdf() {
  using testing::MakePdf;
  using testing::Stream;
  std::string page1 =
      "BT /F1 12 Tf 72 700 Td (MIE 1.1 FORMAT SPECIFICATION) Tj ET\n"
      "BT /F1 12 Tf 72 680 Td (The MIE format and MIEX differ; MIE-format trailers.) Tj ET\n"
      "BT /F1 12 Tf 72 660 Td (Note that GB is the code for Great) Tj ET\n"
      "BT /F1 12 Tf 72 644 Td (Britain, and files end in \x93.MIE\x94.) Tj ET\n";
  std::string page2 =
      "BT /F1 12 Tf 72 700 Td (Appendix for Great Britain readers) Tj ET\n"
      "/X1 Do\n";
  std::string form = "BT /F1 12 Tf 72 600 Td (Tags of MIE in a form) Tj ET";
  std::string font = "<< /F1 5 0 R >>";
  return MakePdf({
      "<< /Type /Catalog /Pages 2 0 R /Outlines 9 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R"
      " /Resources << /Font " +
          font + " >> >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R"
      " /Resources << /Font " +
          font + " /XObject << /X1 8 0 R >> >> >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      Stream("", page1),
      Stream("", page2),
      Stream(
          "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font " + font + " >>",
          form),
      "<< /Type /Outlines /First 10 0 R /Last 10 0 R /Count 1 >>",
      "<< /Title (About MIE) /Parent 9 0 R /Dest [3 0 R /Fit] >>",
  });
}

// Edits each term only in the first segment it occurs in, as the engine does when the context
// of the other occurrences does not make them findings.
SegmentEditor FirstOccurrenceOnly(std::vector<std::string> terms) {
  auto done = std::make_shared<std::set<std::string>>();
  return [terms, done](const Segment& s) {
    std::vector<Edit> edits;
    for (const std::string& t : terms) {
      size_t at = s.text.find(t);
      if (at == std::string::npos || done->count(t)) continue;
      done->insert(t);
      edits.push_back({at, at + t.size(), "[X]"});
    }
    return edits;
  };
}

TEST(PdfEveryOccurrence, AValueRedactedOnceIsRedactedEverywhere) {
  std::string pdf = RepeatedValuesPdf();
  // Without the writer's help the output check would see the other occurrences.
  EXPECT_THROW(pdf::CheckOutput(pdf, "t.pdf", {"MIE"}, Limits{}), Refusal);

  auto doc = Open(pdf);
  StringSink sink;
  ASSERT_NO_THROW(doc->Write(FirstOccurrenceOnly({"MIE", "Great Britain"}), sink));
  std::string out = sink.Take();
  std::map<std::string, std::string> segs;
  std::string all;
  Open(out)->Scan([&](const Segment& s) {
    segs[std::string(s.location)] = s.text;
    all.append(s.text).append("\n");
  });
  EXPECT_EQ(Count(all, "MIE"), 1u) << all;  // the one in MIEX
  EXPECT_NE(all.find("MIEX"), std::string::npos);
  EXPECT_EQ(all.find("Great"), std::string::npos) << all;
  EXPECT_EQ(all.find("Britain"), std::string::npos) << all;
  for (const char* kept :
       {"FORMAT SPECIFICATION", "trailers", "Appendix for", "Tags of", "code for"}) {
    EXPECT_NE(all.find(kept), std::string::npos) << kept << "\n" << all;
  }
  EXPECT_EQ(segs["bookmark 1"], "About [X]");
  bool noted = false;
  for (const Note& n : doc->Notes()) noted |= n.part.starts_with("other occurrences");
  EXPECT_TRUE(noted);
}

std::vector<pdf::Unit> Lines(int page, std::vector<std::string> texts) {
  std::vector<pdf::Unit> units;
  for (std::string& t : texts) {
    pdf::Unit u;
    u.kind = pdf::UnitKind::kPageLine;
    u.page = page;
    u.text = std::move(t);
    units.push_back(std::move(u));
  }
  return units;
}

TEST(PdfEveryOccurrence, EditsAreAddedInEveryUnitTheOccurrenceTouches) {
  std::vector<pdf::Unit> units = Lines(0, {"Jane Roe met", "John  Q Doe and Jane", "Roe."});
  pdf::Unit other;
  other.kind = pdf::UnitKind::kOutline;
  other.text = "Jane Roe, Jane Roes";
  units.push_back(other);
  other.kind = pdf::UnitKind::kMetadata;  // removed from the output: left alone
  units.push_back(other);
  std::vector<std::vector<Edit>> edits(units.size());
  edits[0] = {{0, 8, "[A]"}};
  edits[1] = {{0, 11, "[B]"}};  // "John  Q Doe": spaces normalised
  size_t added = pdf::EditEveryOccurrence(
      units, edits, [](pdf::UnitKind k) { return k != pdf::UnitKind::kMetadata; });
  EXPECT_EQ(added, 2u);  // "Jane" / "Roe" across lines 2 and 3, and the bookmark's first one
  ASSERT_EQ(edits[1].size(), 2u);
  EXPECT_EQ(edits[1][1].begin, 16u);
  EXPECT_EQ(edits[1][1].end, 20u);
  EXPECT_EQ(edits[1][1].replacement, "[A]");
  ASSERT_EQ(edits[2].size(), 1u);
  EXPECT_EQ(edits[2][0].begin, 0u);
  EXPECT_EQ(edits[2][0].end, 3u);
  ASSERT_EQ(edits[3].size(), 1u);  // "Jane Roes" is another word
  EXPECT_EQ(edits[3][0].end, 8u);
  EXPECT_TRUE(edits[4].empty());
}

TEST(PdfEveryOccurrence, LongerValuesFirstAndNoOverlaps) {
  std::vector<pdf::Unit> units = Lines(0, {"Great Britain", "Britain and Great Britain"});
  std::vector<std::vector<Edit>> edits(units.size());
  edits[0] = {{0, 13, "[P]"}};
  edits[1] = {{0, 7, "[Q]"}};
  EXPECT_EQ(pdf::EditEveryOccurrence(units, edits, [](pdf::UnitKind) { return true; }), 1u);
  ASSERT_EQ(edits[1].size(), 2u);
  EXPECT_EQ(edits[1][1].begin, 12u);
  EXPECT_EQ(edits[1][1].end, 25u);
  EXPECT_EQ(edits[1][1].replacement, "[P]");
}

TEST(PdfValueMatch, FindsWholeWordsInRawText) {
  pdf::SpacedText text("  Jane \n Roe,  MIEX  \xe2\x80\x9c.MIE\xe2\x80\x9d");
  EXPECT_EQ(text.normalized(), "Jane Roe, MIEX \xe2\x80\x9c.MIE\xe2\x80\x9d");
  auto jane = text.Find("Jane Roe");
  ASSERT_EQ(jane.size(), 1u);
  EXPECT_EQ(jane[0].begin, 2u);
  EXPECT_EQ(jane[0].end, 12u);
  auto mie = text.Find("MIE");
  ASSERT_EQ(mie.size(), 1u);
  EXPECT_EQ(mie[0].begin, 25u);
  EXPECT_TRUE(text.Find("").empty());
}

TEST(PdfValueMatch, PunctuationOutsideAsciiIsNotPartOfAWord) {
  EXPECT_TRUE(pdf::ContainsWord("\xe2\x80\x9cJane Roe\xe2\x80\x9d", "Jane Roe"));  // “ ”
  EXPECT_TRUE(pdf::ContainsWord("Jane Roe\xe2\x80\x94the", "Jane Roe"));           // em dash
  EXPECT_TRUE(pdf::ContainsWord("\xc2\xa0Jane Roe\xc2\xbb", "Jane Roe"));  // no-break space, »
  EXPECT_TRUE(pdf::ContainsWord("(\x93Jane Roe\x94)", "Jane Roe"));  // WinAnsi bytes, not UTF-8
  EXPECT_FALSE(pdf::ContainsWord("Jos\xc3\xa9", "Jos"));             // é is a letter
  EXPECT_FALSE(pdf::ContainsWord("\xce\xb1Smith", "Smith"));         // so is α
  EXPECT_FALSE(pdf::ContainsWord("Smith\xe4\xb8\xad", "Smith"));     // and 中
}

}  // namespace
}  // namespace deskbench
