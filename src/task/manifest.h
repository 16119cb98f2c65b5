#pragma once
// manifest.json of a pack: every file with its size and SHA-256, the task metadata and the scrub
// certificate. Written by PackBundle, read by VerifyPack (docs/task-format.md).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "task/metadata.h"

namespace deskbench::task {

inline constexpr int kManifestVersion = 1;
inline constexpr std::string_view kManifestName = "manifest.json";

struct ManifestFile {
  std::string path;  // inside the pack
  uint64_t size = 0;
  std::string sha256;
};

// A value the pack still contains on purpose: a replacement the scrub wrote, or a value the
// contributor decided to keep. Verification does not count these as leaks. Never an original
// value that was changed.
struct AcceptedValue {
  std::string type;  // entity type; "ALLOWED" for the allow list
  std::string text;
  std::string why;  // "replacement", "kept" or "allowed" (the policy's allow list)
};

struct Certificate {
  std::string deskbench_version;
  std::string policy_hash;
  std::string scrubbed_at;                          // UTC, ISO 8601
  std::map<std::string, uint64_t> entity_counts;    // findings per entity type
  std::map<std::string, uint64_t> decision_counts;  // distinct values per action
  uint64_t decisions_explicit = 0;                  // values and findings the contributor decided
  uint64_t suggestions_accepted = 0;  // findings under the review threshold taken as suggested
  std::vector<std::string> checks_passed;
  std::vector<AcceptedValue> accepted_values;
};

struct Manifest {
  int schema_version = kManifestVersion;
  Metadata task;
  std::vector<ManifestFile> files;
  Certificate certificate;
};

std::string ManifestJson(const Manifest& m);
// Throws UsageError saying what is wrong with the manifest.
Manifest ParseManifest(std::string_view json);

}  // namespace deskbench::task
