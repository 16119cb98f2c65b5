#pragma once
// Email: one message (.eml) or a mailbox (mbox), parsed with GMime. Address headers (From, To,
// Cc, Bcc, Reply-To, Sender, Return-Path...) give a segment per display name and per address;
// Subject, Message-ID, References, X- headers and the other free headers are scanned whole;
// text and HTML bodies and attachments are members, opened through the registry (an HTML body is
// scrubbed by the HTML adapter, an attached docx by the docx adapter), and attachment file names
// are segments. Received headers (internal host names and IP addresses of the route), DKIM/ARC
// signatures, X-Originating-IP and providers' tracking headers are removed, as are S/MIME and
// PGP signatures and encrypted parts, and attachments no adapter handles; every removal is noted.
// The output is the message re-serialised by GMime with valid transfer encodings (bodies as
// UTF-8); untouched headers keep their raw form.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "formats/document.h"
#include "formats/email/header_field.h"
#include "formats/members.h"
#include "formats/options.h"
#include "formats/source.h"

typedef struct _GMimeMessage GMimeMessage;
typedef struct _GMimeObject GMimeObject;
typedef struct _GMimePart GMimePart;

namespace deskbench::email {

class EmailDocument : public Document {
 public:
  // Throws Refusal for files over limits.max_document_bytes, bytes GMime cannot read as a
  // message, more than limits.max_archive_entries messages, and messages with more than
  // limits.max_depth multipart or attached-message parts (GMime parses them recursively).
  EmailDocument(const ByteSource& source, const FormatOptions& options, MemberOpener opener);

  void Scan(const SegmentVisitor& visit) override;
  void Write(const SegmentEditor& edits, Sink& out) override;
  std::vector<Note> Notes() const override;

  bool mbox() const { return mbox_; }

 private:
  enum class Mode { kOpen, kScan, kWrite };
  struct Pass {
    Mode mode;
    const SegmentVisitor* visit = nullptr;
    const SegmentEditor* edits = nullptr;
    size_t leaf = 0;
    const void* parsed = nullptr;  // the bytes GMime parses (its parts' streams point into them)
  };
  // Parses the bytes again (edits change the GMime objects, so every pass starts afresh) and
  // visits every message; in kWrite the messages are serialised into out.
  void Walk(Pass& pass, std::string* out);
  void WalkMessage(Pass& pass, GMimeMessage* message, const std::string& location, uint32_t depth);
  void WalkHeaders(Pass& pass, GMimeObject* object, const std::string& location);
  // Returns true when the object must be removed from its parent.
  bool WalkObject(Pass& pass, GMimeObject* object, const std::string& location, uint32_t depth);
  bool WalkLeaf(Pass& pass, GMimePart* part, const std::string& location);
  // Scans text (kScan) or edits it (kWrite); returns true when it changed. `where`: the text's
  // place in the file, when it is the file's bytes.
  bool Text(Pass& pass, std::string& text, const std::string& location, std::string_view hint,
            const Placement& where = {});
  // Where the part's decoded content lies in the file, when it is the file's bytes verbatim.
  uint64_t ContentOrigin(const Pass& pass, GMimePart* part, const std::string& decoded) const;
  // offset when the file's bytes there are text, else kNoOrigin.
  uint64_t Verified(int64_t offset, std::string_view text) const;

  std::filesystem::path name_;
  std::string bytes_;
  FormatOptions options_;
  bool mbox_ = false;
  bool crlf_ = false;
  MemberOpener opener_;  // kept to read what Write wrote once more
  Members members_;
  std::vector<size_t> leaves_;  // leaf parts in walk order: member index, or kRemovedLeaf
  std::vector<Note> notes_;
  std::map<std::string, size_t> removed_headers_;  // name → how many, for the notes
};

}  // namespace deskbench::email
