#pragma once
// A file's text as its adapter reads it, segment by segment, with the findings cut out as their
// own pieces: what the review page renders as paragraphs, tables, sheets, slides or code.

#include <nlohmann/json.hpp>

#include "formats/options.h"
#include "formats/source.h"
#include "scrub/report.h"

namespace deskbench::review {

// Previews stop after this much text (the page says so): a browser cannot show more usefully.
inline constexpr size_t kMaxPreviewSegments = 20000;
inline constexpr size_t kMaxPreviewBytes = 8u << 20;

// {"segments": [{"location", "parts": ["text", {"finding": i}, ...]}], "truncated"}: i indexes
// file.findings. `source` holds what the scrub read (file.source, or the text view it scanned);
// throws Refusal or FileError as the adapter does.
nlohmann::json PreviewJson(const FileReport& file, const ByteSource& source,
                           const FormatOptions& options);

}  // namespace deskbench::review
