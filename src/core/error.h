#pragma once
// Errors that reach the user name the file and say why, in words they can act on.

#include <filesystem>
#include <stdexcept>
#include <string>

namespace deskbench {

class FileError : public std::runtime_error {
 public:
  FileError(std::filesystem::path file, std::string reason)
      : std::runtime_error(file.string() + ": " + reason),
        file_(std::move(file)),
        reason_(std::move(reason)) {}
  const std::filesystem::path& file() const { return file_; }
  const std::string& reason() const { return reason_; }

 private:
  std::filesystem::path file_;
  std::string reason_;
};

// A file deskbench will not process (unknown format, hostile, encrypted, too large). Fail closed:
// a refused file is reported and never copied to the output.
class Refusal : public FileError {
 public:
  using FileError::FileError;
};

// Bad command-line usage or configuration (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace deskbench
