// Writes the name lexicon's table (detect/names/lexicon.h) to the file named by its argument;
// the build compiles that file into deskbench (detect/names/lexicon_table.cc).

#include <cstdio>
#include <exception>

#include "core/atomic_file.h"
#include "detect/names/lexicon.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUT\n", argv[0]);
    return 2;
  }
  try {
    deskbench::WriteFileAtomic(argv[1], deskbench::names::Lexicon::Build().Serialize());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
    return 1;
  }
  return 0;
}
