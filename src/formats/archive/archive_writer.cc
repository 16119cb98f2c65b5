#include "formats/archive/archive_writer.h"

#include <archive.h>
#include <archive_entry.h>

#include "core/error.h"

namespace deskbench::archive {
namespace {

struct EntryHandle {
  archive_entry* e = archive_entry_new();
  ~EntryHandle() { archive_entry_free(e); }
};

}  // namespace

void ArchiveWriter::SetPath(archive_entry* entry, const std::string& path) {
  archive_entry_set_pathname_utf8(entry, path.c_str());
  // Without a UTF-8 locale libarchive cannot convert the name; refuse rather than crash in it.
  if (archive_entry_pathname(entry) == nullptr) {
    throw Refusal(name_, "cannot write the member name \"" + path + "\" (no UTF-8 locale)");
  }
}

ArchiveWriter::ArchiveWriter(const std::filesystem::path& name, int format,
                             const std::vector<int>& filters, Sink& out)
    : name_(name), out_(out), a_(archive_write_new()) {
  if (a_ == nullptr) throw Refusal(name_, "out of memory");
  int base = format & ARCHIVE_FORMAT_BASE_MASK;
  int r = ARCHIVE_FATAL;
  if (base == ARCHIVE_FORMAT_ZIP) {
    r = archive_write_set_format_zip(a_);
  } else if (base == ARCHIVE_FORMAT_RAW) {
    r = archive_write_set_format_raw(a_);
  } else if (base == ARCHIVE_FORMAT_7ZIP) {
    r = archive_write_set_format_7zip(a_);
  } else if (format == ARCHIVE_FORMAT_TAR_GNUTAR) {
    r = archive_write_set_format_gnutar(a_);
  } else if (format == ARCHIVE_FORMAT_TAR_USTAR) {
    r = archive_write_set_format_ustar(a_);
  } else if (base == ARCHIVE_FORMAT_TAR) {
    r = archive_write_set_format_pax_restricted(a_);
  }
  if (r != ARCHIVE_OK) {
    archive_write_free(a_);
    a_ = nullptr;
    throw Refusal(name_, "cannot write this archive format back");
  }
  for (int filter : filters) Check(archive_write_add_filter(a_, filter), "compression");
  // Names go out as UTF-8 (zip sets its UTF-8 flag, pax its hdrcharset); modules that do not know
  // the option ignore it.
  archive_write_set_options(a_, "hdrcharset=UTF-8");
  // Only an uncompressed tar is padded to whole 10 KiB blocks, as tar(1) writes it; zip, 7z and
  // compressed tars end where their data ends.
  if (!filters.empty() || base != ARCHIVE_FORMAT_TAR) archive_write_set_bytes_in_last_block(a_, 1);
  Check(archive_write_open(a_, this, nullptr, &ArchiveWriter::WriteCallback, nullptr), "open");
}

ArchiveWriter::~ArchiveWriter() {
  if (a_ != nullptr) archive_write_free(a_);
}

long ArchiveWriter::WriteCallback(struct archive*, void* self, const void* buf, size_t n) {
  auto* w = static_cast<ArchiveWriter*>(self);
  try {
    w->out_.Write(std::string_view(static_cast<const char*>(buf), n));
  } catch (...) {
    w->sink_error_ = std::current_exception();
    return -1;
  }
  return static_cast<long>(n);
}

void ArchiveWriter::Check(int result, const std::string& what) {
  if (sink_error_) std::rethrow_exception(sink_error_);
  if (result < ARCHIVE_WARN) {
    const char* why = archive_error_string(a_);
    throw Refusal(name_, "writing the archive failed (" + what + "): " + (why ? why : "unknown"));
  }
}

void ArchiveWriter::Folder(const std::string& path, unsigned perm, int64_t mtime, bool has_mtime) {
  EntryHandle entry;
  SetPath(entry.e, path);
  archive_entry_set_filetype(entry.e, AE_IFDIR);
  archive_entry_set_perm(entry.e, perm & 0777);
  if (has_mtime) archive_entry_set_mtime(entry.e, mtime, 0);
  Check(archive_write_header(a_, entry.e), path);
}

void ArchiveWriter::File(const std::string& path, unsigned perm, int64_t mtime, bool has_mtime,
                         std::string_view data) {
  EntryHandle entry;
  SetPath(entry.e, path);
  archive_entry_set_filetype(entry.e, AE_IFREG);
  archive_entry_set_perm(entry.e, perm & 0777);
  archive_entry_set_size(entry.e, static_cast<la_int64_t>(data.size()));
  if (has_mtime) archive_entry_set_mtime(entry.e, mtime, 0);
  Check(archive_write_header(a_, entry.e), path);
  size_t done = 0;
  while (done < data.size()) {
    la_ssize_t wrote = archive_write_data(a_, data.data() + done, data.size() - done);
    Check(wrote < 0 ? ARCHIVE_FATAL : ARCHIVE_OK, path);
    if (wrote == 0) throw Refusal(name_, "writing the archive failed: " + path);
    done += static_cast<size_t>(wrote);
  }
}

void ArchiveWriter::Finish() {
  Check(archive_write_close(a_), "finish");
}

}  // namespace deskbench::archive
