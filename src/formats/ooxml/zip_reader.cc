#include "formats/ooxml/zip_reader.h"

#include <libdeflate.h>
#include <zip.h>

#include <memory>
#include <set>

#include "core/error.h"

namespace deskbench::ooxml {
namespace {

constexpr uint64_t kRatioFloor = 1u << 20;  // small entries may compress very well legitimately
constexpr uint16_t kStored = 0;
constexpr uint16_t kDeflated = 8;

struct FreeDecompressor {
  void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

libdeflate_decompressor* Decompressor() {
  thread_local std::unique_ptr<libdeflate_decompressor, FreeDecompressor> decompressor(
      libdeflate_alloc_decompressor());
  if (!decompressor) throw std::bad_alloc();
  return decompressor.get();
}

uint32_t Crc32(std::string_view bytes) {
  return libdeflate_crc32(0, bytes.data(), bytes.size());
}

}  // namespace

bool IsSafeEntryName(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos ||
      name.find('\0') != std::string_view::npos || name.find(':') != std::string_view::npos) {
    return false;
  }
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view component = name.substr(start, end - start);
    if (component == ".." || component == ".") return false;
    start = end + 1;
  }
  return true;
}

ZipReader::ZipReader(std::string bytes, const std::filesystem::path& file, const Limits& limits)
    : file_(file), bytes_(std::move(bytes)) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
  if (source == nullptr) throw Refusal(file_, "cannot read the zip container");
  archive_.reset(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  if (archive_ == nullptr) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw Refusal(file_, "corrupt or truncated zip container (" + why + ")");
  }
  zip_error_fini(&error);
  zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
  if (count < 0 || static_cast<uint64_t>(count) > limits.max_zip_entries) {
    throw Refusal(file_, "zip container has more than " + std::to_string(limits.max_zip_entries) +
                             " entries");
  }
  int comment_length = 0;
  has_comment_ =
      zip_get_archive_comment(archive_.get(), &comment_length, ZIP_FL_ENC_RAW) != nullptr &&
      comment_length > 0;
  std::set<std::string, std::less<>> seen;
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW, &st) != 0 ||
        st.name == nullptr) {
      throw Refusal(file_, "corrupt zip entry " + std::to_string(i));
    }
    ZipEntry e;
    e.name = st.name;
    e.index = static_cast<uint64_t>(i);
    e.size = st.size;
    e.compressed_size = st.comp_size;
    e.mtime = static_cast<uint32_t>(st.mtime);
    e.crc = st.crc;
    e.method = static_cast<uint16_t>(st.comp_method);
    if (!IsSafeEntryName(e.name)) {
      throw Refusal(file_, "zip entry name escapes the package: \"" + e.name + "\"");
    }
    if (!seen.insert(e.name).second) {
      throw Refusal(file_, "zip container has two entries named \"" + e.name + "\"");
    }
    if (st.encryption_method != ZIP_EM_NONE) {
      throw Refusal(file_, "zip entry \"" + e.name + "\" is encrypted");
    }
    total += e.size;
    if (e.size > limits.max_inflated_bytes || total > limits.max_inflated_bytes) {
      throw Refusal(file_, "zip container inflates to more than " +
                               std::to_string(limits.max_inflated_bytes) + " bytes");
    }
    if (e.size > kRatioFloor &&
        e.size / std::max<uint64_t>(e.compressed_size, 1) > limits.max_entry_ratio) {
      throw Refusal(file_, "zip entry \"" + e.name + "\" inflates more than " +
                               std::to_string(limits.max_entry_ratio) +
                               " times its size (zip bomb?)");
    }
    entries_.push_back(std::move(e));
  }
}

ZipReader::~ZipReader() = default;

void ZipReader::Discard::operator()(zip* archive) const {
  zip_discard(archive);
}

const ZipEntry* ZipReader::Find(std::string_view name) const {
  for (const ZipEntry& e : entries_) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool ZipReader::Holds(const ZipEntry& entry, std::string_view content) const {
  return content.size() == entry.size && Crc32(content) == entry.crc && Read(entry) == content;
}

std::string ZipReader::ReadRaw(const ZipEntry& entry) const {
  // libzip checks that entries lie inside the archive; the buffer is sized from the header, so
  // this is checked here too before allocating.
  if (entry.compressed_size > bytes_.size()) {
    throw Refusal(file_, "zip entry \"" + entry.name + "\" is larger than the archive");
  }
  zip_file_t* f = zip_fopen_index(archive_.get(), entry.index, ZIP_FL_COMPRESSED);
  if (f == nullptr) throw Refusal(file_, "cannot open zip entry \"" + entry.name + "\"");
  std::string out;
  out.resize(static_cast<size_t>(entry.compressed_size));
  char extra = 0;
  zip_int64_t got = out.empty() ? 0 : zip_fread(f, out.data(), out.size());
  zip_int64_t more = got >= 0 ? zip_fread(f, &extra, 1) : -1;
  zip_fclose(f);
  if (got < 0 || more != 0 || static_cast<uint64_t>(got) != entry.compressed_size ||
      (entry.method == kStored && (entry.size != out.size() || Crc32(out) != entry.crc))) {
    throw Refusal(file_, "zip entry \"" + entry.name + "\" is corrupt (bad size or checksum)");
  }
  return out;
}

void ZipReader::Stream(const ZipEntry& entry,
                       const std::function<void(std::string_view)>& consume) const {
  if (entry.compressed_size > bytes_.size()) {
    throw Refusal(file_, "zip entry \"" + entry.name + "\" is larger than the archive");
  }
  auto corrupt = [&] {
    return Refusal(file_, "zip entry \"" + entry.name + "\" is corrupt (bad size or checksum)");
  };
  struct Close {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
  };
  std::unique_ptr<zip_file_t, Close> f(zip_fopen_index(archive_.get(), entry.index, 0));
  if (f == nullptr) throw Refusal(file_, "cannot open zip entry \"" + entry.name + "\"");
  std::string chunk(kStreamChunkBytes, '\0');
  uint64_t total = 0;
  uint32_t crc = 0;
  for (;;) {
    zip_int64_t got = zip_fread(f.get(), chunk.data(), chunk.size());
    if (got < 0) throw corrupt();  // libzip's own checks (inflate errors, its CRC) fail here too
    if (got == 0) break;
    total += static_cast<uint64_t>(got);
    if (total > entry.size) throw corrupt();
    std::string_view piece(chunk.data(), static_cast<size_t>(got));
    crc = libdeflate_crc32(crc, piece.data(), piece.size());
    consume(piece);
  }
  if (total != entry.size || crc != entry.crc) throw corrupt();
}

std::string ZipReader::Read(const ZipEntry& entry) const {
  if (entry.method == kStored) return ReadRaw(entry);
  if (entry.method == kDeflated) {
    std::string raw = ReadRaw(entry);
    std::string out(static_cast<size_t>(entry.size), '\0');
    // With no room for more, data that inflates to any other size than declared fails.
    libdeflate_result r = libdeflate_deflate_decompress(Decompressor(), raw.data(), raw.size(),
                                                        out.data(), out.size(), nullptr);
    if (r != LIBDEFLATE_SUCCESS || Crc32(out) != entry.crc) {
      throw Refusal(file_, "zip entry \"" + entry.name + "\" is corrupt (bad size or checksum)");
    }
    return out;
  }
  zip_file_t* f = zip_fopen_index(archive_.get(), entry.index, 0);
  if (f == nullptr) throw Refusal(file_, "cannot open zip entry \"" + entry.name + "\"");
  std::string out;
  out.resize(static_cast<size_t>(entry.size));
  // Read one byte more than declared: an entry that inflates beyond its header is refused.
  std::string extra(1, '\0');
  zip_int64_t got = zip_fread(f, out.data(), entry.size);
  zip_int64_t more = got >= 0 ? zip_fread(f, extra.data(), 1) : -1;
  zip_fclose(f);
  if (got < 0 || more != 0 || static_cast<uint64_t>(got) != entry.size) {
    throw Refusal(file_, "zip entry \"" + entry.name + "\" is corrupt (bad size or checksum)");
  }
  return out;
}

}  // namespace deskbench::ooxml
