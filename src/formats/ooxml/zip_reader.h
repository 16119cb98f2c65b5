#pragma once
// Reads a zip archive held in memory, refusing what could hurt: too many entries, names that
// escape the package (absolute, "..", backslashes), duplicate names, entries that inflate beyond
// the limits, encrypted entries. Inflated sizes and checksums are checked while reading, not
// trusted.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"

struct zip;
struct zip_source;

namespace deskbench::ooxml {

inline constexpr size_t kStreamChunkBytes = 64u << 10;

struct ZipEntry {
  std::string name;
  uint64_t index = 0;
  uint64_t size = 0;             // inflated, as the archive declares it
  uint64_t compressed_size = 0;  // as stored
  uint32_t mtime = 0;            // seconds since the epoch
  uint32_t crc = 0;              // CRC-32 of the inflated content, as declared
  uint16_t method = 0;           // compression method (0 stored, 8 deflated)
};

class ZipReader {
 public:
  // Throws Refusal (naming file) when the bytes are not a sound zip within the limits.
  ZipReader(std::string bytes, const std::filesystem::path& file, const Limits& limits);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  const std::vector<ZipEntry>& entries() const { return entries_; }
  // The entry with this name, or nullptr.
  const ZipEntry* Find(std::string_view name) const;
  // The inflated content; throws Refusal when it is corrupt or larger than it declared.
  // Deflated entries are inflated with libdeflate (whole buffer, about twice zlib's speed).
  std::string Read(const ZipEntry& entry) const;
  // The inflated content in chunks of at most kStreamChunkBytes, for parts too large to hold
  // inflated (libzip inflates with zlib as it reads). Checked as Read checks: more bytes than
  // declared are refused as soon as they come, fewer bytes or a wrong checksum at the end; every
  // refusal names the file and the entry. consume may throw; the entry is closed.
  void Stream(const ZipEntry& entry, const std::function<void(std::string_view)>& consume) const;
  // The bytes as stored (compressed), to copy an entry without inflating it; a stored entry's
  // checksum is checked (throws Refusal), a compressed one's only when it is inflated.
  std::string ReadRaw(const ZipEntry& entry) const;
  // True when the entry's content is exactly these bytes (size and CRC first, then the bytes), so
  // that a member written back unchanged is copied instead of compressed again.
  bool Holds(const ZipEntry& entry, std::string_view content) const;
  bool has_comment() const { return has_comment_; }
  // The archive's bytes, held for the reader's lifetime.
  uint64_t held_bytes() const { return bytes_.size(); }
  zip* handle() const { return archive_.get(); }

 private:
  std::filesystem::path file_;
  std::string bytes_;  // libzip reads from this buffer for the reader's lifetime
  struct Discard {
    void operator()(zip* archive) const;
  };
  // Owned so that a refusal thrown by the constructor still closes the archive.
  std::unique_ptr<zip, Discard> archive_;
  std::vector<ZipEntry> entries_;
  bool has_comment_ = false;
};

// True for entry names that stay inside the package: relative, no "..", no backslash, no NUL.
bool IsSafeEntryName(std::string_view name);

}  // namespace deskbench::ooxml
