#include "core/atomic_dir.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>

#include "core/error.h"

namespace deskbench {
namespace fs = std::filesystem;

AtomicDir::AtomicDir(fs::path path) : path_(std::move(path)) {
  // A trailing separator would put the temporary folder inside the target.
  if (!path_.has_filename()) path_ = path_.parent_path();
  std::error_code ec;
  if (path_.has_parent_path()) fs::create_directories(path_.parent_path(), ec);
  if (ec) throw FileError(path_, "cannot create folder: " + ec.message());
  std::random_device rd;
  for (int attempt = 0; attempt < 16; ++attempt) {
    fs::path candidate = path_;
    candidate += ".deskbench-tmp-" + std::to_string(rd());
    if (fs::create_directory(candidate, ec)) {
      temp_ = std::move(candidate);
      return;
    }
    if (ec) throw FileError(path_, "cannot create a temporary output folder: " + ec.message());
  }
  throw FileError(path_, "cannot create a temporary output folder");
}

AtomicDir::~AtomicDir() {
  if (!committed_ && !temp_.empty()) {
    std::error_code ec;
    fs::remove_all(temp_, ec);
  }
}

void AtomicDir::Commit() {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path_, ec))) {
    if (!fs::is_directory(fs::symlink_status(path_, ec))) {
      throw FileError(path_, "exists and is not a folder");
    }
    // rename() replaces only an empty folder.
    if (!fs::is_empty(path_, ec)) fs::remove_all(path_, ec);
    if (ec) throw FileError(path_, "cannot replace the earlier output: " + ec.message());
  }
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    throw FileError(path_,
                    std::string("cannot move the output into place: ") + std::strerror(errno));
  }
  committed_ = true;
}

}  // namespace deskbench
