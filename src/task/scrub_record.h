#pragma once
// scrub-record.json in DIR.scrubbed.report: the hashes of what the last scrub read and wrote, so
// that pack can tell whether anything changed since (a file edited, a decision added, an output
// touched by hand).

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "task/bundle.h"

namespace deskbench::task {

struct ScrubRecord {
  std::string deskbench_version;
  std::string scrubbed_at;
  std::string policy_hash;
  std::map<std::string, std::string> inputs;   // rel -> sha256 (task.toml, request.md, ...)
  std::string decisions_sha256;                // "" when there was no decisions file
  std::string terms_sha256;                    // "" when there was no terms file
  std::map<std::string, std::string> outputs;  // rel in DIR.scrubbed -> sha256
  std::vector<std::string> allow;  // the policy's allow list: values declared not sensitive
};

// SHA-256 of every file a scrub of the bundle reads.
std::map<std::string, std::string> HashInputs(const Bundle& bundle);
// SHA-256 of every file under a folder, by generic relative path; links and other non-files are
// listed with the hash "link" / "special" so that they count as a change.
std::map<std::string, std::string> HashTree(const std::filesystem::path& root);
// SHA-256 of a file, or "" when it does not exist.
std::string HashIfPresent(const std::filesystem::path& file);

std::string ScrubRecordJson(const ScrubRecord& r);
// nullopt when there is no record; throws UsageError when it is unreadable.
std::optional<ScrubRecord> LoadScrubRecord(const std::filesystem::path& report_dir);

}  // namespace deskbench::task
