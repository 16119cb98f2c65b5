// The lexicon's table, made from data/ by tools/lexicon_table.cc when deskbench is built
// (CMakeLists.txt) and carried here as bytes: read-only pages of the binary, faulted in as
// lookups touch them, instead of a table built on every run.

#include "detect/names/lexicon.h"

#ifndef DESKBENCH_LEXICON_TABLE
#error "DESKBENCH_LEXICON_TABLE names the table the build made (CMakeLists.txt)"
#endif

// .incbin: the GNU assembler's (and clang's) way to take a file's bytes as they are; an array
// literal of 4 MB would cost the compiler far more.
__asm__(
    ".pushsection .rodata\n"
    ".balign 64\n"
    "deskbench_lexicon_table:\n"
    ".incbin \"" DESKBENCH_LEXICON_TABLE
    "\"\n"
    "deskbench_lexicon_table_end:\n"
    ".popsection\n");

extern "C" const char deskbench_lexicon_table[];
extern "C" const char deskbench_lexicon_table_end[];

namespace deskbench::names {

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon = View(
      std::string_view(deskbench_lexicon_table,
                       static_cast<size_t>(deskbench_lexicon_table_end - deskbench_lexicon_table)));
  return lexicon;
}

}  // namespace deskbench::names
