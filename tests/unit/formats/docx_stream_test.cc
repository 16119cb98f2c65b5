// Word stories read as a stream (story_stream.h, docx_streamed_story.h): the streaming reader on
// its own, and the adapter's two paths (parsed whole, streamed) giving the same segments, notes
// and written bytes on documents with every construct the cleaning and the collector handle.
#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "formats/ooxml/docx_document.h"
#include "formats/ooxml/story_stream.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "office_fixtures.h"
#include "test_support.h"

namespace deskbench::ooxml {
namespace {

using testing::Replacing;
using testing::Unzip;

using Parts = std::vector<std::pair<std::string, std::string>>;

const std::string kNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\"";
const std::string kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

ChunkSource Chunks(const std::string& bytes, size_t size) {
  return [&bytes, size](const ChunkConsumer& consume) {
    for (size_t at = 0; at < bytes.size(); at += size) consume(bytes.substr(at, size));
  };
}

StoryStream Stream(const Limits& limits = Limits{}, uint64_t piece_limit = 1 << 20) {
  return StoryStream("word/document.xml", "report.docx", limits, piece_limit);
}

// Each piece as "kind:bytes": E an element of the container, T a table's start tag, R an element
// in that table, / its end tag.
std::vector<std::string> Pieces(const std::string& part, size_t chunk, StoryOutline* outline) {
  std::vector<std::string> pieces;
  Stream().Read(
      Chunks(part, chunk),
      [&](PieceKind kind, std::string_view p) {
        const char* tag = kind == PieceKind::kElement      ? "E:"
                          : kind == PieceKind::kTableStart ? "T:"
                          : kind == PieceKind::kInTable    ? "R:"
                                                           : "/:";
        pieces.push_back(tag + std::string(p));
      },
      outline);
  return pieces;
}

TEST(StoryStreamTest, BodyElementsComeWithWhatPrecedesThemWhateverTheChunks) {
  const std::string part = kDecl + "<w:document " + kNs +
                           "><w:background w:color=\"FFFFFF\"/><w:body>\n"
                           "<w:p><w:r><w:t>One</w:t></w:r></w:p>\n<!-- c --><w:tbl><w:tr/></w:tbl>"
                           "<w:sectPr/>\n</w:body></w:document>\n";
  for (size_t chunk : {size_t{1}, size_t{7}, size_t{64} << 10}) {
    StoryOutline outline;
    std::vector<std::string> pieces = Pieces(part, chunk, &outline);
    EXPECT_EQ(pieces, (std::vector<std::string>{"E:\n<w:p><w:r><w:t>One</w:t></w:r></w:p>",
                                                "E:\n<!-- c -->", "T:<w:tbl>", "R:<w:tr/>",
                                                "/:</w:tbl>", "E:<w:sectPr/>", "E:\n"}))
        << chunk;
    EXPECT_EQ(outline.prefix, part.substr(0, part.find("<w:body>")));
    EXPECT_EQ(outline.container_tag, "<w:body>");
    EXPECT_EQ(outline.root_tag, "<w:document " + kNs + ">");
    EXPECT_EQ(outline.suffix, "</w:document>\n");
    EXPECT_EQ(outline.Skeleton(), outline.prefix + "<w:body></w:body></w:document>\n");
    EXPECT_EQ(outline.Wrap("<w:sectPr/>"), outline.root_tag + "<w:sectPr/></w:document>");
  }
}

TEST(StoryStreamTest, OtherStoriesArePiecesOfTheirRootAndEmptyOnesHaveNone) {
  const std::string header =
      "<w:hdr " + kNs + "><w:p/><w:p><w:r><w:t>Head</w:t></w:r></w:p></w:hdr>";
  StoryOutline outline;
  EXPECT_EQ(Pieces(header, 3, &outline),
            (std::vector<std::string>{"E:<w:p/>", "E:<w:p><w:r><w:t>Head</w:t></w:r></w:p>"}));
  EXPECT_EQ(outline.Skeleton(), "<w:hdr " + kNs + "></w:hdr>");
  // Tables of the container, empty or not; tables deeper inside are in their element's piece.
  const std::string tables =
      "<w:hdr><w:tbl/> <w:tbl><w:tblPr/> <w:tr><w:tc><w:tbl><w:tr/></w:tbl></w:tc></w:tr> "
      "</w:tbl></w:hdr>";
  EXPECT_EQ(Pieces(tables, 5, &outline),
            (std::vector<std::string>{"T:<w:tbl/>", "/:", "E: ", "T:<w:tbl>", "R:<w:tblPr/>",
                                      "R: <w:tr><w:tc><w:tbl><w:tr/></w:tbl></w:tc></w:tr>",
                                      "R: ", "/:</w:tbl>"}));
  EXPECT_TRUE(Pieces("<w:document><w:body/></w:document>", 2, &outline).empty());
  EXPECT_EQ(outline.Skeleton(), "<w:document><w:body/></w:document>");
  EXPECT_TRUE(Pieces("<w:document><w:background/></w:document>", 2, &outline).empty());
  EXPECT_EQ(outline.Skeleton(), "<w:document><w:background/></w:document>");
}

void ExpectRefused(const std::string& part, const std::string& why, const Limits& limits = {},
                   uint64_t piece_limit = 1 << 20) {
  try {
    Stream(limits, piece_limit)
        .Read(
            Chunks(part, 5), [](PieceKind, std::string_view) {}, nullptr);
    ADD_FAILURE() << "accepted: " << part;
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find(why), std::string::npos) << r.reason();
    EXPECT_NE(r.reason().find("word/document.xml"), std::string::npos) << r.reason();
  }
}

TEST(StoryStreamTest, RefusesDeclarationsBrokenXmlAndWhatItCouldNotBound) {
  ExpectRefused("<!DOCTYPE w:document [<!ENTITY a \"b\">]><w:document/>", "DOCTYPE");
  ExpectRefused("<!DOCTYPE w:document SYSTEM \"x.dtd\"><w:document/>", "DOCTYPE");
  ExpectRefused("<w:document><w:body><w:p>&ext;</w:p></w:body></w:document>", "malformed");
  ExpectRefused("<w:document><w:body><w:p></w:body></w:document>", "malformed");
  ExpectRefused("<w:document><w:body/><w:body/></w:document>", "two bodies");
  ExpectRefused("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><w:document/>", "UTF-8");
  ExpectRefused(std::string("\xFF\xFE<\0w\0", 6), "UTF-16");
  Limits shallow;
  shallow.max_xml_depth = 4;
  ExpectRefused("<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>",
                "deeper than 4", shallow);
  ExpectRefused(
      "<w:document><w:body><w:p>" + std::string(3000, 'x') + "</w:p></w:body>" + "</w:document>",
      "element of more than", {}, 2048);
  ExpectRefused("<w:document><w:background>" + std::string(3000, 'x') +
                    "</w:background><w:body/></w:document>",
                "around the story's body", {}, 2048);
}

TEST(StoryStreamTest, WhatThePieceHandlerThrowsComesThroughExpat) {
  std::string part = "<w:hdr><w:p/><w:p/></w:hdr>";
  EXPECT_THROW(
      Stream().Read(
          Chunks(part, 4), [](PieceKind, std::string_view) { throw Refusal("x.docx", "handler"); },
          nullptr),
      Refusal);
}

// A package: document.xml with body, a header and footnotes, a comments part, an OLE object and
// an external hyperlink (so references to removed parts and relationship texts are exercised).
std::string Docx(const std::string& body, const std::string& header, const std::string& footnotes) {
  std::string comments = "<w:comments " + kNs +
                         "><w:comment w:id=\"0\" w:author=\"Eve\"><w:p><w:r><w:t>ask Ann Lee"
                         "</w:t></w:r></w:p></w:comment></w:comments>";
  Parts parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" "
       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument."
       "oleObject\"/><Override PartName=\"/word/document.xml\" ContentType=\"" +
           kWml + "document.main+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"" +
           kWml + "header+xml\"/><Override PartName=\"/word/footnotes.xml\" ContentType=\"" + kWml +
           "footnotes+xml\"/><Override PartName=\"/word/comments.xml\" ContentType=\"" + kWml +
           "comments+xml\"/></Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" +
           kRel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml", kDecl + "<w:document " + kNs + ">" + body + "</w:document>"},
      {"word/_rels/document.xml.rels",
       "<?xml version=\"1.0\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId2\" Type=\"" +
           kRel + "header\" Target=\"header1.xml\"/><Relationship Id=\"rId3\" Type=\"" + kRel +
           "hyperlink\" Target=\"mailto:ann.lee@example.com\" TargetMode=\"External\"/>"
           "<Relationship Id=\"rId4\" Type=\"" +
           kRel +
           "oleObject\" Target=\"embeddings/oleObject1.bin\"/><Relationship Id=\"rId5\" "
           "Type=\"" +
           kRel + "footnotes\" Target=\"footnotes.xml\"/><Relationship Id=\"rId6\" Type=\"" + kRel +
           "comments\" Target=\"comments.xml\"/></Relationships>"},
      {"word/header1.xml", kDecl + "<w:hdr " + kNs + ">" + header + "</w:hdr>"},
      {"word/footnotes.xml", kDecl + "<w:footnotes " + kNs + ">" + footnotes + "</w:footnotes>"},
      {"word/comments.xml", comments},
      {"word/embeddings/oleObject1.bin", "ole bytes of Ann Lee"},
  };
  ZipWriter w;
  for (const auto& [name, content] : parts) w.Add(name, content, kNeutralZipTime);
  return w.Finish();
}

// Every construct the cleaning and the collector handle, at the body's level and inside it.
std::string RichBody() {
  return "<w:background w:color=\"FFFFFF\"/><w:body w:rsidR=\"00AA11\">\n"
         // A deleted paragraph mark between two paragraphs, rsids, an insertion and a deletion.
         "<w:p w:rsidR=\"00112233\" w:rsidRDefault=\"00112233\"><w:pPr><w:rPr><w:del w:id=\"1\" "
         "w:author=\"Ann Lee\" w:date=\"2024-01-02T03:04:05Z\"/></w:rPr></w:pPr><w:r "
         "w:rsidRPr=\"00FF\"><w:t xml:space=\"preserve\">Report for </w:t></w:r><w:ins w:id=\"2\" "
         "w:author=\"Ann Lee\"><w:r><w:t>Ann Lee</w:t></w:r></w:ins><w:del w:id=\"3\" "
         "w:author=\"Ann Lee\"><w:r><w:delText>Bob Stone 123-45-6789</w:delText></w:r></w:del>"
         "</w:p>\n<w:p><w:r><w:rPr><w:rPrChange w:id=\"4\" w:author=\"Ann Lee\"><w:rPr/>"
         "</w:rPrChange></w:rPr><w:t>second half, Ann Lee again</w:t></w:r></w:p>\n"
         // A comment anchored across paragraphs, bookmarks at the body's level.
         "<w:commentRangeStart w:id=\"0\"/><w:bookmarkStart w:id=\"0\" w:name=\"start\"/>"
         "<w:p><w:r><w:t>Commented Ann Lee</w:t></w:r></w:p><w:p><w:r><w:t>more</w:t></w:r>"
         "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
         "<w:bookmarkEnd w:id=\"0\"/>\n"
         // A move: the range marks at the body's level, the moved runs inside paragraphs.
         "<w:moveFromRangeStart w:id=\"5\" w:name=\"move1\" w:author=\"Ann Lee\"/><w:p><w:moveFrom "
         "w:id=\"6\" w:author=\"Ann Lee\"><w:r><w:t>moved from Carol Diaz</w:t></w:r></w:moveFrom>"
         "</w:p><w:moveFromRangeEnd w:id=\"5\"/><w:moveToRangeStart w:id=\"7\" w:name=\"move1\"/>"
         "<w:p><w:moveTo w:id=\"8\"><w:r><w:t>moved to Ann Lee</w:t></w:r></w:moveTo></w:p>"
         "<w:moveToRangeEnd w:id=\"7\"/>\n"
         // Whole paragraphs inserted and deleted at the body's level.
         "<w:ins w:id=\"9\" w:author=\"Ann Lee\"><w:p><w:r><w:t>inserted block</w:t></w:r></w:p>"
         "</w:ins><w:del w:id=\"10\" w:author=\"Ann Lee\"><w:p><w:r><w:t>deleted block Dan Roe"
         "</w:t></w:r></w:p></w:del>\n"
         // A complex field over two paragraphs, a simple field.
         "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
         "xml:space=\"preserve\"> HYPERLINK \"mailto:ann.lee@example.com\" </w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>mail Ann</w:t></w:r></w:p>"
         "<w:p><w:r><w:instrText> AUTHOR Ann Lee </w:instrText></w:r><w:r><w:t>Lee</w:t></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:fldSimple w:instr=\" USERNAME Ann Lee \">"
         "<w:r><w:t>Ann</w:t></w:r></w:fldSimple></w:p>\n"
         // A table with a deleted row, a nested table, a text box and a hyperlink.
         "<w:tbl><w:tblPr><w:tblPrChange w:id=\"11\" w:author=\"Ann Lee\"><w:tblPr/>"
         "</w:tblPrChange></w:tblPr><w:tr><w:trPr><w:del w:id=\"12\" w:author=\"Ann Lee\"/>"
         "</w:trPr><w:tc><w:p><w:r><w:t>gone row Eve Moss</w:t></w:r></w:p></w:tc></w:tr><w:tr>"
         "<w:tc><w:p><w:r><w:t>cell Ann Lee</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p>"
         "<w:r><w:t>nested Ann Lee</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>"
         "</w:tbl>\n<w:p><w:r><w:t>after</w:t></w:r><w:r><w:pict><v:shape><v:textbox>"
         "<w:txbxContent><w:p><w:r><w:t>box Ann Lee</w:t></w:r></w:p></w:txbxContent></v:textbox>"
         "</v:shape></w:pict></w:r><w:hyperlink r:id=\"rId3\" w:tooltip=\"Ann Lee's mail\"><w:r>"
         "<w:t>write</w:t></w:r></w:hyperlink></w:p>\n"
         // A drawing's alt text, an OLE object whose part is removed, a content control.
         "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"P\" descr=\"Photo of Ann "
         "Lee\"/></wp:inline></w:drawing></w:r><w:r><w:object><v:shape/><o:OLEObject "
         "xmlns:o=\"urn:schemas-microsoft-com:office:office\" r:id=\"rId4\"/></w:object></w:r>"
         "</w:p><w:sdt><w:sdtPr><w:alias w:val=\"Owner\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>"
         "sdt Ann Lee</w:t></w:r></w:p></w:sdtContent></w:sdt>\n"
         // XML comments and a processing instruction between and inside elements, odd spacing.
         "<!-- Ann Lee's draft --><?pi keep?>\r\n<w:p ><w:r><!-- in --><w:t>Tom &amp; "
         "Ann Lee &#x263A;</w:t></w:r></w:p>\n"
         // A table all of whose rows are deleted (written empty, as the whole part writes it),
         // one with ids on itself and a row, a bookmark among its rows, an object in a cell.
         "<w:tbl w:rsidR=\"00EE\"><w:tr><w:trPr><w:del w:id=\"30\" w:author=\"Ann Lee\"/>"
         "</w:trPr><w:tc><w:p><w:r><w:t>all rows gone Ann Lee</w:t></w:r></w:p></w:tc></w:tr>"
         "</w:tbl>\n<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:bookmarkStart w:id=\"31\" "
         "w:name=\"t\"/><w:tr w:rsidR=\"00FF\"><w:tc><w:p><w:r><w:object><o:OLEObject "
         "xmlns:o=\"urn:o\" r:id=\"rId4\"/></w:object></w:r><w:r><w:t>row Ann Lee</w:t></w:r>"
         "</w:p></w:tc></w:tr><w:bookmarkEnd w:id=\"31\"/></w:tbl>\n"
         // A section break in a paragraph, the final section with its change and header.
         "<w:p><w:pPr><w:sectPr w:rsidR=\"00BB\"><w:pgSz w:w=\"12240\"/></w:sectPr></w:pPr></w:p>"
         "<w:sectPr w:rsidR=\"00CC\" w:rsidSect=\"00DD\"><w:headerReference w:type=\"default\" "
         "r:id=\"rId2\"/><w:sectPrChange w:id=\"13\" w:author=\"Ann Lee\"><w:sectPr/>"
         "</w:sectPrChange></w:sectPr>\n</w:body>";
}

const std::string kHeader =
    "<w:p w:rsidR=\"01\"><w:r><w:t>Header Ann Lee</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p>"
    "<w:r><w:t>head cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
const std::string kFootnotes =
    "<w:footnote w:id=\"-1\" w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p>"
    "</w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>Note by Ann Lee</w:t></w:r><w:ins "
    "w:id=\"20\"><w:r><w:t> added</w:t></w:r></w:ins></w:p></w:footnote>";

std::unique_ptr<DocxDocument> Open(const std::string& bytes, bool streamed,
                                   bool keep_comments = false) {
  FormatOptions options;
  options.keep_comments = keep_comments;
  options.limits.stream_story_bytes = streamed ? 0 : ~uint64_t{0};
  return std::make_unique<DocxDocument>(ByteSource::FromBytes(bytes), options);
}

struct Seen {
  std::string text, location, hint;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> Segments(Document& doc) {
  std::vector<Seen> out;
  for (const auto& s : testing::Collect(doc)) out.push_back({s.text, s.location, s.hint});
  return out;
}

std::vector<std::string> NoteLines(Document& doc) {
  std::vector<std::string> out;
  for (const Note& n : doc.Notes()) out.push_back(n.part + ": " + n.action);
  return out;
}

void ExpectSamePaths(const std::string& bytes, bool keep_comments) {
  auto whole = Open(bytes, false, keep_comments);
  // Asked before anything is read, a streamed story counts its cleaning on its own.
  EXPECT_EQ(NoteLines(*Open(bytes, true, keep_comments)), NoteLines(*whole));
  auto streamed = Open(bytes, true, keep_comments);
  std::vector<Seen> segments = Segments(*whole);
  EXPECT_EQ(Segments(*streamed), segments);
  EXPECT_EQ(NoteLines(*streamed), NoteLines(*whole));
  // Written, unchanged and with edits, both paths give the same bytes in every part.
  EXPECT_EQ(Unzip(testing::WriteUnchanged(*streamed)), Unzip(testing::WriteUnchanged(*whole)));
  auto edited = Unzip(testing::WriteReplacing(*streamed, "Ann Lee", "Zoe Park"));
  EXPECT_EQ(edited, Unzip(testing::WriteReplacing(*whole, "Ann Lee", "Zoe Park")));
  EXPECT_EQ(Unzip(testing::WriteLastReplacing(*streamed, "Ann Lee", "Zoe Park")), edited);
  for (const auto& [name, content] : edited) {
    for (const char* gone : {"Ann Lee", "Bob Stone", "Carol Diaz", "Dan Roe", "Eve Moss"}) {
      EXPECT_EQ(content.find(gone), std::string::npos) << name << " keeps " << gone;
    }
  }
  // The streamed output reads back (streamed again) as the whole path reads it.
  std::string out = testing::WriteReplacing(*Open(bytes, true, keep_comments), "Ann", "Ada");
  EXPECT_EQ(Segments(*Open(out, true, keep_comments)), Segments(*Open(out, false, keep_comments)));
}

TEST(DocxStreamTest, BothPathsGiveTheSameSegmentsNotesAndBytes) {
  std::string bytes = Docx(RichBody(), kHeader, kFootnotes);
  ExpectSamePaths(bytes, false);
  ExpectSamePaths(bytes, true);
  // What the segments and notes hold, so that the comparisons above compare something.
  std::vector<std::string> notes = NoteLines(*Open(bytes, true));
  for (const char* want :
       {"tracked changes: accepted: 4 insertions kept, 5 deletions and 3 formatting changes",
        "comment anchors: 3 anchors removed", "rsid attributes",
        "drawings and objects using removed parts: 2 elements removed"}) {
    bool found = false;
    for (const std::string& n : notes) found = found || n.starts_with(want);
    EXPECT_TRUE(found) << want << "\n" << ::testing::PrintToString(notes);
  }
  std::vector<Seen> segments = Segments(*Open(bytes, true));
  std::map<std::string, std::string> by_hint;
  for (const Seen& s : segments) by_hint[s.hint] += s.text + "|";
  EXPECT_NE(by_hint[""].find("Report for Ann Lee|second half"), std::string::npos);
  EXPECT_EQ(by_hint[""].find("Bob Stone"), std::string::npos);
  EXPECT_EQ(by_hint[""].find("Carol Diaz"), std::string::npos);
  EXPECT_EQ(by_hint[""].find("Dan Roe"), std::string::npos);
  EXPECT_EQ(by_hint[""].find("Eve Moss"), std::string::npos);
  EXPECT_NE(by_hint["field code"].find(" AUTHOR Ann Lee  USERNAME Ann Lee |"), std::string::npos);
  EXPECT_EQ(by_hint["text box"], "box Ann Lee|");
  EXPECT_EQ(by_hint["alt text"], "Photo of Ann Lee|");
  EXPECT_EQ(by_hint["header"], "Header Ann Lee|head cell|");
  EXPECT_EQ(by_hint["footnote"], "Note by Ann Lee added|");
  EXPECT_NE(by_hint[""].find("|row Ann Lee|"), std::string::npos);
  EXPECT_EQ(by_hint[""].find("all rows gone"), std::string::npos);
  bool cell = false;
  for (const Seen& s : segments) {
    cell = cell || (s.text == "nested Ann Lee" &&
                    s.location == "word/document.xml table 2, row 1, cell 1, paragraph 11");
  }
  EXPECT_TRUE(cell);
}

TEST(DocxStreamTest, AnUntouchedStreamedStoryIsCopiedAsItIs) {
  std::string body = "<w:body><w:p><w:r><w:t>Plain text</w:t></w:r></w:p><!-- kept --></w:body>";
  std::string bytes = Docx(body, "<w:p/>", "");
  auto streamed = Open(bytes, true);
  ZipReader in(bytes, "in.docx", Limits{});
  ZipReader out(testing::WriteUnchanged(*streamed), "out.docx", Limits{});
  const ZipEntry* a = in.Find("word/document.xml");
  const ZipEntry* b = out.Find("word/document.xml");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(in.ReadRaw(*a), out.ReadRaw(*b));
}

TEST(DocxStreamTest, OnlyStoriesOverTheThresholdAreStreamed) {
  // A DOCTYPE naming an external DTD is read whole (nothing is expanded) but refused streamed:
  // which path opened the part shows.
  std::string body = "<w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body>";
  std::string bytes = Docx(body, "<w:p/>", "");
  std::string doctype = bytes;
  ZipWriter w;
  ZipReader r(bytes, "in.docx", Limits{});
  for (const ZipEntry& e : r.entries()) {
    std::string content = r.Read(e);
    if (e.name == "word/document.xml") {
      content = "<!DOCTYPE w:document SYSTEM \"w.dtd\">" + content.substr(content.find("<w:doc"));
    }
    w.Add(e.name, content, kNeutralZipTime);
  }
  doctype = w.Finish();
  EXPECT_NO_THROW(Open(doctype, false));
  try {
    Open(doctype, true);
    ADD_FAILURE() << "streamed part with a DOCTYPE accepted";
  } catch (const Refusal& e) {
    EXPECT_NE(e.reason().find("word/document.xml: XML with a DOCTYPE"), std::string::npos)
        << e.reason();
  }
  FormatOptions options;
  options.limits.stream_story_bytes = r.Find("word/document.xml")->size;  // not over it
  EXPECT_NO_THROW(DocxDocument(ByteSource::FromBytes(doctype), options));
}

}  // namespace
}  // namespace deskbench::ooxml
