#include "scrub/plan.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/error.h"

namespace deskbench {
namespace {
namespace fs = std::filesystem;

class PlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("deskbench-plan-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "in/sub");
    std::ofstream(root_ / "in/a.txt") << "a";
    std::ofstream(root_ / "in/sub/b.txt") << "b";
    std::ofstream(root_ / "outside.txt") << "secret";
    fs::create_symlink(root_ / "outside.txt", root_ / "in/link.txt");
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(PlanTest, SingleFolderMapsItsContentsAndSkipsLinks) {
  Plan p = PlanInputs({root_ / "in"});
  ASSERT_EQ(p.files.size(), 2u);
  EXPECT_EQ(p.files[0].rel, "a.txt");
  EXPECT_EQ(p.files[1].rel, "sub/b.txt");
  ASSERT_EQ(p.skipped.size(), 1u);
  EXPECT_EQ(p.skipped[0].path.filename(), "link.txt");
}

TEST_F(PlanTest, SeveralInputsKeepTheirNames) {
  Plan p = PlanInputs({root_ / "in", root_ / "outside.txt"});
  ASSERT_EQ(p.files.size(), 3u);
  EXPECT_EQ(p.files[0].rel, "in/a.txt");
  EXPECT_EQ(p.files[2].rel, "outside.txt");
}

TEST_F(PlanTest, MissingInputIsAUsageError) {
  EXPECT_THROW(PlanInputs({root_ / "nope"}), UsageError);
}

TEST_F(PlanTest, OutputChecks) {
  EXPECT_THROW(CheckOutput({root_ / "in"}, root_ / "in/out", false), UsageError);
  EXPECT_THROW(CheckOutput({root_ / "in"}, root_, false), UsageError);  // input inside output
  EXPECT_NO_THROW(CheckOutput({root_ / "in"}, root_ / "fresh", false));
  fs::create_directories(root_ / "used");
  std::ofstream(root_ / "used/x") << "x";
  EXPECT_THROW(CheckOutput({root_ / "in"}, root_ / "used", false), UsageError);
  EXPECT_NO_THROW(CheckOutput({root_ / "in"}, root_ / "used", true));
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {
namespace fs = std::filesystem;

TEST(PlanRepositories, ARepositoryIsOneUnitWhereverItIs) {
  fs::path root = fs::temp_directory_path() / ("deskbench-plan-git-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "task/code/.git/objects");
  fs::create_directories(root / "task/code/src");
  std::ofstream(root / "task/code/src/a.py") << "x = 1\n";
  std::ofstream(root / "task/brief.txt") << "brief";
  // A bare repository: HEAD, objects/, refs/.
  fs::create_directories(root / "bare.git/objects");
  fs::create_directories(root / "bare.git/refs");
  std::ofstream(root / "bare.git/HEAD") << "ref: refs/heads/main\n";

  Plan p = PlanInputs({root / "task"});
  ASSERT_EQ(p.files.size(), 2u);
  EXPECT_EQ(p.files[0].rel, "brief.txt");
  EXPECT_FALSE(p.files[0].repository);
  EXPECT_EQ(p.files[1].rel, "code");
  EXPECT_TRUE(p.files[1].repository) << "the working files are not planned one by one";

  Plan single = PlanInputs({root / "task/code"});
  ASSERT_EQ(single.files.size(), 1u);
  EXPECT_TRUE(single.files[0].repository);
  EXPECT_TRUE(single.files[0].rel.empty()) << "a single repository is the output folder itself";

  Plan bare = PlanInputs({root / "bare.git", root / "task"});
  ASSERT_EQ(bare.files.size(), 3u);
  EXPECT_EQ(bare.files[0].rel, "bare.git");
  EXPECT_TRUE(bare.files[0].repository);
  fs::remove_all(root);
}

}  // namespace
}  // namespace deskbench
