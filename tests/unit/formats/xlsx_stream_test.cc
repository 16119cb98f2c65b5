// Worksheets read as a stream (sheet_stream.h, xlsx_streamed_sheet.h): the streaming reader and
// writer on their own, the zip pieces around them, and the adapter's two paths (parsed whole,
// streamed) giving the same segments, edits and notes on the same workbook.
#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "formats/ooxml/deflate_stream.h"
#include "formats/ooxml/sheet_stream.h"
#include "formats/ooxml/xlsx_document.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "office_fixtures.h"
#include "test_support.h"

namespace deskbench::ooxml {
namespace {

using testing::Replacing;
using testing::Unzip;

using Parts = std::vector<std::pair<std::string, std::string>>;

const std::string kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kSml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

const std::string kSheet =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + kMainNs +
    "\"><dimension ref=\"A1:B2\"/><sheetData>\n"
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ann &amp; Bob</t></is></c><c r=\"B1\"/></row>"
    "\n<!-- between rows --><row  r='2' spans=\"1:2\" ><c r=\"A2\"><v>1</v></c>"
    "<c r=\"B2\" t=\"s\"><v>0</v></c></row></sheetData><hyperlinks/></worksheet>\n";

ChunkSource Chunks(const std::string& bytes, size_t size) {
  return [&bytes, size](const ChunkConsumer& consume) {
    for (size_t at = 0; at < bytes.size(); at += size) consume(bytes.substr(at, size));
  };
}

SheetStream Stream(const Limits& limits = Limits{}) {
  return SheetStream("xl/worksheets/sheet1.xml", "book.xlsx", limits, 1 << 20);
}

std::string Between(const std::string& s, const std::string& from, const std::string& to) {
  size_t b = s.find(from);
  return s.substr(b, s.find(to, b) + to.size() - b);
}

TEST(SheetStreamTest, RowsComeAsWrittenWithTheirCellsWhateverTheChunks) {
  for (size_t chunk : {size_t{1}, size_t{7}, size_t{64} << 10}) {
    std::vector<std::string> rows;
    std::vector<std::vector<std::string>> cells;
    SheetOutline outline;
    Stream().Read(
        Chunks(kSheet, chunk),
        [&](const SheetRow& row) {
          rows.emplace_back(row.bytes);
          cells.emplace_back();
          for (auto [b, e] : row.cells) cells.back().emplace_back(row.bytes.substr(b, e - b));
        },
        &outline);
    ASSERT_EQ(rows.size(), 2u) << chunk;
    EXPECT_EQ(rows[0], Between(kSheet, "<row r=\"1\"", "</row>"));
    EXPECT_EQ(rows[1], Between(kSheet, "<row  r='2'", "</row>"));
    EXPECT_EQ(cells[0], (std::vector<std::string>{
                            "<c r=\"A1\" t=\"inlineStr\"><is><t>Ann &amp; Bob</t></is></c>",
                            "<c r=\"B1\"/>"}));
    EXPECT_EQ(cells[1], (std::vector<std::string>{"<c r=\"A2\"><v>1</v></c>",
                                                  "<c r=\"B2\" t=\"s\"><v>0</v></c>"}));
    EXPECT_EQ(outline.prefix, kSheet.substr(0, kSheet.find("<sheetData>")));
    EXPECT_EQ(outline.suffix, kSheet.substr(kSheet.find("</sheetData>") + 12));
    EXPECT_EQ(outline.Skeleton(), outline.prefix + "<sheetData/>" + outline.suffix);
  }
}

TEST(SheetStreamTest, WritingSplicesOnlyTheRowsReplacedAndKeepsEveryOtherByte) {
  const std::string data = Between(kSheet, "<sheetData>", "</sheetData>");
  for (size_t chunk : {size_t{1}, size_t{5}, size_t{64} << 10}) {
    std::string same;
    Stream().WriteSheetData(
        Chunks(kSheet, chunk), [](const SheetRow&, std::string&) { return false; },
        [&](std::string_view b) { same += b; });
    EXPECT_EQ(same, data);
    std::string edited;
    Stream().WriteSheetData(
        Chunks(kSheet, chunk),
        [](const SheetRow& row, std::string& out) {
          if (row.bytes.find("r='2'") == std::string_view::npos) return false;
          out = "<row r=\"2\"/>";
          return true;
        },
        [&](std::string_view b) { edited += b; });
    std::string want = data;
    want.replace(want.find("<row  r='2'"), Between(kSheet, "<row  r='2'", "</row>").size(),
                 "<row r=\"2\"/>");
    EXPECT_EQ(edited, want) << chunk;
  }
}

TEST(SheetStreamTest, PartsWithoutRowsOrWithoutSheetData) {
  std::string empty = "<worksheet><sheetData/><pageMargins/></worksheet>";
  SheetOutline outline;
  size_t rows = 0;
  Stream().Read(
      Chunks(empty, 3), [&](const SheetRow&) { ++rows; }, &outline);
  EXPECT_EQ(rows, 0u);
  EXPECT_EQ(outline.Skeleton(), empty);
  std::string out;
  Stream().WriteSheetData(
      Chunks(empty, 3), [](const SheetRow&, std::string&) { return false; },
      [&](std::string_view b) { out += b; });
  EXPECT_EQ(out, "<sheetData/>");
  std::string none = "<chartsheet><sheetPr/></chartsheet>";
  Stream().Read(
      Chunks(none, 4), [&](const SheetRow&) { ++rows; }, &outline);
  EXPECT_EQ(outline.sheet_data, "");
  EXPECT_EQ(outline.Skeleton(), none);
}

void ExpectRefused(const std::string& part, const std::string& why, const Limits& limits = {}) {
  try {
    Stream(limits).Read(
        Chunks(part, 16), [](const SheetRow&) {}, nullptr);
    ADD_FAILURE() << "accepted: " << part;
  } catch (const Refusal& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("book.xlsx"), std::string::npos) << what;
    EXPECT_NE(what.find("xl/worksheets/sheet1.xml"), std::string::npos) << what;
    EXPECT_NE(what.find(why), std::string::npos) << what;
  }
}

TEST(SheetStreamTest, RefusesDeclarationsBrokenXmlAndWhatItCouldNotKeep) {
  ExpectRefused("<!DOCTYPE w [<!ENTITY x \"y\">]><worksheet><sheetData/></worksheet>", "DOCTYPE");
  ExpectRefused("<!DOCTYPE worksheet SYSTEM \"w.dtd\"><worksheet/>", "DOCTYPE");
  ExpectRefused("<worksheet><sheetData><row><c><v>&x;</v></c></row></sheetData></worksheet>",
                "malformed XML");
  // Cut anywhere, the part is refused (a truncated stream).
  for (size_t cut : {size_t{10}, kSheet.size() / 2, kSheet.size() - 3}) {
    ExpectRefused(kSheet.substr(0, cut), "malformed XML");
  }
  std::string deep = "<worksheet><sheetData><row><c>";
  for (int i = 0; i < 300; ++i) deep += "<x>";
  ExpectRefused(deep, "nested deeper than 256 levels");
  Limits shallow;
  shallow.max_xml_depth = 3;
  ExpectRefused("<worksheet><sheetData><row><c/></row></sheetData></worksheet>",
                "nested deeper than 3", shallow);
  ExpectRefused("<worksheet><sheetData/><sheetData/></worksheet>", "two sheetData");
  ExpectRefused("<worksheet><sheetData><foo/></sheetData></worksheet>", "<foo> inside sheetData");
  ExpectRefused(
      "<worksheet xmlns:r=\"r\"><sheetData><row><c r:id=\"rId1\"/></row></sheetData>"
      "</worksheet>",
      "relationship reference (r:id)");
  ExpectRefused(std::string("\xff\xfe<\0w\0/\0>\0", 10), "UTF-16");
  ExpectRefused("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>", "ISO-8859-1");
  // One row is parsed whole: it is bounded like a part parsed whole, in one chunk or many.
  std::string long_row = "<worksheet><sheetData><row><c><v>1</v></c>" + std::string(2 << 20, ' ') +
                         "</row></sheetData></worksheet>";
  ExpectRefused(long_row, "a row of more than 1 MiB");
  try {
    Stream().Read(
        Chunks(long_row, long_row.size()), [](const SheetRow&) {}, nullptr);
    ADD_FAILURE();
  } catch (const Refusal& e) {
    EXPECT_NE(std::string(e.what()).find("a row of more than 1 MiB"), std::string::npos);
  }
  std::string big = "<worksheet><sheetData/><cols>" + std::string(2 << 20, ' ') + "</cols>";
  try {  // only what is kept is bounded
    SheetOutline outline;
    Stream().Read(
        Chunks(big + "</worksheet>", 4096), [](const SheetRow&) {}, &outline);
    ADD_FAILURE();
  } catch (const Refusal& e) {
    EXPECT_NE(std::string(e.what()).find("around sheetData"), std::string::npos);
  }
}

TEST(SheetStreamTest, WhatTheRowHandlerThrowsComesThroughExpat) {
  EXPECT_THROW(
      Stream().Read(
          Chunks(kSheet, 8), [](const SheetRow&) { throw std::runtime_error("stop"); }, nullptr),
      std::runtime_error);
}

// --- zip pieces ----------------------------------------------------------------------------

std::string Zip(const Parts& parts) {
  ZipWriter w;
  for (const auto& [name, content] : parts) w.Add(name, content, 315532800);
  return w.Finish();
}

std::string Rows(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += "<row r=\"" + std::to_string(i + 1) + "\"><c/></row>";
  return s;
}

TEST(ZipStreamTest, EntriesStreamInChunksAndCorruptionIsRefusedNamingTheEntry) {
  std::string content = Rows(50000);
  std::string zip = Zip({{"xl/worksheets/sheet1.xml", content}});
  ZipReader reader(zip, "book.xlsx", Limits{});
  std::string got;
  size_t chunks = 0;
  reader.Stream(reader.entries()[0], [&](std::string_view b) {
    EXPECT_LE(b.size(), kStreamChunkBytes);
    got += b;
    ++chunks;
  });
  EXPECT_EQ(got, content);
  EXPECT_GT(chunks, 1u);
  auto refused = [](const std::string& bytes) {
    try {
      ZipReader r(bytes, "book.xlsx", Limits{});
      r.Stream(r.entries()[0], [](std::string_view) {});
      return std::string("accepted");
    } catch (const Refusal& e) {
      return std::string(e.what());
    }
  };
  // A flipped byte in the deflated data, then a wrong checksum in both headers.
  std::string flipped = zip;
  flipped[30 + 24 + 400] ^= 0x55;
  std::string why = refused(flipped);
  EXPECT_NE(why.find("book.xlsx"), std::string::npos) << why;
  EXPECT_NE(why.find("xl/worksheets/sheet1.xml"), std::string::npos) << why;
  std::string crc = zip;
  crc[14] ^= 1;  // local header
  crc[crc.rfind(std::string("PK\x01\x02", 4)) + 16] ^= 1;
  why = refused(crc);
  EXPECT_NE(why.find("xl/worksheets/sheet1.xml\" is corrupt"), std::string::npos) << why;
  // Declared one byte smaller than it inflates to (both headers agree): refused, not truncated.
  std::string small = zip;
  auto shrink = [&](size_t at) {
    uint32_t size = static_cast<uint8_t>(small[at]) | static_cast<uint8_t>(small[at + 1]) << 8 |
                    static_cast<uint8_t>(small[at + 2]) << 16 |
                    static_cast<uint32_t>(static_cast<uint8_t>(small[at + 3])) << 24;
    ASSERT_EQ(size, content.size());
    --size;
    for (int i = 0; i < 4; ++i) small[at + i] = static_cast<char>(size >> (8 * i));
  };
  shrink(22);  // local header: uncompressed size
  shrink(small.rfind(std::string("PK\x01\x02", 4)) + 24);
  why = refused(small);
  EXPECT_NE(why.find("xl/worksheets/sheet1.xml"), std::string::npos) << why;
  EXPECT_NE(why, "accepted");
}

TEST(ZipStreamTest, PiecesDeflatedApartJoinIntoOneEntry) {
  std::string head = "<?xml version=\"1.0\"?><worksheet><sheetData>";
  std::string middle = Rows(30000);
  std::string tail = "</sheetData></worksheet>";
  std::vector<DeflatedPiece> pieces;
  // The middle is compressed first, as the adapter does, and in many writes.
  DeflateStream m(kDeflateLevel);
  for (size_t at = 0; at < middle.size(); at += 1000) m.Write(middle.substr(at, 1000));
  DeflatedPiece mid = m.Finish(false);
  DeflateStream h(kDeflateLevel);
  h.Write(head);
  pieces.push_back(h.Finish(false));
  pieces.push_back(std::move(mid));
  DeflateStream t(kDeflateLevel);
  t.Write(tail);
  pieces.push_back(t.Finish(true));
  EXPECT_LT(pieces[1].bytes.size(), middle.size() / 5);
  ZipWriter w;
  w.AddDeflated("sheet.xml", pieces, 315532800);
  w.Add("after.txt", "after", 315532800);
  std::string zip = w.Finish();
  ZipReader reader(zip, "out.xlsx", Limits{});
  EXPECT_EQ(reader.Read(*reader.Find("sheet.xml")), head + middle + tail);
  EXPECT_EQ(reader.Read(*reader.Find("after.txt")), "after");
}

// --- the adapter's two paths ---------------------------------------------------------------

std::string Rels(const std::string& inner) {
  return "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         inner + "</Relationships>";
}

// A workbook with what a worksheet can hold: shared and inline strings (rich text), numbers
// that identify people, dates of birth, formulas with literals, one into an external link
// (removed), one naming the sheet, protection with a password hash, a validation list,
// hyperlinks, header and footer, a legacy drawing of removed comments.
std::string RichWorkbook() {
  std::string ns = "xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRel.substr(0, kRel.size() - 1) + "\"";
  std::string sheet =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + ns +
      "><sheetPr/><dimension ref=\"A1:E6\"/><sheetViews><sheetView workbookViewId=\"0\"/>"
      "</sheetViews><sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Email</t>"
      "</is></c><c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"s\"><v>2</v></c><c r=\"E1\" "
      "t=\"str\"><f>\"Note\"</f><v>Note</v></c></row>\n"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"inlineStr\"><is><r><t>ann@"
      "</t></r><r><rPr><b/></rPr><t>example.com</t></r></is></c><c r=\"C2\"><v>4155552671</v>"
      "</c><c r=\"D2\"><v>30882</v></c><c r=\"E2\" t=\"str\"><f>\"Mail \"&amp;\"bob@example.com\""
      "</f><v>Mail bob@example.com</v></c></row>\n"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\"><f>[1]Other!A1*2</f><v>4</v></c>"
      "<c r=\"C3\"><f>Data!C2</f><v>4155552671</v></c><c r=\"D3\"><v>30895.5</v></c></row>\n"
      "<row  r='4' spans=\"1:5\" ><c r='A4' t=\"inlineStr\"><is><t xml:space=\"preserve\"> Ann "
      "Lee </t></is></c><!-- kept --></row>"
      "<row><c t=\"s\"><v>5</v></c><c><v>123456789</v></c><c t=\"b\"><v>1</v></c></row>"
      "<row r=\"9\"><c r=\"C9\"><v>1.5E+15</v></c><c r=\"D9\" t=\"d\"><v>1984-07-19</v></c></row>"
      "</sheetData><sheetProtection algorithmName=\"SHA-512\" hashValue=\"abc=\" "
      "saltValue=\"def=\" spinCount=\"100000\" sheet=\"1\"/><dataValidations count=\"1\">"
      "<dataValidation type=\"list\" sqref=\"C1\"><formula1>\"Ann Lee,Bob Roe\"</formula1>"
      "</dataValidation></dataValidations><hyperlinks><hyperlink ref=\"B2\" r:id=\"rId2\" "
      "display=\"Mail Ann Lee\"/></hyperlinks><headerFooter><oddHeader>&amp;LPrepared by Ann Lee"
      "</oddHeader></headerFooter><legacyDrawing r:id=\"rId1\"/></worksheet>";
  std::string strings = "<?xml version=\"1.0\"?><sst " + ns +
                        "><si><t>Name</t></si><si><t>Phone</t></si><si><t>Date of birth</t></si>"
                        "<si><t>Ann Lee</t></si><si><r><t>Bob </t></r><r><t>Roe</t></r></si>"
                        "<si><t>Carol Poe</t></si></sst>";
  Parts parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Default Extension=\"vml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>"
       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
           kSml + "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" " +
           "ContentType=\"" + kSml +
           "worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" " + "ContentType=\"" +
           kSml + "sharedStrings+xml\"/><Override PartName=\"/xl/comments1.xml\" " +
           "ContentType=\"" + kSml + "comments+xml\"/><Override " +
           "PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"" + kSml +
           "externalLink+xml\"/><Override PartName=\"/xl/calcChain.xml\" ContentType=\"" + kSml +
           "calcChain+xml\"/></Types>"},
      {"_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                           "officeDocument\" Target=\"xl/workbook.xml\"/>")},
      {"xl/workbook.xml",
       "<?xml version=\"1.0\"?><workbook " + ns +
           "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
           "<definedNames><definedName name=\"Filter\">Data!$A$1:$B$3</definedName>"
           "</definedNames></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
            "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
            kRel + "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" " +
            "Type=\"" + kRel + "externalLink\" Target=\"externalLinks/externalLink1.xml\"/>")},
      {"xl/worksheets/sheet1.xml", sheet},
      {"xl/worksheets/_rels/sheet1.xml.rels",
       Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
            "vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\"/><Relationship Id=\"rId2\" "
            "Type=\"" +
            kRel +
            "hyperlink\" Target=\"mailto:ann@example.com\" "
            "TargetMode=\"External\"/><Relationship Id=\"rId3\" Type=\"" +
            kRel + "comments\" Target=\"../comments1.xml\"/>")},
      {"xl/sharedStrings.xml", strings},
      {"xl/comments1.xml", "<?xml version=\"1.0\"?><comments " + ns +
                               "><commentList><comment ref=\"A1\"><text><t>note</t></text>"
                               "</comment></commentList></comments>"},
      {"xl/drawings/vmlDrawing1.vml", "<xml><v:shape/></xml>"},
      {"xl/externalLinks/externalLink1.xml", "<externalLink/>"},
      {"xl/calcChain.xml", "<calcChain><c r=\"B3\" i=\"1\"/></calcChain>"},
  };
  return Zip(parts);
}

Limits Streaming(bool streamed) {
  Limits limits;
  limits.stream_sheet_bytes = streamed ? 0 : ~uint64_t{0};
  return limits;
}

// The part as WriteXml writes it (comments out, one form of every tag and escape).
std::string Canonical(const std::string& xml) {
  return WriteXml(*ParseXml(xml, "part", "test", Limits{}));
}

TEST(XlsxStreamTest, BothPathsGiveTheSameSegmentsPartsAndNotes) {
  std::string book = RichWorkbook();
  auto dom = XlsxDocument::FromBytes(book, Streaming(false));
  auto streamed = XlsxDocument::FromBytes(book, Streaming(true));
  auto seen_dom = testing::Collect(*dom);
  auto seen_streamed = testing::Collect(*streamed);
  ASSERT_EQ(seen_dom.size(), seen_streamed.size());
  for (size_t i = 0; i < seen_dom.size(); ++i) {
    EXPECT_EQ(seen_dom[i].text, seen_streamed[i].text) << i;
    EXPECT_EQ(seen_dom[i].location, seen_streamed[i].location) << i;
    EXPECT_EQ(seen_dom[i].hint, seen_streamed[i].hint) << i;
  }
  // What the sheet holds is all there: hints from the headers, the cached formula text, dates.
  auto find = [&](const std::string& text) -> const testing::Seen* {
    for (const auto& s : seen_streamed) {
      if (s.text == text) return &s;
    }
    return nullptr;
  };
  ASSERT_NE(find("1984-07-19"), nullptr);
  EXPECT_EQ(find("1984-07-19")->hint, "Date of birth");
  ASSERT_NE(find("ann@example.com"), nullptr);
  EXPECT_EQ(find("ann@example.com")->location, "Data!B2");
  EXPECT_EQ(find("ann@example.com")->hint, "Email");
  ASSERT_NE(find("Carol Poe"), nullptr);
  ASSERT_NE(find("1500000000000000"), nullptr);
  EXPECT_NE(find(" Ann Lee "), nullptr);

  std::vector<SegmentEditor> editors = {
      [](const Segment&) { return std::vector<Edit>{}; },
      Replacing({{"Ann Lee", "Zed Adams"},
                 {"ann@example.com", "[EMAIL]"},
                 {"bob@example.com", "x\"y@example.org"},
                 {"4155552671", "2025550100"},
                 {"123456789", "[SSN]"},
                 {"1984-07-19", "[DATE]"},
                 {"1984-08-01", "1990-01-02"},
                 {"1500000000000000", "4111111111111111"}}),
      Replacing({{"Data", "[NAME]"}, {"Roe", "Poe"}}),
  };
  for (size_t n = 0; n < editors.size(); ++n) {
    auto out_dom = Unzip(testing::WriteWith(*dom, editors[n]));
    auto out_streamed = Unzip(testing::WriteWith(*streamed, editors[n]));
    ASSERT_EQ(out_dom.size(), out_streamed.size()) << n;
    for (const auto& [name, bytes] : out_dom) {
      ASSERT_EQ(out_streamed.count(name), 1u) << name;
      if (name == "xl/worksheets/sheet1.xml") {
        EXPECT_EQ(Canonical(bytes), Canonical(out_streamed[name])) << n;
      } else {
        EXPECT_EQ(bytes, out_streamed[name]) << name << " " << n;
      }
    }
    auto notes_dom = dom->Notes();
    auto notes_streamed = streamed->Notes();
    ASSERT_EQ(notes_dom.size(), notes_streamed.size()) << n;
    for (size_t i = 0; i < notes_dom.size(); ++i) {
      EXPECT_EQ(notes_dom[i].part, notes_streamed[i].part);
      EXPECT_EQ(notes_dom[i].action, notes_streamed[i].action);
    }
  }
}

TEST(XlsxStreamTest, UntouchedRowsKeepTheirBytesAndEditedCellsAreRewritten) {
  std::string book = RichWorkbook();
  const std::string original = Unzip(book)["xl/worksheets/sheet1.xml"];
  auto streamed = XlsxDocument::FromBytes(book, Streaming(true));
  std::string sheet = Unzip(
      testing::WriteReplacing(*streamed, "4155552671", "2025550100"))["xl/worksheets/sheet1.xml"];
  // Row 4 was not edited: as written, single quotes, spaces and comment included.
  std::string row4 = Between(original, "<row  r='4'", "</row>");
  EXPECT_NE(sheet.find(row4), std::string::npos) << sheet;
  // In row 2 only C2 changed: A2, B2 and the rest are the original bytes.
  EXPECT_NE(sheet.find("<c r=\"C2\"><v>2025550100</v></c><c r=\"D2\"><v>30882</v></c>"),
            std::string::npos)
      << sheet;
  EXPECT_NE(sheet.find(Between(original, "<c r=\"B2\"", "</c>")), std::string::npos);
  // The skeleton changed (password hash, removed legacy drawing): written anew around the rows.
  EXPECT_EQ(sheet.find("hashValue"), std::string::npos);
  EXPECT_EQ(sheet.find("legacyDrawing"), std::string::npos);
  EXPECT_EQ(sheet.find("[1]Other"), std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"B3\"><v>4</v></c>"), std::string::npos) << sheet;
}

TEST(XlsxStreamTest, AnUnchangedStreamedSheetIsCopiedAndAnEditedOneKeepsItsOtherBytes) {
  std::string sheet = "<?xml version=\"1.0\"?>\n<worksheet xmlns=\"" + kMainNs +
                      "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>7</v></c><c r=\"B1\" "
                      "t=\"inlineStr\"><is><t>Ann</t></is></c></row></sheetData><!-- end -->"
                      "<pageMargins left='0.7'/></worksheet>";
  Parts parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
       "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+"
       "xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
           kSml + "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" " +
           "ContentType=\"" + kSml + "worksheet+xml\"/></Types>"},
      {"_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                           "officeDocument\" Target=\"xl/workbook.xml\"/>")},
      {"xl/workbook.xml", "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" +
                              kRel.substr(0, kRel.size() - 1) +
                              "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                              "</sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                                          "worksheet\" Target=\"worksheets/sheet1.xml\"/>")},
      {"xl/worksheets/sheet1.xml", sheet},
  };
  std::string book = Zip(parts);
  auto doc = XlsxDocument::FromBytes(book, Streaming(true));
  EXPECT_EQ(Unzip(testing::WriteUnchanged(*doc))["xl/worksheets/sheet1.xml"], sheet);
  EXPECT_EQ(Unzip(testing::WriteReplacing(*doc, "nothing", "x"))["xl/worksheets/sheet1.xml"],
            sheet);
  // An edited cell in an unchanged skeleton: every other byte as it was.
  std::string edited = sheet;
  edited.replace(edited.find("Ann"), 3, "Bob");
  EXPECT_EQ(Unzip(testing::WriteReplacing(*doc, "Ann", "Bob"))["xl/worksheets/sheet1.xml"], edited);
}

}  // namespace
}  // namespace deskbench::ooxml
