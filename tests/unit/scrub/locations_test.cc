#include "scrub/locations.h"

#include <gtest/gtest.h>

namespace deskbench {
namespace {

TEST(Locations, MemberPathLeavesRevisionLabelsOut) {
  EXPECT_EQ(MemberPath("src/app.py \u203a line 3"), "src/app.py");
  EXPECT_EQ(MemberPath("history 1a2b3c4d5e:config.env \u203a line 2"), "config.env");
  EXPECT_EQ(MemberPath("1a2b3c4d5e:new.env \u203a line 2"), "new.env");
  EXPECT_EQ(MemberPath("stash@{0}:notes.txt \u203a line 1"), "notes.txt");
  EXPECT_EQ(MemberPath("reflog 1a2b3c4d5e:a/b.txt \u203a line 1"), "a/b.txt");
  EXPECT_EQ(MemberPath("refs/remotes/origin/wip 1a2b3c4d5e:c.md \u203a line 4"), "c.md");
  // A path with a colon of its own keeps it.
  EXPECT_EQ(MemberPath("notes: draft.txt \u203a line 1"), "notes: draft.txt");
  EXPECT_EQ(MemberPath("history of it:x.txt \u203a line 1"), "history of it:x.txt");
  EXPECT_EQ(MemberPath("line 3"), "");
}

TEST(Locations, LeftBehindInRepository) {
  EXPECT_TRUE(LeftBehindInRepository("stash@{0}:notes.txt \u203a line 1"));
  EXPECT_TRUE(LeftBehindInRepository("stash@{12} message"));
  EXPECT_TRUE(LeftBehindInRepository("reflog 1a2b3c4d5e:a.txt \u203a line 1"));
  EXPECT_TRUE(LeftBehindInRepository("reflog 1a2b3c4d5e message"));
  EXPECT_TRUE(LeftBehindInRepository("refs/remotes/origin/wip 1a2b3c4d5e:c.md \u203a line 4"));
  EXPECT_TRUE(LeftBehindInRepository("remote origin url"));
  EXPECT_TRUE(LeftBehindInRepository("remote mirror.eu pushurl"));
  EXPECT_FALSE(LeftBehindInRepository("history 1a2b3c4d5e:config.env \u203a line 2"));
  EXPECT_FALSE(LeftBehindInRepository("src/app.py \u203a line 3"));
  EXPECT_FALSE(LeftBehindInRepository("remote url.txt \u203a line 1"));
  EXPECT_FALSE(LeftBehindInRepository("reflog notes.txt \u203a line 1"));
  EXPECT_FALSE(LeftBehindInRepository("commit 1a2b3c4d5e message"));
}

}  // namespace
}  // namespace deskbench
