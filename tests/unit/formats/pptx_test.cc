#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "formats/ooxml/pptx_document.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "formats/registry.h"
#include "office_fixtures.h"
#include "test_support.h"

namespace deskbench::ooxml {
namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

const std::string kNs =
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
const std::string kPml = "application/vnd.openxmlformats-officedocument.presentationml.";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kRelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

std::string Rels(const std::string& inner) {
  return "<?xml version=\"1.0\"?><Relationships xmlns=\"" + kRelsNs + "\">" + inner +
         "</Relationships>";
}

std::string Slide(const std::string& shapes, const std::string& root = "p:sld") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + root + " " + kNs +
         "><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/>"
         "</p:nvGrpSpPr><p:grpSpPr/>" +
         shapes + "</p:spTree></p:cSld></" + root + ">";
}

std::string Shape(const std::string& name, const std::string& paragraphs,
                  const std::string& ph = "", const std::string& cnv_attrs = "") {
  return "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"" + name + "\"" + cnv_attrs +
         "/><p:cNvSpPr/><p:nvPr>" + (ph.empty() ? "" : "<p:ph type=\"" + ph + "\"/>") +
         "</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>" + paragraphs + "</p:txBody></p:sp>";
}

std::string TextRun(const std::string& text, const std::string& rpr = "<a:rPr lang=\"en-US\"/>") {
  return "<a:r>" + rpr + "<a:t>" + text + "</a:t></a:r>";
}

std::string Zip(const Parts& parts) {
  ZipWriter w;
  for (const auto& [name, content] : parts) w.Add(name, content, 315532800);
  return w.Finish();
}

// A presentation whose slides are given (slide i is ppt/slides/slide{i+1}.xml), with extra parts,
// content-type overrides, and relationships of the presentation and of slide 1.
std::string Pptx(const std::vector<std::string>& slides, const Parts& extra = {},
                 const std::string& overrides = "", const std::string& slide1_rels = "",
                 const std::string& pres_rels = "") {
  std::string types =
      "<?xml version=\"1.0\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Default Extension=\"png\" ContentType=\"image/png\"/>"
      "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
      "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"" +
      kPml + "presentation.main+xml\"/>";
  std::string ids, rels;
  Parts parts;
  for (size_t i = 0; i < slides.size(); ++i) {
    std::string n = std::to_string(i + 1);
    types += "<Override PartName=\"/ppt/slides/slide" + n + ".xml\" ContentType=\"" + kPml +
             "slide+xml\"/>";
    // Listed in reverse so that the show order differs from the file names.
    ids = "<p:sldId id=\"" + std::to_string(256 + i) + "\" r:id=\"rIdS" + n + "\"/>" + ids;
    rels += "<Relationship Id=\"rIdS" + n + "\" Type=\"" + kRel + "slide\" Target=\"slides/slide" +
            n + ".xml\"/>";
    parts.push_back({"ppt/slides/slide" + n + ".xml", slides[i]});
  }
  parts.insert(parts.begin(), {"[Content_Types].xml", types + overrides + "</Types>"});
  parts.insert(parts.begin() + 1,
               {"_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                                    "officeDocument\" Target=\"ppt/presentation.xml\"/>")});
  parts.push_back({"ppt/presentation.xml",
                   "<?xml version=\"1.0\"?><p:presentation " + kNs + "><p:sldIdLst>" + ids +
                       "</p:sldIdLst><p:sldSz cx=\"9144000\" cy=\"6858000\"/></p:presentation>"});
  parts.push_back({"ppt/_rels/presentation.xml.rels", Rels(rels + pres_rels)});
  if (!slide1_rels.empty())
    parts.push_back({"ppt/slides/_rels/slide1.xml.rels", Rels(slide1_rels)});
  parts.insert(parts.end(), extra.begin(), extra.end());
  return Zip(parts);
}

std::map<std::string, std::string> Unzip(const std::string& bytes) {
  ZipReader reader(bytes, "out.pptx", Limits{});
  std::map<std::string, std::string> out;
  for (const ZipEntry& e : reader.entries()) out[e.name] = reader.Read(e);
  return out;
}

// Segments other than shape names (every shape has one; ShapeNamesAreSegments checks them).
std::vector<testing::Seen> Collect(Document& doc) {
  std::vector<testing::Seen> out;
  for (auto& s : testing::Collect(doc)) {
    if (s.hint != "shape name") out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> Texts(Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : Collect(doc)) out.push_back(s.text);
  return out;
}

bool HasNote(Document& doc, const std::string& part_piece) {
  for (const Note& n : doc.Notes()) {
    if (n.part.find(part_piece) != std::string::npos) return true;
  }
  return false;
}

std::string RefusalOf(const std::string& bytes) {
  try {
    PptxDocument::FromBytes(bytes, Limits{});
  } catch (const Refusal& r) {
    return r.reason();
  }
  return "";
}

TEST(PptxTest, AParagraphOverRunsIsOneSegmentAndEditsKeepFormatting) {
  std::string slide =
      Slide(Shape("Title 1",
                  "<a:p>" + TextRun("Call Ja", "<a:rPr lang=\"en-US\" b=\"1\"/>") +
                      TextRun("ne Doe at ") + "<a:br><a:rPr/></a:br>" + TextRun("noon") +
                      "</a:p><a:p>" + TextRun("Untouched") + "</a:p>",
                  "title"));
  auto doc = PptxDocument::FromBytes(Pptx({slide}), Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].text, "Call Jane Doe at \nnoon");
  EXPECT_EQ(seen[0].location, "slide 1, shape 'Title 1', paragraph 1");
  EXPECT_EQ(seen[0].hint, "title");
  auto out = Unzip(testing::WriteReplacing(*doc, "Jane Doe", "<PERSON>"));
  const std::string& xml = out["ppt/slides/slide1.xml"];
  EXPECT_NE(xml.find("<a:r><a:rPr lang=\"en-US\" b=\"1\"/><a:t>Call &lt;PERSON&gt;</a:t></a:r>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<a:t xml:space=\"preserve\"> at </a:t>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<a:br><a:rPr/></a:br>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<a:p>" + TextRun("Untouched") + "</a:p>"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("Jane"), std::string::npos);
  auto again =
      PptxDocument::FromBytes(testing::WriteReplacing(*doc, "Jane Doe", "<PERSON>"), Limits{});
  EXPECT_EQ(Texts(*again)[0], "Call <PERSON> at \nnoon");
}

TEST(PptxTest, AnUntouchedPackageIsCopiedEntryByEntry) {
  std::string bytes = Pptx({Slide(Shape("Text 1", "<a:p>" + TextRun("Nothing here") + "</a:p>"))});
  auto doc = PptxDocument::FromBytes(bytes, Limits{});
  EXPECT_TRUE(doc->Notes().empty());
  EXPECT_EQ(Unzip(bytes), Unzip(testing::WriteUnchanged(*doc)));
}

TEST(PptxTest, SlidesAreNamedByTheirPlaceInTheShow) {
  auto doc = PptxDocument::FromBytes(
      Pptx({Slide(Shape("A", "<a:p>" + TextRun("first file") + "</a:p>")),
            Slide(Shape("B", "<a:p>" + TextRun("second file") + "</a:p>"))}),
      Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].location, "slide 2, shape 'A', paragraph 1");
  EXPECT_EQ(seen[1].location, "slide 1, shape 'B', paragraph 1");
}

TEST(PptxTest, TablesGroupsFieldsAltTextAndTooltipsAreSegments) {
  std::string table =
      "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"4\" name=\"Table 3\"/>"
      "<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/><a:graphic><a:graphicData>"
      "<a:tbl><a:tblGrid><a:gridCol w=\"10\"/><a:gridCol w=\"10\"/></a:tblGrid>"
      "<a:tr h=\"1\"><a:tc><a:txBody><a:bodyPr/><a:p>" +
      TextRun("Name") + "</a:p></a:txBody></a:tc><a:tc><a:txBody><a:bodyPr/><a:p>" +
      TextRun("jane@example.com") +
      "</a:p></a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>";
  std::string group =
      "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"5\" name=\"Group 4\"/><p:cNvGrpSpPr/>"
      "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>" +
      Shape("Inner 5",
            "<a:p><a:fld id=\"{X}\" type=\"slidenum\"><a:t>7</a:t></a:fld>" + TextRun("&lt;x&gt;") +
                "</a:p>",
            "", " descr=\"Photo of Jane Doe\" title=\"Jane\"") +
      "</p:grpSp>";
  std::string link = Shape(
      "Link 6",
      "<a:p><a:r><a:rPr><a:hlinkClick r:id=\"rIdL\" tooltip=\"Mail jane@example.com\"/></a:rPr>"
      "<a:t>mail</a:t></a:r></a:p>");
  auto doc = PptxDocument::FromBytes(
      Pptx({Slide(table + group + link)}, {}, "",
           "<Relationship Id=\"rIdL\" Type=\"" + kRel +
               "hyperlink\" Target=\"mailto:jane@example.com\" TargetMode=\"External\"/>"),
      Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 8u);
  EXPECT_EQ(seen[0].text, "Name");
  EXPECT_EQ(seen[1].text, "jane@example.com");
  EXPECT_EQ(seen[1].location, "slide 1, shape 'Table 3', row 1, column 2, paragraph 2");
  EXPECT_EQ(seen[1].hint, "table");
  EXPECT_EQ(seen[2].text, "Photo of Jane Doe");
  EXPECT_EQ(seen[2].hint, "alt text");
  EXPECT_EQ(seen[3].text, "Jane");
  EXPECT_EQ(seen[4].text, "7<x>");
  EXPECT_EQ(seen[4].location, "slide 1, shape 'Inner 5', paragraph 3");
  EXPECT_EQ(seen[5].text, "mail");
  EXPECT_EQ(seen[6].text, "Mail jane@example.com");
  EXPECT_EQ(seen[6].hint, "tooltip");
  EXPECT_EQ(seen[7].text, "mailto:jane@example.com");
  EXPECT_EQ(seen[7].hint, "hyperlink");
  auto out = Unzip(testing::WriteReplacing(*doc, "jane@example.com", "x@y.z"));
  EXPECT_EQ(out["ppt/slides/slide1.xml"].find("jane@"), std::string::npos);
  EXPECT_EQ(out["ppt/slides/_rels/slide1.xml.rels"].find("jane@"), std::string::npos);
  EXPECT_NE(out["ppt/slides/_rels/slide1.xml.rels"].find("mailto:x@y.z"), std::string::npos);
  out = Unzip(testing::WriteReplacing(*doc, "Jane Doe", "P"));
  EXPECT_NE(out["ppt/slides/slide1.xml"].find("descr=\"Photo of P\""), std::string::npos);
}

// Below a table's first row a cell is read under its column's header, as in Word and workbooks
// (a merged header spanning two columns heads both); a first row of prose heads nothing.
TEST(PptxTest, CellsBelowTheFirstRowTakeTheirColumnsHeader) {
  auto cell = [](const std::string& text, const std::string& attrs = "") {
    return "<a:tc" + attrs + "><a:txBody><a:bodyPr/><a:p>" + TextRun(text) +
           "</a:p></a:txBody></a:tc>";
  };
  const std::string prose(80, 'x');
  std::string table =
      "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"4\" name=\"Table 3\"/>"
      "<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/><a:graphic><a:graphicData>"
      "<a:tbl><a:tblGrid/><a:tr h=\"1\">" +
      cell("SSN") + cell("Contact", " gridSpan=\"2\"") + "<a:tc hMerge=\"1\"/>" + cell(prose) +
      cell("IMEI") + "</a:tr><a:tr h=\"1\">" + cell("536221234") + cell("a") + cell("b") +
      cell("c") + cell("d") + "</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>";
  auto doc = PptxDocument::FromBytes(Pptx({Slide(table)}), Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 9u);
  EXPECT_EQ(seen[0].hint, "table");  // the headers themselves
  EXPECT_EQ(seen[4].text, "536221234");
  EXPECT_EQ(seen[4].hint, "SSN");
  EXPECT_EQ(seen[5].hint, "Contact");
  EXPECT_EQ(seen[6].hint, "Contact");  // under the merged cell's second column
  EXPECT_EQ(seen[7].hint, "table");    // under prose
  EXPECT_EQ(seen[8].text, "d");
  EXPECT_EQ(seen[8].hint, "IMEI");
}

TEST(PptxTest, NotesMastersLayoutsChartsAndDiagramsAreScanned) {
  std::string notes =
      Slide(Shape("Notes 2", "<a:p>" + TextRun("Call Bob 555") + "</a:p>", "body"), "p:notes");
  std::string master = Slide(
      Shape("Footer 3", "<a:p>" + TextRun("Confidential: Acme") + "</a:p>", "ftr"), "p:sldMaster");
  std::string chart =
      "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" " + kNs +
      "><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p>" + TextRun("Sales by Jane") +
      "</a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart><c:ser><c:cat><c:strRef>"
      "<c:f>Sheet1!$A$2</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>Bob "
      "Smith</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache><c:pt "
      "idx=\"0\"><c:v>42</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>"
      "<c:ser><c:tx><c:v>Series of Bob</c:v></c:tx><c:cat><c:strLit><c:pt idx=\"0\"><c:v>Bob "
      "Lit</c:v></c:pt></c:strLit></c:cat></c:ser></c:barChart></c:plotArea></"
      "c:chart><c:externalData "
      "r:id=\"rId1\"/></c:chartSpace>";
  std::string data =
      "<dgm:dataModel xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" " +
      kNs + "><dgm:ptLst><dgm:pt modelId=\"1\"><dgm:prSet/><dgm:t><a:bodyPr/><a:p>" +
      TextRun("Team lead Ann") + "</a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>";
  std::string overrides =
      "<Override PartName=\"/ppt/notesSlides/notesSlide1.xml\" ContentType=\"" + kPml +
      "notesSlide+xml\"/><Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" "
      "ContentType=\"" +
      kPml +
      "slideMaster+xml\"/><Override PartName=\"/ppt/charts/chart1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
      "<Override PartName=\"/ppt/diagrams/data1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml\"/>"
      "<Override PartName=\"/ppt/embeddings/Book1.xlsx\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>";
  auto doc =
      PptxDocument::FromBytes(Pptx({Slide("")},
                                   {{"ppt/notesSlides/notesSlide1.xml", notes},
                                    {"ppt/notesSlides/_rels/notesSlide1.xml.rels",
                                     Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                                          "slide\" Target=\"../slides/slide1.xml\"/>")},
                                    {"ppt/slideMasters/slideMaster1.xml", master},
                                    {"ppt/charts/chart1.xml", chart},
                                    {"ppt/charts/_rels/chart1.xml.rels",
                                     Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                                          "package\" Target=\"../embeddings/Book1.xlsx\"/>")},
                                    {"ppt/embeddings/Book1.xlsx", "PK not really"},
                                    {"ppt/diagrams/data1.xml", data}},
                                   overrides),
                              Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 7u);
  EXPECT_EQ(seen[0].text, "Call Bob 555");
  EXPECT_EQ(seen[0].location, "notes of slide 1, shape 'Notes 2', paragraph 1");
  EXPECT_EQ(seen[0].hint, "notes");
  EXPECT_EQ(seen[1].text, "Confidential: Acme");
  EXPECT_EQ(seen[1].hint, "master");
  EXPECT_EQ(seen[2].text, "Sales by Jane");
  EXPECT_EQ(seen[2].hint, "chart");
  EXPECT_EQ(seen[3].text, "Bob Smith");
  EXPECT_EQ(seen[3].hint, "chart");
  EXPECT_EQ(seen[4].text, "Series of Bob");
  EXPECT_EQ(seen[5].text, "Bob Lit");
  EXPECT_EQ(seen[5].location, "chart 1, chart value 3");
  EXPECT_EQ(seen[6].text, "Team lead Ann");
  EXPECT_EQ(seen[6].hint, "diagram");
  EXPECT_TRUE(HasNote(*doc, "ppt/embeddings/Book1.xlsx (embedded workbook (chart data))"));
  auto out = Unzip(testing::WriteReplacing(*doc, "Bob", "X"));
  EXPECT_EQ(out.count("ppt/embeddings/Book1.xlsx"), 0u);
  EXPECT_EQ(out["ppt/charts/chart1.xml"].find("externalData"), std::string::npos);
  EXPECT_NE(out["ppt/charts/chart1.xml"].find("<c:v>X Smith</c:v>"), std::string::npos);
  EXPECT_NE(out["ppt/charts/chart1.xml"].find("<c:v>42</c:v>"), std::string::npos);
  EXPECT_EQ(out["ppt/notesSlides/notesSlide1.xml"].find("Bob"), std::string::npos);
}

TEST(PptxTest, CommentsAuthorsMacrosImagesAndUnknownPartsAreDropped) {
  std::string pic =
      "<p:pic><p:nvPicPr><p:cNvPr id=\"7\" name=\"Picture 6\" descr=\"Jane's badge\"/>"
      "<p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed=\"rIdImg\"/></p:blipFill>"
      "<p:spPr/></p:pic>";
  std::string overrides =
      "<Override PartName=\"/ppt/comments/comment1.xml\" ContentType=\"" + kPml +
      "comments+xml\"/><Override PartName=\"/ppt/commentAuthors.xml\" ContentType=\"" + kPml +
      "commentAuthors+xml\"/><Override PartName=\"/ppt/comments/modernComment_1.xml\" "
      "ContentType=\"application/vnd.ms-powerpoint.comments+xml\"/>"
      "<Override PartName=\"/ppt/authors.xml\" "
      "ContentType=\"application/vnd.ms-powerpoint.authors+xml\"/>";
  std::string slide = Slide(Shape("T", "<a:p>" + TextRun("Body") + "</a:p>") + pic);
  // The picture is animated: the slide's timing names its shape id.
  slide.insert(slide.rfind("</p:sld>"),
               "<p:timing><p:tnLst><p:par><p:cTn id=\"1\"><p:childTnLst><p:set><p:cBhvr>"
               "<p:cTn id=\"2\"/><p:tgtEl><p:spTgt spid=\"7\"/></p:tgtEl></p:cBhvr></p:set>"
               "</p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>");
  // A modern comment is referred to from the slide's extension list.
  slide.insert(slide.rfind("</p:sld>"),
               "<p:extLst><p:ext uri=\"{6950BFC3}\"><p188:commentRel "
               "xmlns:p188=\"http://schemas.microsoft.com/office/powerpoint/2018/8/main\" "
               "r:id=\"rIdM\"/></p:ext></p:extLst>");
  auto doc = PptxDocument::FromBytes(
      Pptx({slide},
           {{"ppt/comments/comment1.xml", "<p:cmLst " + kNs +
                                              "><p:cm><p:text>eve@example.com"
                                              "</p:text></p:cm></p:cmLst>"},
            {"ppt/comments/modernComment_1.xml", "<x>eve</x>"},
            {"ppt/commentAuthors.xml", "<p:cmAuthorLst " + kNs + "/>"},
            {"ppt/authors.xml", "<x>Eve</x>"},
            {"ppt/media/image1.png", "\x89PNG"},
            {"ppt/vbaProject.bin", "macro"},
            {"ppt/mystery.xml", "<secret>eve</secret>"}},
           overrides,
           "<Relationship Id=\"rIdC\" Type=\"" + kRel +
               "comments\" Target=\"../comments/comment1.xml\"/>"
               "<Relationship Id=\"rIdM\" Type=\"http://schemas.microsoft.com/office/2018/10/"
               "relationships/comments\" Target=\"../comments/modernComment_1.xml\"/>"
               "<Relationship Id=\"rIdImg\" Type=\"" +
               kRel + "image\" Target=\"../media/image1.png\"/>",
           "<Relationship Id=\"rIdA\" Type=\"" + kRel +
               "commentAuthors\" Target=\"commentAuthors.xml\"/>"
               "<Relationship Id=\"rIdV\" Type=\"http://schemas.microsoft.com/office/2006/"
               "relationships/vbaProject\" Target=\"vbaProject.bin\"/>"),
      Limits{});
  EXPECT_EQ(Texts(*doc), std::vector<std::string>{"Body"});
  auto out = Unzip(testing::WriteUnchanged(*doc));
  for (const char* gone :
       {"ppt/comments/comment1.xml", "ppt/comments/modernComment_1.xml", "ppt/commentAuthors.xml",
        "ppt/authors.xml", "ppt/media/image1.png", "ppt/vbaProject.bin", "ppt/mystery.xml"}) {
    EXPECT_EQ(out.count(gone), 0u) << gone;
  }
  EXPECT_EQ(out["ppt/slides/slide1.xml"].find("p:pic"), std::string::npos);
  EXPECT_EQ(out["ppt/slides/slide1.xml"].find("p:timing"), std::string::npos);
  EXPECT_EQ(out["ppt/slides/slide1.xml"].find("commentRel"), std::string::npos);
  EXPECT_NE(out["ppt/slides/slide1.xml"].find("<p:extLst/>"), std::string::npos);
  EXPECT_EQ(out["ppt/slides/_rels/slide1.xml.rels"].find("rIdImg"), std::string::npos);
  EXPECT_EQ(out["ppt/slides/_rels/slide1.xml.rels"].find("comments"), std::string::npos);
  EXPECT_EQ(out["ppt/_rels/presentation.xml.rels"].find("vbaProject"), std::string::npos);
  EXPECT_EQ(out["[Content_Types].xml"].find("comments"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "ppt/comments/comment1.xml (comments)"));
  EXPECT_TRUE(HasNote(*doc, "ppt/commentAuthors.xml (comment authors)"));
  EXPECT_TRUE(HasNote(*doc, "ppt/vbaProject.bin (macros)"));
  EXPECT_TRUE(HasNote(*doc, "ppt/media/image1.png (embedded image)"));
  EXPECT_TRUE(HasNote(*doc, "ppt/mystery.xml (unknown part that could carry text)"));
  EXPECT_TRUE(HasNote(*doc, "pictures, media and objects using removed parts"));
}

TEST(PptxTest, MetadataIsScannedThenRemoved) {
  std::string core =
      "<cp:coreProperties "
      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Jane Q. Doe</dc:creator>"
      "</cp:coreProperties>";
  auto doc = PptxDocument::FromBytes(
      Pptx({Slide("")}, {{"docProps/core.xml", core}, {"docProps/thumbnail.jpeg", "jpg"}},
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"),
      Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].text, "Jane Q. Doe");
  EXPECT_EQ(seen[0].hint, "metadata:author");
  auto out = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(out["docProps/core.xml"].find("Jane"), std::string::npos);
  EXPECT_EQ(out.count("docProps/thumbnail.jpeg"), 0u);
  EXPECT_TRUE(HasNote(*doc, "docProps/thumbnail.jpeg (thumbnail)"));
}

TEST(PptxTest, PackagesWithoutAPresentationAreRefused) {
  std::string word =
      Zip({{"[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
           {"ppt/slides/slide1.xml", Slide("")}});
  EXPECT_NE(RefusalOf(word).find("without a PowerPoint presentation"), std::string::npos);
  EXPECT_NE(RefusalOf("not a zip"), "");
}

TEST(PptxTest, AnEquationKeepsItsTextWhenItsFallbackPictureIsRemoved) {
  std::string equation =
      "<mc:AlternateContent "
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
      "<mc:Choice Requires=\"a14\">" +
      Shape("Equation 1", "<a:p>" + TextRun("x = Jane") + "</a:p>") +
      "</mc:Choice><mc:Fallback><p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Equation 1\"/>"
      "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:blipFill><a:blip r:embed=\"rIdImg\"/>"
      "</a:blipFill></p:spPr></p:sp></mc:Fallback></mc:AlternateContent>";
  auto doc = PptxDocument::FromBytes(Pptx({Slide(equation)}, {{"ppt/media/image1.png", "png"}}, "",
                                          "<Relationship Id=\"rIdImg\" Type=\"" + kRel +
                                              "image\" Target=\"../media/image1.png\"/>"),
                                     Limits{});
  std::string xml = Unzip(testing::WriteUnchanged(*doc))["ppt/slides/slide1.xml"];
  EXPECT_EQ(xml.find("Fallback"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<mc:Choice Requires=\"a14\">"), std::string::npos) << xml;
  EXPECT_EQ(Texts(*doc), std::vector<std::string>{"x = Jane"});
}

TEST(PptxTest, TagValuesAreSegments) {
  auto doc = PptxDocument::FromBytes(
      Pptx({Slide("")},
           {{"ppt/tags/tag1.xml", "<p:tagLst " + kNs +
                                      "><p:tag name=\"OWNER\" val=\"jane@example.com\"/>"
                                      "</p:tagLst>"}},
           "<Override PartName=\"/ppt/tags/tag1.xml\" ContentType=\"" + kPml + "tags+xml\"/>"),
      Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].text, "jane@example.com");
  EXPECT_EQ(seen[0].hint, "tag");
  auto out = Unzip(testing::WriteReplacing(*doc, "jane@example.com", "x"));
  EXPECT_NE(out["ppt/tags/tag1.xml"].find("<p:tag name=\"OWNER\" val=\"x\"/>"), std::string::npos);
}

TEST(PptxTest, ShowsTemplatesAndMacroEnabledPresentationsOpen) {
  for (std::string type :
       {kPml + "slideshow.main+xml", kPml + "template.main+xml",
        std::string("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"),
        std::string("application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml"),
        std::string("application/vnd.ms-powerpoint.template.macroEnabled.main+xml")}) {
    // The same package with the main part's content type swapped.
    ZipReader reader(Pptx({Slide(Shape("T", "<a:p>" + TextRun("Hi") + "</a:p>"))}), "in", Limits{});
    Parts parts;
    for (const ZipEntry& e : reader.entries()) {
      std::string content = reader.Read(e);
      if (e.name == "[Content_Types].xml") {
        size_t at = content.find(kPml + "presentation.main+xml");
        content.replace(at, (kPml + "presentation.main+xml").size(), type);
      }
      parts.push_back({e.name, content});
    }
    auto doc = PptxDocument::FromBytes(Zip(parts), Limits{});
    EXPECT_EQ(Texts(*doc), std::vector<std::string>{"Hi"}) << type;
  }
}

TEST(PptxTest, ShapeNamesAreSegments) {
  auto doc = PptxDocument::FromBytes(
      Pptx({Slide(Shape("Photo of Jane Doe", "<a:p>" + TextRun("Hi") + "</a:p>"))}), Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].text, "Photo of Jane Doe");
  EXPECT_EQ(seen[0].hint, "shape name");
  EXPECT_EQ(seen[0].location, "slide 1, shape 'Photo of Jane Doe', name");
  auto out = Unzip(testing::WriteReplacing(*doc, "Jane Doe", "P"));
  EXPECT_NE(out["ppt/slides/slide1.xml"].find("name=\"Photo of P\""), std::string::npos);
}

TEST(PptxTest, RelationshipsOfAMissingPartAreDropped) {
  auto doc = PptxDocument::FromBytes(
      Pptx({Slide("")},
           {{"ppt/slides/_rels/slide9.xml.rels",
             Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                  "hyperlink\" Target=\"mailto:eve@example.com\" TargetMode=\"External\"/>")}}),
      Limits{});
  EXPECT_TRUE(Texts(*doc).empty());
  auto out = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(out.count("ppt/slides/_rels/slide9.xml.rels"), 0u);
  EXPECT_TRUE(HasNote(*doc, "relationships of a missing part"));
}

std::unique_ptr<PptxDocument> KeepingComments(const std::string& bytes) {
  FormatOptions options;
  options.keep_comments = true;
  return std::make_unique<PptxDocument>(ByteSource::FromBytes(bytes), options);
}

TEST(PptxTest, KeptCommentsAreScrubbedAndTheirAuthorsLoseTheirAccounts) {
  const std::string p188 =
      "xmlns:p188=\"http://schemas.microsoft.com/office/powerpoint/2018/8/main\"";
  std::string overrides =
      "<Override PartName=\"/ppt/comments/comment1.xml\" ContentType=\"" + kPml +
      "comments+xml\"/><Override PartName=\"/ppt/commentAuthors.xml\" ContentType=\"" + kPml +
      "commentAuthors+xml\"/><Override PartName=\"/ppt/comments/modernComment_1.xml\" "
      "ContentType=\"application/vnd.ms-powerpoint.comments+xml\"/>"
      "<Override PartName=\"/ppt/authors.xml\" "
      "ContentType=\"application/vnd.ms-powerpoint.authors+xml\"/>";
  std::string bytes = Pptx(
      {Slide(Shape("T", "<a:p>" + TextRun("Body") + "</a:p>"))},
      {{"ppt/comments/comment1.xml",
        "<p:cmLst " + kNs +
            "><p:cm authorId=\"0\" idx=\"1\"><p:pos x=\"1\" y=\"1\"/><p:text>ask "
            "eve@example.com</p:text></p:cm></p:cmLst>"},
       {"ppt/commentAuthors.xml", "<p:cmAuthorLst " + kNs +
                                      "><p:cmAuthor id=\"0\" name=\"Eve Adams\" initials=\"EA\" "
                                      "lastIdx=\"1\" clrIdx=\"0\"/></p:cmAuthorLst>"},
       {"ppt/comments/modernComment_1.xml",
        "<p188:cmLst " + p188 + " " + kNs +
            "><p188:cm id=\"{1}\" authorId=\"{A}\"><p188:txBody><a:bodyPr/><a:p>" +
            TextRun("Eve, see ") + TextRun("page 2") +
            "</a:p></p188:txBody></p188:cm></p188:cmLst>"},
       {"ppt/authors.xml", "<p188:authorLst " + p188 +
                               "><p188:author id=\"{A}\" name=\"Eve Adams\" initials=\"EA\" "
                               "userId=\"eve@corp.example\" providerId=\"AD\"/></p188:authorLst>"}},
      overrides,
      "<Relationship Id=\"rIdC\" Type=\"" + kRel +
          "comments\" Target=\"../comments/comment1.xml\"/>"
          "<Relationship Id=\"rIdM\" Type=\"http://schemas.microsoft.com/office/2018/10/"
          "relationships/comments\" Target=\"../comments/modernComment_1.xml\"/>",
      "<Relationship Id=\"rIdA\" Type=\"" + kRel +
          "commentAuthors\" Target=\"commentAuthors.xml\"/>");
  auto doc = KeepingComments(bytes);
  auto seen = Collect(*doc);
  std::vector<std::string> texts;
  for (const auto& s : seen) texts.push_back(s.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Body", "ask eve@example.com", "Eve Adams",
                                             "Eve, see page 2", "Eve Adams"}));
  for (const auto& s : seen) {
    if (s.text == "Eve Adams") {
      EXPECT_EQ(s.hint, "author");
    }
    if (s.text.starts_with("ask")) {
      EXPECT_EQ(s.hint, "comment");
    }
  }
  auto out = Unzip(testing::WriteReplacing(*doc, "Eve", "Zed"));
  for (const char* kept : {"ppt/comments/comment1.xml", "ppt/comments/modernComment_1.xml",
                           "ppt/commentAuthors.xml", "ppt/authors.xml"}) {
    ASSERT_EQ(out.count(kept), 1u) << kept;
    EXPECT_EQ(out[kept].find("Eve"), std::string::npos) << out[kept];
    EXPECT_EQ(out[kept].find("EA"), std::string::npos) << out[kept];
  }
  EXPECT_NE(out["ppt/comments/comment1.xml"].find("<p:text>ask eve@example.com</p:text>"),
            std::string::npos);
  EXPECT_NE(out["ppt/comments/modernComment_1.xml"].find("Zed, see "), std::string::npos);
  EXPECT_NE(out["ppt/authors.xml"].find("name=\"Zed Adams\""), std::string::npos);
  EXPECT_NE(out["ppt/authors.xml"].find("providerId=\"None\""), std::string::npos);
  EXPECT_EQ(out["ppt/authors.xml"].find("corp.example"), std::string::npos);
  EXPECT_NE(out["ppt/slides/_rels/slide1.xml.rels"].find("comments"), std::string::npos);
  EXPECT_TRUE(HasNote(*doc, "comment authors' account ids"));
  // Without the option the same deck loses them (the default).
  auto dropped = PptxDocument::FromBytes(bytes, Limits{});
  EXPECT_EQ(Texts(*dropped), std::vector<std::string>{"Body"});
}

TEST(PptxTest, AChartWorkbookIsScrubbedAsAWorkbook) {
  std::string chart =
      "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" " + kNs +
      "><c:chart><c:plotArea/></c:chart><c:externalData r:id=\"rId1\"/></c:chartSpace>";
  std::string overrides =
      "<Override PartName=\"/ppt/charts/chart1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
      "<Override PartName=\"/ppt/embeddings/Book1.xlsx\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>";
  auto doc = PptxDocument::FromBytes(
      Pptx({Slide("")},
           {{"ppt/charts/chart1.xml", chart},
            {"ppt/charts/_rels/chart1.xml.rels",
             Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                  "package\" Target=\"../embeddings/Book1.xlsx\"/>")},
            {"ppt/embeddings/Book1.xlsx", testing::TinyWorkbook("Bob Jones")}},
           overrides),
      Limits{});
  bool found = false;
  for (const auto& s : Collect(*doc)) {
    if (s.text == "Bob Jones") {
      found = true;
      EXPECT_TRUE(s.location.starts_with("ppt/embeddings/Book1.xlsx \u203a ")) << s.location;
    }
  }
  EXPECT_TRUE(found);
  auto out = Unzip(testing::WriteReplacing(*doc, "Bob", "Kim"));
  ASSERT_EQ(out.count("ppt/embeddings/Book1.xlsx"), 1u);
  EXPECT_NE(out["ppt/charts/chart1.xml"].find("externalData"), std::string::npos);
  auto inner = Unzip(out["ppt/embeddings/Book1.xlsx"]);
  EXPECT_NE(inner["xl/sharedStrings.xml"].find("<t>Kim Jones</t>"), std::string::npos);
  EXPECT_NE(inner["xl/worksheets/sheet1.xml"].find("<v>42</v>"), std::string::npos);
}

TEST(PptxTest, TheRegistryRoutesPresentations) {
  std::string bytes = Pptx({Slide("")});
  EXPECT_EQ(DetectFormat("deck.bin", bytes.substr(0, 8192)), "pptx");
  EXPECT_EQ(DetectFormat("deck.pptm", "PK\x03\x04"), "pptx");
  EXPECT_EQ(DetectFormat("deck.ppsx", "PK\x03\x04"), "pptx");
}

}  // namespace
}  // namespace deskbench::ooxml
