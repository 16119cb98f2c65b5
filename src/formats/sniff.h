#pragma once
// Recognising what a file is from its first bytes, before trusting its name.

#include <optional>
#include <string>
#include <string_view>

namespace deskbench {

// The kind of a binary or not-yet-supported file ("PDF document", "ZIP archive or Office
// document"...) when head starts with its magic number, or nullopt.
std::optional<std::string> DetectUnsupportedKind(std::string_view head);

// True when head looks like text: a UTF-16 BOM, or no NUL bytes and few control characters.
bool LooksLikeText(std::string_view head);

}  // namespace deskbench
