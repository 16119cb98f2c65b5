#include "core/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "core/error.h"

namespace deskbench {
namespace fs = std::filesystem;

namespace {
std::string Errno() {
  return std::strerror(errno);
}
}  // namespace

AtomicFile::AtomicFile(fs::path path) : path_(std::move(path)) {
  std::error_code ec;
  if (path_.has_parent_path()) fs::create_directories(path_.parent_path(), ec);
  if (ec) throw FileError(path_, "cannot create folder: " + ec.message());
  std::random_device rd;
  for (int attempt = 0; attempt < 16 && file_ == nullptr; ++attempt) {
    temp_ = path_;
    temp_ += ".deskbench-tmp-" + std::to_string(rd());
    int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      throw FileError(path_, "cannot create output: " + Errno());
    }
    file_ = ::fdopen(fd, "wb");
    if (file_ == nullptr) {
      ::close(fd);
      throw FileError(path_, "cannot open output: " + Errno());
    }
  }
  if (file_ == nullptr) throw FileError(path_, "cannot create a temporary output file");
}

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) std::fclose(file_);
  if (!committed_) {
    std::error_code ec;
    fs::remove(temp_, ec);
  }
}

void AtomicFile::Write(std::string_view bytes) {
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    throw FileError(path_, "write failed: " + Errno());
  }
}

void AtomicFile::Commit() {
  if (std::fflush(file_) != 0 || ::fsync(::fileno(file_)) != 0) {
    throw FileError(path_, "write failed: " + Errno());
  }
  std::fclose(file_);
  file_ = nullptr;
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    throw FileError(path_, "cannot rename output into place: " + Errno());
  }
  committed_ = true;
}

void WriteFileAtomic(const fs::path& path, std::string_view bytes) {
  AtomicFile file(path);
  file.Write(bytes);
  file.Commit();
}

std::string ReadFile(const fs::path& path, uint64_t max_bytes) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) throw FileError(path, "cannot read: " + Errno());
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (data.size() + n > max_bytes) {
      std::fclose(f);
      throw Refusal(path, "larger than the limit of " + std::to_string(max_bytes) + " bytes");
    }
    data.append(buf, n);
  }
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) throw FileError(path, "read failed");
  return data;
}

}  // namespace deskbench
