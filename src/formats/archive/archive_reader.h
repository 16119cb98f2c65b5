#pragma once
// Reads a zip, tar (plain, gzip, bzip2, xz, zstd) or 7z archive with libarchive under the limits,
// checking every entry before its bytes are trusted, and adds each file's bytes to Members.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/members.h"

namespace deskbench::archive {

struct ArchiveEntry {
  std::string path;  // UTF-8 where the archive says so, else its bytes
  bool folder = false;
  unsigned perm = 0644;
  int64_t mtime = 0;
  bool has_mtime = false;
  size_t member = 0;  // for files: the index in Members
};

struct ArchiveContents {
  int format = 0;            // libarchive's ARCHIVE_FORMAT_* code
  std::vector<int> filters;  // ARCHIVE_FILTER_* codes, the one nearest the format first
  std::vector<ArchiveEntry> entries;
  std::vector<Note> notes;  // links dropped, owner names removed
};

// Throws Refusal (naming the archive and the member) for: a format other than zip, tar and 7z;
// corrupt data; encrypted entries; absolute paths or ".." components; links leading out of the
// archive; device files, FIFOs and sockets; more than limits.max_archive_entries entries; a
// member over limits.max_member_bytes; inflating beyond `budget` bytes or beyond
// limits.max_archive_ratio times the archive's size. Links that stay inside are dropped and
// noted: the files they point to are scrubbed where they are stored.
ArchiveContents ReadArchive(const std::filesystem::path& name, const std::string& bytes,
                            const Limits& limits, std::atomic<uint64_t>& budget, Members& members);

}  // namespace deskbench::archive
