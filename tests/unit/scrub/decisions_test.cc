#include "scrub/decisions.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../temp_folder.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace deskbench {
namespace {

std::filesystem::path TempPath(const std::string& name) {
  static const testing::TempFolder folder("decisions-test");
  return folder.path() / name;
}

TEST(Decisions, ValuesMatchCaseInsensitivelyPerType) {
  Decisions d;
  d.SetValue(Entity::PERSON, "Jane Doe", Operator::kKeep);
  EXPECT_EQ(d.ForValue(Entity::PERSON, "JANE DOE"), Operator::kKeep);
  EXPECT_FALSE(d.ForValue(Entity::ORGANIZATION, "Jane Doe"));
  d.SetFinding("a.txt", 42, Operator::kRedact);
  EXPECT_EQ(d.ForFinding("a.txt", 42), Operator::kRedact);
  EXPECT_FALSE(d.ForFinding("a.txt", 43));
}

TEST(Decisions, ChangedValuesBecomeSearchTerms) {
  Decisions d;
  d.SetValue(Entity::USER_TERM, "Bluebird", Operator::kPseudonymize);
  d.SetValue(Entity::PERSON, "Jane Doe", Operator::kKeep);
  auto terms = d.Terms();
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].text, "Bluebird");
}

TEST(Decisions, RoundTripsThroughTheFileItWrites) {
  RunReport report;
  report.values.Add(
      ValueId(Entity::EMAIL, "jane@example.org"),
      {Entity::EMAIL, "jane@example.org", "user@example.com", Operator::kPseudonymize, 2});
  report.values.Add(ValueId(Entity::PERSON, "Jane Doe"),
                    {Entity::PERSON, "Jane Doe", "Jane Doe", Operator::kKeep, 1});
  auto path = TempPath("roundtrip.json");
  WriteDecisions(path, report);
  Decisions d = Decisions::Load(path);
  EXPECT_EQ(d.ForValue(Entity::EMAIL, "jane@example.org"), Operator::kPseudonymize);
  EXPECT_EQ(d.ForValue(Entity::PERSON, "jane doe"), Operator::kKeep);
}

TEST(Decisions, BadFilesAreUsageErrors) {
  auto path = TempPath("bad.json");
  WriteFileAtomic(path,
                  "{\"values\": [{\"type\": \"EMAIL\", \"text\": \"x\", \"action\": \"eat\"}]}");
  EXPECT_THROW(Decisions::Load(path), UsageError);
  WriteFileAtomic(path, "not json");
  EXPECT_THROW(Decisions::Load(path), UsageError);
  WriteFileAtomic(path,
                  "{\"values\": [{\"type\": \"NOPE\", \"text\": \"x\", \"action\": \"keep\"}]}");
  EXPECT_THROW(Decisions::Load(path), UsageError);
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(Decisions, FindingsWithoutOffsetsAreKeyedByLocationAndText) {
  Decisions d;
  d.SetFinding("a.docx", "word/document.xml paragraph 3", "Jane Doe", Operator::kKeep);
  EXPECT_EQ(d.ForFinding("a.docx", kNoOrigin, "word/document.xml paragraph 3", "JANE DOE"),
            Operator::kKeep);
  EXPECT_FALSE(d.ForFinding("a.docx", kNoOrigin, "word/document.xml paragraph 4", "Jane Doe"));
  EXPECT_FALSE(d.ForFinding("a.docx", kNoOrigin, "word/document.xml paragraph 3", "John Roe"));
}

}  // namespace
}  // namespace deskbench
