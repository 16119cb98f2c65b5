#pragma once
// Line and column numbers for findings known by file offset (for SARIF and people).

#include <filesystem>
#include <vector>

#include "scrub/report.h"

namespace deskbench {

// Fills line/column of every finding with a known start offset by streaming the file once.
// Leaves them 0 when the file cannot be read.
void AddLineNumbers(const std::filesystem::path& file, std::vector<ReportedFinding>& findings);

}  // namespace deskbench
