#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "formats/ooxml/docx_document.h"
#include "formats/ooxml/relationships.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "image_fixtures.h"
#include "office_fixtures.h"
#include "test_support.h"

namespace deskbench::ooxml {
namespace {

using testing::Replacing;
using testing::Unzip;

using Parts = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

const std::string kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string Body(const std::string& inner) {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") +
         kNs + "><w:body>" + inner + "</w:body></w:document>";
}

std::string Zip(const Parts& parts) {
  ZipWriter w;
  for (const auto& [name, content] : parts) w.Add(name, content, 315532800);
  return w.Finish();
}

// A package with document.xml (body), plus extra parts, overrides and document relationships.
std::string Docx(const std::string& body, const Parts& extra = {},
                 const std::string& overrides = "", const std::string& doc_rels = "") {
  Parts parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Default Extension=\"png\" ContentType=\"image/png\"/>"
       "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
       "<Override PartName=\"/word/document.xml\" ContentType=\"" +
           kWml + "document.main+xml\"/>" + overrides + "</Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" +
           kRel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml", Body(body)},
  };
  if (!doc_rels.empty()) {
    parts.push_back({"word/_rels/document.xml.rels",
                     "<?xml version=\"1.0\"?><Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                         doc_rels + "</Relationships>"});
  }
  parts.insert(parts.end(), extra.begin(), extra.end());
  return Zip(parts);
}

std::vector<std::string> Texts(Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : testing::Collect(doc)) out.push_back(s.text);
  return out;
}

std::string RefusalOf(const std::string& bytes, const Limits& limits = Limits{}) {
  try {
    DocxDocument::FromBytes(bytes, limits);
  } catch (const Refusal& r) {
    return r.reason();
  }
  return "";
}

bool HasNote(Document& doc, const std::string& part_piece) {
  for (const Note& n : doc.Notes()) {
    if (n.part.find(part_piece) != std::string::npos) return true;
  }
  return false;
}

TEST(DocxTest, AParagraphInATableSaysItsCell) {
  auto cell = [](const std::string& text) {
    return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  };
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:t>Before</w:t></w:r></w:p><w:tbl><w:tr>" + cell("Owner") + cell("Email") +
           "</w:tr><w:tr>" + cell("Jane Doe") + "<w:tc><w:tbl><w:tr>" + cell("inner") +
           "</w:tr></w:tbl></w:tc></w:tr></w:tbl>"
           "<w:p><w:r><w:t>After</w:t></w:r></w:p>"),
      Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 6u);
  EXPECT_EQ(seen[0].location, "word/document.xml paragraph 1");
  EXPECT_EQ(seen[1].location, "word/document.xml table 1, row 1, cell 1, paragraph 2");
  EXPECT_EQ(seen[2].location, "word/document.xml table 1, row 1, cell 2, paragraph 3");
  EXPECT_EQ(seen[3].location, "word/document.xml table 1, row 2, cell 1, paragraph 4");
  EXPECT_EQ(seen[4].location, "word/document.xml table 2, row 1, cell 1, paragraph 5");
  EXPECT_EQ(seen[5].location, "word/document.xml paragraph 6");
}

// Below a table's first row a paragraph is read under its column's header (a merged header
// spanning two columns heads both); a first row of prose heads nothing.
TEST(DocxTest, CellsBelowTheFirstRowTakeTheirColumnsHeader) {
  auto cell = [](const std::string& text) {
    return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  };
  const std::string merged =
      "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Contact</w:t></w:r>"
      "</w:p></w:tc>";
  const std::string prose(80, 'x');
  auto doc = DocxDocument::FromBytes(
      Docx("<w:tbl><w:tr>" + cell("SSN") + merged + cell(prose) + "</w:tr><w:tr>" +
           cell("536221234") + cell("a") + cell("b") + cell("c") + "</w:tr></w:tbl>"),
      Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 7u);
  EXPECT_EQ(seen[0].hint, "");  // the headers themselves: the body's own hint
  EXPECT_EQ(seen[3].text, "536221234");
  EXPECT_EQ(seen[3].hint, "SSN");
  EXPECT_EQ(seen[4].hint, "Contact");
  EXPECT_EQ(seen[5].hint, "Contact");
  EXPECT_EQ(seen[6].hint, "");
}

TEST(DocxTest, AParagraphSplitOverRunsIsOneSegmentAndEditsKeepFormatting) {
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Call Ja</w:t></w:r><w:proofErr w:type=\"x\"/>"
           "<w:hyperlink><w:r><w:t xml:space=\"preserve\">ne Doe at </w:t></w:r></w:hyperlink>"
           "<w:r><w:t>noon</w:t></w:r></w:p><w:p><w:r><w:t>Untouched</w:t></w:r></w:p>"),
      Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].text, "Call Jane Doe at noon");
  EXPECT_EQ(seen[0].location, "word/document.xml paragraph 1");
  auto out = Unzip(testing::WriteReplacing(*doc, "Jane Doe", "<PERSON>"));
  const std::string& xml = out["word/document.xml"];
  EXPECT_NE(xml.find("<w:r><w:rPr><w:b/></w:rPr><w:t>Call &lt;PERSON&gt;</w:t></w:r>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<w:t xml:space=\"preserve\"> at </w:t>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<w:p><w:r><w:t>Untouched</w:t></w:r></w:p>"), std::string::npos);
  EXPECT_EQ(xml.find("Jane"), std::string::npos);
  auto again =
      DocxDocument::FromBytes(testing::WriteReplacing(*doc, "Jane Doe", "<PERSON>"), Limits{});
  EXPECT_EQ(Texts(*again)[0], "Call <PERSON> at noon");
  // The last write puts the edits into the parts themselves: the same bytes, then no more use.
  std::string copied = testing::WriteReplacing(*doc, "Jane Doe", "<PERSON>");
  EXPECT_EQ(testing::WriteLastReplacing(*doc, "Jane Doe", "<PERSON>"), copied);
  EXPECT_THROW(testing::Collect(*doc), std::logic_error);
  EXPECT_THROW(testing::WriteUnchanged(*doc), std::logic_error);
}

TEST(DocxTest, AnUntouchedPackageIsCopiedEntryByEntry) {
  std::string bytes = Docx("<w:p><w:r><w:t>Nothing here</w:t></w:r></w:p>");
  auto doc = DocxDocument::FromBytes(bytes, Limits{});
  EXPECT_TRUE(doc->Notes().empty());
  auto in = Unzip(bytes);
  auto out = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(in, out);
  ZipReader a(bytes, "a", Limits{});
  ZipReader b(testing::WriteUnchanged(*doc), "b", Limits{});
  ASSERT_EQ(a.entries().size(), b.entries().size());
  for (size_t i = 0; i < a.entries().size(); ++i) {
    EXPECT_EQ(a.entries()[i].compressed_size, b.entries()[i].compressed_size);
  }
  EXPECT_EQ(b.entries()[0].name, "[Content_Types].xml");
}

TEST(DocxTest, TrackedChangesAreAcceptedBeforeScanning) {
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:t xml:space=\"preserve\">Pay </w:t></w:r>"
           "<w:ins w:id=\"1\" w:author=\"Ann\"><w:r><w:t>Bob</w:t></w:r></w:ins>"
           "<w:del w:id=\"2\" w:author=\"Ann\"><w:r><w:delText>Mallory 123-45-6789</w:delText>"
           "</w:r></w:del><w:moveFrom><w:r><w:t>old place</w:t></w:r></w:moveFrom></w:p>"),
      Limits{});
  EXPECT_EQ(Texts(*doc), std::vector<std::string>{"Pay Bob"});
  std::string xml = Unzip(testing::WriteUnchanged(*doc))["word/document.xml"];
  EXPECT_EQ(xml.find("Mallory"), std::string::npos);
  EXPECT_EQ(xml.find("old place"), std::string::npos);
  EXPECT_EQ(xml.find("w:ins"), std::string::npos);
  EXPECT_EQ(xml.find("Ann"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "tracked changes"));
  // A deleted paragraph mark alone is a change too: the part is rewritten without it.
  auto mark = DocxDocument::FromBytes(
      Docx("<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"Ann\"/></w:rPr></w:pPr></w:p>"),
      Limits{});
  EXPECT_EQ(Unzip(testing::WriteUnchanged(*mark))["word/document.xml"].find("Ann"),
            std::string::npos);
}

TEST(DocxTest, CommentsAreRemovedWithTheirAnchorsRelationshipAndContentType) {
  std::string comments = std::string("<w:comments ") + kNs +
                         "><w:comment w:id=\"0\" w:author=\"Eve\"><w:p><w:r><w:t>call "
                         "eve@example.com</w:t></w:r></w:p></w:comment></w:comments>";
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Text</w:t></w:r>"
           "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>",
           {{"word/comments.xml", comments}},
           "<Override PartName=\"/word/comments.xml\" ContentType=\"" + kWml + "comments+xml\"/>",
           "<Relationship Id=\"rId9\" Type=\"" + kRel + "comments\" Target=\"comments.xml\"/>"),
      Limits{});
  EXPECT_EQ(Texts(*doc), std::vector<std::string>{"Text"});
  auto out = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(out.count("word/comments.xml"), 0u);
  EXPECT_EQ(out["[Content_Types].xml"].find("comments"), std::string::npos);
  EXPECT_EQ(out["word/_rels/document.xml.rels"].find("rId9"), std::string::npos);
  EXPECT_EQ(out["word/document.xml"].find("comment"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "word/comments.xml (comments)"));
}

TEST(DocxTest, KeptCommentsAreScrubbedWithTheirAnchorsAndPeopleLoseTheirAccounts) {
  std::string comments = std::string("<w:comments ") + kNs +
                         "><w:comment w:id=\"0\" w:author=\"Eve Adams\" w:initials=\"EA\">"
                         "<w:p><w:r><w:t>call Eve</w:t></w:r><w:r><w:t> today</w:t></w:r></w:p>"
                         "</w:comment></w:comments>";
  std::string people =
      "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
      "<w15:person w15:author=\"Eve Adams\"><w15:presenceInfo w15:providerId=\"AD\" "
      "w15:userId=\"S::eve@corp.example::1234\"/></w15:person></w15:people>";
  FormatOptions options;
  options.keep_comments = true;
  DocxDocument doc(
      ByteSource::FromBytes(
          Docx("<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Text</w:t></w:r>"
               "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>",
               {{"word/comments.xml", comments}, {"word/people.xml", people}},
               "<Override PartName=\"/word/comments.xml\" ContentType=\"" + kWml +
                   "comments+xml\"/><Override PartName=\"/word/people.xml\" "
                   "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                   "people+xml\"/>",
               "<Relationship Id=\"rId9\" Type=\"" + kRel +
                   "comments\" Target=\"comments.xml\"/><Relationship Id=\"rId8\" "
                   "Type=\"http://schemas.microsoft.com/office/2011/relationships/people\" "
                   "Target=\"people.xml\"/>")),
      options);
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"Text", "Eve Adams", "call Eve today", "Eve Adams"}));
  auto out = Unzip(testing::WriteReplacing(doc, "Eve", "Zed"));
  EXPECT_NE(out["word/comments.xml"].find("w:author=\"Zed Adams\""), std::string::npos);
  EXPECT_NE(out["word/comments.xml"].find("<w:t>call Zed</w:t>"), std::string::npos);
  EXPECT_EQ(out["word/comments.xml"].find("EA"), std::string::npos);
  EXPECT_NE(out["word/people.xml"].find("w15:author=\"Zed Adams\""), std::string::npos);
  EXPECT_EQ(out["word/people.xml"].find("presenceInfo"), std::string::npos);
  EXPECT_NE(out["word/document.xml"].find("commentReference"), std::string::npos);
  EXPECT_NE(out["word/_rels/document.xml.rels"].find("rId9"), std::string::npos);
}

TEST(DocxTest, AnEmbeddedWorkbookIsScrubbedAndAnUnreadableOneDropped) {
  std::string sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:t>See table</w:t></w:r></w:p>",
           {{"word/embeddings/Book1.xlsx", testing::TinyWorkbook("Bob Jones")},
            {"word/embeddings/Book2.xlsx", "PK not really a workbook"}},
           "<Override PartName=\"/word/embeddings/Book1.xlsx\" ContentType=\"" + sheet +
               "\"/><Override PartName=\"/word/embeddings/Book2.xlsx\" ContentType=\"" + sheet +
               "\"/>",
           "<Relationship Id=\"rId5\" Type=\"" + kRel +
               "package\" Target=\"embeddings/Book1.xlsx\"/><Relationship Id=\"rId6\" Type=\"" +
               kRel + "package\" Target=\"embeddings/Book2.xlsx\"/>"),
      Limits{});
  bool found = false;
  for (const auto& s : testing::Collect(*doc)) {
    if (s.text == "Bob Jones") {
      found = true;
      EXPECT_TRUE(s.location.starts_with("word/embeddings/Book1.xlsx \u203a ")) << s.location;
    }
  }
  EXPECT_TRUE(found);
  auto out = Unzip(testing::WriteReplacing(*doc, "Bob", "Kim"));
  ASSERT_EQ(out.count("word/embeddings/Book1.xlsx"), 1u);
  EXPECT_EQ(out.count("word/embeddings/Book2.xlsx"), 0u);
  EXPECT_EQ(out["word/_rels/document.xml.rels"].find("Book2"), std::string::npos);
  auto inner = Unzip(out["word/embeddings/Book1.xlsx"]);
  EXPECT_NE(inner["xl/sharedStrings.xml"].find("<t>Kim Jones</t>"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "word/embeddings/Book2.xlsx"));
  // Nested too deeply: the workbook is not opened, so it goes.
  Limits flat;
  flat.max_nesting = 0;
  auto shallow = DocxDocument::FromBytes(
      Docx("<w:p/>", {{"word/embeddings/Book1.xlsx", testing::TinyWorkbook("Bob")}},
           "<Override PartName=\"/word/embeddings/Book1.xlsx\" ContentType=\"" + sheet + "\"/>"),
      flat);
  EXPECT_EQ(Unzip(testing::WriteUnchanged(*shallow)).count("word/embeddings/Book1.xlsx"), 0u);
}

TEST(DocxTest, MetadataIsScannedThenRemoved) {
  std::string core =
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Jane Q. Doe</dc:creator>"
      "<dc:title>Salary review</dc:title></cp:coreProperties>";
  std::string app =
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "extended-properties\"><Application>Word</Application><Company>Acme "
      "Ltd</Company></Properties>";
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:t>Body</w:t></w:r></w:p>",
           {{"docProps/core.xml", core}, {"docProps/app.xml", app}},
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Override PartName=\"/docProps/app.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/"
           ">"),
      Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_EQ(seen[0].text, "Jane Q. Doe");
  EXPECT_EQ(seen[0].hint, "metadata:author");
  EXPECT_EQ(seen[0].location, "docProps/core.xml creator");
  EXPECT_EQ(seen[2].text, "Acme Ltd");
  auto out = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(out["docProps/core.xml"].find("Jane"), std::string::npos);
  EXPECT_EQ(out["docProps/core.xml"].find("Salary"), std::string::npos);
  EXPECT_EQ(out["docProps/app.xml"].find("Acme"), std::string::npos);
  EXPECT_NE(out["docProps/app.xml"].find("<Application>Word</Application>"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "docProps/core.xml creator"));
  EXPECT_TRUE(HasNote(*doc, "docProps/app.xml Company"));
}

TEST(DocxTest, MacrosAndImagesAreDroppedWithTheElementsUsingThem) {
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:t>Logo</w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" "
           "name=\"Picture 1\" descr=\"Photo of Jane\"/><a:graphic><a:blip r:embed=\"rId7\"/>"
           "</a:graphic></wp:inline></w:drawing></w:r></w:p>",
           {{"word/media/image1.png", "\x89PNG fake"}, {"word/vbaProject.bin", "macro bytes"}}, "",
           "<Relationship Id=\"rId7\" Type=\"" + kRel +
               "image\" Target=\"media/image1.png\"/><Relationship Id=\"rId8\" "
               "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
               "Target=\"vbaProject.bin\"/>"),
      Limits{});
  EXPECT_EQ(Texts(*doc), std::vector<std::string>{"Logo"});
  auto out = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(out.count("word/media/image1.png"), 0u);
  EXPECT_EQ(out.count("word/vbaProject.bin"), 0u);
  EXPECT_EQ(out["word/document.xml"].find("<w:drawing"), std::string::npos);
  EXPECT_EQ(out["word/_rels/document.xml.rels"].find("Relationship Id"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "(macros)"));
  EXPECT_TRUE(HasNote(*doc, "(embedded image)"));
}

TEST(DocxTest, PicturesWrittenBackUnchangedKeepTheirStoredBytes) {
  // Saved without compression inside the PNG and stored in the zip: written anew, it would be
  // deflated; copied, it stays stored.
  std::string plain =
      testing::RunPil("Image.new('RGB', (120, 40), 'navy').save(out, 'PNG', compress_level=0)");
  std::string tagged = testing::RunPil(
      "from PIL import PngImagePlugin\ninfo = PngImagePlugin.PngInfo()\n"
      "info.add_text('Author', 'Jane Doe')\n"
      "Image.new('RGB', (120, 40), 'navy').save(out, 'PNG', pnginfo=info)");
  ASSERT_NE(tagged.find("Jane Doe"), std::string::npos);
  auto picture = [](const std::string& id) {
    return "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture\"/><a:graphic>"
           "<a:blip r:embed=\"" +
           id + "\"/></a:graphic></wp:inline></w:drawing></w:r></w:p>";
  };
  std::string in = Docx(picture("rId7") + picture("rId8"),
                        {{"word/media/plain.png", plain}, {"word/media/tagged.png", tagged}}, "",
                        "<Relationship Id=\"rId7\" Type=\"" + kRel +
                            "image\" Target=\"media/plain.png\"/><Relationship Id=\"rId8\" "
                            "Type=\"" +
                            kRel + "image\" Target=\"media/tagged.png\"/>");
  {
    ZipReader built(in, "built.docx", Limits{});
    ZipWriter restored;
    for (const ZipEntry& e : built.entries()) {
      if (e.name == "word/media/plain.png") {
        restored.Add(e.name, plain, kNeutralZipTime, true);
      } else {
        restored.Copy(built, e, kNeutralZipTime);
      }
    }
    in = restored.Finish();
  }
  FormatOptions options;
  options.ocr = false;
  DocxDocument doc(ByteSource::FromBytes(in), options);
  std::string out = testing::WriteUnchanged(doc);
  ZipReader before(in, "in.docx", Limits{});
  ZipReader after(out, "out.docx", Limits{});
  const ZipEntry* plain_in = before.Find("word/media/plain.png");
  const ZipEntry* plain_out = after.Find("word/media/plain.png");
  ASSERT_NE(plain_out, nullptr);
  EXPECT_EQ(after.ReadRaw(*plain_out), before.ReadRaw(*plain_in));  // copied, not recompressed
  EXPECT_EQ(plain_in->method, 0);
  EXPECT_EQ(plain_out->method, 0);
  const ZipEntry* tagged_out = after.Find("word/media/tagged.png");
  ASSERT_NE(tagged_out, nullptr);
  std::string scrubbed = after.Read(*tagged_out);
  EXPECT_EQ(scrubbed.find("Jane Doe"), std::string::npos);
  EXPECT_NE(scrubbed, tagged);
}

TEST(DocxTest, TextBoxesAltTextFieldsAndHyperlinksAreSegments) {
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:t>Outer</w:t></w:r><w:r><w:drawing><wp:anchor><wp:docPr id=\"2\" "
           "name=\"Box\" descr=\"Box for Jane\"/><w:txbxContent><w:p><w:r><w:t>Inside "
           "box</w:t></w:r></w:p></w:txbxContent></wp:anchor></w:drawing></w:r>"
           "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"mailto:a@b.org\" "
           "</w:instrText></w:r><w:hyperlink r:id=\"rId3\"><w:r><w:t>site</w:t></w:r>"
           "</w:hyperlink></w:p>",
           {}, "",
           "<Relationship Id=\"rId3\" Type=\"" + kRel +
               "hyperlink\" Target=\"mailto:jane@example.com\" TargetMode=\"External\"/>"),
      Limits{});
  auto seen = testing::Collect(*doc);
  std::map<std::string, std::string> by_hint;
  for (const auto& s : seen) by_hint[s.hint] += s.text + "|";
  EXPECT_EQ(by_hint[""], "Outersite|");
  EXPECT_EQ(by_hint["text box"], "Inside box|");
  EXPECT_EQ(by_hint["alt text"], "Box for Jane|");
  EXPECT_EQ(by_hint["field code"], " HYPERLINK \"mailto:a@b.org\" |");
  EXPECT_EQ(by_hint["hyperlink"], "mailto:jane@example.com|");
  auto out = Unzip(testing::WriteReplacing(*doc, "jane@example.com", "x@example.invalid"));
  EXPECT_NE(out["word/_rels/document.xml.rels"].find("mailto:x@example.invalid"),
            std::string::npos);
  out = Unzip(testing::WriteReplacing(*doc, "Jane", "P1"));
  EXPECT_NE(out["word/document.xml"].find("descr=\"Box for P1\""), std::string::npos);
}

TEST(DocxTest, TooltipsAndFormFieldTextsAreSegments) {
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:hyperlink w:anchor=\"x\" w:tooltip=\"Ask Jane\"><w:r><w:t>link</w:t></w:r>"
           "</w:hyperlink><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:textInput>"
           "<w:default w:val=\"jane@example.com\"/></w:textInput><w:helpText w:type=\"text\" "
           "w:val=\"Call 555\"/></w:ffData></w:fldChar></w:r><w:smartTag w:element=\"PersonName\">"
           "<w:smartTagPr><w:attr w:name=\"ProductID\" w:val=\"Jane Roe\"/></w:smartTagPr><w:r>"
           "<w:t>Jane Roe</w:t></w:r></w:smartTag></w:p>"),
      Limits{});
  auto seen = testing::Collect(*doc);
  std::map<std::string, std::string> by_hint;
  for (const auto& s : seen) by_hint[s.hint] += s.text + "|";
  EXPECT_EQ(by_hint["tooltip"], "Ask Jane|");
  EXPECT_EQ(by_hint["form field"], "jane@example.com|Call 555|");
  EXPECT_EQ(by_hint[""], "linkJane Roe|");
  EXPECT_EQ(by_hint["smart tag"], "Jane Roe|");
  auto out = Unzip(testing::WriteReplacing(*doc, "Jane", "P1"));
  EXPECT_NE(out["word/document.xml"].find("w:tooltip=\"Ask P1\""), std::string::npos);
}

TEST(DocxTest, TabsInsideAMatchAreRemovedAndReplacementsSurviveEdges) {
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p><w:r><w:t>555</w:t><w:tab/><w:t>0100</w:t></w:r></w:p><w:p><w:r><w:t>555</w:t>"
           "<w:noBreakHyphen/><w:t>2671</w:t></w:r></w:p>"),
      Limits{});
  EXPECT_EQ(Texts(*doc), (std::vector<std::string>{"555\t0100", "555-2671"}));
  std::string xml = Unzip(testing::WriteReplacing(*doc, "555\t0100", " X "))["word/document.xml"];
  EXPECT_NE(xml.find("<w:r><w:t xml:space=\"preserve\"> X </w:t><w:t/></w:r>"), std::string::npos)
      << xml;
}

TEST(DocxTest, HostileXmlAndZipsAreRefused) {
  EXPECT_NE(RefusalOf(Docx("<w:p/>").substr(0, 40)).find("zip"), std::string::npos);
  std::string doctype = Docx("<w:p/>");
  EXPECT_EQ(RefusalOf(doctype), "");
  Parts with_dtd = {{"[Content_Types].xml", "<!DOCTYPE x [<!ENTITY a \"b\">]><Types/>"}};
  EXPECT_NE(RefusalOf(Zip(with_dtd)).find("DOCTYPE"), std::string::npos);
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<w:sdt>";
  for (int i = 0; i < 300; ++i) deep += "</w:sdt>";
  EXPECT_NE(RefusalOf(Docx(deep)).find("nested deeper"), std::string::npos);
  EXPECT_NE(RefusalOf(Zip({{"../evil.xml", "x"}})).find("escapes"), std::string::npos);
  EXPECT_NE(RefusalOf(Zip({{"/abs.xml", "x"}})).find("escapes"), std::string::npos);
  Limits tiny;
  tiny.max_inflated_bytes = 100;
  EXPECT_NE(RefusalOf(Docx("<w:p/>"), tiny).find("inflates"), std::string::npos);
  EXPECT_NE(RefusalOf(Zip({{"[Content_Types].xml", std::string(4 << 20, ' ')}})).find("zip bomb"),
            std::string::npos);
  Limits few;
  few.max_zip_entries = 2;
  EXPECT_NE(RefusalOf(Docx("<w:p/>"), few).find("entries"), std::string::npos);
  // Two entries with the same name: made by renaming one in the raw bytes.
  std::string dup = Zip({{"word/a.xml", "1"}, {"word/b.xml", "2"}});
  for (size_t at = dup.find("word/b.xml"); at != std::string::npos; at = dup.find("word/b.xml")) {
    dup[at + 5] = 'a';
  }
  EXPECT_NE(RefusalOf(dup), "");
  EXPECT_NE(RefusalOf(Zip({{"[Content_Types].xml", "<Types/>"}})).find("Word"), std::string::npos);
  EXPECT_NE(RefusalOf("not a zip at all").find("zip"), std::string::npos);
}

TEST(DocxTest, SettingsUnknownPartsAndRsidsAreCleanedAndWritingTwiceIsTheSame) {
  std::string settings =
      std::string("<w:settings ") + kNs +
      "><w:zoom w:percent=\"100\"/><w:attachedTemplate r:id=\"rId1\"/><w:docVars><w:docVar "
      "w:name=\"owner\" w:val=\"jdoe\"/></w:docVars><w:documentProtection w:edit=\"readOnly\" "
      "w:hashValue=\"abc=\"/><w:rsids><w:rsidRoot w:val=\"00A1\"/></w:rsids></w:settings>";
  std::string settings_rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
      kRel +
      "attachedTemplate\" Target=\"file:///C:/Users/jdoe/Templates/Normal.dotm\" "
      "TargetMode=\"External\"/></Relationships>";
  auto doc = DocxDocument::FromBytes(
      Docx("<w:p w:rsidR=\"00A1\" w:rsidRDefault=\"00B2\"><w:r w:rsidRPr=\"00C3\"><w:t>Hi</w:t>"
           "</w:r></w:p>",
           {{"word/settings.xml", settings},
            {"word/_rels/settings.xml.rels", settings_rels},
            {"word/webextensions/taskpane.xml", "<x>secret notes</x>"},
            {"word/_rels/gone.xml.rels", settings_rels}},
           "<Override PartName=\"/word/settings.xml\" ContentType=\"" + kWml +
               "settings+xml\"/><Override PartName=\"/word/webextensions/taskpane.xml\" "
               "ContentType=\"application/vnd.ms-office.webextensiontaskpanes+xml\"/>"),
      Limits{});
  EXPECT_EQ(Texts(*doc), std::vector<std::string>{"Hi"});
  std::string written = testing::WriteUnchanged(*doc);
  EXPECT_EQ(written, testing::WriteUnchanged(*doc));
  auto out = Unzip(written);
  EXPECT_EQ(out["word/document.xml"].find("rsid"), std::string::npos);
  EXPECT_NE(out["word/settings.xml"].find("<w:zoom w:percent=\"100\"/>"), std::string::npos);
  for (std::string gone : {"attachedTemplate", "jdoe", "hashValue", "rsid"}) {
    EXPECT_EQ(out["word/settings.xml"].find(gone), std::string::npos) << gone;
  }
  EXPECT_EQ(out["word/_rels/settings.xml.rels"].find("jdoe"), std::string::npos);
  EXPECT_EQ(out.count("word/webextensions/taskpane.xml"), 0u);
  EXPECT_TRUE(HasNote(*doc, "taskpane.xml (unknown part"));
  EXPECT_EQ(out.count("word/_rels/gone.xml.rels"), 0u);
  EXPECT_TRUE(HasNote(*doc, "rsid attributes"));
}

TEST(DocxTest, MacroEnabledDocumentsKeepTheirTextAndLoseTheirMacros) {
  std::string types =
      "<?xml version=\"1.0\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
      "<Override PartName=\"/word/document.xml\" "
      "ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>";
  auto doc = DocxDocument::FromBytes(
      Zip({{"[Content_Types].xml", types},
           {"word/document.xml", Body("<w:p><w:r><w:t>Macro doc</w:t></w:r></w:p>")},
           {"word/vbaProject.bin", "Attribute VB_Name"}}),
      Limits{});
  EXPECT_EQ(Texts(*doc), std::vector<std::string>{"Macro doc"});
  EXPECT_EQ(Unzip(testing::WriteUnchanged(*doc)).count("word/vbaProject.bin"), 0u);
  EXPECT_TRUE(HasNote(*doc, "word/vbaProject.bin (macros)"));
}

TEST(DocxTest, TheZipCommentIsNotCopied) {
  std::string bytes = Docx("<w:p/>");
  // The end-of-central-directory record ends with the comment length (0): append a comment.
  ASSERT_EQ(bytes.substr(bytes.size() - 2), std::string(2, '\0'));
  std::string comment = "by jdoe";
  bytes[bytes.size() - 2] = static_cast<char>(comment.size());
  bytes += comment;
  auto doc = DocxDocument::FromBytes(bytes, Limits{});
  EXPECT_TRUE(HasNote(*doc, "zip archive comment"));
  EXPECT_EQ(testing::WriteUnchanged(*doc).find("jdoe"), std::string::npos);
}

TEST(DocxTest, RelationshipTargetsResolveLikeUris) {
  EXPECT_EQ(ResolveTarget("word/document.xml", "media/image%201.png"), "word/media/image 1.png");
  EXPECT_EQ(ResolveTarget("word/document.xml", "../customXml/item1.xml"), "customXml/item1.xml");
  EXPECT_EQ(ResolveTarget("word/document.xml", "/word/styles.xml"), "word/styles.xml");
  EXPECT_EQ(ResolveTarget("", "word/document.xml"), "word/document.xml");
  EXPECT_EQ(ResolveTarget("word/document.xml", "../../x.xml"), "");
  EXPECT_EQ(RelsPartFor("word/document.xml"), "word/_rels/document.xml.rels");
  EXPECT_EQ(RelsPartFor(""), "_rels/.rels");
  std::string source;
  ASSERT_TRUE(SourceOfRelsPart("word/_rels/header1.xml.rels", source));
  EXPECT_EQ(source, "word/header1.xml");
  ASSERT_TRUE(SourceOfRelsPart("_rels/.rels", source));
  EXPECT_EQ(source, "");
  EXPECT_FALSE(SourceOfRelsPart("word/document.xml", source));
}

TEST(DocxTest, EntryNamesMustStayInsideThePackage) {
  EXPECT_TRUE(IsSafeEntryName("word/document.xml"));
  EXPECT_TRUE(IsSafeEntryName("[Content_Types].xml"));
  EXPECT_FALSE(IsSafeEntryName("word/../../x"));
  EXPECT_FALSE(IsSafeEntryName("/etc/passwd"));
  EXPECT_FALSE(IsSafeEntryName("word\\x.xml"));
  EXPECT_FALSE(IsSafeEntryName("C:/x.xml"));
  EXPECT_FALSE(IsSafeEntryName(""));
}

}  // namespace
}  // namespace deskbench::ooxml
