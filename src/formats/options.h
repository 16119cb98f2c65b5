#pragma once
// What the user chose about formats: limits on untrusted input plus per-format switches. Every
// adapter is opened with these; each reads only what concerns it.

#include <string>

#include "core/limits.h"

namespace deskbench {

struct FormatOptions {
  Limits limits;
  // Comments (Office, OpenDocument, PDF annotations) are scrubbed and kept instead of removed.
  bool keep_comments = false;
  // Tesseract languages for text in pixels ("eng", "eng+deu").
  std::string ocr_lang = "eng";
  // Opens PDFs protected by a user password.
  std::string pdf_password;
  // PDF redaction boxes carry the entity type ("[PERSON]") instead of being plain black.
  bool pdf_label = false;
  // Git repositories keep every commit (rewritten) instead of one squashed commit.
  bool keep_history = false;
  // A repository's scan limited to what a commit would add (pre-commit hooks, CI): the staged
  // changes, or the blobs added by the commits of a range "A..B" (scan only).
  bool git_staged = false;
  std::string git_range;
};

}  // namespace deskbench
