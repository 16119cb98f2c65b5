#include "formats/archive/archive_reader.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

#include "core/error.h"
#include "core/utf8.h"
#include "formats/archive/member_path.h"
#include "formats/archive/utf8_locale.h"
#include "formats/sniff.h"

namespace deskbench::archive {
namespace {

using ReadHandle = std::unique_ptr<struct archive, decltype(&archive_read_free)>;

std::string Quoted(const std::string& path) {
  return "member \"" + path + "\"";
}

std::string EntryPath(archive_entry* entry) {
  const char* utf8 = archive_entry_pathname_utf8(entry);
  if (utf8 != nullptr) return utf8;
  // No charset known: the bytes as they are when they are UTF-8, else read as Latin-1, so that
  // names are always UTF-8 (scanned, and written back with the UTF-8 flag).
  const char* raw = archive_entry_pathname(entry);
  std::string path = raw != nullptr ? raw : "";
  return utf8::IsValid(path) ? path : utf8::FromLatin1(path);
}

// Folder entries end with '/' in most archives; the name without it is what links point at.
std::string Trimmed(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// A reader over bytes for zip, tar and 7z, or (raw) for the one file a compressed file holds.
ReadHandle OpenReader(const std::string& bytes, bool raw) {
  ReadHandle a(archive_read_new(), archive_read_free);
  if (!a) return a;
  if (raw) {
    archive_read_support_format_raw(a.get());
  } else {
    archive_read_support_format_zip_seekable(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    archive_read_support_format_7zip(a.get());
    // Tar names carry no charset; read them as UTF-8, as today's tools write them.
    archive_read_set_format_option(a.get(), "tar", "hdrcharset", "UTF-8");
  }
  archive_read_support_filter_gzip(a.get());
  archive_read_support_filter_bzip2(a.get());
  archive_read_support_filter_xz(a.get());
  archive_read_support_filter_zstd(a.get());
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
    throw Refusal("", archive_error_string(a.get()) ? archive_error_string(a.get()) : "unreadable");
  }
  return a;
}

bool IsCompression(const std::optional<std::string>& kind) {
  return kind && (*kind == "gzip archive" || *kind == "bzip2 archive" || *kind == "xz archive" ||
                  *kind == "zstd archive");
}

// True when compressed bytes hold a tar (or zip, 7z) rather than one plain file.
bool HoldsArchive(const std::string& bytes) {
  try {
    ReadHandle a = OpenReader(bytes, false);
    archive_entry* entry = nullptr;
    int r = archive_read_next_header(a.get(), &entry);
    return r == ARCHIVE_OK || r == ARCHIVE_WARN || r == ARCHIVE_EOF;
  } catch (const Refusal&) {
    return false;
  }
}

// A zip with no entries is only its end record (22 bytes, then its comment). libarchive's reader
// does not recognise it, yet its writer makes one when every member was dropped.
bool IsEmptyZip(const std::string& bytes) {
  if (bytes.size() < 22 || bytes.compare(0, 4, "PK\x05\x06") != 0) return false;
  auto u16 = [&](size_t at) {
    return static_cast<size_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<size_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
  };
  for (size_t at = 4; at < 20; ++at) {  // disk numbers, entry counts, directory size and offset
    if (bytes[at] != 0) return false;
  }
  return u16(20) == bytes.size() - 22;  // the comment runs to the end
}

// "report.csv.gz" holds "report.csv"; "notes.gz" holds "notes".
std::string InnerName(const std::filesystem::path& name) {
  std::string inner = name.filename().stem().string();
  return inner.empty() ? "data" : inner;
}

}  // namespace

ArchiveContents ReadArchive(const std::filesystem::path& name, const std::string& bytes,
                            const Limits& limits, std::atomic<uint64_t>& budget, Members& members) {
  if (IsEmptyZip(bytes)) {
    ArchiveContents empty;
    empty.format = ARCHIVE_FORMAT_ZIP;
    return empty;
  }
  Utf8Locale locale;  // names are converted while reading entries
  // What the bytes looked like, for errors before the first entry.
  auto looks = DetectUnsupportedKind(std::string_view(bytes).substr(0, 512));
  std::string kind =
      "not a readable zip, tar or 7z archive (" +
      (looks ? "the data looks like a " + *looks : std::string("unrecognised data")) + ")";
  // A compressed file that holds no archive is one file (report.csv.gz), scrubbed as such.
  const bool raw = IsCompression(looks) && !HoldsArchive(bytes);
  const std::string broken = raw ? "corrupt or truncated " + *looks : "";
  ReadHandle a(nullptr, archive_read_free);
  try {
    a = OpenReader(bytes, raw);
  } catch (const Refusal& e) {
    throw Refusal(name, kind + ": " + e.reason());
  }
  if (!a) throw Refusal(name, "out of memory");
  // Data the decompressor did not take would be read raw, as itself: a gzip inside a gzip...
  if (raw && archive_filter_count(a.get()) < 2) {
    throw Refusal(name, broken + ": the decompressor does not accept it");
  }
  ArchiveContents contents;
  uint64_t inflated = 0;
  const uint64_t ratio_cap =
      std::max<uint64_t>(1u << 20, uint64_t{limits.max_archive_ratio} * bytes.size());
  bool owners = false;
  size_t links = 0;
  std::vector<char> buf(64 << 10);
  while (true) {
    archive_entry* entry = nullptr;
    int r = archive_read_next_header(a.get(), &entry);
    if (r == ARCHIVE_EOF) break;
    if (r < ARCHIVE_WARN) {
      const char* why = archive_error_string(a.get());
      std::string what = raw                                      ? broken
                         : contents.entries.empty() && links == 0 ? kind
                                                                  : "corrupt archive";
      throw Refusal(name, what + ": " + (why ? why : "unreadable entry header"));
    }
    if (contents.entries.size() + links >= limits.max_archive_entries) {
      throw Refusal(name, "more than " + std::to_string(limits.max_archive_entries) +
                              " entries (limit max_archive_entries)");
    }
    std::string path = raw ? InnerName(name) : EntryPath(entry);
    if (std::string why = UnsafePathReason(path); !why.empty()) {
      throw Refusal(name, Quoted(path) + ": " + why);
    }
    if (archive_entry_is_encrypted(entry)) {
      throw Refusal(name, Quoted(path) + " is encrypted: decrypt the archive and try again");
    }
    const char* uname = archive_entry_uname(entry);
    const char* gname = archive_entry_gname(entry);
    owners = owners || (uname && *uname) || (gname && *gname);
    if (const char* hard = archive_entry_hardlink(entry)) {
      if (std::string why = UnsafePathReason(hard); !why.empty()) {
        throw Refusal(name, Quoted(path) + " is a hard link that leaves the archive (" + why + ")");
      }
      ++links;
      contents.notes.push_back(
          {path, "removed: hard link (the file it names is scrubbed on its own)"});
      continue;
    }
    mode_t type = archive_entry_filetype(entry);
    if (type == AE_IFLNK) {
      const char* target = archive_entry_symlink(entry);
      if (!ResolveLink(Trimmed(path), target ? target : "")) {
        throw Refusal(name, Quoted(path) + " is a symbolic link that leaves the archive (to \"" +
                                (target ? target : "") + "\")");
      }
      ++links;
      contents.notes.push_back(
          {path, "removed: symbolic link (the file it points to is scrubbed on its own)"});
      continue;
    }
    if (type == AE_IFCHR || type == AE_IFBLK || type == AE_IFIFO || type == AE_IFSOCK) {
      throw Refusal(name, Quoted(path) + " is a device file, FIFO or socket");
    }
    if (contents.format == 0) contents.format = archive_format(a.get());
    ArchiveEntry kept;
    kept.path = path;
    kept.perm = archive_entry_perm(entry) & 0777;
    kept.has_mtime = archive_entry_mtime_is_set(entry);
    kept.mtime = archive_entry_mtime(entry);
    if (type == AE_IFDIR) {
      kept.folder = true;
      contents.entries.push_back(std::move(kept));
      continue;
    }
    if (type != AE_IFREG) throw Refusal(name, Quoted(path) + " is not a file or a folder");
    std::string data;
    while (true) {
      la_ssize_t got = archive_read_data(a.get(), buf.data(), buf.size());
      if (got == 0) break;
      if (got < 0) {
        const char* why = archive_error_string(a.get());
        throw Refusal(name, (raw ? broken : Quoted(path)) + ": " + (why ? why : "unreadable data"));
      }
      auto n = static_cast<uint64_t>(got);
      if (data.size() + n > limits.max_member_bytes) {
        throw Refusal(name, Quoted(path) + " inflates beyond " +
                                std::to_string(limits.max_member_bytes >> 20) +
                                " MiB (limit max_member_bytes)");
      }
      inflated += n;
      if (inflated > ratio_cap) {
        throw Refusal(name, Quoted(path) + ": the archive inflates to more than " +
                                std::to_string(limits.max_archive_ratio) +
                                " times its size (a zip bomb?; limit max_archive_ratio)");
      }
      uint64_t left = budget.load();
      if (n > left) {
        throw Refusal(name, Quoted(path) + ": members inflate beyond " +
                                std::to_string(limits.max_archive_inflated_bytes >> 20) +
                                " MiB in all (limit max_archive_inflated_bytes)");
      }
      budget.store(left - n);
      data.append(buf.data(), n);
    }
    if (contents.format == 0) contents.format = archive_format(a.get());
    kept.member = members.Add(path, std::move(data));
    // The one file of a compressed file is the whole content: no output without it.
    if (raw && !members.refused(kept.member).empty()) {
      throw Refusal(name, "the file it holds is refused: " + members.refused(kept.member));
    }
    contents.entries.push_back(std::move(kept));
  }
  if (contents.format == 0) contents.format = archive_format(a.get());
  for (int i = 0; i < archive_filter_count(a.get()); ++i) {
    int code = archive_filter_code(a.get(), i);
    if (code != ARCHIVE_FILTER_NONE) contents.filters.push_back(code);
  }
  if (owners) contents.notes.push_back({"entry owners", "removed: user and group names"});
  return contents;
}

}  // namespace deskbench::archive
