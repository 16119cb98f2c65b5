#include "core/atomic_file.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/hash.h"

namespace deskbench {
namespace fs = std::filesystem;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("deskbench-atomic-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  size_t FileCount() {
    size_t n = 0;
    for (auto& e : fs::recursive_directory_iterator(dir_)) n += e.is_regular_file();
    return n;
  }
  fs::path dir_;
};

TEST_F(AtomicFileTest, CommitPublishesUnderTheRealName) {
  fs::path p = dir_ / "sub" / "out.txt";
  WriteFileAtomic(p, "hello");
  EXPECT_EQ(ReadFile(p, 100), "hello");
  EXPECT_EQ(FileCount(), 1u);
}

TEST_F(AtomicFileTest, AbandonedWriteLeavesNothing) {
  fs::path p = dir_ / "out.txt";
  {
    AtomicFile f(p);
    f.Write("half");
  }
  EXPECT_FALSE(fs::exists(p));
  EXPECT_EQ(FileCount(), 0u);
}

TEST_F(AtomicFileTest, ReadFileRefusesOversizedInput) {
  fs::path p = dir_ / "big.txt";
  WriteFileAtomic(p, std::string(1000, 'x'));
  EXPECT_THROW(ReadFile(p, 999), Refusal);
  EXPECT_THROW(ReadFile(dir_ / "missing", 10), FileError);
}

TEST_F(AtomicFileTest, ReadFileReadsWholeFilesOfAnySize) {
  for (size_t size : {size_t{0}, size_t{1}, size_t{65535}, size_t{65536}, size_t{3 << 20}}) {
    std::string bytes(size, '\0');
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>(i * 131 + i / 7);
    fs::path p = dir_ / ("f" + std::to_string(size));
    WriteFileAtomic(p, bytes);
    EXPECT_EQ(ReadFile(p, size), bytes) << size;
    if (size > 0) {
      EXPECT_THROW(ReadFile(p, size - 1), Refusal) << size;
    }
  }
}

// Files whose size says nothing (proc files, devices, pipes) are read to their end or the limit.
TEST_F(AtomicFileTest, ReadFileReadsFilesWithoutASize) {
  const std::string status = ReadFile("/proc/self/status", 1 << 20);
  EXPECT_NE(status.find("Name:"), std::string::npos);
  EXPECT_EQ(status.back(), '\n');
  EXPECT_THROW(ReadFile("/dev/zero", 100000), Refusal);
}

TEST(Hash, KnownVectors) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // RFC 4231 test case 2.
  EXPECT_EQ(ToHex(HmacSha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // The keyed state is reused between calls with one key: another key in between, a key that
  // extends the first, and the first again must each give their own MAC (RFC 4231 case 1 for
  // the twenty 0x0b bytes).
  EXPECT_EQ(ToHex(HmacSha256(std::string(20, '\x0b'), "Hi There")),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_NE(HmacSha256("JefeX", "what do ya want for nothing?"),
            HmacSha256("Jefe", "what do ya want for nothing?"));
  EXPECT_EQ(ToHex(HmacSha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

}  // namespace deskbench
