#pragma once
// What the user chose about formats: limits on untrusted input plus per-format switches. Every
// adapter is opened with these; each reads only what concerns it.

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "core/limits.h"

namespace deskbench {

struct FormatOptions {
  Limits limits;
  // Comments (Office, OpenDocument, PDF annotations) are scrubbed and kept instead of removed.
  bool keep_comments = false;
  // Text in pixels (images, scanned pages) is read with OCR; off, images only lose their metadata
  // and their text is not checked (noted per image).
  bool ocr = true;
  // Tesseract languages for text in pixels ("eng", "eng+deu").
  std::string ocr_lang = "eng";
  // Opens PDFs protected by a user password.
  std::string pdf_password;
  // PDF redaction boxes carry the entity type ("[PERSON]") instead of being plain black.
  bool pdf_label = false;
  // Git repositories keep every commit (rewritten) instead of one squashed commit.
  bool keep_history = false;
  // Bytes that members of containers may still inflate to, shared by a file and every file nested
  // in it (an archive of archives cannot multiply the limit). Null at the top: the first container
  // starts it at limits.max_archive_inflated_bytes.
  std::shared_ptr<std::atomic<uint64_t>> inflate_budget;
  // A repository's scan limited to what a commit would add (pre-commit hooks, CI): the staged
  // changes, or the blobs added by the commits of a range "A..B" (scan only).
  bool git_staged = false;
  std::string git_range;
};

}  // namespace deskbench
