#include "formats/source.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "../temp_folder.h"
#include "core/error.h"
#include "formats/registry.h"

namespace deskbench {
namespace {

namespace fs = std::filesystem;

class SourceTest : public ::testing::Test {
 protected:
  fs::path Put(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  static std::string ReadByReader(const ByteSource& source) {
    std::string out;
    BlockReader reader(source, 4096);
    while (reader.Fill(out)) {
    }
    return out;
  }

  deskbench::testing::TempFolder folder_{
      std::string("source-") + ::testing::UnitTest::GetInstance()->current_test_info()->name()};
  const fs::path& dir_ = folder_.path();
};

TEST_F(SourceTest, ASmallFileIsReadWholeWhenOpened) {
  const std::string bytes = "caf\xc3\xa9\nline two\n";
  const fs::path path = Put("small.txt", bytes);
  const ByteSource source = ByteSource::FromFile(path);
  ASSERT_NE(source.memory(), nullptr);
  EXPECT_EQ(*source.memory(), bytes);
  EXPECT_TRUE(source.on_disk());
  EXPECT_EQ(source.name(), path);
  EXPECT_EQ(source.size(), bytes.size());
  fs::remove(path);  // read already: nothing goes back to the disk
  EXPECT_EQ(source.Head(4), "caf\xc3");
  EXPECT_EQ(source.ReadAll(1 << 20), bytes);
  EXPECT_EQ(ReadByReader(source), bytes);
}

TEST_F(SourceTest, ALargeFileIsStreamedFromDisk) {
  std::string bytes(ByteSource::kReadAtOnce + 10, 'x');
  bytes[ByteSource::kReadAtOnce] = 'y';
  const ByteSource source = ByteSource::FromFile(Put("large.txt", bytes));
  EXPECT_EQ(source.memory(), nullptr);
  EXPECT_TRUE(source.on_disk());
  EXPECT_EQ(source.size(), bytes.size());
  EXPECT_EQ(source.Head(3), "xxx");
  EXPECT_EQ(source.ReadAll(bytes.size()), bytes);
  EXPECT_EQ(ReadByReader(source), bytes);
  EXPECT_THROW(source.ReadAll(bytes.size() - 1), Refusal);
}

TEST_F(SourceTest, EmptyFilesAndTheLimitItselfAreReadWhole) {
  const ByteSource empty = ByteSource::FromFile(Put("empty.txt", ""));
  ASSERT_NE(empty.memory(), nullptr);
  EXPECT_EQ(empty.size(), 0u);
  EXPECT_EQ(empty.ReadAll(0), "");
  const std::string bytes(ByteSource::kReadAtOnce, 'z');
  const ByteSource at_limit = ByteSource::FromFile(Put("limit.txt", bytes));
  ASSERT_NE(at_limit.memory(), nullptr);
  EXPECT_EQ(*at_limit.memory(), bytes);
}

TEST_F(SourceTest, BytesFromAnotherFileAreNotOnDisk) {
  const ByteSource source = ByteSource::FromBytes("abc", "outer.zip/inner.txt");
  EXPECT_FALSE(source.on_disk());
  ASSERT_NE(source.memory(), nullptr);
  EXPECT_EQ(ReadByReader(source), "abc");
}

TEST_F(SourceTest, MissingUnreadableAndSpecialFilesAreErrorsNamingThem) {
  auto reason = [](const fs::path& path) -> std::string {
    try {
      ByteSource::FromFile(path);
    } catch (const FileError& e) {
      EXPECT_EQ(e.file(), path);
      return e.what();
    }
    return "";
  };
  EXPECT_NE(reason(dir_ / "missing.txt").find("No such file"), std::string::npos);
  EXPECT_NE(reason(dir_).find("not a regular file"), std::string::npos);
  // A FIFO with no writer would block a reader forever: refused without opening it.
  const fs::path fifo = dir_ / "pipe.txt";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_NE(reason(fifo).find("not a regular file"), std::string::npos);
  if (::geteuid() != 0) {  // root reads whatever the permissions say
    const fs::path locked = Put("locked.txt", "secret");
    fs::permissions(locked, fs::perms::none);
    EXPECT_NE(reason(locked).find("cannot read"), std::string::npos);
  }
}

// A legacy Office file is converted when it is a file of its own; inside another file it is
// refused. Reading small files whole when opened must not make the first look like the second.
TEST_F(SourceTest, ALegacyFileReadWholeIsStillAFileOfItsOwn) {
  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  const fs::path bin = dir_ / "bin";
  fs::create_directories(bin);
  const fs::path fake = bin / "soffice";
  std::ofstream(fake) << "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n";
  fs::permissions(fake, fs::perms::owner_all);
  const char* old_path = std::getenv("PATH");
  const std::string saved = old_path != nullptr ? old_path : "";
  setenv("PATH", bin.c_str(), 1);
  auto reason = [](auto open) -> std::string {
    try {
      open();
    } catch (const Refusal& r) {
      return r.reason();
    }
    return "";
  };
  const fs::path doc = Put("old.doc", ole + std::string(600, '\0'));
  const std::string on_disk = reason([&] { OpenDocument(doc, FormatOptions{}); });
  const std::string inside = reason([&] {
    OpenSource(ByteSource::FromBytes(ole + std::string(600, '\0'), "a.zip/old.doc"),
               FormatOptions{});
  });
  setenv("PATH", saved.c_str(), 1);
  EXPECT_NE(on_disk.find("could not be loaded"), std::string::npos) << on_disk;
  EXPECT_NE(inside.find("inside another file"), std::string::npos) << inside;
}

}  // namespace
}  // namespace deskbench
