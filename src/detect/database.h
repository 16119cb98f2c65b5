#pragma once
// Compiling a pattern set into a vectorscan database, and keeping the compiled database of a fixed
// set (the built-in recognizers) on disk so later runs load it in milliseconds instead of
// compiling it again (about half a second for ~300 patterns).

#include <hs/hs.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace deskbench {

struct PatternSet {
  std::vector<std::string> patterns;  // vectorscan syntax; the pattern's id is its index
  std::vector<unsigned> flags;
};

// A pattern that vectorscan refuses; `index` is -1 when no single pattern is to blame.
struct PatternError : std::runtime_error {
  PatternError(int index_, const std::string& what) : std::runtime_error(what), index(index_) {}
  int index;
};

struct DatabaseDeleter {
  void operator()(hs_database_t* db) const { hs_free_database(db); }
};
using Database = std::unique_ptr<hs_database_t, DatabaseDeleter>;

// Compiles the set in block mode. Throws PatternError. An empty set gives a null database.
Database CompileDatabase(const PatternSet& set);

// Compiles literal strings (the patterns' bytes, matched as they are) in block mode. Vectorscan
// compiles tens of thousands of literals in a fraction of the time it takes for as many regular
// expressions. Throws PatternError.
Database CompileLiterals(const PatternSet& set);

// The shortest and longest match of each pattern of the set, in bytes (vectorscan's expression
// analysis; max is UINT_MAX when a match can be any length). A pattern whose matches all have one
// width needs no start-of-match tracking: it starts that width before its end.
struct PatternWidth {
  unsigned min = 0;
  unsigned max = 0;
  bool Fixed() const { return min == max; }
};

// Measures the widths, cached like a database (below): analysing ~270 patterns takes ~25 ms,
// several times what loading their cached databases does. Throws PatternError.
std::vector<PatternWidth> LoadOrMeasureWidths(const PatternSet& set);

// As CompileDatabase, but first looks for the set's database in the user's cache folder
// ($XDG_CACHE_HOME/deskbench, else ~/.cache/deskbench), keyed by the patterns, their flags, the
// vectorscan version and this CPU's features, and stores it there after compiling, removing the
// least recently used files beyond the folder's size. Any cache problem (no folder, a damaged or
// foreign file) falls back to compiling.
Database LoadOrCompileDatabase(const PatternSet& set);

}  // namespace deskbench
