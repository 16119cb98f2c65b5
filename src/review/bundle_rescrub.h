#pragma once
// The review page's scrub of a task bundle: exactly `deskbench task scrub` (the whole bundle as one
// run with its key, decisions and terms, into DIR.scrubbed/ and DIR.scrubbed.report/).

#include <filesystem>

#include "scrub/config.h"
#include "scrub/report.h"

namespace deskbench::review {

struct BundlePaths {
  std::filesystem::path dir;       // the bundle
  std::filesystem::path scrubbed;  // DIR.scrubbed

  // Throws UsageError when dir is not a task bundle (naming what to do).
  static BundlePaths Of(const std::filesystem::path& dir);
};

RunReport RescrubBundle(const std::filesystem::path& dir, const Config& config, unsigned jobs);

}  // namespace deskbench::review
