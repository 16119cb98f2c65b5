#pragma once
// A folder output (a git repository) written the way AtomicFile writes a file: into a temporary
// folder beside the target, which replaces the target only when it is complete.

#include <filesystem>

namespace deskbench {

class AtomicDir {
 public:
  // Creates the parent folders and an empty temporary folder. Throws FileError.
  explicit AtomicDir(std::filesystem::path path);
  ~AtomicDir();  // Removes the temporary folder unless Commit() succeeded.
  AtomicDir(const AtomicDir&) = delete;
  AtomicDir& operator=(const AtomicDir&) = delete;

  // Where to write.
  const std::filesystem::path& temp() const { return temp_; }
  // Moves the temporary folder into place; an existing target (an empty output folder, or an
  // earlier output under --force) is replaced. Throws FileError.
  void Commit();

 private:
  std::filesystem::path path_;
  std::filesystem::path temp_;
  bool committed_ = false;
};

}  // namespace deskbench
