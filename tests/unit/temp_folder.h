#pragma once
// A folder under the system's temporary folder for one test program's files, removed with
// everything in it when the object is destroyed (for a static one, when the program ends).

#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace deskbench::testing {

class TempFolder {
 public:
  explicit TempFolder(std::string_view name)
      : path_(std::filesystem::temp_directory_path() /
              ("deskbench-" + std::string(name) + "-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace deskbench::testing
