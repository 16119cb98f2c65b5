#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "formats/ooxml/xlsx_cells.h"
#include "formats/ooxml/xlsx_document.h"
#include "formats/ooxml/xlsx_units.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "test_support.h"

namespace deskbench::ooxml {
namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

const std::string kSml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kMain =
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"" +
    kRel.substr(0, kRel.size() - 1) + "\"";

std::string Zip(const Parts& parts) {
  ZipWriter w;
  for (const auto& [name, content] : parts) w.Add(name, content, 315532800);
  return w.Finish();
}

std::string Rels(const std::string& inner) {
  return "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         inner + "</Relationships>";
}

// A workbook with one sheet "Data" (sheet_xml's sheetData inner), shared strings, and extras.
std::string Xlsx(const std::string& sheet_data, const std::string& strings, const Parts& extra = {},
                 const std::string& overrides = "", const std::string& sheet_rels = "",
                 const std::string& sheet_tail = "") {
  Parts parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Default Extension=\"png\" ContentType=\"image/png\"/>"
       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
           kSml +
           "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" +
           kSml + "worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" +
           kSml + "sharedStrings+xml\"/>" + overrides + "</Types>"},
      {"_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                           "officeDocument\" Target=\"xl/workbook.xml\"/>")},
      {"xl/workbook.xml",
       "<?xml version=\"1.0\"?><workbook " + kMain +
           "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
           "<definedNames><definedName name=\"Filter\">Data!$A$1:$B$3</definedName>"
           "</definedNames></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
            "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
            kRel + "sharedStrings\" Target=\"sharedStrings.xml\"/>")},
      {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + kMain + "><sheetData>" +
                                       sheet_data + "</sheetData>" + sheet_tail + "</worksheet>"},
      {"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst " + kMain + ">" + strings + "</sst>"},
  };
  if (!sheet_rels.empty())
    parts.push_back({"xl/worksheets/_rels/sheet1.xml.rels", Rels(sheet_rels)});
  parts.insert(parts.end(), extra.begin(), extra.end());
  return Zip(parts);
}

std::map<std::string, std::string> Unzip(const std::string& bytes) {
  ZipReader reader(bytes, "out.xlsx", Limits{});
  std::map<std::string, std::string> out;
  for (const ZipEntry& e : reader.entries()) out[e.name] = reader.Read(e);
  return out;
}

const testing::Seen* Find(const std::vector<testing::Seen>& seen, const std::string& text) {
  for (const auto& s : seen) {
    if (s.text == text) return &s;
  }
  return nullptr;
}

const std::string kPeople =
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
    "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
    "<row r=\"2\" hidden=\"1\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\"><v>4155552671</v></c>"
    "<c r=\"C2\"><v>30882</v></c><c r=\"D2\"><v>12.5</v></c></row>";
const std::string kPeopleStrings =
    "<si><t>Name</t></si><si><t>Phone</t></si><si><t>Date of birth</t></si><si><t>Amount</t></si>"
    "<si><r><t>Ann </t></r><r><rPr><b/></rPr><t>Example</t></r></si>";

TEST(XlsxTest, SharedStringsAreOneUnitWithTheColumnHeaderAsHint) {
  auto doc = XlsxDocument::FromBytes(Xlsx(kPeople, kPeopleStrings), Limits{});
  auto seen = testing::Collect(*doc);
  const auto* rich = Find(seen, "Ann Example");
  ASSERT_NE(rich, nullptr);
  EXPECT_EQ(rich->hint, "Name");
  ASSERT_NE(Find(seen, "Data"), nullptr);
  EXPECT_EQ(Find(seen, "Data")->hint, "sheet name");
  ASSERT_NE(Find(seen, "Filter"), nullptr);
  const auto* phone = Find(seen, "4155552671");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->hint, "Phone");
  EXPECT_EQ(phone->location, "Data!B2");
  const auto* dob = Find(seen, "1984-07-19");
  ASSERT_NE(dob, nullptr) << "serial 30882 is 1984-07-19";
  EXPECT_EQ(Find(seen, "12.5"), nullptr);  // ordinary amounts are not scanned
}

TEST(XlsxTest, RichTextEditKeepsRunsAndFormatting) {
  auto doc = XlsxDocument::FromBytes(Xlsx(kPeople, kPeopleStrings), Limits{});
  auto parts = Unzip(testing::WriteReplacing(*doc, "Ann Example", "PERSON"));
  const std::string& sst = parts["xl/sharedStrings.xml"];
  EXPECT_EQ(sst.find("Example"), std::string::npos) << sst;
  EXPECT_NE(sst.find("<r><t>PERSON</t></r><r><rPr><b/></rPr><t/></r>"), std::string::npos) << sst;
}

TEST(XlsxTest, NumbersStayNumericForDigitsAndBecomeTextOtherwise) {
  auto doc = XlsxDocument::FromBytes(Xlsx(kPeople, kPeopleStrings), Limits{});
  auto digits = Unzip(testing::WriteReplacing(*doc, "4155552671", "2025550100"));
  EXPECT_NE(digits["xl/worksheets/sheet1.xml"].find("<c r=\"B2\"><v>2025550100</v></c>"),
            std::string::npos)
      << digits["xl/worksheets/sheet1.xml"];
  auto text = Unzip(testing::WriteReplacing(*doc, "4155552671", "[PHONE]"));
  EXPECT_NE(text["xl/worksheets/sheet1.xml"].find(
                "<c r=\"B2\" t=\"inlineStr\"><is><t>[PHONE]</t></is></c>"),
            std::string::npos)
      << text["xl/worksheets/sheet1.xml"];
  bool noted = false;
  for (const Note& n : doc->Notes()) noted = noted || n.action == "number replaced by text";
  EXPECT_TRUE(noted);
}

TEST(XlsxTest, FormulaResultsCopyingANumberAreScannedToo) {
  std::string data = kPeople + "<row r=\"3\"><c r=\"B3\"><f>B2</f><v>4155552671</v></c></row>";
  auto doc = XlsxDocument::FromBytes(Xlsx(data, kPeopleStrings), Limits{});
  auto digits = Unzip(testing::WriteReplacing(*doc, "4155552671", "2025550100"));
  EXPECT_NE(digits["xl/worksheets/sheet1.xml"].find("<c r=\"B3\"><f>B2</f><v>2025550100</v></c>"),
            std::string::npos);
  auto text = Unzip(testing::WriteReplacing(*doc, "4155552671", "[PHONE]"));
  EXPECT_NE(text["xl/worksheets/sheet1.xml"].find("<c r=\"B3\"><f>B2</f></c>"), std::string::npos)
      << text["xl/worksheets/sheet1.xml"];
}

TEST(XlsxTest, DatesOfBirthAreWrittenBackAsSerials) {
  auto doc = XlsxDocument::FromBytes(Xlsx(kPeople, kPeopleStrings), Limits{});
  auto parts = Unzip(testing::WriteReplacing(*doc, "1984-07-19", "1984-08-01"));
  EXPECT_NE(parts["xl/worksheets/sheet1.xml"].find("<c r=\"C2\"><v>30895</v></c>"),
            std::string::npos);
  auto text = Unzip(testing::WriteReplacing(*doc, "1984-07-19", "[DATE]"));
  EXPECT_NE(text["xl/worksheets/sheet1.xml"].find("<is><t>[DATE]</t></is>"), std::string::npos);
}

TEST(XlsxTest, InlineStringsFormulaLiteralsAndHeaderFooterAreScanned) {
  std::string data =
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Contact</t></is></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>ann@example.com</t></is></c>"
      "<c r=\"B2\" t=\"str\"><f>\"Mail \"\"bob@example.com\"\"\"&amp;A2</f><v>x</v></c></row>";
  std::string tail =
      "<dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"C1\">"
      "<formula1>\"Ann Lee,Bob Roe\"</formula1></dataValidation></dataValidations>"
      "<headerFooter><oddHeader>&amp;LPrepared by Ann Lee</oddHeader></headerFooter>";
  auto doc = XlsxDocument::FromBytes(Xlsx(data, "", {}, "", "", tail), Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_NE(Find(seen, "ann@example.com"), nullptr);
  EXPECT_EQ(Find(seen, "ann@example.com")->hint, "Contact");
  ASSERT_NE(Find(seen, "Mail \"bob@example.com\""), nullptr);
  ASSERT_NE(Find(seen, "Ann Lee,Bob Roe"), nullptr);
  ASSERT_NE(Find(seen, "&LPrepared by Ann Lee"), nullptr);
  auto parts = Unzip(testing::WriteReplacing(*doc, "bob@example.com", "a\"b"));
  const std::string& sheet = parts["xl/worksheets/sheet1.xml"];
  EXPECT_NE(sheet.find("<f>\"Mail \"\"a\"\"b\"\"\"&amp;A2</f>"), std::string::npos) << sheet;
  auto spaced = Unzip(testing::WriteReplacing(*doc, "&LPrepared by Ann Lee", " A "));
  EXPECT_NE(spaced["xl/worksheets/sheet1.xml"].find("<oddHeader> A </oddHeader>"),
            std::string::npos);
  auto again = Unzip(testing::WriteReplacing(*doc, "Ann Lee", "X"));
  EXPECT_EQ(again["xl/worksheets/sheet1.xml"].find("Ann Lee"), std::string::npos);
}

TEST(XlsxTest, SheetRenameIsValidAndUpdatesReferences) {
  std::string data = "<row r=\"1\"><c r=\"A1\"><f>Data!B1+'Data'!C1</f><v>1</v></c></row>";
  Parts extra = {{"xl/pivotCache/pivotCacheDefinition1.xml",
                  "<?xml version=\"1.0\"?><pivotCacheDefinition " + kMain +
                      "><cacheSource type=\"worksheet\"><worksheetSource ref=\"A1:B3\" "
                      "sheet=\"Data\"/></cacheSource></pivotCacheDefinition>"}};
  std::string overrides =
      "<Override PartName=\"/xl/pivotCache/pivotCacheDefinition1.xml\" ContentType=\"" + kSml +
      "pivotCacheDefinition+xml\"/>";
  auto doc = XlsxDocument::FromBytes(Xlsx(data, "", extra, overrides), Limits{});
  auto parts = Unzip(testing::WriteReplacing(*doc, "Data", "[NAME]"));
  EXPECT_NE(parts["xl/pivotCache/pivotCacheDefinition1.xml"].find("sheet=\"(NAME)\""),
            std::string::npos);
  EXPECT_NE(parts["xl/workbook.xml"].find("name=\"(NAME)\""), std::string::npos)
      << parts["xl/workbook.xml"];
  EXPECT_NE(parts["xl/workbook.xml"].find("'(NAME)'!$A$1:$B$3"), std::string::npos);
  EXPECT_NE(parts["xl/worksheets/sheet1.xml"].find("<f>'(NAME)'!B1+'(NAME)'!C1</f>"),
            std::string::npos)
      << parts["xl/worksheets/sheet1.xml"];
  // The last write puts the edits and renames into the parts themselves: the same bytes.
  std::string copied = testing::WriteReplacing(*doc, "Data", "[NAME]");
  EXPECT_EQ(testing::WriteLastReplacing(*doc, "Data", "[NAME]"), copied);
  EXPECT_THROW(testing::Collect(*doc), std::logic_error);
  EXPECT_THROW(testing::WriteUnchanged(*doc), std::logic_error);
}

// The pipeline's write (WriteLast) splices the changed elements into the parts' original bytes;
// a write of a copy serialises the parts whole. Both read the same; the splice keeps the
// original's spacing and quotes where nothing changed, and a part with a comment (which only a
// whole serialisation drops) is serialised whole.
TEST(XlsxTest, SplicedPartsReadAsPartsWrittenWhole) {
  std::string data =
      "<row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='inlineStr'><is><t>Ann Doe</t></is></c>"
      "</row>\n  <row r='2'><c r='A2'  s='1'><f>\"Doe\"&amp;A1</f><v>1</v></c></row>";
  std::string strings = "<si><t>Jane Doe</t></si>\n<si><r><t>Doe</t></r><r><t>, Jane</t></r></si>";
  auto read_same = [](const std::string& a, const std::string& b) {
    auto da = ParseXml(a, "a", "a.xlsx", Limits{});
    auto db = ParseXml(b, "b", "b.xlsx", Limits{});
    return WriteXml(*da) == WriteXml(*db);
  };
  {
    std::string bytes = Xlsx(data, strings);
    auto copied =
        Unzip(testing::WriteReplacing(*XlsxDocument::FromBytes(bytes, Limits{}), "Doe", "Roe"));
    auto spliced =
        Unzip(testing::WriteLastReplacing(*XlsxDocument::FromBytes(bytes, Limits{}), "Doe", "Roe"));
    for (const char* part : {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"}) {
      EXPECT_EQ(spliced[part].find("Doe"), std::string::npos) << spliced[part];
      EXPECT_TRUE(read_same(spliced[part], copied[part])) << spliced[part] << "\n" << copied[part];
    }
    EXPECT_NE(spliced["xl/worksheets/sheet1.xml"].find("<c r='A1' t='s'><v>0</v></c>"),
              std::string::npos);
    EXPECT_NE(spliced["xl/worksheets/sheet1.xml"].find("</row>\n  <row r='2'>"), std::string::npos);
    EXPECT_NE(spliced["xl/sharedStrings.xml"].find("</si>\n<si>"), std::string::npos);
  }
  {
    std::string bytes = Xlsx(data + "<!-- Jane Doe's numbers -->", strings);
    auto copied =
        Unzip(testing::WriteReplacing(*XlsxDocument::FromBytes(bytes, Limits{}), "Doe", "Roe"));
    auto spliced =
        Unzip(testing::WriteLastReplacing(*XlsxDocument::FromBytes(bytes, Limits{}), "Doe", "Roe"));
    EXPECT_EQ(spliced["xl/worksheets/sheet1.xml"], copied["xl/worksheets/sheet1.xml"]);
    EXPECT_EQ(spliced["xl/worksheets/sheet1.xml"].find("Doe"), std::string::npos);
  }
}

TEST(XlsxTest, CommentsMetadataAndUnknownPartsAreRemovedAndNoted) {
  Parts extra = {
      {"xl/comments1.xml", "<?xml version=\"1.0\"?><comments " + kMain +
                               "><commentList><comment ref=\"A1\"><text><t>secret "
                               "note</t></text></comment></commentList></comments>"},
      {"xl/drawings/vmlDrawing1.vml", "<xml><v:shape/></xml>"},
      {"docProps/core.xml",
       "<?xml version=\"1.0\"?><cp:coreProperties "
       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Ann "
       "Lee</dc:creator></cp:coreProperties>"},
      {"xl/mystery.xml", "<x>hidden text</x>"},
      {"xl/externalLinks/externalLink1.xml", "<externalLink/>"},
      {"docProps/thumbnail.png", "\x89PNG"},
  };
  std::string overrides =
      "<Override PartName=\"/xl/comments1.xml\" ContentType=\"" + kSml +
      "comments+xml\"/><Override PartName=\"/docProps/core.xml\" "
      "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Default Extension=\"vml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
      "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"" +
      kSml + "externalLink+xml\"/>";
  std::string rels = "<Relationship Id=\"rId1\" Type=\"" + kRel +
                     "comments\" Target=\"../comments1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
                     kRel + "vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\"/>";
  auto doc = XlsxDocument::FromBytes(
      Xlsx("", "", extra, overrides, rels, "<legacyDrawing r:id=\"rId2\"/>"), Limits{});
  auto parts = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(parts.count("xl/comments1.xml"), 0u);
  EXPECT_EQ(parts.count("xl/drawings/vmlDrawing1.vml"), 0u);
  EXPECT_EQ(parts.count("xl/mystery.xml"), 0u);
  EXPECT_EQ(parts.count("xl/externalLinks/externalLink1.xml"), 0u);
  EXPECT_EQ(parts["xl/worksheets/sheet1.xml"].find("legacyDrawing"), std::string::npos);
  EXPECT_EQ(parts["docProps/core.xml"].find("Ann"), std::string::npos);
  std::string notes;
  for (const Note& n : doc->Notes()) notes += n.part + ": " + n.action + "\n";
  EXPECT_NE(notes.find("xl/comments1.xml (comments): removed"), std::string::npos) << notes;
  EXPECT_NE(notes.find("docProps/core.xml creator"), std::string::npos) << notes;
  EXPECT_NE(notes.find("fail closed"), std::string::npos) << notes;
  EXPECT_NE(notes.find("external link"), std::string::npos) << notes;
  EXPECT_NE(notes.find("docProps/thumbnail.png (thumbnail): removed"), std::string::npos) << notes;
}

TEST(XlsxTest, KeptNotesAndThreadedCommentsAreScrubbedAndPersonsLoseTheirAccounts) {
  Parts extra = {
      {"xl/comments1.xml", "<?xml version=\"1.0\"?><comments " + kMain +
                               "><authors><author>Eve Adams</author></authors><commentList>"
                               "<comment ref=\"A1\" authorId=\"0\"><text><r><t>Eve </t></r><r>"
                               "<t>says hi</t></r></text></comment></commentList></comments>"},
      {"xl/drawings/vmlDrawing1.vml", "<xml><v:shape/></xml>"},
      {"xl/threadedComments/threadedComment1.xml",
       "<ThreadedComments xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/"
       "threadedcomments\"><threadedComment ref=\"A1\" id=\"{1}\" personId=\"{P}\"><text>ping "
       "Eve</text></threadedComment></ThreadedComments>"},
      {"xl/persons/person.xml",
       "<personList xmlns=\"http://schemas.microsoft.com/office/spreadsheetml/2018/"
       "threadedcomments\"><person displayName=\"Eve Adams\" id=\"{P}\" "
       "userId=\"eve@corp.example\" providerId=\"AD\"/></personList>"},
  };
  std::string overrides =
      "<Override PartName=\"/xl/comments1.xml\" ContentType=\"" + kSml +
      "comments+xml\"/><Default Extension=\"vml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
      "<Override PartName=\"/xl/threadedComments/threadedComment1.xml\" "
      "ContentType=\"application/vnd.ms-excel.threadedcomments+xml\"/>"
      "<Override PartName=\"/xl/persons/person.xml\" "
      "ContentType=\"application/vnd.ms-excel.person+xml\"/>";
  std::string rels = "<Relationship Id=\"rId1\" Type=\"" + kRel +
                     "comments\" Target=\"../comments1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
                     kRel + "vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\"/>";
  FormatOptions options;
  options.keep_comments = true;
  XlsxDocument doc(
      ByteSource::FromBytes(Xlsx("", "", extra, overrides, rels, "<legacyDrawing r:id=\"rId2\"/>")),
      options);
  auto seen = testing::Collect(doc);
  ASSERT_NE(Find(seen, "Eve says hi"), nullptr);
  EXPECT_EQ(Find(seen, "Eve says hi")->hint, "comment");
  ASSERT_NE(Find(seen, "ping Eve"), nullptr);
  ASSERT_NE(Find(seen, "Eve Adams"), nullptr);
  EXPECT_EQ(Find(seen, "Eve Adams")->hint, "author");
  auto parts = Unzip(testing::WriteReplacing(doc, "Eve", "Zed"));
  EXPECT_NE(parts["xl/comments1.xml"].find("<author>Zed Adams</author>"), std::string::npos);
  EXPECT_NE(parts["xl/comments1.xml"].find(">Zed </t>"), std::string::npos)
      << parts["xl/comments1.xml"];
  EXPECT_NE(parts["xl/threadedComments/threadedComment1.xml"].find("<text>ping Zed</text>"),
            std::string::npos);
  const std::string& person = parts["xl/persons/person.xml"];
  EXPECT_NE(person.find("displayName=\"Zed Adams\""), std::string::npos) << person;
  EXPECT_EQ(person.find("corp.example"), std::string::npos) << person;
  EXPECT_EQ(parts.count("xl/drawings/vmlDrawing1.vml"), 1u);
  EXPECT_NE(parts["xl/worksheets/sheet1.xml"].find("legacyDrawing"), std::string::npos);
}

TEST(XlsxTest, FormulasIntoRemovedExternalLinksKeepTheirLastValues) {
  std::string data =
      "<row r=\"1\"><c r=\"A1\"><f>[1]Other!A1*2</f><v>4</v></c>"
      "<c r=\"B1\"><f>\"[1]\"&amp;A1</f><v>x</v></c></row>";
  Parts extra = {{"xl/externalLinks/externalLink1.xml", "<externalLink/>"},
                 {"xl/calcChain.xml", "<calcChain><c r=\"A1\" i=\"1\"/></calcChain>"}};
  std::string overrides =
      "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"" + kSml +
      "externalLink+xml\"/><Override PartName=\"/xl/calcChain.xml\" ContentType=\"" + kSml +
      "calcChain+xml\"/>";
  auto doc = XlsxDocument::FromBytes(Xlsx(data, "", extra, overrides), Limits{});
  auto parts = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(parts.count("xl/calcChain.xml"), 0u);  // Excel rebuilds it
  const std::string& sheet = parts["xl/worksheets/sheet1.xml"];
  EXPECT_NE(sheet.find("<c r=\"A1\"><v>4</v></c>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<f>\"[1]\"&amp;A1</f>"), std::string::npos) << sheet;
  EXPECT_TRUE(RefersToExternalBook("'[2]My sheet'!B2"));
  EXPECT_FALSE(RefersToExternalBook("Table1[[#This Row],[Col]]"));
}

TEST(XlsxTest, PivotCachesAndChartLabelsAreScanned) {
  Parts extra = {
      {"xl/pivotCache/pivotCacheDefinition1.xml",
       "<?xml version=\"1.0\"?><pivotCacheDefinition " + kMain +
           "><cacheFields><cacheField name=\"Name\"><sharedItems><s v=\"Ann "
           "Lee\"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>"},
      {"xl/charts/chart1.xml",
       "<?xml version=\"1.0\"?><c:chartSpace "
       "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:strCache><c:pt "
       "idx=\"0\"><c:v>Bob Roe</c:v></c:pt></c:strCache></c:chartSpace>"},
  };
  std::string overrides =
      "<Override PartName=\"/xl/pivotCache/pivotCacheDefinition1.xml\" ContentType=\"" + kSml +
      "pivotCacheDefinition+xml\"/><Override PartName=\"/xl/charts/chart1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>";
  auto doc = XlsxDocument::FromBytes(Xlsx("", "", extra, overrides), Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_NE(Find(seen, "Ann Lee"), nullptr);
  ASSERT_NE(Find(seen, "Bob Roe"), nullptr);
  auto parts = Unzip(testing::WriteReplacing(*doc, "Bob Roe", "P1"));
  EXPECT_NE(parts["xl/charts/chart1.xml"].find("<c:v>P1</c:v>"), std::string::npos);
  parts = Unzip(testing::WriteReplacing(*doc, "Ann Lee", "P2"));
  EXPECT_NE(parts["xl/pivotCache/pivotCacheDefinition1.xml"].find("<s v=\"P2\"/>"),
            std::string::npos);
}

TEST(XlsxTest, DrawingTextBoxesAreScannedAndPicturesGoWithTheirAnchor) {
  std::string xdr =
      "xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
      "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"" +
      kRel.substr(0, kRel.size() - 1) + "\"";
  Parts extra = {
      {"xl/drawings/drawing1.xml",
       "<?xml version=\"1.0\"?><xdr:wsDr " + xdr +
           "><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:p><a:r><a:t>Call Ann </a:t></a:r><a:r>"
           "<a:t>Lee</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor>"
           "<xdr:twoCellAnchor><xdr:pic><xdr:blipFill><a:blip r:embed=\"rId1\"/></xdr:blipFill>"
           "</xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"},
      {"xl/drawings/_rels/drawing1.xml.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                                                   "image\" Target=\"../media/image1.png\"/>")},
      {"xl/media/image1.png", "\x89PNG"},
      {"xl/vbaProject.bin", "macro"},
  };
  std::string overrides =
      "<Override PartName=\"/xl/drawings/drawing1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>"
      "<Override PartName=\"/xl/vbaProject.bin\" "
      "ContentType=\"application/vnd.ms-office.vbaProject\"/>";
  std::string rels = "<Relationship Id=\"rId1\" Type=\"" + kRel +
                     "drawing\" Target=\"../drawings/drawing1.xml\"/><Relationship Id=\"rId2\" "
                     "Type=\"" +
                     kRel +
                     "hyperlink\" Target=\"mailto:ann@example.com\" TargetMode=\"External\"/>";
  std::string tail =
      "<hyperlinks><hyperlink ref=\"A1\" r:id=\"rId2\" display=\"Mail Ann\"/></hyperlinks>"
      "<drawing r:id=\"rId1\"/>";
  auto doc = XlsxDocument::FromBytes(Xlsx("", "", extra, overrides, rels, tail), Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_NE(Find(seen, "Call Ann Lee"), nullptr);
  EXPECT_EQ(Find(seen, "Call Ann Lee")->hint, "text box");
  ASSERT_NE(Find(seen, "mailto:ann@example.com"), nullptr);
  ASSERT_NE(Find(seen, "Mail Ann"), nullptr);
  auto parts = Unzip(testing::WriteReplacing(*doc, "Ann Lee", "P"));
  const std::string& drawing = parts["xl/drawings/drawing1.xml"];
  EXPECT_NE(drawing.find("<a:t>Call P</a:t>"), std::string::npos) << drawing;
  EXPECT_EQ(drawing.find("xdr:pic"), std::string::npos) << drawing;
  size_t anchors = 0;  // the text box's anchor stays (opening and closing tag)
  for (size_t at = drawing.find("twoCellAnchor"); at != std::string::npos;
       at = drawing.find("twoCellAnchor", at + 1)) {
    ++anchors;
  }
  EXPECT_EQ(anchors, 2u) << drawing;
  EXPECT_EQ(parts.count("xl/media/image1.png"), 0u);
  EXPECT_EQ(parts.count("xl/vbaProject.bin"), 0u);
  EXPECT_NE(parts["xl/worksheets/sheet1.xml"].find("<drawing r:id=\"rId1\"/>"), std::string::npos);
}

TEST(XlsxTest, ThreadedCommentsPersonsAndConnectionsAreRemoved) {
  Parts extra = {
      {"xl/threadedComments/threadedComment1.xml", "<ThreadedComments/>"},
      {"xl/persons/person.xml", "<personList/>"},
      {"xl/connections.xml", "<connections/>"},
  };
  std::string overrides =
      "<Override PartName=\"/xl/threadedComments/threadedComment1.xml\" "
      "ContentType=\"application/vnd.ms-excel.threadedcomments+xml\"/>"
      "<Override PartName=\"/xl/persons/person.xml\" "
      "ContentType=\"application/vnd.ms-excel.person+xml\"/>"
      "<Override PartName=\"/xl/connections.xml\" ContentType=\"" +
      kSml + "connections+xml\"/>";
  auto doc = XlsxDocument::FromBytes(Xlsx("", "", extra, overrides), Limits{});
  auto parts = Unzip(testing::WriteUnchanged(*doc));
  EXPECT_EQ(parts.count("xl/threadedComments/threadedComment1.xml"), 0u);
  EXPECT_EQ(parts.count("xl/persons/person.xml"), 0u);
  EXPECT_EQ(parts.count("xl/connections.xml"), 0u);
  std::string notes;
  for (const Note& n : doc->Notes()) notes += n.part + "\n";
  EXPECT_NE(notes.find("(threaded comments)"), std::string::npos) << notes;
  EXPECT_NE(notes.find("(comment authors)"), std::string::npos) << notes;
  EXPECT_NE(notes.find("(data connections)"), std::string::npos) << notes;
}

TEST(XlsxTest, ProtectionPasswordHashesAreRemoved) {
  std::string tail =
      "<sheetProtection algorithmName=\"SHA-512\" hashValue=\"abc=\" saltValue=\"def=\" "
      "spinCount=\"100000\" sheet=\"1\"/><protectedRanges><protectedRange password=\"CC3D\" "
      "sqref=\"A1\" name=\"R\"/></protectedRanges>";
  auto doc = XlsxDocument::FromBytes(Xlsx("", "", {}, "", "", tail), Limits{});
  auto parts = Unzip(testing::WriteUnchanged(*doc));
  const std::string& sheet = parts["xl/worksheets/sheet1.xml"];
  EXPECT_NE(sheet.find("<sheetProtection sheet=\"1\"/>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("<protectedRange sqref=\"A1\" name=\"R\"/>"), std::string::npos) << sheet;
}

TEST(XlsxTest, RefusesPackagesWithoutWorkbookAndBrokenZips) {
  std::string xlsb =
      Zip({{"[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            "content-types\"><Override PartName=\"/xl/workbook.bin\" "
            "ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
            "</Types>"},
           {"xl/workbook.bin", "bin"}});
  try {
    XlsxDocument::FromBytes(xlsb, Limits{});
    ADD_FAILURE() << "xlsb accepted";
  } catch (const Refusal& r) {
    EXPECT_NE(std::string(r.what()).find(".xlsb"), std::string::npos) << r.what();
  }
  EXPECT_THROW(XlsxDocument::FromBytes("PK\x03\x04garbage", Limits{}), Refusal);
  EXPECT_THROW(XlsxDocument::FromBytes(Zip({{"[Content_Types].xml",
                                             "<Types xmlns=\"http://schemas.openxmlformats.org/"
                                             "package/2006/content-types\"/>"}}),
                                       Limits{}),
               Refusal);
}

TEST(XlsxTest, UnchangedWriteKeepsSheetBytesAndCanRepeat) {
  std::string in = Xlsx(kPeople, kPeopleStrings);
  auto doc = XlsxDocument::FromBytes(in, Limits{});
  auto first = testing::WriteUnchanged(*doc);
  EXPECT_EQ(first, testing::WriteUnchanged(*doc));
  EXPECT_EQ(Unzip(first)["xl/worksheets/sheet1.xml"], Unzip(in)["xl/worksheets/sheet1.xml"]);
}

TEST(XlsxCellsTest, DatesColumnsAndNames) {
  EXPECT_EQ(SerialToIsoDate(1, false), "1900-01-01");
  EXPECT_EQ(SerialToIsoDate(59, false), "1900-02-28");
  EXPECT_EQ(SerialToIsoDate(60, false), std::nullopt);
  EXPECT_EQ(SerialToIsoDate(61, false), "1900-03-01");
  EXPECT_EQ(SerialToIsoDate(45000, false), "2023-03-15");
  EXPECT_EQ(SerialToIsoDate(0, true), std::nullopt);
  EXPECT_EQ(SerialToIsoDate(1, true), "1904-01-02");
  for (int64_t s : {1, 59, 61, 30882, 45000, 2958465}) {
    EXPECT_EQ(IsoDateToSerial(*SerialToIsoDate(s, false), false), s);
  }
  EXPECT_EQ(IsoDateToSerial("2023-02-29", false), std::nullopt);
  EXPECT_EQ(IsoDateToSerial("[DATE]", false), std::nullopt);
  EXPECT_EQ(ColumnOf("A1"), 0u);
  EXPECT_EQ(ColumnOf("AB12"), 27u);
  EXPECT_EQ(ColumnOf("12"), std::nullopt);
  EXPECT_EQ(ValidSheetName("[a/b]"), "(a_b)");
  EXPECT_EQ(ValidSheetName("''"), "Sheet");
  EXPECT_EQ(ValidSheetName(std::string(40, 'x')).size(), 31u);
  EXPECT_EQ(ValidDefinedName("[NAME] list"), "NAME_list");
  EXPECT_TRUE(LooksLikeIdNumber("4155552671", "x"));
  EXPECT_FALSE(LooksLikeIdNumber("2024", "Year"));
  EXPECT_TRUE(LooksLikeIdNumber("12345", "Account"));
  EXPECT_FALSE(LooksLikeIdNumber("12.5", "Account"));
  EXPECT_TRUE(HeaderNamesIdNumber("Mobile PHONE"));
  EXPECT_FALSE(HeaderNamesIdNumber("Salary"));
  EXPECT_TRUE(LooksLikeIdNumber("94105", "ZIP code"));
  EXPECT_TRUE(HeaderNamesIdNumber("Postal code"));
  // Decided per column: the header's answer counts only for 4 to 6 digits.
  EXPECT_TRUE(LooksLikeIdNumberGiven("12345", true));
  EXPECT_FALSE(LooksLikeIdNumberGiven("12345", false));
  EXPECT_TRUE(LooksLikeIdNumberGiven("4155552671", false));
  EXPECT_FALSE(LooksLikeIdNumberGiven("123", true));
  EXPECT_FALSE(LooksLikeIdNumberGiven("12.5", true));
  EXPECT_EQ(IntegerDigits("4.1111111111111E+15"), "4111111111111100");
  EXPECT_EQ(IntegerDigits("12345"), "12345");
  EXPECT_EQ(IntegerDigits("1.5E+0"), std::nullopt);
  EXPECT_EQ(IntegerDigits("1.5E-3"), std::nullopt);
  EXPECT_EQ(IntegerDigits("12.5"), std::nullopt);
  EXPECT_TRUE(IsBirthHeader("Date of Birth"));
  EXPECT_TRUE(IsBirthHeader("DOB"));
  EXPECT_FALSE(IsBirthHeader("Start date"));
  EXPECT_TRUE(IsBirthHeader("Born in"));
  EXPECT_TRUE(IsBirthHeader("Staff DOB"));
  EXPECT_TRUE(IsBirthHeader("D.O.B."));
  EXPECT_FALSE(IsBirthHeader("Doberman"));
}

// Each column's header decides for its own numbers, however the columns alternate (what a header
// says is decided once a column).
TEST(XlsxCellsTest, NumbersAreJudgedByTheirOwnColumnsHeader) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(
      "<worksheet><sheetData>"
      "<row r='1'><c r='A1' t='s'><v>0</v></c></row>"
      "<row r='2'><c r='A2'><v>12345</v></c><c r='B2'><v>23456</v></c><c r='C2'><v>30000</v></c>"
      "<c r='D2'><v>25000.5</v></c></row>"
      "<row r='3'><c r='C3'><v>34567</v></c><c r='B3'><v>45678</v></c><c r='A3'><v>56789</v></c>"
      "</row></sheetData></worksheet>"));
  SheetContext ctx;
  ctx.name = "S";
  ctx.headers = {{0, "Year"}, {1, "Account no."}, {2, "Date of birth"}, {3, "Amount"}};
  std::vector<std::string> found;
  for (const SheetUnit& u : WorksheetUnits(doc.document_element(), "sheet1.xml", ctx)) {
    found.push_back(u.unit.location + "=" + u.unit.text);
  }
  EXPECT_EQ(found, (std::vector<std::string>{"S!B2=23456", "S!C2=1982-02-18", "S!C3=1994-08-21",
                                             "S!B3=45678"}));
}

// Decimals under a coordinate's header are scanned, and a replacement that is a decimal again
// stays a number; a short word names a coordinate only as the whole header.
TEST(XlsxCellsTest, CoordinatesUnderTheirHeaderStayNumbers) {
  EXPECT_TRUE(HeaderNamesCoordinate("Latitude"));
  EXPECT_TRUE(HeaderNamesCoordinate("GPS longitude"));
  EXPECT_TRUE(HeaderNamesCoordinate(" lng "));
  EXPECT_FALSE(HeaderNamesCoordinate("Translation"));
  EXPECT_FALSE(HeaderNamesCoordinate("Long"));
  EXPECT_TRUE(PlainDecimal("-122.419416"));
  EXPECT_FALSE(PlainDecimal("1234.5"));
  EXPECT_FALSE(PlainDecimal("1.5E-3"));
  EXPECT_FALSE(PlainDecimal("12."));
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(
      "<worksheet><sheetData>"
      "<row r='1'><c r='A1' t='s'><v>0</v></c></row>"
      "<row r='2'><c r='A2'><v>37.774929</v></c><c r='B2'><v>-122.419416</v></c>"
      "<c r='C2'><v>12.75</v></c></row></sheetData></worksheet>"));
  SheetContext ctx;
  ctx.name = "S";
  ctx.headers = {{0, "Latitude"}, {1, "lng"}, {2, "Amount"}};
  std::vector<std::string> found;
  for (const SheetUnit& u : WorksheetUnits(doc.document_element(), "sheet1.xml", ctx)) {
    found.push_back(u.unit.location + "=" + u.unit.text);
  }
  EXPECT_EQ(found, (std::vector<std::string>{"S!A2=37.774929", "S!B2=-122.419416"}));
}

TEST(XlsxCellsTest, FormulaLiteralsSkipQuotedSheetNames) {
  auto lits = FindFormulaLiterals("'It''s \"x\"'!A1&\"a\"\"b\"&\"\"&\"c");
  ASSERT_EQ(lits.size(), 1u);
  EXPECT_EQ(lits[0].text, "a\"b");
  std::string f = "SUM(Data!A1,'Data'!B2,MyData!C3,\"Data!\")";
  EXPECT_TRUE(RenameSheetReferences(f, "Data", "New One"));
  EXPECT_EQ(f, "SUM('New One'!A1,'New One'!B2,MyData!C3,\"Data!\")");
}

}  // namespace
}  // namespace deskbench::ooxml
