#pragma once
// Writes an archive in the format and compression it was read in (libarchive), entry by entry.

#include <cstdint>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/sink.h"
#include "formats/archive/utf8_locale.h"

struct archive;
struct archive_entry;

namespace deskbench::archive {

class ArchiveWriter {
 public:
  // format and filters as ReadArchive found them. Throws Refusal when libarchive cannot write
  // that format.
  ArchiveWriter(const std::filesystem::path& name, int format, const std::vector<int>& filters,
                Sink& out);
  ~ArchiveWriter();
  ArchiveWriter(const ArchiveWriter&) = delete;
  ArchiveWriter& operator=(const ArchiveWriter&) = delete;

  void Folder(const std::string& path, unsigned perm, int64_t mtime, bool has_mtime);
  void File(const std::string& path, unsigned perm, int64_t mtime, bool has_mtime,
            std::string_view data);
  // Writes the archive's end (central directory, end blocks, compressed trailer).
  void Finish();

 private:
  static long WriteCallback(struct archive*, void* self, const void* buf, size_t n);
  void Check(int result, const std::string& what);
  void SetPath(struct archive_entry* entry, const std::string& path);

  Utf8Locale locale_;  // first in, last out: active while libarchive holds the archive
  std::filesystem::path name_;
  Sink& out_;
  struct archive* a_ = nullptr;
  std::exception_ptr sink_error_;
};

}  // namespace deskbench::archive
