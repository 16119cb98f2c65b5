#pragma once
// Archives (.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz, .tar.zst, .7z) and single compressed
// files (report.csv.gz, app.log.xz: scrubbed as the file they hold): every member is opened
// through the adapter registry and scrubbed as part of the archive (a docx in a zip is scrubbed as
// a docx); member names are segments too ("Jane_Doe_CV.docx" loses the name). The output is the
// same format with the same compression. Members no adapter understands, links, owner names,
// extended attributes and comments are not written; each removal is noted. Hostile archives
// (traversal, links out, devices, bombs) are refused: see ReadArchive.

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "formats/archive/archive_reader.h"
#include "formats/document.h"
#include "formats/members.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench::archive {

class ArchiveDocument : public Document {
 public:
  ArchiveDocument(const ByteSource& source, const FormatOptions& options, MemberOpener opener);

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override;

  // "zip", "tar", "7z", or "compressed" for one compressed file (report.csv.gz).
  std::string format_name() const;

 private:
  // Entries written back: folders, and files whose member was opened.
  bool Kept(const ArchiveEntry& e) const;
  // One compressed file (gzip, bzip2, xz or zstd of anything but an archive).
  bool Single() const;

  std::filesystem::path name_;
  FormatOptions options_;  // with the inflate budget this archive and its members share
  Members members_;
  ArchiveContents contents_;
};

}  // namespace deskbench::archive
