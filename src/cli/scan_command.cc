// deskbench scan IN...: report only. Exit 1 when something is found, 0 when clean (like gitleaks).
#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "scrub/report_writers.h"

namespace deskbench::cli {

namespace {

struct ScanFlags {
  CommonFlags common;
  bool json = false;
  bool redact = false;
  std::optional<std::string> report;
  std::optional<std::string> sarif;
  bool staged = false;
  std::optional<std::string> commits;
};

std::string Shown(const ReportedFinding& x, bool redact) {
  if (!redact) return x.text;
  return std::string(x.text.size() > 4 ? 4 : 0, '*') +
         (x.text.size() > 4 ? "" : std::string(x.text.size(), '*'));
}

int Run(const ScanFlags& f) {
  RunOptions o;
  o.config = f.common.LoadConfig();
  std::vector<std::filesystem::path> inputs = f.common.Paths();
  if (f.staged || f.commits) {
    // Pre-commit and CI: one repository, only what a commit would add.
    if (inputs.empty()) inputs.push_back(".");
    if (inputs.size() != 1) throw UsageError("--staged and --commits take one repository");
    o.config.formats.git_staged = f.staged;
    if (f.commits) o.config.formats.git_range = *f.commits;
  } else if (inputs.empty()) {
    throw UsageError("scan: give files or folders to scan (or --staged, --commits A..B)");
  }
  o.jobs = f.common.Jobs();
  o.write = false;
  o.on_progress = f.json ? nullptr : ProgressPrinter(f.common.quiet);
  if (f.json) {
    o.on_finding = [](const FileReport& file, const ReportedFinding& x) {
      std::string line = FindingJsonLine(file, x);
      line.push_back('\n');
      std::fwrite(line.data(), 1, line.size(), stdout);
    };
  }
  o.list_findings = !f.common.quiet || f.report || f.sarif;
  Plan plan = PlanInputs(inputs);
  if ((f.staged || f.commits) && (plan.files.size() != 1 || !plan.files[0].repository)) {
    throw UsageError(inputs[0].string() + ": not the top folder of a git repository");
  }
  RunReport report = Run(plan, o);

  if (!f.json && !f.common.quiet) {
    for (const auto& file : report.files) {
      for (const auto& x : file.findings) {
        // path:line:column where the format has lines, else the adapter's location.
        std::string where =
            x.line > 0 ? std::to_string(x.line) + ":" + std::to_string(x.column) : x.location;
        // Inside the repository scan --staged/--commits runs in, the location says it all.
        std::string prefix = file.source == "." ? "" : file.source + ":";
        std::printf("%s%s: %s %s (%s, %.2f)\n", prefix.c_str(), where.c_str(),
                    EntityName(x.type).data(), Shown(x, f.redact).c_str(), x.recognizer.c_str(),
                    x.score);
      }
    }
  }
  if (f.report) {
    AtomicFile json(*f.report);
    WriteReportJson(report, json);
    json.Commit();
  }
  if (f.sarif) WriteFileAtomic(*f.sarif, ReportSarif(report));
  PrintProblems(report);
  if (!f.common.quiet) PrintHistorySecrets(report);
  if (!f.common.quiet) {
    std::fprintf(stderr, "deskbench: %llu findings in %zu files (%.1f MB in %.2f s)\n",
                 static_cast<unsigned long long>(report.findings), report.files.size(),
                 static_cast<double>(report.bytes) / 1e6, report.seconds);
  }
  if (report.Count(FileStatus::kRefused) + report.Count(FileStatus::kError) > 0) return kExitError;
  return report.findings > 0 ? kExitFindings : kExitOk;
}

}  // namespace

Command AddScanCommand(CLI::App& root) {
  auto flags = std::make_shared<ScanFlags>();
  CLI::App* app = root.add_subcommand("scan", "Report what would be scrubbed; change nothing");
  flags->common.Register(*app, false);
  app->add_flag("--json", flags->json, "One JSON object per finding on stdout");
  app->add_flag("--redact", flags->redact, "Do not print the values found");
  app->add_option("--report", flags->report, "Write the full JSON report to this file");
  app->add_option("--sarif", flags->sarif, "Write SARIF 2.1.0 (secrets) to this file");
  auto* staged =
      app->add_flag("--staged", flags->staged,
                    "Git pre-commit: scan the staged version of changed files (the index)");
  app->add_option("--commits", flags->commits,
                  "Git CI: scan every blob added by the commits of a range A..B")
      ->excludes(staged);
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace deskbench::cli
