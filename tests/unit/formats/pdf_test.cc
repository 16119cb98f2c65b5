#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "formats/pdf/output_check.h"
#include "formats/pdf/page_ocr.h"
#include "formats/pdf/page_text.h"
#include "formats/pdf/pdf_document.h"
#include "formats/pdf/redaction.h"
#include "formats/registry.h"
#include "pdf_fixtures.h"

namespace deskbench {
namespace {

using testing::SamplePdf;

std::unique_ptr<pdf::PdfDocument> Open(std::string bytes, FormatOptions options = {}) {
  return std::make_unique<pdf::PdfDocument>(ByteSource::FromBytes(std::move(bytes), "t.pdf"),
                                            options, OpenSource);
}

// location → text of every segment.
std::multimap<std::string, std::string> Segments(Document& doc) {
  std::multimap<std::string, std::string> out;
  doc.Scan([&](const Segment& s) { out.emplace(s.location, s.text); });
  return out;
}

std::string AllText(Document& doc) {
  std::string all;
  doc.Scan([&](const Segment& s) { all.append(s.text).append("\n"); });
  return all;
}

// Replaces each of terms wherever it occurs.
SegmentEditor Replacing(std::vector<std::string> terms, std::string with = "[X]") {
  return [terms, with](const Segment& s) {
    std::vector<Edit> edits;
    for (size_t i = 0; i < s.text.size();) {
      bool hit = false;
      for (const std::string& t : terms) {
        if (s.text.substr(i).starts_with(t)) {
          edits.push_back({i, i + t.size(), with});
          i += t.size();
          hit = true;
          break;
        }
      }
      if (!hit) ++i;
    }
    return edits;
  };
}

bool HasNote(const Document& doc, std::string_view part) {
  for (const Note& n : doc.Notes()) {
    if (n.part.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(PdfDocument, ScansEveryPlaceThatCarriesText) {
  auto doc = Open(SamplePdf());
  auto segs = Segments(*doc);
  auto text_at = [&](const std::string& location) {
    auto it = segs.find(location);
    return it == segs.end() ? std::string("<none>") : it->second;
  };
  EXPECT_EQ(text_at("page 1, line 1"), "Contact Jane Roe today.");
  EXPECT_EQ(text_at("document information: Author"), "Jane Roe");
  EXPECT_EQ(text_at("page 1, Text comment"), "Call Carol Commenter");
  EXPECT_EQ(text_at("page 1, Text author"), "Carol Commenter");
  EXPECT_EQ(text_at("form field employee value"), "Dave Fielding");
  EXPECT_EQ(text_at("bookmark 1"), "Chapter for Jane Roe");
  EXPECT_EQ(text_at("page label from page 1"), "Jane Roe-");
  EXPECT_EQ(text_at("page 1, link"), "https://example.com/jane.roe");
  EXPECT_EQ(text_at("structure element 1 alt text"), "Photo of Jane Roe");
  EXPECT_EQ(text_at("form field reviewers option 1"), "Ann Optionsby");
  EXPECT_EQ(text_at("form field reviewers value 1"), "Ann Optionsby");
  EXPECT_EQ(segs.count("form field reviewers option 2"), 2u);  // export and display text
  EXPECT_EQ(text_at("structure element 2 actual text"), "Jane Roe");
  std::string all = AllText(*doc);
  EXPECT_NE(all.find("Hidden Alice Hidden"), std::string::npos);  // hidden layer
  EXPECT_NE(all.find("Form Bob Formsby"), std::string::npos);     // Form XObject
  EXPECT_TRUE(HasNote(*doc, "hidden optional content"));
}

TEST(PdfDocument, WritesRedactedEditedAndCleanedOutput) {
  auto doc = Open(SamplePdf());
  StringSink sink;
  doc->Write(Replacing({"Jane Roe", "Alice", "Bob Formsby", "Carol", "Dave Fielding", "jane.roe",
                        "Ann Optionsby"}),
             sink);
  std::string out = sink.Take();
  ASSERT_TRUE(out.starts_with("%PDF-"));

  auto again = Open(out);
  std::string all = AllText(*again);
  EXPECT_EQ(out.find("Optionsby"), std::string::npos);  // nor in the rich-text value
  for (const char* gone :
       {"Jane", "Alice", "Bob", "Formsby", "Carol", "Dave", "jane.roe", "Optionsby"}) {
    EXPECT_EQ(all.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(all.find("Nothing here."), std::string::npos);
  EXPECT_NE(all.find("Contact"), std::string::npos);  // the rest of a redacted line stays
  auto segs = Segments(*again);
  EXPECT_EQ(segs.count("document information: Author"), 0u);
  EXPECT_EQ(segs.count("page 1, Text comment"), 0u);  // comments removed by default
  auto field = segs.find("form field employee value");
  ASSERT_NE(field, segs.end());
  EXPECT_EQ(field->second, "[X]");
  auto link = segs.find("page 1, link");
  ASSERT_NE(link, segs.end());
  EXPECT_EQ(link->second, "https://example.com/[X]");
  EXPECT_EQ(out.find("JavaScript"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "JavaScript"));
  EXPECT_TRUE(HasNote(*doc, "document information"));
  EXPECT_TRUE(HasNote(*doc, "comments"));
  EXPECT_TRUE(HasNote(*doc, "page text"));
  EXPECT_TRUE(HasNote(*doc, "page thumbnails"));
  EXPECT_EQ(segs.find("structure element 1 alt text")->second, "Photo of [X]");
}

TEST(PdfDocument, KeptCommentsAreScrubbed) {
  FormatOptions options;
  options.keep_comments = true;
  auto doc = Open(SamplePdf(), options);
  StringSink sink;
  doc->Write(Replacing({"Carol Commenter"}, "Erin Example"), sink);
  auto segs = Segments(*Open(sink.Take()));
  auto comment = segs.find("page 1, Text comment");
  ASSERT_NE(comment, segs.end());
  EXPECT_EQ(comment->second, "Call Erin Example");
  auto author = segs.find("page 1, Text author");
  ASSERT_NE(author, segs.end());
  EXPECT_EQ(author->second, "Erin Example");
}

TEST(PdfDocument, UntouchedDocumentKeepsItsText) {
  auto doc = Open(SamplePdf());
  StringSink sink;
  doc->Write([](const Segment&) { return std::vector<Edit>{}; }, sink);
  std::string all = AllText(*Open(sink.Take()));
  EXPECT_NE(all.find("Contact Jane Roe today."), std::string::npos);
  EXPECT_NE(all.find("Form Bob Formsby"), std::string::npos);
}

TEST(PdfDocument, RefusesWhatMuPdfCannotOpen) {
  EXPECT_THROW(Open("%PDF-1.4\nthis is not a PDF at all"), Refusal);
  try {
    Open(std::string("%PDF-1.7\n") + std::string(4096, '\xff'));
    FAIL() << "garbage accepted";
  } catch (const Refusal& r) {
    EXPECT_EQ(r.file(), "t.pdf");
  }
}

TEST(PdfOutputCheck, RefusesWhenARedactedValueIsStillThere) {
  std::string pdf = SamplePdf();
  EXPECT_THROW(pdf::CheckOutput(pdf, "t.pdf", {"Jane Roe"}, Limits{}), Refusal);
  EXPECT_THROW(pdf::CheckOutput(pdf, "t.pdf", {"Alice"}, Limits{}), Refusal);  // hidden layer
  EXPECT_THROW(pdf::CheckOutput(pdf, "t.pdf", {"Dave  Fielding"}, Limits{}), Refusal);
  EXPECT_NO_THROW(pdf::CheckOutput(pdf, "t.pdf", {"Zed Unseen", "ab"}, Limits{}));
}

// One page whose text carries an /ActualText that repeats it.
std::string ActualTextPdf() {
  using testing::MakePdf;
  using testing::Stream;
  return MakePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
      " /Resources << /Font << /F1 4 0 R >> >> >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      Stream("",
             "/Span << /ActualText (Quentin Zellweger) >> BDC BT /F1 12 Tf 72 700 Td"
             " (Quentin Zellweger signed) Tj ET EMC\n"
             "BI /W 2 /H 1 /BPC 8 /CS /G ID \x28\x29 EI\n"
             "BT /F1 12 Tf 72 680 Td (Other text.) Tj ET"),
  });
}

TEST(PdfOutputCheck, ReadsStringsOtherReadersShow) {
  // MuPDF's text device does not show /ActualText; poppler does.
  EXPECT_THROW(pdf::CheckOutput(ActualTextPdf(), "t.pdf", {"Zellweger signed"}, Limits{}), Refusal);
  try {
    pdf::CheckOutput(ActualTextPdf(), "t.pdf", {"Quentin Zellweger"}, Limits{});
    FAIL() << "not refused";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("page 1"), std::string::npos) << r.reason();
  }
}

TEST(PdfDocument, ActualTextOfRedactedPagesIsRemoved) {
  auto doc = Open(ActualTextPdf());
  StringSink sink;
  // The output check reads the content streams' strings: a leftover /ActualText would refuse.
  doc->Write(Replacing({"Zellweger"}), sink);
  std::string out = sink.Take();
  EXPECT_TRUE(HasNote(*doc, "ActualText"));
  std::string all = AllText(*Open(out));
  EXPECT_NE(all.find("signed"), std::string::npos);
  EXPECT_NE(all.find("Other text."), std::string::npos);
}

TEST(PdfOutputCheck, ValuesAreWholeWords) {
  EXPECT_TRUE(pdf::ContainsWord("call Jane Roe now", "Jane Roe"));
  EXPECT_TRUE(pdf::ContainsWord("Jane Roe", "Jane Roe"));
  EXPECT_TRUE(pdf::ContainsWord("(Jane Roe)", "Jane Roe"));
  EXPECT_FALSE(pdf::ContainsWord("Goldsmith", "smith"));
  EXPECT_FALSE(pdf::ContainsWord("Smithson", "Smith"));
  EXPECT_TRUE(pdf::ContainsWord("Smithson and Smith", "Smith"));
  EXPECT_TRUE(pdf::ContainsWord("mail:x@y.com", "@y.com"));  // starts with a non-word byte
  EXPECT_FALSE(pdf::ContainsWord("Jos\xc3\xa9", "Jos"));
  EXPECT_FALSE(pdf::ContainsWord("abc", ""));
}

TEST(PdfOutputCheck, NormalizesSpaces) {
  EXPECT_EQ(pdf::NormalizeSpaces("  a \n\t b  "), "a b");
  EXPECT_EQ(pdf::NormalizeSpaces(""), "");
}

TEST(PdfPageText, QuadsCoverTheCharactersOfARange) {
  pdf::TextLine line;
  line.text = "ab c";
  line.char_at = {0, 1, 2, 3};
  for (int i = 0; i < 4; ++i) {
    float x = 10.0f * static_cast<float>(i);
    line.quads.push_back(fz_quad{{x, 0}, {x + 8, 0}, {x, 12}, {x + 8, 12}});
  }
  auto quads = pdf::QuadsFor(line, 1, 4);
  ASSERT_EQ(quads.size(), 1u);
  EXPECT_FLOAT_EQ(quads[0].ul.x, 10);
  EXPECT_FLOAT_EQ(quads[0].ur.x, 38);
  EXPECT_TRUE(pdf::QuadsFor(line, 2, 2).empty());
  EXPECT_TRUE(pdf::QuadsFor(line, 9, 12).empty());
  // A line assembled from pieces out of order gets one quad per piece: 0 30 | 20 | 10.
  std::swap(line.quads[1], line.quads[3]);
  EXPECT_EQ(pdf::QuadsFor(line, 0, 4).size(), 3u);
}

// One quad per character, 10 points apart; multi-byte characters share theirs.
pdf::TextLine LineOf(std::string_view text) {
  pdf::TextLine line;
  line.text = text;
  for (size_t b = 0; b < text.size(); ++b) {
    bool continues = b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80;
    if (!continues) {
      float x = 10.0f * static_cast<float>(line.quads.size());
      line.quads.push_back(fz_quad{{x, 0}, {x + 8, 0}, {x, 12}, {x + 8, 12}});
    }
    line.char_at.push_back(static_cast<uint32_t>(line.quads.size() - 1));
  }
  return line;
}

TEST(PdfPageText, LetterSpacedWordsAreReadWhole) {
  auto words =
      pdf::WithoutLetterSpacing(LineOf("By M a r g a r e t  H o l l y , 2024 \xc3\x89 l o d i e"));
  ASSERT_TRUE(words.has_value());
  EXPECT_EQ(words->text, "By Margaret Holly, 2024 \xc3\x89lodie");
  // Each character keeps its own quad: "H" was the 21st character.
  auto quads = pdf::QuadsFor(*words, 12, 13);
  ASSERT_EQ(quads.size(), 1u);
  EXPECT_FLOAT_EQ(quads[0].ul.x, 200);
  // Three letters in a row are not a run; ordinary text has none.
  EXPECT_FALSE(pdf::WithoutLetterSpacing(LineOf("x y z and a b c")).has_value());
  EXPECT_FALSE(pdf::WithoutLetterSpacing(LineOf("Contact Jane Roe today.")).has_value());
  EXPECT_FALSE(pdf::WithoutLetterSpacing(LineOf("")).has_value());
}

// A text page that also draws a blank 64x64 grey picture 200 points wide (a screenshot's place).
std::string TextPageWithImage() {
  std::string content =
      "BT /F1 12 Tf 72 700 Td (Report text above the picture.) Tj ET\n"
      "q 200 0 0 100 72 500 cm /Im1 Do Q\n";
  return testing::MakePdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
      " /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
      testing::Stream("", content),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      testing::Stream("/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray"
                      " /BitsPerComponent 8",
                      std::string(64 * 64, '\xF0')),
  });
}

TEST(PdfDocument, ImagesOnTextPagesAreReadWithOcr) {
  auto doc = Open(TextPageWithImage());
  EXPECT_TRUE(HasNote(*doc, "images on text pages (1)"));
  EXPECT_FALSE(HasNote(*doc, "scanned pages"));
}

TEST(PdfDocument, ImagesOnTextPagesAreNotedWhenOcrIsOff) {
  FormatOptions options;
  options.ocr = false;
  auto doc = Open(TextPageWithImage(), options);
  bool noted = false;
  for (const Note& n : doc->Notes()) {
    if (n.part == "text in images") noted = n.action.starts_with("not checked (OCR off)");
  }
  EXPECT_TRUE(noted);
  EXPECT_FALSE(HasNote(*doc, "images on text pages"));
}

TEST(PdfPageOcr, ImagesWorthReadingAreSizeableAndHaveNoTextLayer) {
  const fz_rect page{0, 0, 612, 792};
  pdf::PageText text;
  text.images.push_back({{72, 72, 400, 300}, 800, 560, 0});       // a screenshot
  text.images.push_back({{72, 320, 84, 332}, 64, 64, 0});         // an icon: 12 points
  text.images.push_back({{72, 400, 300, 500}, 20, 20, 0});        // 20 pixels: nothing to read
  text.images.push_back({{72, 520, 400, 700}, 900, 500, 30000});  // a searchable scan
  text.images.push_back({{100, 100, 200, 200}, 300, 300, 0});     // inside the screenshot
  std::vector<fz_rect> read = pdf::ImagesToRead(text, page);
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].x1, 400);
  // A larger image drawn after a smaller one takes its place.
  text.images.push_back({{0, 0, 500, 500}, 1000, 1000, 0});
  read = pdf::ImagesToRead(text, page);
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].x1, 500);
}

TEST(PdfPageOcr, ATiledPictureIsReadAsTheWholePage) {
  const fz_rect page{0, 0, 612, 792};
  pdf::PageText text;
  for (int i = 0; i < 40; ++i) {
    float x = static_cast<float>(i % 8) * 70;
    float y = static_cast<float>(i / 8) * 70;
    text.images.push_back({{x, y, x + 70, y + 70}, 256, 256, 0});
  }
  std::vector<fz_rect> read = pdf::ImagesToRead(text, page);
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].x1, 612);
  EXPECT_EQ(read[0].y1, 792);
}

TEST(PdfRedaction, LabelsAreEntityTagsOnly) {
  EXPECT_EQ(pdf::LabelFor("[PERSON]"), "[PERSON]");
  EXPECT_EQ(pdf::LabelFor("Jane Roe"), "");
  EXPECT_EQ(pdf::LabelFor("[]"), "");
  EXPECT_EQ(pdf::LabelFor("[P\xc3\xa9]"), "");
}

TEST(PdfRegistry, DetectedByContent) {
  EXPECT_EQ(DetectFormat("scan.bin", "%PDF-1.7\n"), "pdf");
  // Junk before the header is allowed, the header on a line of its own...
  EXPECT_EQ(DetectFormat("x", std::string(100, ' ') + "\n%PDF-1.4\n"), "pdf");
  // ...but a script that merely mentions the header stays a script.
  EXPECT_EQ(DetectFormat("make_pdf.py", "# writes files that start with %PDF-1.7\nprint(1)\n"),
            "code");
  auto opened = OpenSource(ByteSource::FromBytes(SamplePdf(), "noext"), FormatOptions{});
  EXPECT_EQ(opened.format, "pdf");
}

}  // namespace
}  // namespace deskbench
