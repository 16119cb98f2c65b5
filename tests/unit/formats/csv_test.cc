#include <gtest/gtest.h>

#include "core/error.h"
#include "formats/csv/csv_document.h"
#include "test_support.h"

namespace deskbench {
namespace {

using testing::Collect;
using testing::WriteReplacing;
using testing::WriteUnchanged;

// Counts rows and the columns of each row with the adapter's own parser.
std::vector<size_t> Shape(const std::string& data, char delimiter) {
  std::vector<size_t> shape;
  csv::Record record;
  size_t pos = 0;
  while (pos < data.size()) {
    EXPECT_EQ(csv::ParseRecord(data, pos, delimiter, true, record, nullptr),
              csv::ParseStatus::kRecord);
    shape.push_back(record.fields.size());
    pos = record.end;
  }
  return shape;
}

TEST(CsvDocument, CellsAreSegmentsHintedWithTheirHeader) {
  std::string file =
      "name,email\r\nAda,\"ada@example.com\"\r\n\"Lovelace, A\",\"say \"\"hi\"\"\"\r\n";
  auto doc = csv::CsvDocument::FromBytes(file, Limits{});
  EXPECT_EQ(doc->delimiter(), ',');
  auto seen = Collect(*doc);
  ASSERT_EQ(seen.size(), 6u);
  EXPECT_EQ(seen[0].hint, "header");
  EXPECT_EQ(seen[3].text, "ada@example.com");
  EXPECT_EQ(seen[3].hint, "email");
  EXPECT_EQ(seen[3].location, "row 2, column email");
  EXPECT_EQ(seen[3].offsets[0], file.find("ada@"));
  EXPECT_EQ(seen[4].text, "Lovelace, A");
  EXPECT_EQ(seen[5].text, "say \"hi\"");
  EXPECT_EQ(seen[5].offsets[4], file.find("\"\"hi"));  // the decoded quote maps to the escape
  EXPECT_EQ(doc->rows(), 3u);
}

TEST(CsvDocument, RoundTripIsByteIdentical) {
  std::vector<std::string> files = {
      "a,b\n1,2",
      "a;b;c\n\"x;y\";\"\";z\n",
      "\xEF\xBB\xBF"
      "id\tv\r\n1\t\"a\nb\"\r\n",
      "",
      "only one line without end",
      "a|b\n|\n\n",
      "a,b\r1,2\r",
      "x,5\"  inch\n",
  };
  for (const std::string& file : files) {
    auto doc = csv::CsvDocument::FromBytes(file, Limits{});
    EXPECT_EQ(WriteUnchanged(*doc), file);
  }
}

TEST(CsvDocument, SniffsTheDelimiter) {
  EXPECT_EQ(csv::CsvDocument::FromBytes("a;b;c\n1;2,5;3\n4;5;6\n", Limits{})->delimiter(), ';');
  EXPECT_EQ(csv::CsvDocument::FromBytes("a\tb\n1\t2\n", Limits{})->delimiter(), '\t');
  EXPECT_EQ(csv::CsvDocument::FromBytes("a|b|c\n1|2|3\n", Limits{})->delimiter(), '|');
  EXPECT_EQ(csv::CsvDocument::FromBytes("a,b\n\"1;2\",3\n", Limits{})->delimiter(), ',');
}

TEST(CsvDocument, EditsKeepQuotingAndReQuoteOnlyWhenNeeded) {
  std::string file = "name,note\nBob,\"Bob's \"\"pal\"\"\"\nBob,plain\n";
  auto doc = csv::CsvDocument::FromBytes(file, Limits{});
  EXPECT_EQ(WriteReplacing(*doc, "Bob", "[NAME]"),
            "name,note\n[NAME],\"[NAME]'s \"\"pal\"\"\"\n[NAME],plain\n");
  EXPECT_EQ(WriteReplacing(*doc, "plain", "a,\"b\""),
            "name,note\nBob,\"Bob's \"\"pal\"\"\"\nBob,\"a,\"\"b\"\"\"\n");
  std::string out = WriteReplacing(*doc, "Bob", "x,y");
  EXPECT_EQ(Shape(out, ','), Shape(file, ','));
}

TEST(CsvDocument, StreamsRecordsLargerThanABlock) {
  std::string big(3 << 20, 'x');
  std::string file = "h1,h2\n\"" + big + "\",tail\nsecret,2\n";
  auto doc = csv::CsvDocument::FromBytes(file, Limits{});
  auto seen = Collect(*doc);
  ASSERT_GE(seen.size(), 5u);
  EXPECT_EQ(seen.back().text, "2");
  EXPECT_EQ(WriteReplacing(*doc, "secret", "S"), "h1,h2\n\"" + big + "\",tail\nS,2\n");
}

TEST(CsvDocument, RefusesMalformedQuotingNamingTheRow) {
  try {
    csv::CsvDocument::FromBytes("a,b\n1,2\n\"open,3\n", Limits{});
    FAIL() << "expected a refusal";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("row 3"), std::string::npos) << r.reason();
  }
  EXPECT_THROW(csv::CsvDocument::FromBytes("a,b\n\"x\"y,2\n", Limits{}), Refusal);
  EXPECT_THROW(csv::CsvDocument::FromBytes("\xFF\xFE"
                                           "a\0,\0",
                                           Limits{}),
               Refusal);
}

TEST(CsvDocument, RefusesAnUnclosedQuoteOverTheRecordLimit) {
  Limits limits;
  limits.max_document_bytes = 1000;
  std::string file = "a\n\"" + std::string(5 << 20, 'y');
  EXPECT_THROW(csv::CsvDocument::FromBytes(file, limits), Refusal);
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(CsvDocument, Latin1FilesAreDecodedAndWrittenBackAsLatin1) {
  std::string file = "nom;pr\xe9nom\nDupont;\"Ren\xe9\"\n";
  auto doc = csv::CsvDocument::FromBytes(file, Limits{});
  auto seen = testing::Collect(*doc);
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_EQ(seen[3].text, "Ren\xc3\xa9");
  EXPECT_EQ(seen[3].hint, "pr\xc3\xa9nom");
  EXPECT_EQ(seen[3].offsets[3], file.find('\xe9', 12));
  EXPECT_EQ(testing::WriteUnchanged(*doc), file);
  EXPECT_EQ(testing::WriteReplacing(*doc, "Ren\xc3\xa9", "Zo\xc3\xab"),
            "nom;pr\xe9nom\nDupont;\"Zo\xeb\"\n");
  ASSERT_EQ(doc->Notes().size(), 1u);
}

}  // namespace
}  // namespace deskbench

namespace deskbench::csv {
namespace {

TEST(CsvKindColumn, SiblingTypeCellJoinsTheHint) {
  auto doc =
      CsvDocument::FromBytes("payee,tax_id_type,tax_id\nAna,MEDICARE,2123 45670 1\n", Limits{});
  std::vector<std::string> hints;
  doc->Scan([&](const Segment& s) { hints.emplace_back(s.hint); });
  EXPECT_EQ(hints.back(), "tax_id MEDICARE");
  EXPECT_EQ(hints[hints.size() - 2], "tax_id_type");
}

}  // namespace
}  // namespace deskbench::csv
