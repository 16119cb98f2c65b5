#pragma once
// The review page's re-scrub of a task bundle: the whole bundle as one run, with the bundle's saved
// decisions and terms, written where `deskbench task scrub` writes (DIR.scrubbed/ and
// DIR.scrubbed.report/). The one place the review page calls the scrub.

#include <filesystem>

#include "scrub/report.h"

namespace deskbench::review {

struct BundlePaths {
  std::filesystem::path dir;        // the bundle
  std::filesystem::path scrubbed;   // DIR.scrubbed
  std::filesystem::path report;     // DIR.scrubbed.report
  std::filesystem::path key;        // DIR/.deskbench/pseudonym.key
  std::filesystem::path decisions;  // DIR/.deskbench/decisions.json

  // Throws UsageError when dir is not a folder.
  static BundlePaths Of(const std::filesystem::path& dir);
};

// As task::ScrubBundle(dir, options) does: reads DIR/.deskbench/{pseudonym.key, decisions.json,
// terms.toml}.
RunReport RescrubBundle(const std::filesystem::path& dir, unsigned jobs);

}  // namespace deskbench::review
