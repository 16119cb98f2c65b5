#include <gtest/gtest.h>

#include "core/error.h"
#include "core/utf8.h"
#include "formats/text/text_document.h"
#include "test_support.h"

namespace deskbench {
namespace {

using testing::Collect;
using testing::WriteReplacing;
using testing::WriteUnchanged;

Limits SmallChunks(uint32_t chunk) {
  Limits limits;
  limits.chunk_bytes = chunk;
  return limits;
}

TEST(TextDocument, RoundTripsEveryEncodingByteForByte) {
  std::string body = "Name: J\xc3\xa9r\xc3\xb4me\nmail jerome@example.com \xf0\x9f\x98\x80 end\n";
  std::vector<std::string> files = {
      body,
      "\xEF\xBB\xBF" + body,
      "\xFF\xFE" + utf8::ToUtf16(body, false),
      "\xFE\xFF" + utf8::ToUtf16(body, true),
      "caf\xe9 \xff\xfe\x80 latin\n",  // not UTF-8
      "\xFF\xFE"
      "a\0\0\xD8"
      "b",  // UTF-16 with an unpaired surrogate and an odd byte
      "",
  };
  for (const std::string& file : files) {
    for (uint32_t chunk : {16u, 1u << 20}) {
      auto doc = text::TextDocument::FromBytes(file, SmallChunks(chunk));
      EXPECT_EQ(WriteUnchanged(*doc), file);
    }
  }
}

TEST(TextDocument, ChunksCutAtLineEndsAndCoverTheFile) {
  std::string file;
  for (int i = 0; i < 200; ++i) file += "line " + std::to_string(i) + " of the file\n";
  auto doc = text::TextDocument::FromBytes(file, SmallChunks(64));
  std::string joined;
  uint64_t expected_origin = 0;
  for (const auto& seen : Collect(*doc)) {
    EXPECT_LE(seen.text.size(), 64u);
    EXPECT_EQ(seen.text.back(), '\n');
    EXPECT_EQ(seen.offsets[0], expected_origin);
    EXPECT_EQ(seen.location.rfind("line ", 0), 0u);
    expected_origin += seen.text.size();
    joined += seen.text;
  }
  EXPECT_EQ(joined, file);
}

TEST(TextDocument, LocationsCountLines) {
  std::string file = "one\ntwo\nthree\nfour\n";
  auto doc = text::TextDocument::FromBytes(file, SmallChunks(16));
  auto seen = Collect(*doc);
  ASSERT_GE(seen.size(), 2u);
  EXPECT_EQ(seen[0].location, "line 1");
  EXPECT_EQ(seen[1].location, "line " + std::to_string(1 + std::count(seen[0].text.begin(),
                                                                      seen[0].text.end(), '\n')));
}

TEST(TextDocument, HardCutNeverSplitsACharacter) {
  std::string file;
  for (int i = 0; i < 100; ++i) file += "\xe2\x82\xac";  // no white space at all
  auto doc = text::TextDocument::FromBytes(file, SmallChunks(16));
  for (const auto& seen : Collect(*doc)) EXPECT_TRUE(utf8::IsValid(seen.text)) << seen.text;
  EXPECT_EQ(WriteUnchanged(*doc), file);
}

TEST(TextDocument, EditsChangeOnlyTheirBytesInUtf8) {
  std::string file = "\xEF\xBB\xBFhello secret world\nsecret again\n";
  auto doc = text::TextDocument::FromBytes(file, SmallChunks(16));
  EXPECT_EQ(WriteReplacing(*doc, "secret", "[X]"), "\xEF\xBB\xBFhello [X] world\n[X] again\n");
}

TEST(TextDocument, Utf16IsDecodedForScanningAndReEncodedOnWrite) {
  std::string body = "call 555-0100 \xc3\xa9t\xc3\xa9\nbye\n";
  for (bool be : {false, true}) {
    std::string file = std::string(be ? "\xFE\xFF" : "\xFF\xFE") + utf8::ToUtf16(body, be);
    auto doc = text::TextDocument::FromBytes(file, SmallChunks(1 << 20));
    auto seen = Collect(*doc);
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].text, body);
    EXPECT_EQ(seen[0].offsets[0], 2u);   // after the BOM
    EXPECT_EQ(seen[0].offsets[5], 12u);  // '5' is the sixth UTF-16 unit
    std::string out = WriteReplacing(*doc, "555-0100", "<PHONE>");
    std::string expected_body = "call <PHONE> \xc3\xa9t\xc3\xa9\nbye\n";
    EXPECT_EQ(out, std::string(be ? "\xFE\xFF" : "\xFF\xFE") + utf8::ToUtf16(expected_body, be));
  }
}

TEST(TextDocument, Utf16ChunksNeverSplitASurrogatePair) {
  std::string body;
  for (int i = 0; i < 50; ++i) body += "\xf0\x9f\x98\x80";
  std::string file = "\xFF\xFE" + utf8::ToUtf16(body, false);
  auto doc = text::TextDocument::FromBytes(file, SmallChunks(18));
  std::string joined;
  for (const auto& seen : Collect(*doc)) joined += seen.text;
  EXPECT_EQ(joined, body);
  EXPECT_EQ(WriteUnchanged(*doc), file);
}

TEST(TextDocument, InvalidUtf8FallsBackToLatin1) {
  std::string file =
      "Jos\xe9 owes \xa3"
      "5 to Zo\xeb\n";
  auto doc = text::TextDocument::FromBytes(file, Limits{});
  EXPECT_EQ(doc->encoding(), text::Encoding::kLatin1);
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].text,
            "Jos\xc3\xa9 owes \xc2\xa3"
            "5 to Zo\xc3\xab\n");
  EXPECT_EQ(seen[0].offsets[5], 4u);  // after the two-byte é comes the space at file offset 4
  std::string out = WriteReplacing(*doc, "Jos\xc3\xa9", "\xe2\x82\xac\xc3\xa9");
  EXPECT_EQ(out,
            "?\xe9 owes \xa3"
            "5 to Zo\xeb\n");
  bool noted = false;
  for (const Note& n : doc->Notes()) noted |= n.part == "replacement text";
  EXPECT_TRUE(noted);
}

TEST(TextDocument, RefusesFilesOverTheStreamLimit) {
  Limits limits;
  limits.max_stream_bytes = 4;
  EXPECT_THROW(text::TextDocument::FromBytes("hello", limits), Refusal);
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(TextDocument, XmlMarkupEscapesReplacements) {
  std::string file = "<user email=\"a@example.com\">a@example.com</user>\n";
  auto doc = text::TextDocument::FromBytes(file, Limits{}, text::Markup::kXml);
  EXPECT_EQ(testing::WriteReplacing(*doc, "a@example.com", "<EMAIL & co>"),
            "<user email=\"&lt;EMAIL &amp; co&gt;\">&lt;EMAIL &amp; co&gt;</user>\n");
}

}  // namespace
}  // namespace deskbench
