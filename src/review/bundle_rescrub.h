#pragma once
// The review page's re-scrub of a task bundle: the whole bundle as one run, with the reviewer's
// decisions and terms, written where `deskbench task scrub` writes (DIR.scrubbed/ and
// DIR.scrubbed.report/). The one place the review page calls the scrub.

#include <filesystem>

#include "review/review_state.h"
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

RunReport RescrubBundle(const BundlePaths& bundle, const ReviewState& state, unsigned jobs);

}  // namespace deskbench::review
