#pragma once
// Deny and allow terms added for one bundle (in review or by hand): DIR/.deskbench/terms.toml
//   deny = ["Halvorsen Freight", "Project Falcon"]
//   allow = ["OAK-LAX"]
// Every scrub of the bundle adds them to the policy.

#include <filesystem>
#include <string>
#include <vector>

namespace deskbench::task {

struct Terms {
  std::vector<std::string> deny;
  std::vector<std::string> allow;
};

// Empty terms when the file does not exist; throws UsageError naming the file when it is invalid.
Terms LoadTerms(const std::filesystem::path& bundle_dir);
// Writes DIR/.deskbench/terms.toml atomically (creating .deskbench with owner-only access).
void SaveTerms(const std::filesystem::path& bundle_dir, const Terms& terms);

}  // namespace deskbench::task
