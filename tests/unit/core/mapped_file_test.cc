#include "core/mapped_file.h"

#include <gtest/gtest.h>

#include <string>

#include "../temp_folder.h"
#include "core/atomic_file.h"

namespace deskbench {
namespace {

namespace fs = std::filesystem;

class MappedFileTest : public ::testing::Test {
 protected:
  testing::TempFolder folder_{"mapped-file-test"};
  const fs::path& dir_ = folder_.path();
};

TEST_F(MappedFileTest, MapsTheWholeFile) {
  std::string bytes(70000, '\0');
  for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i % 251);
  WriteFileAtomic(dir_ / "f", bytes);
  std::optional<MappedFile> file = MappedFile::Open(dir_ / "f", bytes.size());
  ASSERT_TRUE(file.has_value());
  EXPECT_EQ(file->bytes(), bytes);
  // Moved, the mapping stays valid and is unmapped once.
  MappedFile moved(std::move(*file));
  EXPECT_EQ(moved.bytes(), bytes);
  EXPECT_TRUE(file->bytes().empty());
}

TEST_F(MappedFileTest, AnEmptyFileHasNoBytes) {
  WriteFileAtomic(dir_ / "empty", "");
  std::optional<MappedFile> file = MappedFile::Open(dir_ / "empty", 10);
  ASSERT_TRUE(file.has_value());
  EXPECT_TRUE(file->bytes().empty());
}

TEST_F(MappedFileTest, RefusesWhatItCannotMapWhole) {
  WriteFileAtomic(dir_ / "f", "0123456789");
  EXPECT_FALSE(MappedFile::Open(dir_ / "f", 9).has_value());  // over the limit
  EXPECT_TRUE(MappedFile::Open(dir_ / "f", 10).has_value());
  EXPECT_FALSE(MappedFile::Open(dir_ / "missing", 10).has_value());
  EXPECT_FALSE(MappedFile::Open(dir_, 1 << 20).has_value());         // a folder
  EXPECT_FALSE(MappedFile::Open("/dev/zero", 1 << 20).has_value());  // not a regular file
}

}  // namespace
}  // namespace deskbench
