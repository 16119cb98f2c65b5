#include "detect/database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace deskbench {
namespace {

namespace fs = std::filesystem;

PatternSet Sample() {
  return {{R"(\bfoo\d+)", R"(bar)"}, {HS_FLAG_SOM_LEFTMOST, HS_FLAG_SOM_LEFTMOST}};
}

std::vector<unsigned> MatchIds(const hs_database_t* db, std::string_view text) {
  hs_scratch_t* scratch = nullptr;
  EXPECT_EQ(hs_alloc_scratch(db, &scratch), HS_SUCCESS);
  std::vector<unsigned> ids;
  auto on_match = [](unsigned id, unsigned long long, unsigned long long, unsigned, void* ctx) {
    static_cast<std::vector<unsigned>*>(ctx)->push_back(id);
    return 0;
  };
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, &ids);
  hs_free_scratch(scratch);
  return ids;
}

class DatabaseCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("deskbench-db-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    const char* old = std::getenv("XDG_CACHE_HOME");
    if (old != nullptr) old_ = old;
    had_old_ = old != nullptr;
    setenv("XDG_CACHE_HOME", dir_.c_str(), 1);
  }
  void TearDown() override {
    if (had_old_) {
      setenv("XDG_CACHE_HOME", old_.c_str(), 1);
    } else {
      unsetenv("XDG_CACHE_HOME");
    }
    fs::remove_all(dir_);
  }
  std::vector<fs::path> CachedFiles() const {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_ / "deskbench", ec)) out.push_back(e.path());
    return out;
  }

  fs::path dir_;
  std::string old_;
  bool had_old_ = false;
};

TEST_F(DatabaseCacheTest, StoresThenLoadsTheCompiledDatabase) {
  Database first = LoadOrCompileDatabase(Sample());
  ASSERT_NE(first, nullptr);
  ASSERT_EQ(CachedFiles().size(), 1u);
  const auto stored = fs::last_write_time(CachedFiles()[0]);
  Database second = LoadOrCompileDatabase(Sample());
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(fs::last_write_time(CachedFiles()[0]), stored);
  EXPECT_EQ(MatchIds(second.get(), "foo12 bar"), MatchIds(first.get(), "foo12 bar"));
  EXPECT_FALSE(MatchIds(second.get(), "foo12 bar").empty());
}

std::string Bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST_F(DatabaseCacheTest, ADamagedFileIsCompiledAgain) {
  LoadOrCompileDatabase(Sample());
  ASSERT_EQ(CachedFiles().size(), 1u);
  const fs::path file = CachedFiles()[0];
  const std::string good = Bytes(file);
  // A flipped bit in the bytecode, a file cut short, another magic: each is compiled again and
  // the file written anew.
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x10;
  for (const std::string& damaged :
       {flipped, good.substr(0, good.size() - 100), "deskbench-hs-db-1\n" + good.substr(18)}) {
    {
      std::ofstream out(file, std::ios::binary | std::ios::trunc);
      out << damaged;
    }
    Database db = LoadOrCompileDatabase(Sample());
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(MatchIds(db.get(), "bar").size(), 1u);
    EXPECT_EQ(Bytes(file), good);
  }
  // Another pattern set is another file.
  PatternSet other = Sample();
  other.patterns[1] = "baz";
  LoadOrCompileDatabase(other);
  EXPECT_EQ(CachedFiles().size(), 2u);
}

TEST_F(DatabaseCacheTest, MeasuresWidthsOnceThenLoadsThem) {
  PatternSet set{{R"(\bab\d{3}\b)", R"(x\d{2,4})", R"(key=\w+)"}, {0, 0, 0}};
  const std::vector<PatternWidth> first = LoadOrMeasureWidths(set);
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[0].min, 5u);
  EXPECT_TRUE(first[0].Fixed());
  EXPECT_EQ(first[1].min, 3u);
  EXPECT_EQ(first[1].max, 5u);
  EXPECT_FALSE(first[1].Fixed());
  EXPECT_FALSE(first[2].Fixed());
  ASSERT_EQ(CachedFiles().size(), 1u);
  const fs::path file = CachedFiles()[0];
  const auto stored = fs::last_write_time(file);
  const std::vector<PatternWidth> second = LoadOrMeasureWidths(set);
  EXPECT_EQ(fs::last_write_time(file), stored);
  ASSERT_EQ(second.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(second[i].min, first[i].min);
    EXPECT_EQ(second[i].max, first[i].max);
  }
  // A damaged file is measured again, not trusted.
  { std::ofstream(file, std::ios::binary | std::ios::trunc) << "deskbench-hs-widths-1\n1 1\n"; }
  const std::vector<PatternWidth> third = LoadOrMeasureWidths(set);
  ASSERT_EQ(third.size(), 3u);
  EXPECT_EQ(third[1].max, 5u);
}

// The folder stays within its size: adding a database removes the least recently used of
// deskbench's files, never the new one, never another program's file.
TEST_F(DatabaseCacheTest, AddingADatabaseRemovesTheLeastRecentlyUsed) {
  const fs::path folder = dir_ / "deskbench";
  fs::create_directories(folder);
  const auto now = fs::file_time_type::clock::now();
  auto filler = [&](const std::string& name, uint64_t mib, int days_ago) {
    const fs::path p = folder / name;
    std::ofstream(p, std::ios::binary).put('x');
    fs::resize_file(p, mib << 20);  // sparse: costs no disk
    fs::last_write_time(p, now - std::chrono::hours(24 * days_ago));
    return p;
  };
  // 200 MiB of databases against a limit of 128: the two least recently used go.
  const fs::path oldest = filler("vectorscan-aaa.db", 50, 30);
  const fs::path older = filler("vectorscan-bbb.db", 50, 20);
  const fs::path recent = filler("vectorscan-ccc.db", 50, 1);
  const fs::path used = filler("vectorscan-ddd.db", 50, 2);
  const fs::path foreign = filler("notes.txt", 60, 40);
  ASSERT_NE(LoadOrCompileDatabase(Sample()), nullptr);
  EXPECT_FALSE(fs::exists(oldest));
  EXPECT_FALSE(fs::exists(older));
  EXPECT_TRUE(fs::exists(recent));
  EXPECT_TRUE(fs::exists(used));
  EXPECT_TRUE(fs::exists(foreign));
  size_t databases = 0;
  for (const fs::path& p : CachedFiles()) {
    databases += p.filename().string().starts_with("vectorscan-");
  }
  EXPECT_EQ(databases, 3u);  // the two recent fillers and the new database
  // Within the size, nothing more goes.
  PatternSet other = Sample();
  other.patterns[1] = "baz";
  ASSERT_NE(LoadOrCompileDatabase(other), nullptr);
  EXPECT_TRUE(fs::exists(recent));
}

// A database loaded is marked as used (at most once a day), so that it outlives unused ones.
TEST_F(DatabaseCacheTest, LoadingMarksTheDatabaseUsed) {
  ASSERT_NE(LoadOrCompileDatabase(Sample()), nullptr);
  ASSERT_EQ(CachedFiles().size(), 1u);
  const fs::path file = CachedFiles()[0];
  const auto long_ago = fs::file_time_type::clock::now() - std::chrono::hours(24 * 10);
  fs::last_write_time(file, long_ago);
  ASSERT_NE(LoadOrCompileDatabase(Sample()), nullptr);
  const auto marked = fs::last_write_time(file);
  EXPECT_GT(marked, long_ago + std::chrono::hours(24 * 9));
  ASSERT_NE(LoadOrCompileDatabase(Sample()), nullptr);
  EXPECT_EQ(fs::last_write_time(file), marked);  // not again the same day
}

TEST(Database, NamesThePatternThatDoesNotCompile) {
  PatternSet set{{"ok", "(unclosed"}, {0, 0}};
  try {
    CompileDatabase(set);
    FAIL() << "expected a PatternError";
  } catch (const PatternError& e) {
    EXPECT_EQ(e.index, 1);
  }
  try {
    LoadOrMeasureWidths(set);
    FAIL() << "expected a PatternError";
  } catch (const PatternError& e) {
    EXPECT_EQ(e.index, 1);
  }
  EXPECT_EQ(CompileDatabase(PatternSet{}), nullptr);
}

}  // namespace
}  // namespace deskbench
