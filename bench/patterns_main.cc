// What each built-in recognizer's pattern costs vectorscan on a folder's texts: every pattern is
// compiled alone (with the flags the engine gives it) and scans the segments the formats give,
// so a pattern that slows every byte, or matches far more often than it validates, stands out.
//
//   build/bench/patterns DIR [--top N] [--min-bytes N] [--marginal] [--try REGEX]
//
// Columns: whether start of match is tracked, whether the pattern needs a digit (it is then not
// scanned in short texts without one), milliseconds alone (best of three), raw matches (every end
// offset), candidates (the longest per start, as the engine keeps), candidates that validate.

#include <hs/hs.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/error.h"
#include "detect/database.h"
#include "detect/pattern_digits.h"
#include "detect/recognizer.h"
#include "formats/registry.h"

namespace {

namespace fs = std::filesystem;
using deskbench::PatternRecognizer;

struct Segments {
  std::vector<std::string> texts;
  size_t bytes = 0;
};

Segments ReadSegments(const fs::path& dir, size_t min_bytes) {
  Segments out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    try {
      deskbench::OpenedDocument doc = deskbench::OpenDocument(e.path(), deskbench::Limits{});
      doc.document->Scan([&](const deskbench::Segment& seg) {
        if (seg.text.size() < min_bytes) return;
        out.bytes += seg.text.size();
        out.texts.emplace_back(seg.text);
      });
    } catch (const std::exception& ex) {
      std::fprintf(stderr, "%s: skipped (%s)\n", e.path().c_str(), ex.what());
    }
  }
  return out;
}

struct Cost {
  std::string_view id;
  bool som = false;
  bool needs_digit = false;  // PatternNeedsDigit: not scanned in texts without one
  double ms = 0;
  size_t raw = 0;
  size_t candidates = 0;
  size_t valid = 0;
};

struct Hit {
  unsigned long long from, to;
};

int OnMatch(unsigned, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
  static_cast<std::vector<Hit>*>(ctx)->push_back({from, to});
  return 0;
}

// Best of three scans of every segment with one database, in milliseconds.
double TimeScans(const hs_database_t* db, const Segments& segs, size_t* raw_out) {
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) throw std::runtime_error("scratch");
  std::vector<Hit> hits;
  double best = 1e300;
  for (int round = 0; round < 3; ++round) {
    size_t raw = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (const std::string& text : segs.texts) {
      hits.clear();
      hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, OnMatch, &hits);
      raw += hits.size();
    }
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    if (raw_out != nullptr) *raw_out = raw;
  }
  hs_free_scratch(scratch);
  return best;
}

Cost Measure(const PatternRecognizer& r, const deskbench::PatternWidth& width,
             const Segments& segs) {
  Cost cost{r.id, !width.Fixed(), deskbench::PatternNeedsDigit(r.regex)};
  deskbench::PatternSet set;
  set.patterns.emplace_back(r.regex);
  set.flags.push_back((r.caseless ? HS_FLAG_CASELESS : 0u) |
                      (cost.som ? HS_FLAG_SOM_LEFTMOST : 0u));
  deskbench::Database db = deskbench::CompileDatabase(set);
  cost.ms = TimeScans(db.get(), segs, &cost.raw);
  hs_scratch_t* scratch = nullptr;
  if (hs_alloc_scratch(db.get(), &scratch) != HS_SUCCESS) throw std::runtime_error("scratch");
  std::vector<Hit> hits;
  // Candidates and validations, outside the timing.
  deskbench::Policy policy;
  for (const std::string& text : segs.texts) {
    hits.clear();
    hs_scan(db.get(), text.data(), static_cast<unsigned>(text.size()), 0, scratch, OnMatch, &hits);
    for (Hit& h : hits) {
      if (!cost.som) h.from = h.to - width.min;
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
      return a.from != b.from ? a.from < b.from : a.to > b.to;
    });
    for (size_t i = 0; i < hits.size(); ++i) {
      if (i > 0 && hits[i].from == hits[i - 1].from) continue;
      ++cost.candidates;
      deskbench::Match m{hits[i].from, hits[i].to, r.score};
      if (r.validate == nullptr || r.validate(text, m, policy)) ++cost.valid;
    }
  }
  hs_free_scratch(scratch);
  return cost;
}

int Run(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [--top N] [--min-bytes N] [--marginal] [--try REGEX]\n",
                 argv[0]);
    return 2;
  }
  size_t top = 40;
  bool marginal = false;
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == "--top" && i + 1 < argc) top = std::strtoul(argv[++i], nullptr, 10);
    if (std::string(argv[i]) == "--marginal") marginal = true;
  }
  size_t min_bytes = 0;
  for (int i = 2; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--min-bytes") min_bytes = std::strtoul(argv[i + 1], nullptr, 10);
  }
  // Over 512 bytes, a text is scanned with the shapes' databases (detect/engine.cc): --min-bytes
  // 513 measures what those texts cost.
  const Segments segs = ReadSegments(argv[1], min_bytes);
  for (int i = 2; i + 1 < argc; ++i) {
    // A pattern of one's own, to try before changing a recognizer: REGEX, caseless, with SOM.
    if (std::string(argv[i]) != "--try") continue;
    deskbench::PatternSet one;
    one.patterns.emplace_back(argv[i + 1]);
    one.flags.push_back(HS_FLAG_CASELESS | HS_FLAG_SOM_LEFTMOST);
    size_t raw = 0;
    const double ms = TimeScans(deskbench::CompileDatabase(one).get(), segs, &raw);
    std::printf("%s: %.1f ms, %zu matches\n", argv[i + 1], ms, raw);
    return 0;
  }
  std::vector<const PatternRecognizer*> recognizers;
  deskbench::PatternSet all;
  for (const PatternRecognizer& r : deskbench::BuiltinRecognizers()) {
    if (r.regex.empty()) continue;
    recognizers.push_back(&r);
    all.patterns.emplace_back(r.regex);
    all.flags.push_back(r.caseless ? HS_FLAG_CASELESS : 0u);
  }
  const std::vector<deskbench::PatternWidth> widths = deskbench::LoadOrMeasureWidths(all);
  for (size_t i = 0; i < widths.size(); ++i) {
    if (!widths[i].Fixed()) all.flags[i] |= HS_FLAG_SOM_LEFTMOST;
  }
  const double all_ms = TimeScans(deskbench::CompileDatabase(all).get(), segs, nullptr);
  std::printf("every pattern in one database: %.1f ms\n", all_ms);
  if (marginal) {
    // What leaving each pattern out saves the one database.
    std::vector<std::pair<double, std::string_view>> saved;
    for (size_t i = 0; i < recognizers.size(); ++i) {
      deskbench::PatternSet rest = all;
      rest.patterns.erase(rest.patterns.begin() + static_cast<long>(i));
      rest.flags.erase(rest.flags.begin() + static_cast<long>(i));
      saved.emplace_back(all_ms - TimeScans(deskbench::CompileDatabase(rest).get(), segs, nullptr),
                         recognizers[i]->id);
    }
    std::sort(saved.rbegin(), saved.rend());
    for (size_t i = 0; i < saved.size() && i < top; ++i) {
      std::printf("%-36.*s %9.1f ms saved\n", static_cast<int>(saved[i].second.size()),
                  saved[i].second.data(), saved[i].first);
    }
    return 0;
  }
  std::vector<Cost> costs;
  double total = 0;
  for (size_t i = 0; i < recognizers.size(); ++i) {
    costs.push_back(Measure(*recognizers[i], widths[i], segs));
    total += costs.back().ms;
  }
  std::sort(costs.begin(), costs.end(), [](const Cost& a, const Cost& b) { return a.ms > b.ms; });
  std::printf("%zu segments, %.1f MB; %zu patterns, %.0f ms alone in all\n", segs.texts.size(),
              static_cast<double>(segs.bytes) / 1e6, costs.size(), total);
  std::printf("%-36s %4s %5s %9s %10s %10s %8s\n", "recognizer", "som", "digit", "ms", "raw",
              "candidates", "valid");
  for (size_t i = 0; i < costs.size() && i < top; ++i) {
    const Cost& c = costs[i];
    std::printf("%-36.*s %4s %5s %9.1f %10zu %10zu %8zu\n", static_cast<int>(c.id.size()),
                c.id.data(), c.som ? "yes" : "", c.needs_digit ? "yes" : "", c.ms, c.raw,
                c.candidates, c.valid);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "patterns: %s\n", e.what());
    return 2;
  }
}
