#pragma once
// Chooses the adapter for a file by its content first and its name second.

#include <filesystem>
#include <memory>
#include <string>

#include "core/limits.h"
#include "formats/document.h"

namespace deskbench {

struct OpenedDocument {
  std::string format;  // "text", "csv", "json", "jsonl", "html", "markdown", "code"
  std::unique_ptr<Document> document;
};

// Throws Refusal (naming the file and the reason) when no adapter can handle it faithfully:
// binary data, a format not supported yet, a file over the limits, a parse error.
OpenedDocument OpenDocument(const std::filesystem::path& path, const Limits& limits);

}  // namespace deskbench
