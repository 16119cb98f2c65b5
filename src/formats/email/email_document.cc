#include "formats/email/email_document.h"

#include <gmime/gmime.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "core/ascii.h"
#include "core/error.h"
#include "core/utf8.h"
#include "formats/email/email_sniff.h"
#include "formats/email/mail_headers.h"
#include "formats/file_name.h"

namespace deskbench::email {
namespace {

constexpr size_t kRemovedLeaf = ~size_t{0};
constexpr std::string_view kSep = " \u203a ";

void InitGMime() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

struct Unref {
  void operator()(void* p) const {
    if (p) g_object_unref(p);
  }
};
template <typename T>
using GPtr = std::unique_ptr<T, Unref>;

struct GFree {
  void operator()(void* p) const { g_free(p); }
};
using GString_ = std::unique_ptr<char, GFree>;

std::string StreamBytes(GMimeStream* mem) {
  GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
  return array ? std::string(reinterpret_cast<const char*>(array->data), array->len)
               : std::string();
}

bool IsUtf8Charset(const char* charset) {
  if (charset == nullptr) return true;
  std::string c = ascii::Lower(charset);
  return c == "utf-8" || c == "utf8" || c == "us-ascii" || c == "ascii";
}

// The part's content with its transfer encoding undone; text parts converted to UTF-8 when
// their charset is known.
std::string DecodedContent(GMimePart* part, bool text) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (content == nullptr) return "";
  GPtr<GMimeStream> mem(g_mime_stream_mem_new());
  const char* charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
  GMimeFilter* convert = nullptr;
  if (text && !IsUtf8Charset(charset)) convert = g_mime_filter_charset_new(charset, "UTF-8");
  if (convert != nullptr) {
    GPtr<GMimeStream> filtered(g_mime_stream_filter_new(mem.get()));
    g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), convert);
    g_object_unref(convert);
    g_mime_data_wrapper_write_to_stream(content, filtered.get());
    g_mime_stream_flush(filtered.get());
  } else {
    g_mime_data_wrapper_write_to_stream(content, mem.get());
  }
  return StreamBytes(mem.get());
}

void SetContent(GMimePart* part, const std::string& bytes, bool text) {
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeDataWrapper> wrapper(
      g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
  g_mime_part_set_content(part, wrapper.get());
  // Text was handed to its adapter as UTF-8 when its charset was known; what comes back in UTF-8
  // is labelled so. Bytes in another encoding (an unknown charset) keep their label.
  if (text && utf8::IsValid(bytes)) {
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", "utf-8");
  }
  g_mime_part_set_content_encoding(
      part, g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT));
}

std::string MimeType(GMimeObject* object) {
  GMimeContentType* type = g_mime_object_get_content_type(object);
  if (type == nullptr) return "text/plain";
  GString_ s(g_mime_content_type_get_mime_type(type));
  return s ? ascii::Lower(s.get()) : "text/plain";
}

std::string ExtensionFor(const std::string& mime) {
  if (mime == "text/html") return ".html";
  if (mime == "text/csv") return ".csv";
  if (mime == "text/calendar" || mime == "text/vcard" || mime.starts_with("text/")) return ".txt";
  if (mime == "application/json") return ".json";
  if (mime == "application/pdf") return ".pdf";
  return ".bin";
}

// Why a part is removed whatever its content, or "".
std::string AlwaysRemoved(const std::string& mime) {
  if (mime == "application/pgp-signature" || mime == "application/pkcs7-signature" ||
      mime == "application/x-pkcs7-signature") {
    return "removed: signature (it no longer verifies once the message is edited)";
  }
  if (mime == "application/pkcs7-mime" || mime == "application/x-pkcs7-mime" ||
      mime == "application/pgp-encrypted") {
    return "removed: encrypted part (it cannot be scanned)";
  }
  return "";
}

size_t CountInsensitive(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  auto eq = [](char a, char b) { return ascii::ToLower(a) == ascii::ToLower(b); };
  for (auto it = hay.begin();;) {
    it = std::search(it, hay.end(), needle.begin(), needle.end(), eq);
    if (it == hay.end()) return n;
    ++n;
    it += static_cast<std::ptrdiff_t>(needle.size());
  }
}

std::string ApplyEdits(const std::string& text, const std::vector<Edit>& edits) {
  std::string out;
  size_t pos = 0;
  for (const Edit& e : edits) {
    if (e.begin < pos || e.end > text.size() || e.begin > e.end) continue;
    out.append(text, pos, e.begin - pos);
    out.append(e.replacement);
    pos = e.end;
  }
  out.append(text, pos);
  return out;
}

}  // namespace

EmailDocument::EmailDocument(const ByteSource& source, const FormatOptions& options,
                             MemberOpener opener)
    : name_(source.name()),
      bytes_(source.ReadAll(options.limits.max_document_bytes)),
      options_(options),
      opener_(opener),
      members_(std::move(opener), options) {
  InitGMime();
  mbox_ = LooksLikeMbox(bytes_.substr(0, 8192));
  // Mail has no NUL bytes (RFC 5322; binary parts travel encoded). GMime keeps header values as C
  // strings: one cut at a NUL would be written back without its line end, and the header block
  // would swallow the body.
  if (size_t nul = bytes_.find('\0'); nul != std::string::npos) {
    throw Refusal(name_, "a NUL byte at offset " + std::to_string(nul) +
                             ": not valid mail (binary data must be base64 or quoted-printable)");
  }
  size_t eol = bytes_.find('\n');
  crlf_ = eol != std::string::npos && eol > 0 && bytes_[eol - 1] == '\r';
  // GMime parses nested multiparts recursively: bound the nesting before it sees them.
  std::string_view rest = bytes_;
  for (size_t n = 1; !rest.empty(); ++n) {
    size_t next = mbox_ ? rest.find("\nFrom ") : std::string_view::npos;
    std::string_view message = rest.substr(0, next);
    size_t nested = CountInsensitive(message, "multipart/") + CountInsensitive(message, "message/");
    if (nested > options.limits.max_depth) {
      throw Refusal(name_, "message " + std::to_string(n) + " has more than " +
                               std::to_string(options.limits.max_depth) +
                               " multipart or attached-message parts (limit max_depth)");
    }
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
  }
  Pass pass{Mode::kOpen};
  Walk(pass, nullptr);
  for (const auto& [header, count] : removed_headers_) {
    notes_.push_back({header + " header" + (count > 1 ? "s" : ""),
                      "removed" + (count > 1 ? " (" + std::to_string(count) + ")" : "")});
  }
}

bool EmailDocument::Text(Pass& pass, std::string& text, const std::string& location,
                         std::string_view hint, const Placement& where) {
  Segment seg{text, location, hint};
  where.PlaceIn(seg);
  if (pass.mode == Mode::kScan) {
    (*pass.visit)(seg);
  } else if (pass.mode == Mode::kWrite) {
    std::vector<Edit> edits = (*pass.edits)(seg);
    if (!edits.empty()) {
      text = ApplyEdits(text, edits);
      return true;
    }
  }
  return false;
}

uint64_t EmailDocument::Verified(int64_t offset, std::string_view text) const {
  if (offset < 0 || static_cast<uint64_t>(offset) > bytes_.size() ||
      text.size() > bytes_.size() - static_cast<size_t>(offset) ||
      std::string_view(bytes_).substr(static_cast<size_t>(offset), text.size()) != text) {
    return kNoOrigin;
  }
  return static_cast<uint64_t>(offset);
}

uint64_t EmailDocument::ContentOrigin(const Pass& pass, GMimePart* part,
                                      const std::string& decoded) const {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (content == nullptr) return kNoOrigin;
  switch (g_mime_data_wrapper_get_encoding(content)) {
    case GMIME_CONTENT_ENCODING_DEFAULT:
    case GMIME_CONTENT_ENCODING_7BIT:
    case GMIME_CONTENT_ENCODING_8BIT:
    case GMIME_CONTENT_ENCODING_BINARY:
      break;
    default:  // quoted-printable, base64, uuencode: the text is not the file's bytes
      return kNoOrigin;
  }
  // The content is a window on the parsed bytes (the parser keeps it there rather than copying)
  // at the same offsets as the file; anything else has no place in the file.
  GMimeStream* stream = g_mime_data_wrapper_get_stream(content);
  if (stream == nullptr || !GMIME_IS_STREAM_MEM(stream) ||
      g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream)) != pass.parsed) {
    return kNoOrigin;
  }
  // A charset other than UTF-8 was converted: then the bytes differ, unless they are ASCII.
  return Verified(stream->bound_start, decoded);
}

void EmailDocument::Walk(Pass& pass, std::string* out) {
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes_.data(), bytes_.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  g_mime_parser_set_persist_stream(parser.get(), TRUE);  // parts' content stays in the bytes
  pass.parsed = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
  g_mime_parser_set_format(parser.get(), mbox_ ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
  GMimeFormatOptions* format = g_mime_format_options_new();
  std::unique_ptr<GMimeFormatOptions, decltype(&g_mime_format_options_free)> format_guard(
      format, g_mime_format_options_free);
  g_mime_format_options_set_newline_format(
      format, crlf_ ? GMIME_NEWLINE_FORMAT_DOS : GMIME_NEWLINE_FORMAT_UNIX);
  const char* newline = crlf_ ? "\r\n" : "\n";
  for (size_t n = 1; !g_mime_parser_eos(parser.get()); ++n) {
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
      if (n > 1) break;
      throw Refusal(name_, mbox_ ? "not a valid mailbox" : "not a valid email message");
    }
    if (n > options_.limits.max_archive_entries) {
      throw Refusal(name_, "more than " + std::to_string(options_.limits.max_archive_entries) +
                               " messages (limit max_archive_entries)");
    }
    std::string location = mbox_ ? "message " + std::to_string(n) : "message";
    std::string marker;
    if (mbox_) {
      GString_ raw(g_mime_parser_get_mbox_marker(parser.get()));
      marker = raw ? raw.get() : "From -";
      Placement at;
      if (raw) at.origin = Verified(g_mime_parser_get_mbox_marker_offset(parser.get()), marker);
      Text(pass, marker, location + std::string(kSep) + "From line", "From", at);
    }
    WalkMessage(pass, message.get(), location, 0);
    if (out == nullptr) {
      if (!mbox_) break;
      continue;
    }
    GPtr<GMimeStream> mem(g_mime_stream_mem_new());
    if (mbox_) {
      // Edits could start a body line with "From ": escaped as mbox readers expect.
      GPtr<GMimeStream> filtered(g_mime_stream_filter_new(mem.get()));
      GMimeFilter* from = g_mime_filter_from_new(GMIME_FILTER_FROM_MODE_ESCAPE);
      g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), from);
      g_object_unref(from);
      g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, filtered.get());
      g_mime_stream_flush(filtered.get());
      for (char& c : marker) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      if (!marker.starts_with("From ")) marker = "From " + marker;
      out->append(marker).append(newline);
    } else {
      g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, mem.get());
    }
    std::string bytes = StreamBytes(mem.get());
    out->append(bytes);
    if (mbox_) {
      if (!bytes.ends_with('\n')) out->append(newline);
      out->append(newline);
    }
    if (!mbox_) break;
  }
}

void EmailDocument::WalkMessage(Pass& pass, GMimeMessage* message, const std::string& location,
                                uint32_t depth) {
  WalkHeaders(pass, GMIME_OBJECT(message), location);
  GMimeObject* body = g_mime_message_get_mime_part(message);
  if (body == nullptr) return;
  if (WalkObject(pass, body, location, depth + 1)) {
    GPtr<GMimeTextPart> placeholder(g_mime_text_part_new_with_subtype("plain"));
    g_mime_text_part_set_text(placeholder.get(), "(the body was removed by deskbench)\n");
    g_mime_message_set_mime_part(message, GMIME_OBJECT(placeholder.get()));
  }
}

void EmailDocument::WalkHeaders(Pass& pass, GMimeObject* object, const std::string& location) {
  GMimeHeaderList* list = g_mime_object_get_header_list(object);
  for (int i = g_mime_header_list_get_count(list) - 1; i >= 0; --i) {
    GMimeHeader* header = g_mime_header_list_get_header_at(list, i);
    const char* name = g_mime_header_get_name(header);
    // GMime reads a line such as ": value" as a header with no name, but cannot read one back as
    // the first line of a message (found by email_fuzz): a name is printable ASCII without ':'.
    std::string_view checked = name ? name : "";
    if (pass.mode == Mode::kOpen &&
        (checked.empty() || std::any_of(checked.begin(), checked.end(), [](char c) {
           return static_cast<unsigned char>(c) < 33 || static_cast<unsigned char>(c) > 126 ||
                  c == ':';
         }))) {
      throw Refusal(name_, "a header line without a valid field name (\"" +
                               std::string(checked.substr(0, 40)) + "\")");
    }
    if (ClassifyHeader(name ? name : "") != HeaderKind::kRemoved) continue;
    if (pass.mode == Mode::kOpen) ++removed_headers_[name];
    g_mime_header_list_remove_at(list, i);
  }
  int count = g_mime_header_list_get_count(list);
  for (int i = 0; i < count; ++i) {
    GMimeHeader* header = g_mime_header_list_get_header_at(list, i);
    std::string name = g_mime_header_get_name(header) ? g_mime_header_get_name(header) : "";
    const char* value = g_mime_header_get_value(header);
    if (value == nullptr) continue;
    std::string where = location + std::string(kSep) + name;
    HeaderKind kind = ClassifyHeader(name);
    if (kind == HeaderKind::kStructure) continue;
    const char* raw_name = g_mime_header_get_raw_name(header);
    HeaderField field(bytes_, g_mime_header_get_offset(header), raw_name ? raw_name : name);
    InternetAddressList* addresses = nullptr;
    if (kind == HeaderKind::kAddresses) addresses = internet_address_list_parse(nullptr, value);
    if (addresses != nullptr && internet_address_list_length(addresses) > 0) {
      GPtr<InternetAddressList> guard(addresses);
      bool changed = false;
      // Mailboxes, and the members of groups, in order. Each list is looked for in the value from
      // where its group's name ends: names and addresses are found in the file's bytes in order.
      std::vector<InternetAddressList*> lists = {addresses};
      std::vector<size_t> starts = {0};
      for (size_t l = 0; l < lists.size(); ++l) {
        size_t cursor = starts[l];
        for (int a = 0; a < internet_address_list_length(lists[l]); ++a) {
          InternetAddress* address = internet_address_list_get_address(lists[l], a);
          const char* display = internet_address_get_name(address);
          size_t after_name = cursor;
          if (display != nullptr && *display != '\0') {
            std::string text = display;
            Placement at = field.Find(text, &after_name);
            if (Text(pass, text, where + " name", name + " name", at)) {
              internet_address_set_name(address, text.c_str());
              changed = true;
            }
          }
          if (INTERNET_ADDRESS_IS_GROUP(address)) {
            lists.push_back(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
            starts.push_back(after_name);
            cursor = after_name;
            continue;
          }
          const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
          if (addr == nullptr) {
            cursor = after_name;
            continue;
          }
          std::string text = addr;
          // After the name ("Jane <jane@x>"), or before it in the old style "jane@x (Jane)".
          size_t after_addr = after_name;
          Placement at = field.Find(text, &after_addr);
          if (after_addr == after_name && at.origin == kNoOrigin && at.origins.empty()) {
            after_addr = cursor;
            at = field.Find(text, &after_addr);
          }
          cursor = std::max(after_name, after_addr);
          if (Text(pass, text, where + " address", name + " email", at)) {
            internet_address_mailbox_set_addr(INTERNET_ADDRESS_MAILBOX(address), text.c_str());
            changed = true;
          }
        }
      }
      if (changed) {
        GString_ joined(internet_address_list_to_string(addresses, nullptr, FALSE));
        g_mime_header_set_value(header, nullptr, joined.get(), "utf-8");
      }
      continue;
    }
    if (addresses != nullptr) g_object_unref(addresses);
    std::string text = value;
    // "To: Jane Doe", no address: GMime finds no mailbox, and what is there is a person's name.
    const std::string hint = kind == HeaderKind::kAddresses ? name + " name" : name;
    if (Text(pass, text, where, hint, field.Value(text))) {
      g_mime_header_set_value(header, nullptr, text.c_str(), "utf-8");
    }
  }
}

bool EmailDocument::WalkObject(Pass& pass, GMimeObject* object, const std::string& location,
                               uint32_t depth) {
  if (depth > options_.limits.max_depth) {
    throw Refusal(name_, "parts nested deeper than " + std::to_string(options_.limits.max_depth));
  }
  if (GMIME_IS_MULTIPART(object)) {
    GMimeMultipart* multipart = GMIME_MULTIPART(object);
    WalkHeaders(pass, object, location);
    if (const char* prologue = g_mime_multipart_get_prologue(multipart)) {
      std::string text = prologue;
      if (Text(pass, text, location + std::string(kSep) + "prologue", "text")) {
        g_mime_multipart_set_prologue(multipart, text.c_str());
      }
    }
    std::vector<GMimeObject*> children;
    for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i) {
      children.push_back(g_mime_multipart_get_part(multipart, i));
    }
    for (GMimeObject* child : children) {
      if (WalkObject(pass, child, location, depth + 1)) g_mime_multipart_remove(multipart, child);
    }
    if (const char* epilogue = g_mime_multipart_get_epilogue(multipart)) {
      std::string text = epilogue;
      if (Text(pass, text, location + std::string(kSep) + "epilogue", "text")) {
        g_mime_multipart_set_epilogue(multipart, text.c_str());
      }
    }
    return false;
  }
  if (GMIME_IS_MESSAGE_PART(object)) {
    WalkHeaders(pass, object, location);
    GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
    if (inner != nullptr) {
      WalkMessage(pass, inner, location + std::string(kSep) + "attached message", depth + 1);
    }
    return false;
  }
  if (GMIME_IS_PART(object)) return WalkLeaf(pass, GMIME_PART(object), location);
  return false;
}

bool EmailDocument::WalkLeaf(Pass& pass, GMimePart* part, const std::string& location) {
  size_t k = pass.leaf++;
  GMimeObject* object = GMIME_OBJECT(part);
  std::string mime = MimeType(object);
  bool text = mime.starts_with("text/");
  const char* filename = g_mime_part_get_filename(part);
  std::string name =
      filename && *filename ? filename : "part " + std::to_string(k + 1) + ExtensionFor(mime);
  if (pass.mode == Mode::kOpen) {
    std::string removed = AlwaysRemoved(mime);
    if (removed.empty()) {
      std::string bytes = DecodedContent(part, text);
      uint64_t origin = ContentOrigin(pass, part, bytes);
      if (bytes.size() > options_.limits.max_member_bytes) {
        removed = "removed: larger than " + std::to_string(options_.limits.max_member_bytes >> 20) +
                  " MiB (limit max_member_bytes)";
      } else {
        size_t i = members_.Add(name, std::move(bytes), origin);
        leaves_.push_back(members_.refused(i).empty() ? i : kRemovedLeaf);  // Members notes why
      }
    }
    if (!removed.empty()) {
      notes_.push_back({location + std::string(kSep) + name, removed});
      leaves_.push_back(kRemovedLeaf);
    }
  }
  if (k >= leaves_.size() || leaves_[k] == kRemovedLeaf) return true;
  size_t member = leaves_[k];
  std::string where = location + std::string(kSep) + name;
  WalkHeaders(pass, object, where);
  if (filename != nullptr && *filename != '\0') {
    std::string shown = FileNameText(filename);
    std::string label = where + std::string(kSep) + "file name";
    if (pass.mode == Mode::kScan) {
      (*pass.visit)(Segment{shown, label, kFileNameHint});
    } else if (pass.mode == Mode::kWrite) {
      std::vector<Edit> edits = (*pass.edits)(Segment{shown, label, kFileNameHint});
      if (!edits.empty()) {
        g_mime_part_set_filename(part, ApplyFileNameEdits(filename, edits).c_str());
      }
    }
  }
  std::string prefixed;
  auto prefix = [&](const Segment& seg) {
    prefixed.assign(location).append(kSep).append(seg.location);
    Segment inner = seg;
    inner.location = prefixed;
    return inner;
  };
  if (pass.mode == Mode::kScan) {
    members_.ScanMember(member, [&](const Segment& seg) { (*pass.visit)(prefix(seg)); });
  } else if (pass.mode == Mode::kWrite) {
    std::string scrubbed =
        members_.Write(member, [&](const Segment& seg) { return (*pass.edits)(prefix(seg)); });
    SetContent(part, scrubbed, text);
  }
  return false;
}

void EmailDocument::Scan(const SegmentVisitor& visit) {
  Pass pass{Mode::kScan};
  pass.visit = &visit;
  Walk(pass, nullptr);
}

void EmailDocument::Write(const SegmentEditor& edits, Sink& out) {
  Pass pass{Mode::kWrite};
  pass.edits = &edits;
  std::string bytes;
  Walk(pass, &bytes);
  // GMime writes some malformed input back in a form it then reads otherwise (a damaged boundary
  // turns lines of a preamble into part headers: found by email_fuzz). What is written must open
  // again, or nothing is written.
  try {
    EmailDocument again(ByteSource::FromBytes(bytes, name_), options_, opener_);
  } catch (const Refusal& e) {
    throw Refusal(name_, std::string("the message cannot be written back so that it reads the "
                                     "same (malformed MIME structure): ") +
                             e.what());
  }
  out.Write(bytes);
}

std::vector<Note> EmailDocument::Notes() const {
  std::vector<Note> notes = notes_;
  for (Note& n : members_.Notes()) notes.push_back(std::move(n));
  return notes;
}

}  // namespace deskbench::email
