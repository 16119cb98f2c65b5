// MuPDF 1.21's redaction drops a text object whose glyphs are all redacted but adds its pending
// Td to the next text object's first Td, so everything after it moved (in a pdfTeX file, off
// the page). The writer starts every text object of a redacted page with an identity Tm, which
// MuPDF takes as absolute: the text that stays must stay where it was.

#include <gtest/gtest.h>

#include <map>

#include "formats/pdf/content_strings.h"
#include "formats/pdf/page_text.h"
#include "formats/pdf/pdf_document.h"
#include "formats/pdf/pdf_file.h"
#include "formats/registry.h"
#include "pdf_fixtures.h"

namespace deskbench {
namespace {

// A line drawn in a text object of its own, then the paragraph going on in the next text object
// (Td, then a move to the next line), an empty text object and one more line.
std::string SeparateTextObjectsPdf() {
  using testing::MakePdf;
  using testing::Stream;
  std::string content =
      "BT /F1 11 Tf 90 640 Td (Please see) Tj ET\n"
      "BT /F2 11 Tf 150 640 Td (Zed Secretary) Tj ET\n"
      "BT /F1 11 Tf 300 640 Td (for it.) Tj -210 -16 Td (Next line stays here.) Tj ET\n"
      "BT 40 40 Td ET\n"
      "BT /F1 11 Tf 90 600 Td (Last line.) Tj ET\n";
  return MakePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
      " /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
      Stream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
  });
}

// Text of each line -> where its first character is.
std::map<std::string, fz_point> LineStarts(const std::string& bytes) {
  pdf::PdfFile file(bytes, "t.pdf", "");
  pdf::PdfFile::Page page = file.LoadPage(0);
  std::map<std::string, fz_point> starts;
  for (const pdf::TextLine& line : pdf::ReadPageText(file.context(), page.get(), false).lines) {
    if (!line.quads.empty()) starts[line.text] = line.quads.front().ll;
  }
  return starts;
}

TEST(PdfTextPosition, TextAfterARedactedTextObjectStaysInPlace) {
  std::string pdf = SeparateTextObjectsPdf();
  pdf::PdfDocument doc(ByteSource::FromBytes(pdf, "t.pdf"), FormatOptions{}, OpenSource);
  StringSink sink;
  doc.Write(
      [](const Segment& s) {
        std::vector<Edit> edits;
        size_t at = s.text.find("Zed Secretary");
        if (at != std::string::npos) edits.push_back({at, at + 13, "[X]"});
        return edits;
      },
      sink);
  auto before = LineStarts(pdf);
  auto after = LineStarts(sink.Take());
  for (const char* line : {"Next line stays here.", "Last line."}) {
    ASSERT_TRUE(before.count(line)) << line;
    ASSERT_TRUE(after.count(line)) << line;
    EXPECT_NEAR(after[line].x, before[line].x, 0.01) << line;
    EXPECT_NEAR(after[line].y, before[line].y, 0.01) << line;
  }
  for (const auto& [text, start] : after) {
    EXPECT_EQ(text.find("Secretary"), std::string::npos) << text;
    EXPECT_NEAR(start.y, before.begin()->second.y, 60) << text;  // nothing thrown off the page
  }
}

TEST(PdfTextPosition, TextObjectsAreFoundByTheLexer) {
  pdf::Context context("t.pdf");
  auto found = pdf::ReadContentStrings(context.get(),
                                       "BT (BT) Tj ET\nBI /W 1 /H 1 ID BT EI\nq BT/F1 1 Tf ET Q");
  ASSERT_EQ(found.text_objects.size(), 2u);  // not the string, not the inline image's data
  EXPECT_EQ(found.text_objects[0], 2u);
  EXPECT_EQ(found.text_objects[1], 40u);
}

}  // namespace
}  // namespace deskbench
