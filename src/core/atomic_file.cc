#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw FileError(path, "cannot read: " + Errno());
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  auto too_large = [&] {
    return Refusal(path, "larger than the limit of " + std::to_string(max_bytes) + " bytes");
  };
  // A regular file goes into one buffer of its size, with a byte more to see its end (or that it
  // grew) in the same read; growing a buffer as it fills copied and faulted in each size again.
  struct stat st {};
  uint64_t expected = 0;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) expected = static_cast<uint64_t>(st.st_size);
  if (expected > max_bytes) throw too_large();
  std::string data(static_cast<size_t>(expected) + 1, '\0');
  size_t got = 0;
  for (;;) {
    if (got == data.size()) data.resize(std::max<size_t>(data.size() * 2, size_t{1} << 16));
    const ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw FileError(path, "read failed: " + Errno());
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
    if (got > max_bytes) throw too_large();
  }
  data.resize(got);
  return data;
}

}  // namespace deskbench
