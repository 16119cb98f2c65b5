#pragma once
// `task scrub DIR`: the whole bundle is one scrub run (one pseudonym per person across request,
// references, deliverables and task.toml's text), with the bundle's key, decisions and terms.
// Writes DIR.scrubbed/ (same layout, never .deskbench/) and DIR.scrubbed.report/ (report.json,
// report.html, decisions.json with the suggestions, scrub-record.json), each replaced whole.

#include <filesystem>
#include <functional>
#include <string_view>

#include "scrub/config.h"
#include "scrub/report.h"

namespace deskbench::task {

struct TaskScrubOptions {
  Config config;  // the bundle's terms (terms.toml) are added to it
  unsigned jobs = 1;
  std::function<void(std::string_view phase, size_t done, size_t total)> on_progress;
};

// Throws UsageError for a bundle that cannot be loaded; refused files are in the report (and
// left out of DIR.scrubbed).
RunReport ScrubBundle(const std::filesystem::path& dir, const TaskScrubOptions& options);

}  // namespace deskbench::task
