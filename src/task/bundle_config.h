#pragma once
// The settings a bundle is scrubbed with. `task scrub --config FILE` keeps a copy in the bundle's
// private state, so the review page's re-scrub and later scrubs use the same settings without
// being told again (a re-scrub with other settings would silently change what was found).

#include <filesystem>
#include <optional>

#include "scrub/config.h"

namespace deskbench::task {

// With explicit_path: loads it and keeps a copy as DIR/.deskbench/config.toml. Without: that
// copy when there is one, else ResolveConfig's default (./deskbench.toml, else built in).
// Throws UsageError for a bad config, naming the file.
Config LoadBundleConfig(const std::filesystem::path& dir,
                        const std::optional<std::filesystem::path>& explicit_path);

}  // namespace deskbench::task
