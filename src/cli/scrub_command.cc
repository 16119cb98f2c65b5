// deskbench scrub IN... -o OUT: scrubbed copies under OUT, reports under OUT.report.
#include <sys/stat.h>

#include <cstdio>
#include <memory>

#include "cli/common.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "scrub/report_writers.h"

namespace deskbench::cli {
namespace fs = std::filesystem;

namespace {

struct ScrubFlags {
  CommonFlags common;
  std::string out;
  std::optional<std::string> report_dir;
  std::optional<std::string> key_file;
  std::optional<std::string> decisions;
  bool force = false;
  bool sarif = false;
  bool json = false;
};

std::string HexToBytes(const std::string& hex, const fs::path& file) {
  std::string h;
  for (char c : hex) {
    if (!std::isspace(static_cast<unsigned char>(c))) h.push_back(c);
  }
  if (h.size() < 32 || h.size() % 2 != 0 ||
      h.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
    throw UsageError(file.string() +
                     ": a key file holds at least 16 bytes as hexadecimal (64 hex digits made by "
                     "deskbench)");
  }
  std::string out;
  for (size_t i = 0; i < h.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16)));
  }
  return out;
}

void WriteKey(const fs::path& path, const std::string& key) {
  WriteFileAtomic(path, ToHex(reinterpret_cast<const uint8_t*>(key.data()), key.size()) + "\n");
  ::chmod(path.c_str(), 0600);
}

// The key comes from --key-file (created there when missing), else from the pseudonym.key beside
// a --decisions file (so re-applying decisions gives the same pseudonyms), else it is new.
std::string ResolveKey(const ScrubFlags& f) {
  if (f.key_file) {
    fs::path p = *f.key_file;
    if (fs::exists(p)) return HexToBytes(ReadFile(p, 4096), p);
    std::string key = RandomKey();
    WriteKey(p, key);
    return key;
  }
  if (f.decisions) {
    fs::path beside = fs::path(*f.decisions).parent_path() / "pseudonym.key";
    if (fs::exists(beside)) return HexToBytes(ReadFile(beside, 4096), beside);
  }
  return RandomKey();
}

int Run(const ScrubFlags& f) {
  Config config = f.common.LoadConfig();
  std::vector<fs::path> inputs = f.common.Paths();
  fs::path out = f.out;
  fs::path report_dir = f.report_dir ? fs::path(*f.report_dir) : fs::path(out.string() + ".report");
  CheckOutput(inputs, out, f.force);
  {
    fs::path ro = fs::weakly_canonical(fs::absolute(report_dir));
    fs::path oo = fs::weakly_canonical(fs::absolute(out));
    auto [a, b] = std::mismatch(oo.begin(), oo.end(), ro.begin(), ro.end());
    if (a == oo.end()) {
      throw UsageError(report_dir.string() +
                       ": the report folder must not be inside the output (reports quote the "
                       "original values)");
    }
    for (const auto& in : inputs) {
      fs::path ic = fs::weakly_canonical(fs::absolute(in));
      auto [c, d] = std::mismatch(ic.begin(), ic.end(), ro.begin(), ro.end());
      if (c == ic.end() && fs::is_directory(ic)) {
        throw UsageError(report_dir.string() + ": the report folder is inside the input folder " +
                         in.string());
      }
    }
  }

  RunOptions o;
  o.config = std::move(config);
  o.jobs = f.common.Jobs();
  o.write = true;
  o.out = out;
  o.key = ResolveKey(f);
  if (f.decisions) o.decisions = Decisions::Load(*f.decisions);
  o.on_progress = ProgressPrinter(f.common.quiet);

  Plan plan = PlanInputs(inputs);
  fs::create_directories(out);
  RunReport report = Run(plan, o);

  fs::create_directories(report_dir);
  {
    AtomicFile json(report_dir / "report.json");
    WriteReportJson(report, json);
    json.Commit();
  }
  {
    AtomicFile html(report_dir / "report.html");
    WriteReportHtml(report, html);
    html.Commit();
  }
  WriteDecisions(report_dir / "decisions.json", report);
  WriteKey(report_dir / "pseudonym.key", o.key);
  if (f.sarif) WriteFileAtomic(report_dir / "report.sarif", ReportSarif(report));

  PrintProblems(report);
  if (!f.common.quiet) PrintHistorySecrets(report);
  size_t bad = report.Count(FileStatus::kRefused) + report.Count(FileStatus::kError);
  if (f.json) std::fputs(ReportJson(report).c_str(), stdout);
  if (!f.common.quiet) {
    std::fprintf(stderr,
                 "deskbench: %zu files scrubbed, %zu clean, %zu refused, %zu skipped; %llu "
                 "findings in %.2f s\n  output:  %s\n  report:  %s\n",
                 report.Count(FileStatus::kScrubbed), report.Count(FileStatus::kClean), bad,
                 report.Count(FileStatus::kSkipped),
                 static_cast<unsigned long long>(report.findings), report.seconds,
                 out.string().c_str(), (report_dir / "report.html").string().c_str());
  }
  return bad > 0 ? kExitError : kExitOk;
}

}  // namespace

Command AddScrubCommand(CLI::App& root) {
  auto flags = std::make_shared<ScrubFlags>();
  CLI::App* app = root.add_subcommand("scrub", "Write scrubbed copies of files and folders");
  flags->common.Register(*app);
  app->add_option("-o,--output", flags->out, "Output folder for the scrubbed copies")->required();
  app->add_option("--report-dir", flags->report_dir,
                  "Where reports and decisions go (default: OUTPUT.report)");
  app->add_option("--key-file", flags->key_file,
                  "Pseudonym key to reuse across runs (created when missing)");
  app->add_option("--decisions", flags->decisions, "Re-apply an edited decisions.json");
  app->add_flag("--force", flags->force, "Write into an existing, non-empty output folder");
  app->add_flag("--sarif", flags->sarif, "Also write report.sarif (secrets)");
  app->add_flag("--json", flags->json, "Print the JSON report on stdout");
  return {app, [flags] { return Run(*flags); }};
}

}  // namespace deskbench::cli
