#pragma once
// Writes a new zip archive in memory: entries copied from a ZipReader keep their compressed bytes
// (no inflate and deflate again), new entries are deflated.

#include <string>
#include <string_view>

#include "formats/ooxml/zip_reader.h"

namespace deskbench::ooxml {

// The modification time written for every entry of a scrubbed package: 2 January 1980 (DOS times
// start in 1980; a day later so that no time zone takes it below). When the original was saved is
// metadata too.
inline constexpr uint32_t kNeutralZipTime = 315619200;

class ZipWriter {
 public:
  ZipWriter();
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Entries are written in the order they are added.
  void Copy(const ZipReader& from, const ZipEntry& entry, uint32_t mtime);
  // stored: written uncompressed (an OpenDocument mimetype must be).
  void Add(std::string_view name, std::string content, uint32_t mtime, bool stored = false);
  // The archive bytes; the writer cannot be used afterwards.
  std::string Finish();

 private:
  zip_source* buffer_ = nullptr;
  zip* archive_ = nullptr;
};

}  // namespace deskbench::ooxml
