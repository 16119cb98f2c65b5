#pragma once
// Writers of a run's report: JSON for machines, HTML for people, SARIF for code scanning.

#include <filesystem>
#include <string>

#include "core/sink.h"
#include "scrub/report.h"

namespace deskbench {

std::string ReportJson(const RunReport& report);
// The same bytes, written to sink as they are made (a report of many findings is not held twice).
void WriteReportJson(const RunReport& report, Sink& sink);
std::string ReportHtml(const RunReport& report);
// The same bytes, written to sink in pieces (the page is not held whole).
void WriteReportHtml(const RunReport& report, Sink& sink);
// SARIF 2.1.0 with the SECRET findings (what GitHub code scanning reads).
std::string ReportSarif(const RunReport& report);

// One finding as the single-line JSON object of `scan --json` (a stable interface).
std::string FindingJsonLine(const FileReport& file, const ReportedFinding& finding);

}  // namespace deskbench
