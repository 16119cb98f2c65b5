#pragma once
// Turns the command line's inputs into the list of files to process and where each one's scrubbed
// copy goes. Nothing here reads file contents.

#include <filesystem>
#include <string>
#include <vector>

namespace deskbench {

struct PlannedFile {
  std::filesystem::path path;  // as found on disk
  std::filesystem::path rel;   // relative output path (also the name shown in reports)
  // A git repository (a folder with .git, or a bare repository), processed as one unit: its
  // working files are not also planned one by one.
  bool repository = false;
};

// Something under the inputs that is not processed, and why (a link leaving the tree, a device).
struct SkippedEntry {
  std::filesystem::path path;
  std::string reason;
};

struct Plan {
  std::vector<PlannedFile> files;
  std::vector<SkippedEntry> skipped;
};

// A single folder's contents map directly under the output; a git repository anywhere is one unit
// (a single repository input is the output folder itself, rel empty); several inputs each go under
// their own name; a single file keeps its name. Symbolic links are never followed: a link is
// skipped and reported. Throws UsageError for a missing input or two inputs with the same name.
Plan PlanInputs(const std::vector<std::filesystem::path>& inputs);

// Refuses (UsageError) an output folder inside an input folder, an input inside the output, or an
// existing non-empty output without `force`.
void CheckOutput(const std::vector<std::filesystem::path>& inputs, const std::filesystem::path& out,
                 bool force);

}  // namespace deskbench
