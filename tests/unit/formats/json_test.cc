#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "formats/json/json_document.h"
#include "formats/json/json_tokenizer.h"
#include "formats/json/jsonl_document.h"
#include "test_support.h"

namespace deskbench {
namespace {

using testing::Collect;
using testing::WriteReplacing;
using testing::WriteUnchanged;
using testing::WriteWith;

const testing::Seen* Find(const std::vector<testing::Seen>& seen, std::string_view text) {
  for (const auto& s : seen) {
    if (s.text == text) return &s;
  }
  return nullptr;
}

// Strings are stepped over eight bytes at a time: a quote, backslash or control character at any
// place of a string of any length is seen, as nlohmann's parser sees it.
TEST(JsonTokenizer, SeesEveryByteThatEndsOrBreaksAString) {
  for (size_t len = 1; len <= 40; ++len) {
    for (size_t pos = 0; pos < len; ++pos) {
      for (std::string special : {"\"", "\\", "\x01", "\x1f", "\x7f", "\xc3\xa9", " ", "\\n"}) {
        std::string body(len, 'a');
        body.replace(pos, 1, special);
        const std::string doc = "[\"" + body + "\", 1]";
        size_t first_end = 0;
        bool ours = true;
        try {
          json::Walk(doc, 64, [&](const json::Token& t) {
            if (first_end == 0) first_end = t.end;
          });
        } catch (const json::ParseError&) {
          ours = false;
        }
        EXPECT_EQ(ours, nlohmann::json::accept(doc)) << doc;
        if (ours) {
          EXPECT_EQ(first_end, body.size() + 3) << doc;
        }
      }
    }
  }
}

TEST(JsonDocument, StringsKeysAndNumbersAreSegmentsWithPaths) {
  std::string file = R"({"users": [ {"email": "ada@example.com", "ssn": 123456789},
  {"odd key": "x"} ], "n": -1.5e3})";
  auto doc = json::JsonDocument::FromBytes(file, Limits{});
  auto seen = Collect(*doc);
  const auto* email = Find(seen, "ada@example.com");
  ASSERT_NE(email, nullptr);
  EXPECT_EQ(email->location, "$.users[0].email");
  EXPECT_EQ(email->hint, "email");
  EXPECT_EQ(email->offsets[0], file.find("ada@"));
  const auto* ssn = Find(seen, "123456789");
  ASSERT_NE(ssn, nullptr);
  EXPECT_EQ(ssn->hint, "ssn");
  const auto* key = Find(seen, "email");
  ASSERT_NE(key, nullptr);
  EXPECT_EQ(key->hint, "key");
  ASSERT_NE(Find(seen, "x"), nullptr);
  EXPECT_EQ(Find(seen, "x")->location, "$.users[1][\"odd key\"]");
  ASSERT_NE(Find(seen, "-1.5e3"), nullptr);
}

TEST(JsonDocument, EscapesAreDecodedWithOriginsOnTheEscape) {
  std::string file = R"(["a\u00e9\n\ud83d\ude00\"z"])";
  auto doc = json::JsonDocument::FromBytes(file, Limits{});
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].text, "a\xc3\xa9\n\xf0\x9f\x98\x80\"z");
  EXPECT_EQ(seen[0].offsets[1], 3u);                   // é comes from the \u00e9 at offset 3
  EXPECT_EQ(seen[0].offsets[2], 3u);                   // both of its bytes
  EXPECT_EQ(seen[0].offsets[4], 11u);                  // the pair starts at offset 11
  EXPECT_EQ(seen[0].offsets.back(), file.size() - 2);  // the closing quote
  // Replacing the emoji keeps the escapes around it.
  std::string out = WriteReplacing(*doc, "\xf0\x9f\x98\x80", "\"<EMOJI>\"");
  EXPECT_EQ(out, R"(["a\u00e9\n\"<EMOJI>\"\"z"])");
  EXPECT_EQ(nlohmann::json::parse(out)[0], "a\xc3\xa9\n\"<EMOJI>\"\"z");
}

TEST(JsonDocument, RoundTripKeepsWhitespaceKeyOrderAndNumbers) {
  std::vector<std::string> files = {
      "{\n  \"b\" : 1.50 ,\"a\":[true,false,null,  -0.0e+1 ]\n}\n",
      "\xEF\xBB\xBF[\"x\"]",
      "  \"top level string\"  ",
      "",
      "  \n",
      "[\"\\ud800 lone\", \"\\/\"]",
  };
  for (const std::string& file : files) {
    auto doc = json::JsonDocument::FromBytes(file, Limits{});
    EXPECT_EQ(WriteUnchanged(*doc), file);
  }
}

TEST(JsonDocument, EditedOutputStillParses) {
  std::string file = R"({"name":"Ada Lovelace","tags":["Ada","x"],"Ada":{"k":"v"}})";
  auto doc = json::JsonDocument::FromBytes(file, Limits{});
  std::string out = WriteReplacing(*doc, "Ada", "\\\"\n\x01");
  auto parsed = nlohmann::json::parse(out);
  EXPECT_EQ(parsed["name"], "\\\"\n\x01 Lovelace");
  EXPECT_EQ(parsed["tags"][0], "\\\"\n\x01");
  EXPECT_TRUE(parsed.contains("\\\"\n\x01"));
  // Untouched bytes are identical: only the edited tokens differ.
  EXPECT_EQ(out.substr(0, 9), file.substr(0, 9));
}

TEST(JsonDocument, NumbersStayNumbersOnlyWhenTheReplacementIsOne) {
  std::string file = R"({"ssn": 123456789, "phone": 5550100})";
  auto doc = json::JsonDocument::FromBytes(file, Limits{});
  std::string out = WriteWith(*doc, [](const Segment& s) {
    std::vector<Edit> edits;
    if (s.text == "123456789") edits.push_back({0, 9, "999999999"});
    if (s.text == "5550100") edits.push_back({0, 7, "<PHONE>"});
    return edits;
  });
  EXPECT_EQ(out, R"({"ssn": 999999999, "phone": "<PHONE>"})");
  ASSERT_EQ(doc->Notes().size(), 1u);
  EXPECT_EQ(doc->Notes()[0].part, "number at $.phone");
  EXPECT_TRUE(nlohmann::json::accept(out));
}

TEST(JsonDocument, RefusesInvalidJsonWithItsPosition) {
  try {
    json::JsonDocument::FromBytes("{\n  \"a\": tru\n}", Limits{});
    FAIL() << "expected a refusal";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("line 2"), std::string::npos) << r.reason();
  }
  for (std::string bad :
       {"{", "[1,]", "{\"a\" 1}", "\"\x01\"", "01", "[1] [2]", "\"\\x\"", "nul", "{\"a\":1,}"}) {
    EXPECT_THROW(json::JsonDocument::FromBytes(bad, Limits{}), Refusal) << bad;
  }
}

TEST(JsonDocument, RefusesDeepNestingAndLargeFiles) {
  Limits limits;
  limits.max_depth = 10;
  EXPECT_NO_THROW(
      json::JsonDocument::FromBytes(std::string(10, '[') + std::string(10, ']'), limits));
  EXPECT_THROW(json::JsonDocument::FromBytes(std::string(11, '[') + std::string(11, ']'), limits),
               Refusal);
  EXPECT_THROW(json::JsonDocument::FromBytes(std::string(100000, '['), Limits{}), Refusal);
  limits.max_document_bytes = 3;
  EXPECT_THROW(json::JsonDocument::FromBytes("[1,2]", limits), Refusal);
}

TEST(JsonTokenizer, NumbersAndEscapes) {
  EXPECT_TRUE(json::IsNumber("0"));
  EXPECT_TRUE(json::IsNumber("-12.5E+3"));
  EXPECT_FALSE(json::IsNumber("0123"));
  EXPECT_FALSE(json::IsNumber("12a"));
  EXPECT_FALSE(json::IsNumber(" 1"));
  EXPECT_FALSE(json::IsNumber(""));
  EXPECT_EQ(json::Escape("a\"b\\c\n\x1f"), "a\\\"b\\\\c\\n\\u001f");
}

TEST(JsonlDocument, LinesAreScannedAndWrittenOneByOne) {
  std::string file = "{\"email\":\"a@example.com\"}\r\n\n[\"a@example.com\", 7]\n{\"x\":1}";
  auto doc = json::JsonlDocument::FromBytes(file, Limits{});
  auto seen = Collect(*doc);
  const auto* first = Find(seen, "a@example.com");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->location, "line 1, $.email");
  EXPECT_EQ(seen[2].location, "line 3, $[0]");
  EXPECT_EQ(seen[2].offsets[0], file.find("a@", 11));
  EXPECT_EQ(WriteUnchanged(*doc), file);
  EXPECT_EQ(WriteReplacing(*doc, "a@example.com", "<E>"),
            "{\"email\":\"<E>\"}\r\n\n[\"<E>\", 7]\n{\"x\":1}");
}

TEST(JsonlDocument, RefusesAMalformedLineByNumber) {
  try {
    json::JsonlDocument::FromBytes("{}\n{}\n{\"a\":}\n", Limits{});
    FAIL() << "expected a refusal";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("line 3"), std::string::npos) << r.reason();
  }
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(JsonDocument, ArrayElementsAreHintedWithTheArraysName) {
  auto doc = json::JsonDocument::FromBytes(R"({"emails": ["a@example.com", [7]]})", Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[1].hint, "emails");
  EXPECT_EQ(seen[1].location, "$.emails[0]");
  EXPECT_EQ(seen[2].hint, "emails");
  EXPECT_EQ(seen[2].location, "$.emails[1][0]");
}

}  // namespace
}  // namespace deskbench
