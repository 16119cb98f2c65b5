// score DIR [--json] [--errors N] [--self-test]: scans every file of a generated corpus with the
// real engine and compares the findings with DIR/answers.jsonl.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/checksums.h"
#include "common/scan.h"
#include "common/score.h"
#include "core/limits.h"
#include "detect/engine.h"
#include "scrub/pipeline.h"

namespace fs = std::filesystem;

namespace {

using SpansByFile = std::map<std::string, std::vector<bench::Span>>;

int Usage() {
  std::fprintf(
      stderr,
      "usage: score DIR [--json] [--errors N] [--chunk BYTES] [--oracle] [--expect-recall "
      "R]\n       score "
      "--self-test\n"
      "  --pipeline  score the whole product (adapters, two passes) instead of the bare engine\n"
      "  --oracle  harness check, not a detector measurement: the planted values are\n"
      "            given to the engine as literal terms, so recall should be near 1\n"
      "  --expect-recall R  exit with status 3 when the overall recall is below R\n");
  return 2;
}

// Reads one of the corpus's JSONL span lists; `key` names the field holding the span's kind.
bool ReadSpans(const fs::path& path, std::string_view key, SpansByFile& out, std::string& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err = "cannot read " + path.string();
    return false;
  }
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("file") || !j.contains("start") || !j.contains("end") ||
        !j.contains(key)) {
      err = path.string() + ":" + std::to_string(lineno) + ": not a span record";
      return false;
    }
    out[j["file"].get<std::string>()].push_back(
        {j["start"].get<size_t>(), j["end"].get<size_t>(), j[std::string(key)].get<std::string>()});
  }
  return true;
}

std::string ReadWhole(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

void PrintTable(const bench::Scorer& s) {
  std::printf("%-24s %8s %8s %8s %8s %9s %7s %7s\n", "type", "TP", "FP", "FN", "exact", "precision",
              "recall", "F1");
  auto row = [](std::string_view name, const bench::Tally& t) {
    std::printf("%-24.*s %8zu %8zu %8zu %8zu %9.3f %7.3f %7.3f\n", static_cast<int>(name.size()),
                name.data(), t.tp, t.fp, t.fn, t.exact, t.Precision(), t.Recall(), t.F1());
  };
  for (size_t i = 0; i < deskbench::kEntityCount; ++i) {
    std::string name(deskbench::EntityName(static_cast<deskbench::Entity>(i)));
    auto it = s.by_type().find(name);
    if (it != s.by_type().end()) row(name, it->second);
  }
  row("OVERALL", s.Overall());
  std::printf("\nby document kind (corpus folder):\n");
  for (const auto& [folder, t] : s.by_folder()) row(folder, t);
  std::printf("\nnear-misses planted: %zu; false positives on them: ", s.near_miss_total());
  size_t hits = 0;
  for (const auto& [kind, n] : s.near_miss_hits()) hits += n;
  std::printf("%zu\n", hits);
  for (const auto& [kind, n] : s.near_miss_hits()) std::printf("  %-22s %zu\n", kind.c_str(), n);
}

nlohmann::json TallyJson(const bench::Tally& t) {
  return {{"tp", t.tp},
          {"fp", t.fp},
          {"fn", t.fn},
          {"exact", t.exact},
          {"precision", t.Precision()},
          {"recall", t.Recall()},
          {"f1", t.F1()}};
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  bool json = false, self_test = false, oracle = false, pipeline = false;
  size_t max_errors = 0;
  double expect_recall = -1;
  size_t chunk = deskbench::Limits{}.chunk_bytes;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--json") {
      json = true;
    } else if (a == "--chunk" && i + 1 < argc) {
      chunk = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--expect-recall" && i + 1 < argc) {
      expect_recall = std::strtod(argv[++i], nullptr);
    } else if (a == "--oracle") {
      oracle = true;
    } else if (a == "--pipeline") {
      pipeline = true;
    } else if (a == "--self-test") {
      self_test = true;
    } else if (a == "--errors" && i + 1 < argc) {
      max_errors = std::strtoull(argv[++i], nullptr, 10);
    } else if (!a.empty() && a[0] != '-' && dir.empty()) {
      dir = a;
    } else {
      return Usage();
    }
  }
  for (const std::string& err : {bench::check::SelfTest(), bench::Scorer::SelfTest()}) {
    if (!err.empty()) {
      std::fprintf(stderr, "score: self-test failed: %s\n", err.c_str());
      return 1;
    }
  }
  if (self_test) {
    std::printf("score: self-test passed\n");
    return 0;
  }
  if (dir.empty()) return Usage();

  fs::path root(dir);
  SpansByFile answers, near_misses;
  std::string err;
  if (!ReadSpans(root / "answers.jsonl", "type", answers, err) ||
      !ReadSpans(root / "near_misses.jsonl", "kind", near_misses, err)) {
    std::fprintf(stderr, "score: %s\n", err.c_str());
    return 1;
  }
  for (auto& [file, spans] : answers) {
    if (!bench::SortAndCheck(spans)) {
      std::fprintf(stderr, "score: overlapping answers in %s\n", file.c_str());
      return 1;
    }
  }
  for (auto& [file, spans] : near_misses) bench::SortAndCheck(spans);

  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string rel = fs::relative(it->path(), root).generic_string();
    if (rel == "answers.jsonl" || rel == "near_misses.jsonl") continue;
    files.push_back(rel);
  }
  if (ec) {
    std::fprintf(stderr, "score: cannot list %s: %s\n", dir.c_str(), ec.message().c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());

  deskbench::Policy policy;
  if (oracle) {
    // Every distinct planted value becomes a literal term of its own type: this exercises file
    // reading, chunking, offsets and matching end to end through the real engine.
    policy.builtin = false;
    std::set<std::pair<std::string, std::string>> seen;
    constexpr size_t kMaxTerms = 50000;
    for (const auto& [file, spans] : answers) {
      std::string text = ReadWhole(root / file);
      for (const auto& sp : spans) {
        if (sp.end > text.size() || seen.size() >= kMaxTerms) continue;
        auto type = deskbench::ParseEntity(sp.kind);
        std::string value = text.substr(sp.begin, sp.end - sp.begin);
        if (type && seen.insert({value, sp.kind}).second)
          policy.terms.push_back({value, *type, 0.95f});
      }
    }
    if (seen.size() >= kMaxTerms) {
      std::fprintf(stderr, "score: --oracle took the first %zu values only; use a small corpus\n",
                   kMaxTerms);
    }
  }
  bench::Scorer scorer(max_errors);
  static const std::vector<bench::Span> kNone;
  size_t bytes = 0;
  double scan_seconds = 0;
  auto add_file = [&](const std::string& rel, const std::string& text,
                      std::vector<bench::Span>& findings) {
    bench::SortAndCheck(findings);
    auto a = answers.find(rel);
    auto n = near_misses.find(rel);
    scorer.AddFile(rel, text, a != answers.end() ? a->second : kNone,
                   n != near_misses.end() ? n->second : kNone, findings);
    if (a != answers.end()) answers.erase(a);
  };
  if (pipeline) {
    // The whole product, as `deskbench scan` runs it: every file through its format adapter
    // (CSV cells with their column headers as context, JSON keys...), two passes with names
    // propagated across the corpus, one thread.
    deskbench::Plan plan;
    for (const std::string& rel : files) plan.files.push_back({root / rel, rel});
    deskbench::RunOptions o;
    o.config.policy = policy;
    o.jobs = 1;
    std::map<std::string, std::vector<bench::Span>> found;
    size_t unplaced = 0;
    o.on_finding = [&](const deskbench::FileReport& f, const deskbench::ReportedFinding& x) {
      if (x.start == deskbench::kNoOrigin || x.end == deskbench::kNoOrigin) {
        ++unplaced;
        return;
      }
      found[f.path].push_back({x.start, x.end, std::string(deskbench::EntityName(x.type))});
    };
    auto t0 = std::chrono::steady_clock::now();
    deskbench::RunReport report = deskbench::Run(plan, o);
    scan_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (const auto& f : report.files) {
      if (f.status == deskbench::FileStatus::kRefused ||
          f.status == deskbench::FileStatus::kError) {
        std::fprintf(stderr, "score: %s %s: %s\n", std::string(FileStatusName(f.status)).c_str(),
                     f.path.c_str(), f.reason.c_str());
      }
    }
    if (unplaced > 0) std::fprintf(stderr, "score: %zu findings without file offsets\n", unplaced);
    for (const std::string& rel : files) {
      std::string text = ReadWhole(root / rel);
      bytes += text.size();
      add_file(rel, text, found[rel]);
    }
  } else {
    deskbench::Engine engine{std::move(policy)};
    auto scanner = engine.NewScanner();
    std::vector<bench::Span> findings;
    for (const std::string& rel : files) {
      std::string text = ReadWhole(root / rel);
      bytes += text.size();
      findings.clear();
      auto t0 = std::chrono::steady_clock::now();
      bench::ScanChunked(scanner, text, chunk, &findings);
      scan_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      add_file(rel, text, findings);
    }
  }
  if (!answers.empty()) {
    std::fprintf(stderr, "score: %zu files named in answers.jsonl are missing, e.g. %s\n",
                 answers.size(), answers.begin()->first.c_str());
    return 1;
  }
  if (!scorer.Balanced()) {
    std::fprintf(stderr, "score: internal error: TP+FN != answers or TP+FP != findings\n");
    return 1;
  }

  double mb = static_cast<double>(bytes) / (1 << 20);
  if (json) {
    nlohmann::json out;
    out["files"] = files.size();
    out["bytes"] = bytes;
    out["scan_seconds"] = scan_seconds;
    out["scan_mb_per_s"] = scan_seconds > 0 ? mb / scan_seconds : 0;
    out["answers"] = scorer.answers();
    out["findings"] = scorer.findings();
    out["overall"] = TallyJson(scorer.Overall());
    for (const auto& [type, t] : scorer.by_type()) out["types"][type] = TallyJson(t);
    for (const auto& [folder, t] : scorer.by_folder()) out["folders"][folder] = TallyJson(t);
    out["near_misses"] = scorer.near_miss_total();
    out["near_miss_false_positives"] = scorer.near_miss_hits();
    std::printf("%s\n", out.dump(2).c_str());
  } else {
    std::printf(
        "scored %zu files, %.1f MB, %zu answers, %zu findings; scan %.2f s (%.0f MB/s, one "
        "thread%s)\n\n",
        files.size(), mb, scorer.answers(), scorer.findings(), scan_seconds,
        scan_seconds > 0 ? mb / scan_seconds : 0.0,
        pipeline ? ", whole pipeline: adapters, two passes" : ", engine only");
    PrintTable(scorer);
  }
  if (max_errors > 0) {
    FILE* to = json ? stderr : stdout;
    std::fprintf(to, "\n");
    for (const auto& e : scorer.errors()) {
      std::fprintf(to, "%s %-20s %s:%zu-%zu%s%s\n    %s\n", e.false_positive ? "FP" : "FN",
                   e.span.kind.c_str(), e.file.c_str(), e.span.begin, e.span.end,
                   e.why.empty() ? "" : "  ", e.why.c_str(), e.context.c_str());
    }
  }
  if (scorer.Overall().Recall() < expect_recall) {
    std::fprintf(stderr, "score: overall recall %.4f is below the expected %.4f\n",
                 scorer.Overall().Recall(), expect_recall);
    return 3;
  }
  return 0;
}
