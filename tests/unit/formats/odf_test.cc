#include <gtest/gtest.h>

#include "core/error.h"
#include "formats/odf/odf_document.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "formats/registry.h"
#include "test_support.h"

namespace deskbench::odf {
namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

constexpr const char* kNs =
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
    "xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" "
    "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

const std::string kUntouched =
    "<text:p text:style-name=\"P1\">Quarterly figures attached.</text:p>";

std::string Xml(const std::string& root, const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " " + kNs +
         " office:version=\"1.3\">" + inner + "</" + root + ">";
}

std::string Manifest(const std::string& extra = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
         "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
         "<manifest:file-entry manifest:full-path=\"/\" "
         "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
         "<manifest:file-entry manifest:full-path=\"content.xml\" "
         "manifest:media-type=\"text/xml\"/>"
         "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
         "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
         "<manifest:file-entry manifest:full-path=\"settings.xml\" "
         "manifest:media-type=\"text/xml\"/>"
         "<manifest:file-entry manifest:full-path=\"Pictures/p.png\" "
         "manifest:media-type=\"image/png\"/>" +
         extra + "</manifest:manifest>";
}

std::string Zip(const Parts& parts, const std::string& type = "text") {
  ooxml::ZipWriter w;
  w.Add("mimetype", "application/vnd.oasis.opendocument." + type, 315532800, true);
  for (const auto& [name, content] : parts) w.Add(name, content, 315532800);
  return w.Finish();
}

const std::string kContent =
    Xml("office:document-content",
        "<office:scripts><office:script>Sub Leak</office:script></office:scripts>"
        "<office:body><office:text>"
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
        "<office:change-info><dc:creator>Reviewer Kowalczyk</dc:creator></office:change-info>"
        "<text:p>deleted secret ledger</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>" +
            kUntouched +
            "<text:p>Mail <text:span text:style-name=\"T1\">jane.d</text:span>oe@example.com"
            "<text:s text:c=\"2\"/>call<text:tab/>+1 555 0100<text:change text:change-id=\"c1\"/>"
            "<office:annotation><dc:creator>Annot Author</dc:creator><text:p>see note</text:p>"
            "</office:annotation> <text:a xlink:href=\"mailto:jane.doe@example.com\">link</text:a>"
            "</text:p>"
            "<text:p><draw:frame draw:name=\"f\"><draw:image xlink:href=\"Pictures/p.png\"/>"
            "<svg:title>photo</svg:title></draw:frame>"
            "<draw:frame><svg:desc>Portrait of Jane</svg:desc></draw:frame>"
            "<draw:frame><draw:image xlink:href=\"file:///home/Jane/x.png\"/></draw:frame></text:p>"
            "</office:text></office:body>");

const std::string kStyles =
    Xml("office:document-styles",
        "<office:master-styles><style:master-page style:name=\"Standard\"><style:header>"
        "<text:p>Confidential for Jane Doe</text:p></style:header></style:master-page>"
        "</office:master-styles>");

const std::string kMeta =
    Xml("office:document-meta",
        "<office:meta><meta:generator>LibreOffice/7.4</meta:generator>"
        "<meta:initial-creator>Olek Brzeczyszczykiewicz</meta:initial-creator>"
        "<dc:creator>Olek Brzeczyszczykiewicz</dc:creator><dc:title>Plan</dc:title>"
        "<meta:editing-cycles>7</meta:editing-cycles>"
        "<meta:user-defined meta:name=\"Owner\">Olek</meta:user-defined></office:meta>");

const std::string kSettings =
    Xml("office:document-settings",
        "<office:settings><config:config-item-set config:name=\"ooo:configuration-settings\">"
        "<config:config-item config:name=\"PrinterName\" config:type=\"string\">olek-laser"
        "</config:config-item><config:config-item config:name=\"PrinterSetup\" "
        "config:type=\"base64Binary\">AAAA</config:config-item>"
        "<config:config-item config:name=\"ZoomFactor\" config:type=\"short\">100"
        "</config:config-item></config:config-item-set></office:settings>");

Parts TextParts() {
  return {{"META-INF/manifest.xml", Manifest()},
          {"content.xml", kContent},
          {"styles.xml", kStyles},
          {"meta.xml", kMeta},
          {"settings.xml", kSettings},
          {"Thumbnails/thumbnail.png", "PNGPNG Olek"},
          {"Pictures/p.png", "PNG Olek"},
          {"Basic/Standard/Module1.xml", "Sub Olek"}};
}

std::map<std::string, std::string> Entries(const std::string& bytes) {
  ooxml::ZipReader r(bytes, "out", Limits{});
  std::map<std::string, std::string> out;
  for (const ooxml::ZipEntry& e : r.entries()) out[e.name] = r.Read(e);
  return out;
}

std::string Scrub(OdfDocument& doc) {
  const std::vector<std::string> planted = {
      "jane.doe@example.com",     "+1 555 0100",    "Jane Doe", "Jane",
      "Olek Brzeczyszczykiewicz", "Budget Kowalski"};
  return testing::WriteWith(doc, [&](const Segment& s) {
    std::vector<Edit> edits;
    std::string text(s.text);
    size_t from = 0;
    while (from < text.size()) {
      size_t best = std::string::npos, len = 0;
      for (const std::string& p : planted) {
        size_t at = text.find(p, from);
        if (at < best || (at == best && p.size() > len)) best = at, len = p.size();
      }
      if (best == std::string::npos) break;
      edits.push_back({best, best + len, "<X>"});
      from = best + len;
    }
    return edits;
  });
}

TEST(OdfDocument, ParagraphIsOneUnitAcrossSpans) {
  auto doc = OdfDocument::FromBytes(Zip(TextParts()), Limits{});
  auto seen = testing::Collect(*doc);
  bool found = false;
  for (const auto& s : seen) {
    if (s.text.find("jane.doe@example.com  call\t+1 555 0100") != std::string::npos) found = true;
  }
  EXPECT_TRUE(found);
}

TEST(OdfDocument, NothingPlantedSurvives) {
  auto doc = OdfDocument::FromBytes(Zip(TextParts()), Limits{});
  auto seen = testing::Collect(*doc);
  bool header = false, meta = false, href = false, alt = false;
  for (const auto& s : seen) {
    header = header || s.text == "Confidential for Jane Doe";
    meta = meta || s.text.find("Olek Brzeczyszczykiewicz") != std::string::npos;
    href = href || (s.text == "mailto:jane.doe@example.com" && s.hint == "hyperlink");
    alt = alt || (s.text == "Portrait of Jane" && s.hint == "alt text");
  }
  EXPECT_TRUE(header && meta && href && alt);
  std::string out = Scrub(*doc);
  auto entries = Entries(out);
  for (const auto& [name, body] : entries) {
    for (std::string_view p : {"jane.d", "Jane", "555 0100", "Olek", "Kowalczyk", "Annot Author",
                               "deleted secret", "Sub Leak", "olek-laser", "Pictures/"}) {
      EXPECT_EQ(body.find(p), std::string::npos) << name << " keeps " << p;
    }
  }
  EXPECT_FALSE(entries.count("Thumbnails/thumbnail.png"));
  EXPECT_FALSE(entries.count("Pictures/p.png"));
  EXPECT_FALSE(entries.count("Basic/Standard/Module1.xml"));
  EXPECT_NE(
      entries["content.xml"].find("Mail <text:span text:style-name=\"T1\">&lt;X&gt;</text:span>"),
      std::string::npos)
      << entries["content.xml"];
  EXPECT_NE(entries["content.xml"].find("call<text:tab/>&lt;X&gt;"), std::string::npos);
  EXPECT_NE(entries["content.xml"].find(kUntouched), std::string::npos);
  EXPECT_NE(entries["styles.xml"].find("Confidential for &lt;X&gt;"), std::string::npos);
  EXPECT_NE(entries["settings.xml"].find("ZoomFactor"), std::string::npos);
  EXPECT_NE(entries["meta.xml"].find("<meta:generator>deskbench</meta:generator>"),
            std::string::npos);
  EXPECT_FALSE(doc->Notes().empty());
}

TEST(OdfDocument, MimetypeFirstStoredAndManifestConsistent) {
  auto doc = OdfDocument::FromBytes(Zip(TextParts()), Limits{});
  std::string out = testing::WriteUnchanged(*doc);
  ASSERT_GT(out.size(), 80u);
  EXPECT_EQ(out.substr(30, 8), "mimetype");
  EXPECT_EQ(out.substr(38, 39), "application/vnd.oasis.opendocument.text");
  ooxml::ZipReader r(out, "out", Limits{});
  ASSERT_FALSE(r.entries().empty());
  EXPECT_EQ(r.entries()[0].name, "mimetype");
  EXPECT_EQ(r.entries()[0].compressed_size, r.entries()[0].size);
  std::string manifest = r.Read(*r.Find("META-INF/manifest.xml"));
  EXPECT_EQ(manifest.find("Pictures/"), std::string::npos);
  for (const ooxml::ZipEntry& e : r.entries()) {
    if (e.name == "mimetype" || e.name.starts_with("META-INF/")) continue;
    EXPECT_NE(manifest.find("\"" + e.name + "\""), std::string::npos) << e.name;
  }
  // Writing twice gives the same bytes (edits go into copies).
  EXPECT_EQ(testing::WriteUnchanged(*doc), out);
}

TEST(OdfDocument, SpreadsheetCellsAndSheetNames) {
  std::string content =
      Xml("office:document-content",
          "<office:body><office:spreadsheet><table:table table:name=\"Jane Doe salaries\">"
          "<table:table-row><table:table-cell office:value-type=\"string\" "
          "office:string-value=\"Budget Kowalski\"><text:p>Budget Kowalski</text:p>"
          "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>");
  auto doc = OdfDocument::FromBytes(Zip({{"content.xml", content}}, "spreadsheet"), Limits{});
  auto seen = testing::Collect(*doc);
  bool sheet = false;
  for (const auto& s : seen)
    sheet = sheet || (s.hint == "sheet name" && s.text == "Jane Doe salaries");
  EXPECT_TRUE(sheet);
  auto entries = Entries(Scrub(*doc));
  EXPECT_EQ(entries["content.xml"].find("Kowalski"), std::string::npos);
  EXPECT_NE(entries["content.xml"].find("table:name=\"&lt;X&gt; salaries\""), std::string::npos)
      << entries["content.xml"];
}

TEST(OdfDocument, ParagraphsInTablesSayTheirCellCountingRepeats) {
  auto cell = [](const std::string& text, const std::string& attrs = "") {
    return "<table:table-cell" + attrs + "><text:p>" + text + "</text:p></table:table-cell>";
  };
  std::string content = Xml(
      "office:document-content",
      "<office:body><office:spreadsheet><table:table table:name=\"Budget\">"
      "<table:table-row>" +
          cell("Owner") + cell("Amount") +
          "</table:table-row>"
          "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row>"
          "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/>" +
          cell("Jane Doe") +
          "</table:table-row>"
          "</table:table></office:spreadsheet></office:body>");
  auto doc = OdfDocument::FromBytes(Zip({{"content.xml", content}}, "spreadsheet"), Limits{});
  std::vector<std::string> where;
  for (const auto& s : testing::Collect(*doc)) {
    if (s.hint == "paragraph") where.push_back(s.location + ": " + s.text);
  }
  EXPECT_EQ(where, (std::vector<std::string>{
                       "content.xml table 1, row 1, cell 1, paragraph 1: Owner",
                       "content.xml table 1, row 1, cell 2, paragraph 2: Amount",
                       "content.xml table 1, row 5, cell 3, paragraph 3: Jane Doe"}));
}

TEST(OdfDocument, PresentationNotesAndMatchesAcrossSpaces) {
  std::string content =
      Xml("office:document-content",
          "<office:body><office:presentation><draw:page draw:name=\"Slide 1\">"
          "<presentation:notes xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:"
          "presentation:1.0\"><draw:frame><draw:text-box><text:p>Ask Jane<text:s/>Doe"
          "<text:line-break/>later</text:p></draw:text-box></draw:frame></presentation:notes>"
          "</draw:page></office:presentation></office:body>");
  auto doc = OdfDocument::FromBytes(Zip({{"content.xml", content}}, "presentation"), Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].text, "Ask Jane Doe\nlater");
  auto entries = Entries(Scrub(*doc));
  EXPECT_NE(entries["content.xml"].find("<text:p>Ask &lt;X&gt;<text:line-break/>later</text:p>"),
            std::string::npos)
      << entries["content.xml"];
}

TEST(OdfDocument, RefusesEncryptedAndNonOdf) {
  std::string enc = Manifest(
      "<manifest:file-entry manifest:full-path=\"x.xml\" manifest:media-type=\"text/xml\">"
      "<manifest:encryption-data manifest:checksum=\"AA\"/></manifest:file-entry>");
  EXPECT_THROW(OdfDocument::FromBytes(
                   Zip({{"META-INF/manifest.xml", enc}, {"content.xml", kContent}}), Limits{}),
               Refusal);
  ooxml::ZipWriter w;
  w.Add("content.xml", kContent, 315532800);
  EXPECT_THROW(OdfDocument::FromBytes(w.Finish(), Limits{}), Refusal);
  EXPECT_THROW(OdfDocument::FromBytes("PK\x03\x04 junk", Limits{}), Refusal);
}

// OpenOffice wrote a DOCTYPE naming its manifest DTD into every manifest, and LibreOffice's own
// text templates hold styles but no content.xml: both are ordinary files to open. A DOCTYPE with
// an internal subset (where entities are declared) is still refused.
TEST(OdfDocument, OpensOldManifestsAndStylesOnlyTemplates) {
  std::string old_manifest = Manifest();
  old_manifest.insert(old_manifest.find("<manifest:manifest"),
                      "<!DOCTYPE manifest:manifest PUBLIC \"-//OpenOffice.org//DTD Manifest "
                      "1.0//EN\" \"Manifest.dtd\">\n");
  auto doc = OdfDocument::FromBytes(
      Zip({{"META-INF/manifest.xml", old_manifest}, {"styles.xml", kStyles}, {"meta.xml", kMeta}}),
      Limits{});
  std::string out = Scrub(*doc);
  std::map<std::string, std::string> entries = Entries(out);
  EXPECT_EQ(entries.count("content.xml"), 0u);
  EXPECT_NE(entries["styles.xml"].find("Confidential for &lt;X&gt;"), std::string::npos);
  EXPECT_EQ(entries["META-INF/manifest.xml"].find("DOCTYPE"), std::string::npos);
  for (const auto& [name, bytes] : entries) {
    EXPECT_EQ(bytes.find("Olek"), std::string::npos) << name;
    EXPECT_EQ(bytes.find("Jane Doe"), std::string::npos) << name;
  }

  std::string subset = Manifest();
  subset.insert(subset.find("<manifest:manifest"), "<!DOCTYPE manifest:manifest [ ]>\n");
  EXPECT_THROW(
      OdfDocument::FromBytes(Zip({{"META-INF/manifest.xml", subset}, {"styles.xml", kStyles}}),
                             Limits{}),
      Refusal);
  EXPECT_THROW(OdfDocument::FromBytes(Zip({{"META-INF/manifest.xml", Manifest()}}), Limits{}),
               Refusal);
}

TEST(OdfDocument, RegistryDetectsByMimetype) {
  EXPECT_EQ(DetectFormat("x.zip", Zip(TextParts())), "odt");
  EXPECT_EQ(DetectFormat("x.bin", Zip({{"content.xml", kContent}}, "spreadsheet")), "ods");
  EXPECT_EQ(DetectFormat("x.bin", Zip({{"content.xml", kContent}}, "presentation")), "odp");
  ooxml::ZipWriter w;
  w.Add("content.xml", kContent, 315532800);
  EXPECT_EQ(DetectFormat("slides.otp", w.Finish()), "odp");
}

}  // namespace
}  // namespace deskbench::odf

namespace deskbench::odf {
namespace {

const testing::Seen* FindSeen(const std::vector<testing::Seen>& seen, const std::string& text) {
  for (const auto& s : seen) {
    if (s.text == text) return &s;
  }
  return nullptr;
}

TEST(OdfDocument, NumbersAndDatesOfBirthInCellsAreScannedAndStayTyped) {
  auto cell = [](const std::string& attrs, const std::string& shown) {
    return "<table:table-cell " + attrs + "><text:p>" + shown + "</text:p></table:table-cell>";
  };
  std::string content = Xml(
      "office:document-content",
      "<office:body><office:spreadsheet><table:table table:name=\"People\">"
      "<table:table-row>" +
          cell("office:value-type=\"string\"", "Phone") +
          cell("office:value-type=\"string\"", "Date of birth") +
          cell("office:value-type=\"string\"", "Amount") +
          cell("office:value-type=\"string\"", "Account") +
          cell("office:value-type=\"string\"", "Latitude") + "</table:table-row><table:table-row>" +
          cell("office:value-type=\"float\" office:value=\"4155552671\" "
               "calcext:value-type=\"float\" xmlns:calcext=\"urn:x\"",
               "4155552671") +
          cell("office:value-type=\"date\" office:date-value=\"1984-07-19T00:00:00\"", "07/19/84") +
          cell("office:value-type=\"float\" office:value=\"12.5\"", "12.5") +
          cell("office:value-type=\"float\" office:value=\"123456789\"", "123456789") +
          cell("office:value-type=\"float\" office:value=\"37.774929\"", "37.774929") +
          "</table:table-row></table:table></office:spreadsheet></office:body>");
  auto doc = OdfDocument::FromBytes(Zip({{"content.xml", content}}, "spreadsheet"), Limits{});
  auto seen = testing::Collect(*doc);
  // The displayed text and the typed value are units of their own.
  const testing::Seen* phone = nullptr;
  for (const auto& s : seen) {
    if (s.text == "4155552671" && s.location == "content.xml People!A2") phone = &s;
  }
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->hint, "Phone");
  const auto* dob = FindSeen(seen, "1984-07-19");
  ASSERT_NE(dob, nullptr);
  EXPECT_EQ(dob->hint, "Date of birth");
  // A cell's text is read under its column's header; an amount's number is no unit of its own.
  EXPECT_EQ(FindSeen(seen, "12.5")->hint, "Amount");
  size_t amounts = 0, latitudes = 0;
  for (const auto& s : seen) {
    amounts += s.text == "12.5";
    latitudes += s.text == "37.774929" && s.hint == "Latitude";
  }
  EXPECT_EQ(amounts, 1u);
  EXPECT_EQ(latitudes, 2u);  // the number and its text
  std::string out = testing::WriteWith(*doc, [](const Segment& s) {
    std::vector<Edit> edits;
    if (s.text == "4155552671") edits.push_back({0, s.text.size(), "2015550123"});
    if (s.text == "1984-07-19") edits.push_back({0, s.text.size(), "1985-02-03"});
    if (s.text == "123456789") edits.push_back({0, s.text.size(), "[ACCOUNT]"});
    if (s.text == "37.774929") edits.push_back({0, s.text.size(), "12.345678"});
    return edits;
  });
  std::string xml = Entries(out)["content.xml"];
  EXPECT_EQ(xml.find("4155552671"), std::string::npos) << xml;
  EXPECT_NE(xml.find("office:value-type=\"float\" office:value=\"2015550123\""), std::string::npos)
      << xml;
  EXPECT_NE(xml.find("office:date-value=\"1985-02-03T00:00:00\""), std::string::npos) << xml;
  EXPECT_EQ(xml.find("1984-07-19"), std::string::npos);
  // A replacement that is not a number turns the cell into text.
  EXPECT_EQ(xml.find("123456789"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<table:table-cell office:value-type=\"string\"><text:p>[ACCOUNT]"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("office:value=\"12.5\""), std::string::npos);
  // A coordinate stays a number.
  EXPECT_EQ(xml.find("37.774929"), std::string::npos) << xml;
  EXPECT_NE(xml.find("office:value-type=\"float\" office:value=\"12.345678\""),
            std::string::npos)
      << xml;
}

TEST(OdfDocument, KeptAnnotationsAreScrubbedWithTheirAuthors) {
  FormatOptions options;
  options.keep_comments = true;
  OdfDocument doc(ByteSource::FromBytes(Zip({{"content.xml", kContent}})), options);
  auto seen = testing::Collect(doc);
  const auto* author = FindSeen(seen, "Annot Author");
  ASSERT_NE(author, nullptr);
  EXPECT_EQ(author->hint, "author");
  ASSERT_NE(FindSeen(seen, "see note"), nullptr);
  EXPECT_EQ(FindSeen(seen, "see note")->hint, "comment");
  std::string out = testing::WriteReplacing(doc, "Annot Author", "Bea Test");
  std::string xml = Entries(out)["content.xml"];
  EXPECT_NE(xml.find("<office:annotation><dc:creator>Bea Test</dc:creator><text:p>see note"),
            std::string::npos)
      << xml;
  // Tracked-change authors still go: the records are removed.
  EXPECT_EQ(xml.find("Kowalczyk"), std::string::npos);
}

}  // namespace
}  // namespace deskbench::odf

namespace deskbench::odf {
namespace {

TEST(OdfDocument, EmbeddedObjectsAreScannedInPlaceAndTheirPreviewsDropped) {
  std::string content =
      Xml("office:document-content",
          "<office:body><office:text><text:p><draw:frame draw:name=\"Chart\"><draw:object "
          "xlink:href=\"./Object 1\"/><draw:image xlink:href=\"./ObjectReplacements/Object 1\"/>"
          "</draw:frame></text:p></office:text></office:body>");
  std::string chart = Xml("office:document-content",
                          "<office:body><office:chart><text:p>Calls by Jane Doe</text:p>"
                          "</office:chart></office:body>");
  std::string manifest = Manifest(
      "<manifest:file-entry manifest:full-path=\"Object 1/\" "
      "manifest:media-type=\"application/vnd.oasis.opendocument.chart\"/>"
      "<manifest:file-entry manifest:full-path=\"Object 1/content.xml\" "
      "manifest:media-type=\"text/xml\"/><manifest:file-entry "
      "manifest:full-path=\"ObjectReplacements/Object 1\" manifest:media-type=\"\"/>");
  auto doc =
      OdfDocument::FromBytes(Zip({{"content.xml", content},
                                  {"Object 1/content.xml", chart},
                                  {"Object 1/meta.xml", Xml("office:document-meta",
                                                            "<office:meta><dc:creator>Jane "
                                                            "Doe</dc:creator></office:meta>")},
                                  {"ObjectReplacements/Object 1", "preview"},
                                  {"META-INF/manifest.xml", manifest}}),
                             Limits{});
  bool found = false;
  for (const auto& s : testing::Collect(*doc)) {
    found = found || (s.text == "Calls by Jane Doe" && s.location.starts_with("Object 1/"));
  }
  EXPECT_TRUE(found);
  auto entries = Entries(Scrub(*doc));
  ASSERT_EQ(entries.count("Object 1/content.xml"), 1u);
  EXPECT_NE(entries["Object 1/content.xml"].find("Calls by &lt;X&gt;"), std::string::npos)
      << entries["Object 1/content.xml"];
  EXPECT_EQ(entries["Object 1/meta.xml"].find("Jane"), std::string::npos);
  EXPECT_EQ(entries.count("ObjectReplacements/Object 1"), 0u);
  EXPECT_NE(entries["content.xml"].find("<draw:object xlink:href=\"./Object 1\"/>"),
            std::string::npos)
      << entries["content.xml"];
  EXPECT_EQ(entries["content.xml"].find("ObjectReplacements"), std::string::npos);
  EXPECT_NE(entries["META-INF/manifest.xml"].find("\"Object 1/\""), std::string::npos);
  EXPECT_EQ(entries["META-INF/manifest.xml"].find("ObjectReplacements"), std::string::npos);
}

}  // namespace
}  // namespace deskbench::odf
