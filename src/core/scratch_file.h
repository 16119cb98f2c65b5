#pragma once
// A temporary file that has no name: created unlinked (O_TMPFILE, else named and removed at once)
// in the temporary folder, so nothing of what it holds survives the process, a crash included.
// For data that may not stay in memory, such as a run's original values beyond a memory budget.

#include <cstdio>
#include <memory>
#include <string_view>

namespace deskbench {

class ScratchFile {
 public:
  // Throws FileError when no temporary file can be made.
  ScratchFile();

  void Write(std::string_view bytes);
  // Makes what was written readable from the start (flushes the buffer).
  void Rewind();
  // Reads exactly n bytes into out; false at the end of the file. Throws FileError when the file
  // ends inside the n bytes or cannot be read.
  bool Read(char* out, size_t n);

 private:
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, Close> file_;
};

}  // namespace deskbench
