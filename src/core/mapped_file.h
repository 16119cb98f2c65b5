#pragma once
// A whole file mapped read-only, for inputs read once and let go (cached databases): no copy into
// a buffer, and only the pages read are faulted in.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace deskbench {

class MappedFile {
 public:
  // Maps a regular file of at most max_bytes; nothing when it cannot be opened or mapped, is not
  // a regular file, or is larger. An empty file maps to no bytes.
  static std::optional<MappedFile> Open(const std::filesystem::path& path, uint64_t max_bytes);
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&&) = delete;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  // Valid while this object lives. A file truncated by another process meanwhile makes reading
  // past its new end fault (SIGBUS): for files this process's user owns, as caches are.
  std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, size_t size) : data_(data), size_(size) {}
  const char* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace deskbench
