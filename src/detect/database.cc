#include "detect/database.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string_view>

#include "core/atomic_file.h"
#include "core/hash.h"
#include "core/mapped_file.h"

namespace deskbench {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "deskbench-hs-db-2\n";
constexpr std::string_view kWidthsMagic = "deskbench-hs-widths-1\n";
constexpr uint64_t kMaxCachedBytes = uint64_t{256} << 20;
// Every policy (a config's types and thresholds) and every deskbench version has databases of its
// own, about 10 MB a policy: the folder keeps what runs use within this size, least recently used
// removed first, instead of growing with every upgrade until a disk is full.
constexpr uint64_t kMaxCacheBytes = uint64_t{128} << 20;
// A file's modification time is its last use, brought forward at most once a day.
constexpr auto kMarkUseAfter = std::chrono::hours(24);
constexpr std::string_view kCachePrefix = "vectorscan-";

fs::path CacheFolder() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && xdg[0] == '/') return fs::path(xdg) / "deskbench";
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] == '/') return fs::path(home) / ".cache" / "deskbench";
  return {};
}

// Everything the compiled bytes depend on. A database built for another CPU (a cache folder
// shared over the network) would load but refuse to scan, so the host's features are part of it.
// So is the file format: two deskbench versions on one machine must not keep replacing each
// other's file under one name (each run then compiled every database again).
std::string CacheKey(const PatternSet& set) {
  hs_platform_info_t platform{};
  hs_populate_platform(&platform);
  Sha256Stream key;
  key.Update(kMagic);
  key.Update(kWidthsMagic);
  key.Update(hs_version());
  key.Update(std::string_view("\0", 1));
  key.Update(std::to_string(platform.tune) + "/" + std::to_string(platform.cpu_features));
  for (size_t i = 0; i < set.patterns.size(); ++i) {
    key.Update(std::string_view("\0", 1));
    key.Update(std::to_string(set.flags[i]));
    key.Update(std::string_view("\0", 1));
    key.Update(set.patterns[i]);
  }
  return key.FinishHex();
}

// The file: magic, then the serialised database. Vectorscan checks what it loads: magic, version,
// this CPU's platform, the length, and a CRC32C of the bytecode; a damaged file fails that and is
// compiled again. (A SHA-256 of the whole file here used to cost more than the rest of loading.)
Database Load(const fs::path& path) {
  const std::optional<MappedFile> file = MappedFile::Open(path, kMaxCachedBytes);
  if (!file || !file->bytes().starts_with(kMagic)) return nullptr;
  const std::string_view blob = file->bytes().substr(kMagic.size());
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(blob.data(), blob.size(), &db) != HS_SUCCESS) return nullptr;
  return Database(db);
}

// False when the cache could not be written.
bool Store(const fs::path& path, const hs_database_t* db) {
  char* raw = nullptr;
  size_t size = 0;
  if (hs_serialize_database(db, &raw, &size) != HS_SUCCESS) return false;
  std::string_view blob(raw, size);
  std::string bytes;
  bytes.reserve(kMagic.size() + size);
  bytes += kMagic;
  bytes += blob;
  std::free(raw);  // vectorscan allocates with the default allocator (malloc)
  try {
    WriteFileAtomic(path, bytes);
    return true;
  } catch (const std::exception&) {
    // A read-only home or a full disk only costs the next run a compile.
    return false;
  }
}

void MarkUsed(const fs::path& path) {
  std::error_code ec;
  const fs::file_time_type used = fs::last_write_time(path, ec);
  if (ec) return;
  const fs::file_time_type now = fs::file_time_type::clock::now();
  if (now - used > kMarkUseAfter) fs::last_write_time(path, now, ec);
}

// After a file was added: removes the least recently used of the cache's files (but `added`)
// until they fit kMaxCacheBytes. Other files in the folder, and other runs' writes in progress,
// are left alone; a file another run still maps stays readable until it lets it go.
void Prune(const fs::path& folder, const fs::path& added) {
  struct Cached {
    fs::path path;
    uint64_t size;
    fs::file_time_type used;
  };
  std::vector<Cached> files;
  uint64_t total = 0;
  // Stepped with error codes: housekeeping that fails (a folder another run is pruning too) only
  // leaves the cache larger, it never fails the run.
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    const std::string name = e.path().filename().string();
    if (!name.starts_with(kCachePrefix) || name.find(".deskbench-tmp-") != std::string::npos) {
      continue;
    }
    std::error_code fe;
    if (!e.is_regular_file(fe)) continue;
    const uint64_t size = e.file_size(fe);
    if (fe) continue;
    const fs::file_time_type used = e.last_write_time(fe);
    if (fe) continue;
    files.push_back({e.path(), size, used});
    total += size;
  }
  if (total <= kMaxCacheBytes) return;
  std::sort(files.begin(), files.end(),
            [](const Cached& a, const Cached& b) { return a.used < b.used; });
  for (const Cached& f : files) {
    if (total <= kMaxCacheBytes) break;
    if (f.path == added) continue;
    std::error_code re;
    if (fs::remove(f.path, re)) total -= f.size;
  }
}

std::vector<PatternWidth> MeasureWidths(const PatternSet& set) {
  std::vector<PatternWidth> widths;
  widths.reserve(set.patterns.size());
  for (size_t i = 0; i < set.patterns.size(); ++i) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    if (hs_expression_info(set.patterns[i].c_str(), set.flags[i], &info, &err) != HS_SUCCESS) {
      std::string what = err != nullptr && err->message != nullptr ? err->message : "unknown error";
      hs_free_compile_error(err);
      throw PatternError(static_cast<int>(i), what);
    }
    widths.push_back({info->min_width, info->max_width});
    std::free(info);  // allocated with the default allocator (malloc)
  }
  return widths;
}

// The file: magic, then "min max" per pattern, one a line.
std::vector<PatternWidth> LoadWidths(const fs::path& path, size_t count) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return {};
  std::string bytes;
  try {
    bytes = ReadFile(path, kMaxCachedBytes);
  } catch (const std::exception&) {
    return {};
  }
  if (!std::string_view(bytes).starts_with(kWidthsMagic)) return {};
  std::vector<PatternWidth> widths;
  const char* p = bytes.data() + kWidthsMagic.size();
  const char* end = bytes.data() + bytes.size();
  while (p < end && widths.size() <= count) {
    PatternWidth w;
    auto [after_min, ec1] = std::from_chars(p, end, w.min);
    if (ec1 != std::errc() || after_min == end || *after_min != ' ') return {};
    auto [after_max, ec2] = std::from_chars(after_min + 1, end, w.max);
    if (ec2 != std::errc() || after_max == end || *after_max != '\n') return {};
    widths.push_back(w);
    p = after_max + 1;
  }
  if (widths.size() != count || p != end) return {};
  return widths;
}

}  // namespace

Database CompileDatabase(const PatternSet& set) {
  if (set.patterns.empty()) return nullptr;
  std::vector<const char*> exprs;
  std::vector<unsigned> ids;
  exprs.reserve(set.patterns.size());
  for (const auto& p : set.patterns) {
    ids.push_back(static_cast<unsigned>(exprs.size()));
    exprs.push_back(p.c_str());
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), set.flags.data(), ids.data(),
                       static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db,
                       &err) != HS_SUCCESS) {
    std::string what = err != nullptr && err->message != nullptr ? err->message : "unknown error";
    int index = err != nullptr ? err->expression : -1;
    hs_free_compile_error(err);
    throw PatternError(index, what);
  }
  return Database(db);
}

Database CompileLiterals(const PatternSet& set) {
  if (set.patterns.empty()) return nullptr;
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> ids;
  exprs.reserve(set.patterns.size());
  for (const auto& p : set.patterns) {
    ids.push_back(static_cast<unsigned>(exprs.size()));
    exprs.push_back(p.data());
    lens.push_back(p.size());
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(exprs.data(), set.flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(exprs.size()), HS_MODE_BLOCK, nullptr, &db,
                           &err) != HS_SUCCESS) {
    std::string what = err != nullptr && err->message != nullptr ? err->message : "unknown error";
    int index = err != nullptr ? err->expression : -1;
    hs_free_compile_error(err);
    throw PatternError(index, what);
  }
  return Database(db);
}

std::vector<PatternWidth> LoadOrMeasureWidths(const PatternSet& set) {
  if (set.patterns.empty()) return {};
  const fs::path folder = CacheFolder();
  if (folder.empty()) return MeasureWidths(set);
  const fs::path path = folder / (std::string(kCachePrefix) + "widths-" + CacheKey(set) + ".txt");
  std::vector<PatternWidth> widths = LoadWidths(path, set.patterns.size());
  if (!widths.empty()) {
    MarkUsed(path);
    return widths;
  }
  widths = MeasureWidths(set);
  std::string text(kWidthsMagic);
  for (const PatternWidth& w : widths) {
    text += std::to_string(w.min) + " " + std::to_string(w.max) + "\n";
  }
  try {
    WriteFileAtomic(path, text);
    Prune(folder, path);
  } catch (const std::exception&) {
    // As for databases: a cache that cannot be written only costs the next run the analysis.
  }
  return widths;
}

Database LoadOrCompileDatabase(const PatternSet& set) {
  if (set.patterns.empty()) return nullptr;
  const fs::path folder = CacheFolder();
  if (folder.empty()) return CompileDatabase(set);
  const fs::path path = folder / (std::string(kCachePrefix) + CacheKey(set) + ".db");
  if (Database db = Load(path)) {
    MarkUsed(path);
    return db;
  }
  Database db = CompileDatabase(set);
  if (Store(path, db.get())) Prune(folder, path);
  return db;
}

}  // namespace deskbench
