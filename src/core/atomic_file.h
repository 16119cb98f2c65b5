#pragma once
// Outputs are written to a temporary name beside the target, fsynced, then renamed into place, so a
// crash or an error never leaves a half-written file under the real name.

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/sink.h"

namespace deskbench {

class AtomicFile : public Sink {
 public:
  // Creates parent folders. Throws FileError when the temporary file cannot be created.
  explicit AtomicFile(std::filesystem::path path);
  ~AtomicFile() override;  // Removes the temporary file unless Commit() succeeded.
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void Write(std::string_view bytes) override;
  // Flushes, fsyncs and renames over the target. Throws FileError on failure.
  void Commit();

 private:
  std::filesystem::path path_;
  std::filesystem::path temp_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

void WriteFileAtomic(const std::filesystem::path& path, std::string_view bytes);

// Reads a whole file; throws FileError when it cannot be read or is larger than max_bytes.
std::string ReadFile(const std::filesystem::path& path, uint64_t max_bytes);

}  // namespace deskbench
