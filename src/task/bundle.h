#pragma once
// A task bundle on disk (docs/task-format.md):
//   DIR/task.toml  request.md  [rubric.md]  reference/...  deliverable/...  .deskbench/ (private)
// Loading reads the metadata and lists the files; it never follows a link.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "task/metadata.h"

namespace deskbench::task {

struct BundleFile {
  std::filesystem::path path;  // on disk
  std::string rel;             // "reference/budget.xlsx" (generic separators)
  uint64_t size = 0;
};

// Something in the bundle that is not a plain file or folder: a link (which could lead outside
// the bundle), a device, a socket; or an unexpected entry at the top level.
struct StrayEntry {
  std::string rel;
  std::string reason;
};

struct Bundle {
  std::filesystem::path dir;
  Metadata meta;
  std::string request;  // request.md ("" when missing)
  bool has_request = false;
  std::optional<std::string> rubric;   // rubric.md
  std::vector<BundleFile> references;  // sorted by rel
  std::vector<BundleFile> deliverables;
  std::vector<StrayEntry> strays;

  // task.toml, request.md, rubric.md, then references and deliverables: every file a scrub
  // run reads (task.toml as its text view, see MetadataTextView).
  std::vector<BundleFile> Files() const;
};

// Throws UsageError when DIR is not a folder or task.toml is missing or unreadable (saying to run
// `deskbench task init`).
Bundle LoadBundle(const std::filesystem::path& dir);

// Where things live, beside and inside a bundle.
std::filesystem::path StateDir(const std::filesystem::path& dir);       // DIR/.deskbench
std::filesystem::path KeyFile(const std::filesystem::path& dir);        // .deskbench/pseudonym.key
std::filesystem::path DecisionsFile(const std::filesystem::path& dir);  // .deskbench/decisions.json
std::filesystem::path TermsFile(const std::filesystem::path& dir);      // .deskbench/terms.toml
std::filesystem::path ConfigFile(const std::filesystem::path& dir);     // .deskbench/config.toml
std::filesystem::path ScrubbedDir(const std::filesystem::path& dir);    // DIR.scrubbed
std::filesystem::path ReportDir(const std::filesystem::path& dir);      // DIR.scrubbed.report

}  // namespace deskbench::task
