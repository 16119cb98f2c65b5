#pragma once
// The bundle's private files the review page reads and writes, until the task layer provides
// them (task/bundle.h, task/terms.h): DIR/.deskbench/decisions.json and terms.toml
//   deny = ["Halvorsen Freight", "Project Falcon"]
//   allow = ["OAK-LAX"]

#include <filesystem>
#include <string>
#include <vector>

namespace deskbench::review {

struct Terms {
  std::vector<std::string> deny;
  std::vector<std::string> allow;
};

std::filesystem::path DecisionsFile(const std::filesystem::path& bundle_dir);
std::filesystem::path TermsFile(const std::filesystem::path& bundle_dir);

// Empty terms when the file does not exist; throws UsageError naming the file when it is invalid.
Terms LoadTerms(const std::filesystem::path& bundle_dir);
void SaveTerms(const std::filesystem::path& bundle_dir, const Terms& terms);

}  // namespace deskbench::review
