// Shared strings read as a stream (string_stream.h, xlsx_streamed_strings.h): the streaming
// reader and writer on their own, and the adapter's two paths (parsed whole, streamed) giving the
// same segments, hints, bytes and notes on the same workbook.
#include <gtest/gtest.h>

#include <map>

#include "../../ooxml_fixture.h"
#include "core/error.h"
#include "formats/ooxml/string_stream.h"
#include "formats/ooxml/xlsx_document.h"
#include "formats/ooxml/xlsx_streamed_strings.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "office_fixtures.h"
#include "test_support.h"

namespace deskbench::ooxml {
namespace {

using testing::Replacing;
using testing::Unzip;

const std::string kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const std::string kStringsPart = "xl/sharedStrings.xml";

const std::vector<std::string> kItems = {
    "<si><t>Name</t></si>",
    "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Bob </t></r><r><t>Roe</t></r></si>",
    "<si><t>Ann &amp; Lee</t></si>",
    "<si/>",
};

std::string Part(const std::vector<std::string>& items, const std::string& between = "") {
  std::string s = "<?xml version=\"1.0\"?>\n<sst xmlns=\"" + kMainNs + "\" count=\"4\">";
  for (const std::string& item : items) s += between + item;
  return s + "<extLst><ext uri=\"x\"/></extLst></sst>\n";
}

ChunkSource Chunks(const std::string& bytes, size_t size) {
  return [&bytes, size](const ChunkConsumer& consume) {
    for (size_t at = 0; at < bytes.size(); at += size) consume(bytes.substr(at, size));
  };
}

StringStream Stream(const Limits& limits = Limits{}) {
  return StringStream(kStringsPart, "book.xlsx", limits, 1 << 20);
}

TEST(StringStreamTest, ItemsComeInBatchesAsWrittenWhateverTheChunks) {
  const std::string part = Part(kItems, "\n  ");
  for (size_t chunk : {size_t{1}, size_t{7}, size_t{64} << 10}) {
    std::vector<std::string> items;
    size_t batches = 0;
    StringsRoot root;
    Stream().Read(
        Chunks(part, chunk),
        [&](const StringBatch& batch) {
          ++batches;
          // A batch runs from its first item's '<' to its last item's '>'.
          EXPECT_EQ(batch.items.front().first, 0u);
          EXPECT_EQ(batch.items.back().second, batch.bytes.size());
          for (auto [b, e] : batch.items) items.emplace_back(batch.bytes.substr(b, e - b));
        },
        &root);
    EXPECT_EQ(items, kItems) << chunk;
    EXPECT_EQ(root.name, "sst");
    ASSERT_EQ(root.attributes.size(), 2u);
    EXPECT_EQ(root.attributes[1], (std::pair<std::string, std::string>{"count", "4"}));
    // A batch ends with a chunk: one byte at a time, an item per batch.
    if (chunk == 1) {
      EXPECT_EQ(batches, kItems.size());
    }
    if (chunk > part.size()) {
      EXPECT_EQ(batches, 1u);
    }
  }
}

TEST(StringStreamTest, BatchesStayAboutSixtyFourKibibytesWhereChunksEndInsideItems) {
  // Items one after the other, 100 bytes each, read in chunks that all end in the middle of an
  // item's text: no chunk ends between two items.
  std::vector<std::string> items;
  for (int i = 0; i < 5000; ++i) {
    std::string text = "Item " + std::to_string(100000 + i);
    items.push_back("<si><t>" + text + std::string(100 - 16 - text.size(), '.') + "</t></si>");
  }
  const std::string part = Part(items);
  const size_t first = part.find("<si>") + 50;
  ChunkSource mid_item = [&](const ChunkConsumer& consume) {
    consume(std::string_view(part).substr(0, first));
    for (size_t at = first; at < part.size(); at += 1000) {
      consume(std::string_view(part).substr(at, 1000));
    }
  };
  size_t seen = 0, largest = 0, batches = 0;
  Stream().Read(
      mid_item,
      [&](const StringBatch& batch) {
        ++batches;
        seen += batch.items.size();
        largest = std::max(largest, batch.bytes.size());
      },
      nullptr);
  EXPECT_EQ(seen, items.size());
  EXPECT_LE(largest, (64u << 10) + 100);
  EXPECT_GE(batches, 500000u / (64u << 10));
}

TEST(StringStreamTest, WritingKeepsEveryByteExceptTheBatchesReplaced) {
  const std::string part = Part(kItems, "\n");
  for (size_t chunk : {size_t{1}, size_t{5}, size_t{64} << 10}) {
    std::string same;
    Stream().Write(
        Chunks(part, chunk), [](const StringBatch&, std::string&) { return false; },
        [&](std::string_view b) { same += b; });
    EXPECT_EQ(same, part);
    std::string edited;
    Stream().Write(
        Chunks(part, chunk),
        [](const StringBatch& batch, std::string& out) {
          if (batch.bytes.find("Roe") == std::string_view::npos) return false;
          std::string bytes(batch.bytes);
          bytes.replace(bytes.find("Roe"), 3, "Poe");
          out = bytes;
          return true;
        },
        [&](std::string_view b) { edited += b; });
    std::string want = part;
    want.replace(want.find("Roe"), 3, "Poe");
    EXPECT_EQ(edited, want) << chunk;
  }
}

void ExpectRefused(const std::string& part, const std::string& why, const Limits& limits = {},
                   uint64_t max_item = 1 << 20) {
  try {
    StringStream(kStringsPart, "book.xlsx", limits, max_item)
        .Read(
            Chunks(part, 16), [](const StringBatch&) {}, nullptr);
    ADD_FAILURE() << "accepted: " << part.substr(0, 200);
  } catch (const Refusal& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("book.xlsx"), std::string::npos) << what;
    EXPECT_NE(what.find(kStringsPart), std::string::npos) << what;
    EXPECT_NE(what.find(why), std::string::npos) << what;
  }
}

TEST(StringStreamTest, RefusesDeclarationsBrokenXmlDepthAndOversizedItems) {
  ExpectRefused("<!DOCTYPE s [<!ENTITY x \"y\">]><sst><si><t>&x;</t></si></sst>", "DOCTYPE");
  ExpectRefused("<sst><si><t>&x;</t></si></sst>", "malformed XML");
  const std::string part = Part(kItems);
  for (size_t cut : {size_t{10}, part.size() / 2, part.size() - 3}) {
    ExpectRefused(part.substr(0, cut), "malformed XML");
  }
  std::string deep = "<sst><si>";
  for (int i = 0; i < 300; ++i) deep += "<r>";
  ExpectRefused(deep, "nested deeper than 256 levels");
  ExpectRefused(std::string("\xff\xfe<\0s\0/\0>\0", 10), "UTF-16");
  ExpectRefused("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><sst/>", "ISO-8859-1");
  // An item is parsed whole: bounded, in one chunk or many; so is what lies between tags.
  std::string long_item = "<sst><si><t>" + std::string(3 << 20, 'a') + "</t></si></sst>";
  ExpectRefused(long_item, "of more than 1 MiB");
  try {
    Stream().Read(
        Chunks(long_item, long_item.size()), [](const StringBatch&) {}, nullptr);
    ADD_FAILURE();
  } catch (const Refusal& e) {
    EXPECT_NE(std::string(e.what()).find("a string item of more than 1 MiB"), std::string::npos);
  }
  ExpectRefused("<sst><si/>" + std::string(3 << 20, ' ') + "<si/></sst>", "between tags");
}

TEST(StringStreamTest, WhatTheBatchHandlerThrowsComesThroughExpat) {
  const std::string part = Part(kItems);
  EXPECT_THROW(
      Stream().Read(
          Chunks(part, 8), [](const StringBatch&) { throw std::runtime_error("stop"); }, nullptr),
      std::runtime_error);
}

// --- the adapter's two paths ---------------------------------------------------------------

// The part as WriteXml writes it (comments out, one form of every tag and escape).
std::string Canonical(const std::string& xml) {
  return WriteXml(*ParseXml(xml, "part", "test", Limits{}));
}

// A workbook whose strings fill many read chunks: two sheets with headers (one a shared string
// far into the part, one inline), names, e-mail addresses and notes below them, strings in rich
// text, with phonetic readings, spaces kept, escapes; the sheets share strings (a string takes
// the header of the first column it is found in).
std::string Workbook(const std::string& strings) {
  std::string ns = "xmlns=\"" + kMainNs + "\" xmlns:r=\"" + kRel + "\"";
  auto row = [](int r, const std::vector<std::string>& cells) {
    std::string s = "<row r=\"" + std::to_string(r) + "\">";
    for (const std::string& c : cells) s += c;
    return s + "</row>";
  };
  auto s = [](const std::string& ref, size_t index) {
    return "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(index) + "</v></c>";
  };
  std::string rows1 =
      row(1, {s("A1", 0), s("B1", 1), "<c r=\"C1\" t=\"inlineStr\"><is><t>Phone</t></is></c>",
              s("D1", 4005)});
  for (int r = 2; r < 1000; ++r) {
    rows1 += row(r, {s("A" + std::to_string(r), 3 + r), s("B" + std::to_string(r), 1003 + r),
                     "<c r=\"C" + std::to_string(r) + "\"><v>41555526" + std::to_string(r % 10) +
                         "1</v></c>",
                     s("D" + std::to_string(r), 2003 + r)});
  }
  std::string rows2 = row(1, {s("A1", 2), s("B1", 4004)});
  for (int r = 2; r < 1000; ++r) {
    rows2 += row(r, {s("A" + std::to_string(r), 3 + r), s("B" + std::to_string(r), 3003 + r)});
  }
  std::string sheet1 = "<?xml version=\"1.0\"?>\n<worksheet " + ns + "><sheetData>" + rows1 +
                       "</sheetData></worksheet>";
  std::string sheet2 = "<?xml version=\"1.0\"?>\n<worksheet " + ns + "><sheetData>" + rows2 +
                       "</sheetData></worksheet>";
  return fixture::Workbook({{"Data", sheet1}, {"More", sheet2}}, strings);
}

// 4006 items: headers 0-2, names 5-1102, addresses 1005-2002, notes 2005-3002, others after;
// 4004 and 4005 are headers too.
std::vector<std::string> StringItems() {
  std::vector<std::string> items = {"<si><t>Name</t></si>", "<si><t>Email</t></si>",
                                    "<si><t>Employee</t></si>", "<si><t/></si>", "<si/>"};
  for (int i = 5; i < 4004; ++i) {
    std::string n = std::to_string(i);
    if (i < 1005) {
      items.push_back(i % 7 == 0 ? "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Ann </t></r>"
                                   "<r><t>Lee " +
                                       n + "</t></r></si>"
                                 : "<si><t>Person " + n + " Lee</t></si>");
    } else if (i < 2005) {
      items.push_back("<si><t>person" + n + "@example.com</t></si>");
    } else if (i < 3005) {
      items.push_back(i % 11 == 0 ? "<si><t>山田 " + n +
                                        "</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh>"
                                        "<phoneticPr fontId=\"1\"/></si>"
                                  : "<si><t xml:space=\"preserve\"> Call Ann &amp; Bob on " + n +
                                        " </t></si>");
    } else {
      items.push_back("<si><t>Other " + n + "</t></si>");
    }
  }
  items.push_back("<si><t>Manager</t></si>");
  items.push_back("<si><t>Notes on Ann Lee</t></si>");
  return items;
}

Limits Streaming(bool strings, bool sheets) {
  Limits limits;
  limits.stream_shared_strings_bytes = strings ? 0 : ~uint64_t{0};
  limits.stream_sheet_bytes = sheets ? 0 : ~uint64_t{0};
  return limits;
}

std::vector<SegmentEditor> Editors() {
  return {
      [](const Segment&) { return std::vector<Edit>{}; },
      Replacing({{"Ann", "Zed"}, {"Lee 7", ""}, {"@example.com", "@example.org"}, {"山田", "某"}}),
      Replacing({{"Person 1", "<P&1>"}, {"ヤマダ", ""}, {"Data", "[NAME]"}}),  // a sheet renamed
      Replacing({{"Other 3999", " x "}}),
  };
}

std::string WriteLast(Document& doc, const SegmentEditor& editor) {
  StringSink sink;
  doc.WriteLast(editor, sink);
  return sink.Take();
}

void ExpectSameSegments(Document& whole, Document& streamed) {
  auto a = testing::Collect(whole);
  auto b = testing::Collect(streamed);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].text, b[i].text) << i;
    EXPECT_EQ(a[i].location, b[i].location) << i;
    EXPECT_EQ(a[i].hint, b[i].hint) << i;
  }
}

void ExpectSameNotes(const Document& whole, const Document& streamed) {
  auto a = whole.Notes();
  auto b = streamed.Notes();
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].part, b[i].part);
    EXPECT_EQ(a[i].action, b[i].action);
  }
}

TEST(XlsxStringsStreamTest, BothPathsGiveTheSameSegmentsBytesAndNotes) {
  // Written as WriteXml writes it, the part reads the same spliced or serialised whole: every
  // write of both paths is then the same bytes.
  const std::string strings = Canonical(Part(StringItems()));
  ASSERT_GT(strings.size(), 2 * kStreamChunkBytes);  // several batches
  const std::string book = Workbook(strings);
  for (bool sheets : {false, true}) {
    for (size_t n = 0; n < Editors().size(); ++n) {
      SCOPED_TRACE("sheets streamed: " + std::to_string(sheets) + ", editor " + std::to_string(n));
      auto whole = XlsxDocument::FromBytes(book, Streaming(false, sheets));
      auto streamed = XlsxDocument::FromBytes(book, Streaming(true, sheets));
      ExpectSameSegments(*whole, *streamed);
      const SegmentEditor editor = Editors()[n];
      std::string written = testing::WriteWith(*streamed, editor);
      std::string want = WriteLast(*whole, editor);
      std::string got = WriteLast(*streamed, editor);
      EXPECT_TRUE(written == got) << "Write and WriteLast differ";
      auto want_parts = Unzip(want);
      auto got_parts = Unzip(got);
      ASSERT_EQ(want_parts.size(), got_parts.size());
      for (const auto& [name, bytes] : want_parts) {
        ASSERT_EQ(got_parts.count(name), 1u) << name;
        if (sheets && name.starts_with("xl/worksheets/")) {
          EXPECT_EQ(Canonical(bytes), Canonical(got_parts[name])) << name;
        } else {
          EXPECT_TRUE(bytes == got_parts[name]) << name;
        }
      }
      if (n == 0) {
        EXPECT_EQ(got_parts[kStringsPart], strings);  // copied as it is
      } else {
        EXPECT_NE(got_parts[kStringsPart], strings);
      }
      ExpectSameNotes(*whole, *streamed);
    }
  }
}

TEST(XlsxStringsStreamTest, HintsComeFromHeadersInAnyBatchAndTheFirstColumnAStringIsIn) {
  const std::string book = Workbook(Part(StringItems()));
  auto doc = XlsxDocument::FromBytes(book, Streaming(true, false));
  std::map<std::string, std::pair<std::string, std::string>> seen;  // text -> location, hint
  for (const auto& s : testing::Collect(*doc)) seen[s.text] = {s.location, s.hint};
  EXPECT_EQ(seen["Person 8 Lee"],
            (std::pair<std::string, std::string>{kStringsPart + " string 8", "Name"}));
  EXPECT_EQ(seen["person1010@example.com"].second, "Email");
  // D1's header is the last string of all, far beyond the first batch.
  EXPECT_EQ(seen[" Call Ann & Bob on 2008 "].second, "Notes on Ann Lee");
  // Found only on the second sheet, whose column B is headed by string 4004.
  EXPECT_EQ(seen["Other 3010"].second, "Manager");
  EXPECT_EQ(seen["Other 3500"].second, "Manager");
  EXPECT_EQ(seen["ヤマダ"].second, "phonetic reading");
  EXPECT_EQ(seen["Ann Lee 7"].first, kStringsPart + " string 7");
  // Headers themselves are shared strings found in a header row only: "cell".
  EXPECT_EQ(seen["Manager"].second, "cell");
}

TEST(XlsxStringsStreamTest, APartWrittenOtherwiseKeepsItsBytesWhereNothingChanged) {
  // Comments, single quotes, a character reference, an empty-element form WriteXml does not
  // write: the whole path serialises the part again, the streamed one splices its batches.
  std::vector<std::string> items = StringItems();
  items[10] = "<si><t xml:space='preserve'>Person 10&#10;Lee </t></si><!-- kept -->";
  items[20] = "<si><t >Person 20 Lee</t ></si>";
  const std::string strings = Part(items, "\r\n");
  const std::string book = Workbook(strings);
  auto whole = XlsxDocument::FromBytes(book, Streaming(false, false));
  auto streamed = XlsxDocument::FromBytes(book, Streaming(true, false));
  ExpectSameSegments(*whole, *streamed);
  SegmentEditor editor = Replacing({{"Person 10", "P10"}, {"Person 30 Lee", "P30"}});
  std::string want = Unzip(WriteLast(*whole, editor))[kStringsPart];
  std::string got = Unzip(WriteLast(*streamed, editor))[kStringsPart];
  EXPECT_EQ(Canonical(want), Canonical(got));
  EXPECT_EQ(got.substr(0, got.find("<si>")), strings.substr(0, strings.find("<si>")));
  EXPECT_NE(got.find(items[20]), std::string::npos);
  EXPECT_NE(got.find("<!-- kept -->"), std::string::npos);
  EXPECT_NE(got.find("<si><t>P30</t></si>"), std::string::npos);
  EXPECT_NE(got.find("P10\nLee"), std::string::npos);
  EXPECT_EQ(got.find("Person 30 Lee"), std::string::npos);
  ExpectSameNotes(*whole, *streamed);
}

TEST(XlsxStringsStreamTest, StreamedStringsAreNotHeldParsedAndBadOnesAreRefused) {
  const std::string book = Workbook(Part(StringItems()));
  auto whole = XlsxDocument::FromBytes(book, Streaming(false, false));
  auto streamed = XlsxDocument::FromBytes(book, Streaming(true, false));
  // The part's DOM (8 bytes a byte of it) is not held: a hint index of 4 bytes a string is.
  EXPECT_LT(streamed->ReusableBytes() + 8 * Part(StringItems()).size() / 2, whole->ReusableBytes());
  auto refusal = [&](const std::string& strings) {
    try {
      XlsxDocument::FromBytes(Workbook(strings), Streaming(true, false));
      return std::string("accepted");
    } catch (const Refusal& e) {
      return std::string(e.what());
    }
  };
  std::string deep = Part(StringItems());
  std::string nest;
  for (int i = 0; i < 300; ++i) nest += "<r>";
  deep.insert(deep.find("<si>"), "<si>" + nest);
  std::string why = refusal(deep);
  EXPECT_NE(why.find(kStringsPart), std::string::npos) << why;
  EXPECT_NE(why.find("nested deeper"), std::string::npos) << why;
  std::string doctype = Part(StringItems());
  doctype.insert(doctype.find("<sst"), "<!DOCTYPE sst SYSTEM \"x.dtd\">");
  why = refusal(doctype);
  EXPECT_NE(why.find("DOCTYPE"), std::string::npos) << why;
}

TEST(XlsxStringsStreamTest, OpeningCountsTheItemsKeepsTheWantedTextsAndBoundsTheCount) {
  std::vector<std::string> items = StringItems();
  const std::string book = Workbook(Part(items));
  Package package(ByteSource::FromBytes(book), Limits{});
  StreamedStrings strings(package, kStringsPart, Limits{}, 1 << 20, 1 << 20, {1, 7, 4005, 9999});
  EXPECT_EQ(strings.count(), items.size());
  EXPECT_EQ(strings.texts(), (std::map<uint64_t, std::string>{
                                 {1, "Email"}, {7, "Ann Lee 7"}, {4005, "Notes on Ann Lee"}}));
  // What stands for the part in the package: its root, without items.
  pugi::xml_node root = package.Xml(kStringsPart).document_element();
  EXPECT_EQ(std::string(root.name()), "sst");
  EXPECT_EQ(std::string(root.attribute("count").value()), "4");
  EXPECT_FALSE(root.first_child());
  // A header's text is kept cut short; a workbook of too many strings is refused.
  items[1] = "<si><t>" + std::string(1000, 'x') + "</t></si>";
  Package long_header(ByteSource::FromBytes(Workbook(Part(items))), Limits{});
  EXPECT_EQ(StreamedStrings(long_header, kStringsPart, Limits{}, 1 << 20, 1 << 20, {1})
                .texts()
                .at(1)
                .size(),
            StreamedStrings::kMaxKeptTextBytes);
  try {
    StreamedStrings(package, kStringsPart, Limits{}, 1 << 20, 4000, {});
    ADD_FAILURE() << "accepted";
  } catch (const Refusal& e) {
    EXPECT_NE(std::string(e.what()).find("more than 4000 shared strings"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace deskbench::ooxml
