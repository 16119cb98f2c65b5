#include "review/review_state.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "task/bundle.h"

namespace deskbench::review {
namespace {
namespace fs = std::filesystem;

fs::path FreshBundle() {
  static int n = 0;
  fs::path p = fs::temp_directory_path() /
               ("deskbench-review-state-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

TEST(ReviewState, SavesAndLoadsDecisionsAndTerms) {
  fs::path dir = FreshBundle();
  ReviewState s;
  s.SetValue(Entity::PERSON, "Mark Stone", Operator::kKeep);
  s.SetFinding({"deliverable/memo.docx", kNoOrigin, "word/document.xml paragraph 2", "Jane Doe"},
               Operator::kKeep);
  s.SetFinding({"request.md", 42, "", ""}, Operator::kRedact);
  s.terms().deny = {"Project Falcon", "Quote \"this\""};
  s.terms().allow = {"OAK-LAX"};
  s.Save(dir);

  ReviewState back = ReviewState::Load(dir);
  EXPECT_EQ(back.ValueAction(Entity::PERSON, "mark stone"), Operator::kKeep);
  EXPECT_EQ(back.FindingAction({"request.md", 42, "", ""}), Operator::kRedact);
  EXPECT_EQ(back.FindingAction(
                {"deliverable/memo.docx", kNoOrigin, "word/document.xml paragraph 2", "Jane Doe"}),
            Operator::kKeep);
  EXPECT_FALSE(back.FindingAction({"request.md", 43, "", ""}));
  EXPECT_EQ(back.terms().deny, s.terms().deny);
  EXPECT_EQ(back.terms().allow, s.terms().allow);
  // Saving what was loaded writes the same bytes: pack compares the file with the scrub's.
  EXPECT_EQ(back.DecisionsJson(), s.DecisionsJson());

  // The file is what `deskbench scrub --decisions` reads.
  Decisions d = Decisions::Load(task::DecisionsFile(dir));
  EXPECT_EQ(d.ForValue(Entity::PERSON, "Mark Stone"), Operator::kKeep);
  EXPECT_EQ(d.ForFinding("request.md", 42), Operator::kRedact);
  EXPECT_EQ(
      d.ForFinding("deliverable/memo.docx", kNoOrigin, "word/document.xml paragraph 2", "Jane Doe"),
      Operator::kKeep);
  fs::remove_all(dir);
}

TEST(ReviewState, ClearingAFindingFallsBackToItsValue) {
  ReviewState s;
  FindingRef ref{"a.txt", 7, "", ""};
  s.SetFinding(ref, Operator::kKeep);
  s.ClearFinding(ref);
  EXPECT_FALSE(s.FindingAction(ref));
  EXPECT_FALSE(s.ToDecisions().ForFinding("a.txt", 7));
}

TEST(ReviewState, MissingFilesAreAnEmptyState) {
  fs::path dir = FreshBundle();
  ReviewState s = ReviewState::Load(dir);
  EXPECT_TRUE(s.terms().deny.empty());
  EXPECT_TRUE(s.ToDecisions().empty());
  fs::remove_all(dir);
}

TEST(ReviewState, BadFilesNameTheFile) {
  fs::path dir = FreshBundle();
  fs::create_directories(dir / ".deskbench");
  WriteFileAtomic(dir / ".deskbench" / "terms.toml", "deny = \"not a list\"\n");
  try {
    ReviewState::Load(dir);
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("terms.toml"), std::string::npos);
  }
  WriteFileAtomic(dir / ".deskbench" / "terms.toml", "deny = [\"ok\"]\n");
  WriteFileAtomic(dir / ".deskbench" / "decisions.json", "{\"values\": [{\"type\": \"NOPE\"}]}");
  EXPECT_THROW(ReviewState::Load(dir), UsageError);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace deskbench::review
