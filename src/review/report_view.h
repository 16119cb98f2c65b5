#pragma once
// The report as the review page reads it: every file with its findings, every distinct value, and
// for each the action the reviewer has decided (which a re-scrub applies) beside the one applied.

#include <nlohmann/json.hpp>

#include "review/review_state.h"
#include "scrub/config.h"
#include "scrub/report.h"

namespace deskbench::review {

// How the page previews a file: "text", "markdown", "csv", "code", "json", "html", "office",
// "pdf", "image" or "none".
std::string PreviewKind(const FileReport& file);

FindingRef RefOf(const FileReport& file, const ReportedFinding& finding);

// The action a re-scrub would apply to this finding: the finding's own decision, else its
// value's, else what was applied.
Operator DecidedAction(const ReviewState& state, const FileReport& file,
                       const ReportedFinding& finding);

// Findings scored below this wait for the reviewer's decision before the task can be packed
// (task pack's review threshold).
inline constexpr float kReviewThreshold = 0.7f;

// True when the finding is scored below the review threshold and neither it nor its value has a
// decision of the reviewer's.
bool NeedsDecision(const ReviewState& state, const FileReport& file,
                   const ReportedFinding& finding);

nlohmann::json ReportView(const RunReport& report, const ReviewState& state);

}  // namespace deskbench::review
