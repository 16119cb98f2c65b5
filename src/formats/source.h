#pragma once
// The bytes an adapter reads: a file on disk (a small one read whole when opened, a large one
// streamed, never loaded whole unless the format needs it) or bytes in memory (members of other
// files, tests, fuzzing). Both read the same way so every adapter has one code path.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace deskbench {

class ByteReader {
 public:
  virtual ~ByteReader() = default;
  // Reads up to n bytes; returns 0 only at the end. Throws FileError on a read error.
  virtual size_t Read(char* buf, size_t n) = 0;
};

class ByteSource {
 public:
  // Throws FileError when the file cannot be opened or is not a regular file.
  static ByteSource FromFile(const std::filesystem::path& path);
  static ByteSource FromBytes(std::string bytes, std::filesystem::path name = "<memory>");

  const std::filesystem::path& name() const { return name_; }
  uint64_t size() const { return size_; }
  // A new reader from the first byte; sources can be read any number of times.
  std::unique_ptr<ByteReader> Open() const;
  // The whole content; throws Refusal when it is larger than max_bytes.
  std::string ReadAll(uint64_t max_bytes) const;
  // Up to n bytes from the start (for sniffing).
  std::string Head(size_t n) const;
  // The bytes when they are in memory, else empty: lets in-memory adapters avoid a copy.
  const std::string* memory() const { return bytes_.get(); }
  // True for a file of its own on disk (FromFile), read now or when needed; false for bytes taken
  // out of another file.
  bool on_disk() const { return on_disk_; }

  // Files up to this size are read whole when opened (FromFile).
  static constexpr uint64_t kReadAtOnce = uint64_t{1} << 20;

 private:
  std::filesystem::path name_;
  uint64_t size_ = 0;
  bool on_disk_ = false;
  std::shared_ptr<const std::string> bytes_;  // null for files streamed from disk
};

// Reads a source in blocks while remembering the file offset of what it hands out.
class BlockReader {
 public:
  // Blocks are no larger than the source (plus one byte to see its end), so small inputs do not
  // pay for a large buffer.
  explicit BlockReader(const ByteSource& source, size_t block = 1 << 20)
      : reader_(source.Open()),
        block_(static_cast<size_t>(std::min<uint64_t>(block, source.size() + 1))) {}
  // Appends the next block to buf; returns false at the end.
  bool Fill(std::string& buf) {
    if (eof_) return false;
    size_t old = buf.size();
    buf.resize(old + block_);
    size_t got = reader_->Read(buf.data() + old, block_);
    buf.resize(old + got);
    if (got == 0) eof_ = true;
    return got > 0;
  }
  bool eof() const { return eof_; }

 private:
  std::unique_ptr<ByteReader> reader_;
  size_t block_;
  bool eof_ = false;
};

}  // namespace deskbench
