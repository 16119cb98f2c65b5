#include "formats/ooxml/zip_writer.h"

#include <libdeflate.h>

#include <ctime>
#include <memory>
#include <stdexcept>

namespace deskbench::ooxml {
namespace {

constexpr uint16_t kStore = 0;
constexpr uint16_t kDeflate = 8;
constexpr uint16_t kUtf8Name = 1u << 11;  // general purpose flag: the name is UTF-8
constexpr uint64_t kMax32 = 0xFFFFFFFFu;
constexpr uint64_t kMax16 = 0xFFFFu;

void Put16(std::string& out, uint64_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
void Put32(std::string& out, uint64_t v) {
  Put16(out, v & 0xFFFF);
  Put16(out, (v >> 16) & 0xFFFF);
}
void Put64(std::string& out, uint64_t v) {
  Put32(out, v & kMax32);
  Put32(out, v >> 32);
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// DOS date and time of a Unix time, in UTC so that the same input writes the same bytes anywhere.
void DosTime(uint32_t unix_time, uint16_t& time, uint16_t& date) {
  std::time_t t = unix_time;
  std::tm tm{};
  gmtime_r(&t, &tm);
  if (tm.tm_year < 80) {  // DOS times start in 1980
    tm = std::tm{};
    tm.tm_mday = 1;
    tm.tm_year = 80;
  }
  time = static_cast<uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  date = static_cast<uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

struct FreeCompressor {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// One compressor per thread and level (its tables are a few hundred kilobytes; allocating them
// for every entry was measurable on small documents).
libdeflate_compressor* Compressor(int level) {
  constexpr int kMaxLevel = 12;
  if (level < 1 || level > kMaxLevel) throw std::invalid_argument("deflate level out of range");
  thread_local std::unique_ptr<libdeflate_compressor, FreeCompressor> compressors[kMaxLevel + 1];
  auto& compressor = compressors[level];
  if (!compressor) compressor.reset(libdeflate_alloc_compressor(level));
  if (!compressor) throw std::bad_alloc();
  return compressor.get();
}

}  // namespace

void ZipWriter::Put(Written w, std::span<const std::string_view> data) {
  w.offset = out_.size();
  bool big = zip64_ == Zip64::kAlways || w.size >= kMax32 || w.compressed >= kMax32;
  uint16_t flags = IsAscii(w.name) ? 0 : kUtf8Name;
  Put32(out_, 0x04034b50);
  Put16(out_, big ? 45 : 20);  // version needed: 4.5 for zip64, 2.0 for deflate
  Put16(out_, flags);
  Put16(out_, w.method);
  Put16(out_, w.dos_time);
  Put16(out_, w.dos_date);
  Put32(out_, w.crc);
  Put32(out_, big ? kMax32 : w.compressed);
  Put32(out_, big ? kMax32 : w.size);
  Put16(out_, w.name.size());
  Put16(out_, big ? 20 : 0);
  out_ += w.name;
  if (big) {
    Put16(out_, 0x0001);  // zip64 extended information: both sizes
    Put16(out_, 16);
    Put64(out_, w.size);
    Put64(out_, w.compressed);
  }
  for (std::string_view d : data) out_.append(d);
  entries_.push_back(std::move(w));
}

void ZipWriter::Copy(const ZipReader& from, const ZipEntry& entry, uint32_t mtime) {
  Written w;
  w.name = entry.name;
  w.method = entry.method;
  DosTime(mtime, w.dos_time, w.dos_date);
  w.crc = entry.crc;
  w.size = entry.size;
  std::string raw = from.ReadRaw(entry);  // checks a stored entry's checksum
  w.compressed = raw.size();
  Put(std::move(w), raw);
}

void ZipWriter::Add(std::string_view name, std::string_view content, uint32_t mtime, bool stored) {
  Written w;
  w.name = std::string(name);
  DosTime(mtime, w.dos_time, w.dos_date);
  w.crc = libdeflate_crc32(0, content.data(), content.size());
  w.size = content.size();
  if (!stored && !content.empty()) {
    libdeflate_compressor* c = Compressor(level_);
    std::string deflated(libdeflate_deflate_compress_bound(c, content.size()), '\0');
    size_t n = libdeflate_deflate_compress(c, content.data(), content.size(), deflated.data(),
                                           deflated.size());
    if (n > 0 && n < content.size()) {
      deflated.resize(n);
      w.method = kDeflate;
      w.compressed = n;
      Put(std::move(w), deflated);
      return;
    }
  }
  w.method = kStore;
  w.compressed = content.size();
  Put(std::move(w), content);
}

void ZipWriter::AddDeflated(std::string_view name, std::span<const DeflatedPiece> pieces,
                            uint32_t mtime) {
  Written w;
  w.name = std::string(name);
  DosTime(mtime, w.dos_time, w.dos_date);
  DeflatedPiece sum = JoinedChecksum(pieces);
  w.crc = sum.crc;
  w.size = sum.size;
  w.method = kDeflate;
  std::vector<std::string_view> data;
  for (const DeflatedPiece& p : pieces) {
    data.push_back(p.bytes);
    w.compressed += p.bytes.size();
  }
  Put(std::move(w), data);
}

std::string ZipWriter::Finish() {
  uint64_t directory = out_.size();
  for (const Written& w : entries_) {
    bool size64 = zip64_ == Zip64::kAlways || w.size >= kMax32 || w.compressed >= kMax32;
    bool offset64 = zip64_ == Zip64::kAlways || w.offset >= kMax32;
    uint16_t extra = (size64 ? 16 : 0) + (offset64 ? 8 : 0);
    Put32(out_, 0x02014b50);
    Put16(out_, 45);  // made by: MS-DOS (no Unix permissions), version 4.5
    Put16(out_, size64 || offset64 ? 45 : 20);
    Put16(out_, IsAscii(w.name) ? 0 : kUtf8Name);
    Put16(out_, w.method);
    Put16(out_, w.dos_time);
    Put16(out_, w.dos_date);
    Put32(out_, w.crc);
    Put32(out_, size64 ? kMax32 : w.compressed);
    Put32(out_, size64 ? kMax32 : w.size);
    Put16(out_, w.name.size());
    Put16(out_, extra > 0 ? extra + 4 : 0);
    Put16(out_, 0);  // comment length
    Put16(out_, 0);  // disk number
    Put16(out_, 0);  // internal attributes
    Put32(out_, 0);  // external attributes
    Put32(out_, offset64 ? kMax32 : w.offset);
    out_ += w.name;
    if (extra > 0) {
      Put16(out_, 0x0001);
      Put16(out_, extra);
      if (size64) {
        Put64(out_, w.size);
        Put64(out_, w.compressed);
      }
      if (offset64) Put64(out_, w.offset);
    }
  }
  uint64_t directory_size = out_.size() - directory;
  uint64_t count = entries_.size();
  if (zip64_ == Zip64::kAlways || count >= kMax16 || directory >= kMax32 ||
      directory_size >= kMax32) {
    uint64_t record = out_.size();
    Put32(out_, 0x06064b50);  // zip64 end of central directory record
    Put64(out_, 44);
    Put16(out_, 45);
    Put16(out_, 45);
    Put32(out_, 0);
    Put32(out_, 0);
    Put64(out_, count);
    Put64(out_, count);
    Put64(out_, directory_size);
    Put64(out_, directory);
    Put32(out_, 0x07064b50);  // its locator
    Put32(out_, 0);
    Put64(out_, record);
    Put32(out_, 1);
  }
  Put32(out_, 0x06054b50);
  Put16(out_, 0);
  Put16(out_, 0);
  Put16(out_, std::min(count, kMax16));
  Put16(out_, std::min(count, kMax16));
  Put32(out_, std::min(directory_size, kMax32));
  Put32(out_, std::min(directory, kMax32));
  Put16(out_, 0);  // no archive comment
  entries_.clear();
  return std::move(out_);
}

}  // namespace deskbench::ooxml
