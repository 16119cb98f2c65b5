#include "formats/ooxml/zip_writer.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace deskbench::ooxml {
namespace {

[[noreturn]] void Fail(zip* archive, const char* what) {
  std::string why = archive != nullptr ? zip_strerror(archive) : "";
  throw std::runtime_error(std::string("zip writer: ") + what + ": " + why);
}

}  // namespace

ZipWriter::ZipWriter() {
  zip_error_t error;
  zip_error_init(&error);
  buffer_ = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer_ == nullptr) Fail(nullptr, "out of memory");
  zip_source_keep(buffer_);  // read back after zip_close
  archive_ = zip_open_from_source(buffer_, ZIP_TRUNCATE, &error);
  zip_error_fini(&error);
  if (archive_ == nullptr) {
    zip_source_free(buffer_);
    Fail(nullptr, "cannot create archive");
  }
}

ZipWriter::~ZipWriter() {
  if (archive_ != nullptr) zip_discard(archive_);
  if (buffer_ != nullptr) zip_source_free(buffer_);
}

void ZipWriter::Copy(const ZipReader& from, const ZipEntry& entry, uint32_t mtime) {
  // start 0 and length -1: libzip copies the stored (compressed) bytes as they are.
  zip_source_t* src = zip_source_zip(archive_, from.handle(), entry.index, 0, 0, -1);
  if (src == nullptr) Fail(archive_, "cannot copy entry");
  zip_int64_t index = zip_file_add(archive_, entry.name.c_str(), src, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(src);
    Fail(archive_, "cannot add entry");
  }
  zip_file_set_mtime(archive_, static_cast<zip_uint64_t>(index), mtime, 0);
}

void ZipWriter::Add(std::string_view name, std::string content, uint32_t mtime, bool stored) {
  // libzip reads the data at zip_close, so it owns a copy that it frees itself.
  void* data = content.empty() ? nullptr : malloc(content.size());
  if (!content.empty() && data == nullptr) throw std::bad_alloc();
  if (data != nullptr) memcpy(data, content.data(), content.size());
  zip_source_t* src = zip_source_buffer(archive_, data, content.size(), 1);
  if (src == nullptr) {
    free(data);
    Fail(archive_, "cannot buffer entry");
  }
  std::string n(name);
  zip_int64_t index = zip_file_add(archive_, n.c_str(), src, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(src);
    Fail(archive_, "cannot add entry");
  }
  zip_set_file_compression(archive_, static_cast<zip_uint64_t>(index),
                           stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, stored ? 0 : 6);
  zip_file_set_mtime(archive_, static_cast<zip_uint64_t>(index), mtime, 0);
}

std::string ZipWriter::Finish() {
  if (zip_close(archive_) != 0) Fail(archive_, "cannot finish archive");
  archive_ = nullptr;
  std::string out;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(buffer_, &st) != 0 || zip_source_open(buffer_) != 0) {
    Fail(nullptr, "cannot read archive back");
  }
  out.resize(static_cast<size_t>(st.size));
  zip_int64_t got = out.empty() ? 0 : zip_source_read(buffer_, out.data(), out.size());
  zip_source_close(buffer_);
  if (got < 0 || static_cast<uint64_t>(got) != out.size()) Fail(nullptr, "short read");
  return out;
}

}  // namespace deskbench::ooxml
