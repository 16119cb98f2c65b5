#pragma once
// Scanning a whole file's text the way the text adapter does: in chunks of about
// Limits::chunk_bytes, each cut just after a newline so no line is split.

#include <string_view>
#include <vector>

#include "common/corpus.h"
#include "detect/engine.h"

namespace bench {

// Scans text and returns the number of findings; when `out` is given, appends them there with
// offsets into the whole text.
size_t ScanChunked(deskbench::Engine::Scanner& scanner, std::string_view text, size_t chunk_bytes,
                   std::vector<Span>* out = nullptr);

}  // namespace bench
