#include "core/atomic_dir.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace deskbench {
namespace {
namespace fs = std::filesystem;

class AtomicDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("deskbench-atomic-dir-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  size_t Entries() const {
    return static_cast<size_t>(std::distance(fs::directory_iterator(root_), {}));
  }
  fs::path root_;
};

TEST_F(AtomicDirTest, NothingAppearsUntilCommit) {
  {
    AtomicDir dir(root_ / "out");
    std::ofstream(dir.temp() / "a.txt") << "a";
    EXPECT_FALSE(fs::exists(root_ / "out"));
  }
  EXPECT_EQ(Entries(), 0u) << "an abandoned folder leaves nothing behind";
}

TEST_F(AtomicDirTest, CommitMovesTheFolderIntoPlace) {
  AtomicDir dir(root_ / "deep" / "out");
  fs::create_directories(dir.temp() / "sub");
  std::ofstream(dir.temp() / "sub" / "a.txt") << "a";
  dir.Commit();
  EXPECT_TRUE(fs::is_regular_file(root_ / "deep" / "out" / "sub" / "a.txt"));
  EXPECT_EQ(std::distance(fs::directory_iterator(root_ / "deep"), {}), 1);
}

TEST_F(AtomicDirTest, ReplacesAnEmptyOrAnEarlierOutput) {
  fs::create_directories(root_ / "out");
  {
    AtomicDir dir(root_ / "out");
    std::ofstream(dir.temp() / "first.txt") << "1";
    dir.Commit();
  }
  {
    AtomicDir dir(root_ / "out");
    std::ofstream(dir.temp() / "second.txt") << "2";
    dir.Commit();
  }
  EXPECT_FALSE(fs::exists(root_ / "out" / "first.txt"));
  EXPECT_TRUE(fs::exists(root_ / "out" / "second.txt"));
  EXPECT_EQ(Entries(), 1u);
}

}  // namespace
}  // namespace deskbench
