#pragma once
// Writes a new zip archive in memory. Entries copied from a ZipReader keep their compressed bytes
// (no inflate and deflate again); new entries are deflated with libdeflate, or stored when that
// would not make them smaller. Zip64 fields are written only when an archive needs them (sizes or
// offsets from 4 GiB, more than 65,535 entries), so small archives stay readable by every tool, and
// entries have no extra field otherwise (an OpenDocument mimetype is read at offset 38).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "formats/ooxml/deflate_stream.h"
#include "formats/ooxml/zip_reader.h"

namespace deskbench::ooxml {

// The modification time written for every entry of a scrubbed package: 2 January 1980 (DOS times
// start in 1980; a day later so that no time zone takes it below). When the original was saved is
// metadata too.
inline constexpr uint32_t kNeutralZipTime = 315619200;

// libdeflate level of new entries. Level 4 deflates changed parts 1.8-1.9x faster than level 6
// for parts 6-9 % larger (measured on the benchmark's typical letters and staff lists and on 8 MiB
// parts; bench/RESULTS.md, Office documents): deflating was a fifth of a typical document's
// scrub. Level 3 and below grow parts by 9-50 %.
inline constexpr int kDeflateLevel = 4;

class ZipWriter {
 public:
  enum class Zip64 { kWhenNeeded, kAlways };  // kAlways: for tests of the zip64 fields
  // level: libdeflate's 1-12 (benchmarks write their inputs at 6, as Office does about).
  explicit ZipWriter(Zip64 zip64 = Zip64::kWhenNeeded, int level = kDeflateLevel)
      : zip64_(zip64), level_(level) {}
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  // Entries are written in the order they are added. Throws Refusal when a stored entry's bytes
  // do not match its checksum (a corrupt input).
  void Copy(const ZipReader& from, const ZipEntry& entry, uint32_t mtime);
  // stored: written uncompressed (an OpenDocument mimetype must be).
  void Add(std::string_view name, std::string_view content, uint32_t mtime, bool stored = false);
  // An entry deflated elsewhere (DeflateStream), in pieces: every piece but the last ends with a
  // sync flush, the last with the final block. Their bytes are written one after the other.
  void AddDeflated(std::string_view name, std::span<const DeflatedPiece> pieces, uint32_t mtime);
  // The archive bytes; the writer cannot be used afterwards.
  std::string Finish();
  // Room for an archive of about this size, so that the bytes are not copied (and held twice
  // over) as they grow.
  void Reserve(uint64_t bytes) { out_.reserve(bytes); }

 private:
  struct Written {
    std::string name;
    uint16_t method = 0;
    uint16_t dos_time = 0;
    uint16_t dos_date = 0;
    uint32_t crc = 0;
    uint64_t compressed = 0;
    uint64_t size = 0;
    uint64_t offset = 0;  // of the local header
  };
  void Put(Written w, std::string_view data) { Put(std::move(w), std::span(&data, 1)); }
  void Put(Written w, std::span<const std::string_view> data);

  Zip64 zip64_;
  int level_;
  std::string out_;
  std::vector<Written> entries_;
};

}  // namespace deskbench::ooxml
