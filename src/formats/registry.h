#pragma once
// Chooses the adapter for a file by its content first and its name second.

#include <filesystem>
#include <memory>
#include <string>

#include "core/limits.h"
#include "formats/document.h"
#include "formats/options.h"
#include "formats/source.h"

namespace deskbench {

struct OpenedDocument {
  std::string format;  // "text", "csv", "json", "jsonl", "html", "markdown", "code", "docx",
                       // "xlsx", "pptx", "doc", "xls", "ppt", "jpeg", "png", "gif", "tiff", "webp",
                       // "pdf", "zip", "tar", "7z", "email", "notebook", "git"
  std::unique_ptr<Document> document;
  // When not empty, the extension (".docx") the output is written with: the document was
  // converted to another format (a legacy .doc scrubbed as .docx).
  std::string output_extension;
};

// A folder is opened as a git repository (formats/git/git_document.h).
// Throws Refusal (naming the file and the reason) when no adapter can handle it faithfully:
// binary data, a format not supported yet, a file over the limits, a parse error.
OpenedDocument OpenDocument(const std::filesystem::path& path, const FormatOptions& options);
inline OpenedDocument OpenDocument(const std::filesystem::path& path, const Limits& limits) {
  FormatOptions options;
  options.limits = limits;
  return OpenDocument(path, options);
}

// The same for bytes that are not a file of their own (a member of an archive, an attachment,
// an embedded object): source.name() is the name the format is guessed from and errors show.
OpenedDocument OpenSource(const ByteSource& source, const FormatOptions& options);

// The format OpenDocument would pick for a file with this name and these first bytes (up to
// 8 KiB), or throws Refusal with the reason; path only names the file in the error.
std::string DetectFormat(const std::filesystem::path& path, std::string_view head);

}  // namespace deskbench
