#include "formats/archive/archive_document.h"

#include <archive.h>

#include <algorithm>
#include <set>
#include <utility>

#include "core/error.h"
#include "formats/archive/archive_writer.h"
#include "formats/file_name.h"

namespace deskbench::archive {
namespace {

FormatOptions WithBudget(FormatOptions options) {
  if (!options.inflate_budget) {
    options.inflate_budget =
        std::make_shared<std::atomic<uint64_t>>(options.limits.max_archive_inflated_bytes);
  }
  return options;
}

std::string WithExtension(const std::string& path, const std::string& extension) {
  if (extension.empty()) return path;
  size_t slash = path.rfind('/');
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) dot = path.size();
  return path.substr(0, dot) + extension;
}

}  // namespace

ArchiveDocument::ArchiveDocument(const ByteSource& source, const FormatOptions& options,
                                 MemberOpener opener)
    : name_(source.name()), options_(WithBudget(options)), members_(std::move(opener), options_) {
  // Held whole in memory: libarchive seeks in zip and 7z files. Bounded like any document, or by
  // what its members may inflate to when that is more.
  std::string bytes = source.ReadAll(
      std::max(options_.limits.max_document_bytes, options_.limits.max_archive_inflated_bytes));
  contents_ = ReadArchive(name_, bytes, options_.limits, *options_.inflate_budget, members_);
}

std::string ArchiveDocument::format_name() const {
  int base = contents_.format & ARCHIVE_FORMAT_BASE_MASK;
  if (base == ARCHIVE_FORMAT_ZIP) return "zip";
  if (base == ARCHIVE_FORMAT_7ZIP) return "7z";
  if (base == ARCHIVE_FORMAT_RAW) return "compressed";
  return "tar";
}

bool ArchiveDocument::Single() const {
  return (contents_.format & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_RAW;
}

bool ArchiveDocument::Kept(const ArchiveEntry& e) const {
  return e.folder || members_.refused(e.member).empty();
}

void ArchiveDocument::Scan(const SegmentVisitor& visit) {
  std::string text;
  std::string location;
  for (const ArchiveEntry& e : contents_.entries) {
    if (!Kept(e)) continue;
    // A compressed single file stores no name of its own: the pipeline scans the file's name.
    if (!Single()) {
      text = FileNameText(e.path);
      location = e.path + " \u203a file name";
      visit(Segment{text, location, kFileNameHint});
    }
    if (!e.folder) members_.ScanMember(e.member, visit);
  }
}

void ArchiveDocument::Write(const SegmentEditor& edits, Sink& out) {
  ArchiveWriter writer(name_, contents_.format, contents_.filters, out);
  std::set<std::string> taken;
  std::string text;
  std::string location;
  for (const ArchiveEntry& e : contents_.entries) {
    if (!Kept(e)) continue;
    std::string path = e.path;
    if (!Single()) {
      text = FileNameText(e.path);
      location = e.path + " \u203a file name";
      path = ApplyFileNameEdits(e.path, edits(Segment{text, location, kFileNameHint}));
    }
    if (e.folder) {
      writer.Folder(UniqueFileName(path, taken), e.perm, e.mtime, e.has_mtime);
      continue;
    }
    path = UniqueFileName(WithExtension(path, members_.output_extension(e.member)), taken);
    std::string data = members_.Write(e.member, edits);
    writer.File(path, e.perm, e.mtime, e.has_mtime, data);
  }
  writer.Finish();
}

std::vector<Note> ArchiveDocument::Notes() const {
  std::vector<Note> notes = contents_.notes;
  for (Note& n : members_.Notes()) notes.push_back(std::move(n));
  return notes;
}

}  // namespace deskbench::archive
