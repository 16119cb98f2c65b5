// corpus --seed N --mb M --out DIR: writes the seeded benchmark corpus and its answer key
// (DIR/answers.jsonl) and near-miss list (DIR/near_misses.jsonl).

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>

#include "common/checksums.h"
#include "common/corpus.h"

namespace {

int Usage() {
  std::fprintf(stderr, "usage: corpus --seed N --mb M --out DIR\n");
  return 2;
}

// Spans must lie inside the file and not overlap: the scorer relies on both.
bool SpansSound(const bench::GeneratedFile& f, const std::vector<bench::Span>& spans) {
  size_t last_end = 0;
  for (const auto& s : spans) {
    if (s.begin < last_end || s.end <= s.begin || s.end > f.text.size()) return false;
    last_end = s.end;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t seed = 1;
  double mb = 64;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (i + 1 >= argc) return Usage();
    if (a == "--seed") {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--mb") {
      mb = std::strtod(argv[++i], nullptr);
    } else if (a == "--out") {
      out = argv[++i];
    } else {
      return Usage();
    }
  }
  if (out.empty() || mb <= 0) return Usage();
  if (std::string err = bench::check::SelfTest(); !err.empty()) {
    std::fprintf(stderr, "corpus: check-digit self-test failed: %s\n", err.c_str());
    return 1;
  }

  namespace fs = std::filesystem;
  fs::path root(out);
  fs::create_directories(root);
  std::ofstream answers(root / "answers.jsonl", std::ios::binary);
  std::ofstream near(root / "near_misses.jsonl", std::ios::binary);
  std::map<std::string, size_t> per_type;
  size_t files = 0, bytes = 0, near_count = 0;
  bool ok = true;
  bench::GenerateCorpus(
      seed, static_cast<uint64_t>(mb * 1024 * 1024), [&](bench::GeneratedFile&& f) {
        if (!SpansSound(f, f.entities)) {
          std::fprintf(stderr, "corpus: overlapping or out-of-range answer in %s\n",
                       f.path.c_str());
          ok = false;
        }
        fs::path p = root / f.path;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary)
            .write(f.text.data(), static_cast<std::streamsize>(f.text.size()));
        for (const auto& s : f.entities) {
          answers << bench::SpanJson(f.path, s, "type") << "\n";
          ++per_type[s.kind];
        }
        for (const auto& s : f.near_misses) near << bench::SpanJson(f.path, s, "kind") << "\n";
        near_count += f.near_misses.size();
        ++files;
        bytes += f.text.size();
      });
  answers.close();
  near.close();
  if (!answers || !near) {
    std::fprintf(stderr, "corpus: cannot write the answer key under %s\n", out.c_str());
    return 1;
  }
  size_t total = 0;
  for (const auto& [type, n] : per_type) total += n;
  std::printf(
      "corpus: seed %llu, %zu files, %.1f MB, %zu planted entities (%zu types), %zu near-misses\n",
      static_cast<unsigned long long>(seed), files, static_cast<double>(bytes) / (1 << 20), total,
      per_type.size(), near_count);
  return ok ? 0 : 1;
}
