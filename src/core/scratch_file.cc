#include "core/scratch_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "core/error.h"

namespace deskbench {

namespace fs = std::filesystem;

namespace {

int OpenUnnamed(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  // File systems without O_TMPFILE: a private name, removed before anything is written.
  std::string name = (dir / "deskbench-scratch-XXXXXX").string();
  fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd >= 0) ::unlink(name.c_str());
  return fd;
}

}  // namespace

ScratchFile::ScratchFile() {
  std::error_code ec;
  fs::path dir = fs::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  int fd = OpenUnnamed(dir);
  if (fd < 0)
    throw FileError(dir, std::string("cannot create a temporary file: ") + std::strerror(errno));
  file_.reset(::fdopen(fd, "w+b"));
  if (!file_) {
    ::close(fd);
    throw FileError(dir, "cannot open a temporary file");
  }
}

void ScratchFile::Write(std::string_view bytes) {
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size()) {
    throw FileError("(temporary file)", std::string("cannot write: ") + std::strerror(errno));
  }
}

void ScratchFile::Rewind() {
  if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), 0, SEEK_SET) != 0) {
    throw FileError("(temporary file)", std::string("cannot rewind: ") + std::strerror(errno));
  }
}

bool ScratchFile::Read(char* out, size_t n) {
  size_t got = std::fread(out, 1, n, file_.get());
  if (got == n) return true;
  if (got == 0 && std::feof(file_.get())) return false;
  throw FileError("(temporary file)", "ends early or cannot be read");
}

}  // namespace deskbench
