#include "review/bundle_rescrub.h"

#include <algorithm>

#include "task/bundle.h"
#include "task/scrub.h"

namespace deskbench::review {
namespace fs = std::filesystem;

BundlePaths BundlePaths::Of(const fs::path& dir) {
  task::LoadBundle(dir);  // the same refusal, with the same advice, as every task command
  BundlePaths p;
  p.dir = fs::canonical(dir);
  p.scrubbed = task::ScrubbedDir(p.dir);
  return p;
}

RunReport RescrubBundle(const fs::path& dir, const Config& config, unsigned jobs) {
  task::TaskScrubOptions o;
  o.config = config;
  o.jobs = std::max(1u, jobs);
  return task::ScrubBundle(dir, o);
}

}  // namespace deskbench::review
