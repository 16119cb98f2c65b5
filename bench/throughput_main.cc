// Google Benchmark runs of the engine over an in-memory corpus from the same generator as
// `corpus` (seed 1; DESKBENCH_BENCH_MB sets its size, default 64 MB).

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "common/corpus.h"
#include "common/scan.h"
#include "common/values.h"
#include "core/limits.h"
#include "detect/engine.h"
#include "detect/names/identity.h"
#include "detect/term_index.h"

namespace {

struct Corpus {
  std::vector<std::string> texts;
  size_t bytes = 0;
};

const Corpus& TheCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    double mb = 64;
    if (const char* env = std::getenv("DESKBENCH_BENCH_MB")) mb = std::strtod(env, nullptr);
    if (mb <= 0) mb = 64;
    bench::GenerateCorpus(1, static_cast<uint64_t>(mb * 1024 * 1024),
                          [&](bench::GeneratedFile&& f) {
                            c.bytes += f.text.size();
                            c.texts.push_back(std::move(f.text));
                          });
    return c;
  }();
  return corpus;
}

const deskbench::Engine& TheEngine() {
  static const deskbench::Engine engine{deskbench::Policy{}};
  return engine;
}

const size_t kChunk = deskbench::Limits{}.chunk_bytes;

// One thread, one Scanner, every file of the corpus.
void BM_Scan(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  size_t findings = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto scanner = TheEngine().NewScanner();  // one that remembers nothing (BM_ScanPieces)
    state.ResumeTiming();
    for (const std::string& text : corpus.texts) {
      findings += bench::ScanChunked(scanner, text, kChunk);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["findings_per_MB"] =
      benchmark::Counter(static_cast<double>(findings) / static_cast<double>(state.iterations()) /
                         (static_cast<double>(corpus.bytes) / (1 << 20)));
}
BENCHMARK(BM_Scan)->Unit(benchmark::kMillisecond)->UseRealTime();

// The corpus cut into pieces of about N bytes (at a space), each scanned as a text of its own,
// as spreadsheet cells, CSV fields, JSON values and short paragraphs are: what a call costs
// whatever its length.
void BM_ScanPieces(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<std::string_view> pieces;
  size_t bytes = 0;
  for (const std::string& text : corpus.texts) {
    std::string_view rest = text;
    while (!rest.empty() && bytes < (4u << 20)) {
      size_t cut = rest.size() <= n ? rest.size() : rest.find(' ', n);
      if (cut == std::string_view::npos) cut = rest.size();
      pieces.push_back(rest.substr(0, cut));
      bytes += cut;
      rest.remove_prefix(std::min(rest.size(), cut + 1));
    }
  }
  for (auto _ : state) {
    // A scanner remembers its short texts: each round starts with one that has seen none, so
    // that only repeats within the pieces are answered from memory, as in a real run.
    state.PauseTiming();
    auto scanner = TheEngine().NewScanner();
    state.ResumeTiming();
    for (std::string_view piece : pieces) benchmark::DoNotOptimize(scanner.Scan(piece).size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pieces_per_s"] = benchmark::Counter(
      static_cast<double>(pieces.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ScanPieces)
    ->Arg(16)
    ->Arg(64)
    ->Arg(256)
    ->Arg(1024)
    ->Arg(4096)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The corpus split into N parts of about equal size, each scanned by its own thread and Scanner.
// Reports the speed-up over the 1-thread run of the same benchmark.
void BM_ScanThreads(benchmark::State& state) {
  static double one_thread_rate = 0;
  const Corpus& corpus = TheCorpus();
  const size_t n = static_cast<size_t>(state.range(0));
  std::vector<size_t> cut = {0};
  size_t acc = 0;
  for (size_t i = 0; i < corpus.texts.size(); ++i) {
    acc += corpus.texts[i].size();
    if (cut.size() < n && acc * n >= corpus.bytes * cut.size()) cut.push_back(i + 1);
  }
  while (cut.size() <= n) cut.push_back(corpus.texts.size());
  double seconds = 0;
  for (auto _ : state) {
    std::vector<deskbench::Engine::Scanner> scanners;  // that remember nothing (BM_ScanPieces)
    for (size_t t = 0; t < n; ++t) scanners.push_back(TheEngine().NewScanner());
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (size_t t = 0; t < n; ++t) {
      threads.emplace_back([&, t] {
        for (size_t i = cut[t]; i < cut[t + 1]; ++i) {
          benchmark::DoNotOptimize(bench::ScanChunked(scanners[t], corpus.texts[i], kChunk));
        }
      });
    }
    for (auto& th : threads) th.join();
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  double rate = static_cast<double>(state.iterations() * corpus.bytes) / seconds;
  if (n == 1) one_thread_rate = rate;
  if (one_thread_rate > 0) state.counters["speedup"] = rate / one_thread_rate;
}
BENCHMARK(BM_ScanThreads)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The same scan with a user deny list of 200 names and organisations from the corpus generator:
// literal terms go into the same vectorscan database as the recognizers.
void BM_ScanDenyList(benchmark::State& state) {
  static const deskbench::Engine engine = [] {
    deskbench::Policy policy;
    bench::Rng rng(7);
    bench::Faker faker(rng);
    for (int i = 0; i < 100; ++i) {
      policy.deny.push_back(faker.NewPerson().Full());
      policy.deny.push_back(faker.NewOrg().name);
    }
    return deskbench::Engine(std::move(policy));
  }();
  const Corpus& corpus = TheCorpus();
  size_t findings = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto scanner = engine.NewScanner();  // one that remembers nothing (BM_ScanPieces)
    state.ResumeTiming();
    for (const std::string& text : corpus.texts) {
      findings += bench::ScanChunked(scanner, text, kChunk);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["findings_per_MB"] =
      benchmark::Counter(static_cast<double>(findings) / static_cast<double>(state.iterations()) /
                         (static_cast<double>(corpus.bytes) / (1 << 20)));
}
BENCHMARK(BM_ScanDenyList)->Unit(benchmark::kMillisecond)->UseRealTime();

// The index of names learnt in pass 1 on its own: every variant of 20,000 people of the corpus
// generator (a large task), looked up at every word of the corpus.
void BM_TermIndexFind(benchmark::State& state) {
  static const deskbench::TermIndex index = [] {
    deskbench::names::IdentityBook people;
    bench::Rng rng(11);
    bench::Faker faker(rng);
    for (int i = 0; i < 20000; ++i) people.Add(faker.NewPerson().Full());
    deskbench::TermIndex built;
    unsigned id = 0;
    for (const std::string& v : people.Variants()) {
      if (deskbench::TermIndex::Indexable(v)) built.Add(v, id++);
    }
    return built;
  }();
  const Corpus& corpus = TheCorpus();
  std::vector<deskbench::TermIndex::Hit> hits;
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.texts) {
      hits.clear();
      index.Find(text, hits);
      found += hits.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["hits_per_MB"] =
      benchmark::Counter(static_cast<double>(found) / static_cast<double>(state.iterations()) /
                         (static_cast<double>(corpus.bytes) / (1 << 20)));
}
BENCHMARK(BM_TermIndexFind)->Unit(benchmark::kMillisecond)->UseRealTime();

// Compiling the default policy: every recognizer into one vectorscan database.
void BM_EngineCompile(benchmark::State& state) {
  for (auto _ : state) {
    deskbench::Engine engine{deskbench::Policy{}};
    benchmark::DoNotOptimize(&engine);
  }
}
BENCHMARK(BM_EngineCompile)->Unit(benchmark::kMillisecond);

// A Scanner per thread allocates vectorscan scratch space.
void BM_NewScanner(benchmark::State& state) {
  const deskbench::Engine& engine = TheEngine();
  for (auto _ : state) {
    auto scanner = engine.NewScanner();
    benchmark::DoNotOptimize(&scanner);
  }
}
BENCHMARK(BM_NewScanner)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
