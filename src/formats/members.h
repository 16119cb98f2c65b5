#pragma once
// Files inside a file: archive entries, email attachments, embedded Office objects, PDF
// attachments, notebook output images. A container adapter adds each member's bytes here; the
// members are opened through the adapter registry (so a docx in a zip is scrubbed as a docx) and
// their segments are visited and edited as part of the container, so one scrub run covers them
// with the same pseudonyms. A member no adapter understands is not passed through: the container
// drops it and notes why (fail closed).

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "formats/document.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench {

struct OpenedDocument;

// Opens a member's bytes; the registry's OpenSource. Passed in so containers do not depend on the
// registry that lists them.
using MemberOpener = std::function<OpenedDocument(const ByteSource&, const FormatOptions&)>;

class Members {
 public:
  // options are the container's; members get one level less nesting.
  Members(MemberOpener opener, const FormatOptions& options);
  ~Members();
  Members(Members&&) noexcept;
  Members& operator=(Members&&) noexcept;

  // Opens bytes named `name` (a path inside the container: the format is guessed from it too).
  // Returns the member's index. A member that cannot be opened is kept as refused. `origin`: when
  // the member's bytes are the container file's bytes from that offset on, verbatim (a 7bit mail
  // body), its segments' offsets are moved into the container file; otherwise (compressed,
  // encoded) they are dropped, as they are offsets of bytes the container file does not hold.
  size_t Add(std::string name, std::string bytes, uint64_t origin = kNoOrigin);

  size_t size() const { return members_.size(); }
  const std::string& name(size_t i) const;
  // Why the member was refused, or empty when it was opened.
  const std::string& refused(size_t i) const;
  // The format the registry picked ("docx"), or empty when refused.
  const std::string& format(size_t i) const;
  // When not empty, the extension the scrubbed member must be stored under (".docx" for a
  // converted legacy file).
  const std::string& output_extension(size_t i) const;

  // Visits the segments of every opened member, in order; locations read "name › location".
  void Scan(const SegmentVisitor& visit) const;
  // The same for one member.
  void ScanMember(size_t i, const SegmentVisitor& visit) const;
  // The scrubbed bytes of member i. Call in the order of Scan (every opened member once) so the
  // editor sees the same segments in the same order.
  std::string Write(size_t i, const SegmentEditor& edits) const;

  // Notes of every member, prefixed with its name, and one note per refused member.
  std::vector<Note> Notes() const;
  // What the opened members hold (Document::ReusableBytes), or nullopt when one of them cannot be
  // written after a scan as if fresh.
  std::optional<uint64_t> ReusableBytes() const;

 private:
  struct Member;
  MemberOpener opener_;
  FormatOptions options_;
  std::vector<std::unique_ptr<Member>> members_;
};

}  // namespace deskbench
