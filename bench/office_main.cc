// Scrub throughput on generated Office documents, single thread, through the whole pipeline
// (plan, pass 1, pass 2, adapters, engine, writing the scrubbed copy):
//   office                      Google Benchmark runs: docx and xlsx of 1, 8 and 32 MB of XML,
//                               xlsx of 16 and 64 MiB of shared strings,
//                               and a folder of typical 50 KB documents for files per second
//                               (with OCR of their pictures, as by default, and without)
//   office --write DIR          writes the same documents to DIR (the 100 small ones in
//                               DIR/small), to measure CPU time and peak memory of
//                               `deskbench scrub` with /usr/bin/time (see bench/RESULTS.md)

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/office_docs.h"
#include "core/allocator_tuning.h"
#include "scrub/pipeline.h"
#include "scrub/plan.h"

namespace fs = std::filesystem;

namespace {

constexpr uint64_t kMiB = 1 << 20;
// A typical letter or small table: about 50 KB once compressed.
constexpr uint64_t kSmallFile = 50 * 1000;
constexpr int kSmallFiles = 100;

fs::path Scratch(const std::string& name) {
  fs::path dir =
      fs::temp_directory_path() / ("deskbench-bench-office-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

uint64_t Save(const fs::path& path, const bench::OfficeDoc& doc) {
  std::ofstream(path, std::ios::binary) << doc.bytes;
  return doc.bytes.size();
}

void Scrub(benchmark::State& state, const fs::path& in, uint64_t file_bytes, uint64_t xml_bytes,
           size_t files, bool ocr = true) {
  deskbench::Plan plan = deskbench::PlanInputs({in});
  fs::path out = in.parent_path() / (in.filename().string() + "-out");
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(out);
    state.ResumeTiming();
    deskbench::RunOptions options;
    options.jobs = 1;
    options.write = true;
    options.out = out;
    options.key = std::string(32, 'k');
    options.config.formats.ocr = ocr;
    deskbench::RunReport report = deskbench::Run(plan, options);
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * file_bytes));
  state.counters["xml_MB/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * xml_bytes) / kMiB, benchmark::Counter::kIsRate);
  state.counters["files/s"] = benchmark::Counter(static_cast<double>(state.iterations() * files),
                                                 benchmark::Counter::kIsRate);
  state.counters["file_MB"] = static_cast<double>(file_bytes) / kMiB;
  state.counters["xml_MB"] = static_cast<double>(xml_bytes) / kMiB;
}

void BM_ScrubDocx(benchmark::State& state) {
  fs::path in = Scratch("docx-" + std::to_string(state.range(0)));
  bench::OfficeDoc doc = bench::GenerateDocx(1, static_cast<uint64_t>(state.range(0)) * kMiB);
  uint64_t bytes = Save(in / "report.docx", doc);
  Scrub(state, in, bytes, doc.xml_bytes, 1);
}
BENCHMARK(BM_ScrubDocx)->Arg(1)->Arg(8)->Arg(32)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ScrubXlsx(benchmark::State& state) {
  fs::path in = Scratch("xlsx-" + std::to_string(state.range(0)));
  bench::OfficeDoc doc = bench::GenerateXlsx(1, static_cast<uint64_t>(state.range(0)) * kMiB);
  uint64_t bytes = Save(in / "people.xlsx", doc);
  Scrub(state, in, bytes, doc.xml_bytes, 1);
}
BENCHMARK(BM_ScrubXlsx)->Arg(1)->Arg(8)->Arg(32)->Unit(benchmark::kMillisecond)->UseRealTime();

// Staff lists whose notes are paragraphs: shared strings of 16 and 64 MiB, the largest part (over
// 8 MiB: streamed, see bench/RESULTS.md).
void BM_ScrubStringsXlsx(benchmark::State& state) {
  fs::path in = Scratch("xlsx-strings-" + std::to_string(state.range(0)));
  bench::OfficeDoc doc =
      bench::GenerateStringsXlsx(1, static_cast<uint64_t>(state.range(0)) * kMiB);
  uint64_t bytes = Save(in / "staff.xlsx", doc);
  Scrub(state, in, bytes, doc.xml_bytes, 1);
}
BENCHMARK(BM_ScrubStringsXlsx)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond)->UseRealTime();

// Reports of 8 and 32 MB, mostly photographs (copied as they are when nothing in them changes),
// without OCR: tesseract over each photograph would dominate (see bench/RESULTS.md).
void BM_ScrubReportDocx(benchmark::State& state) {
  fs::path in = Scratch("report-" + std::to_string(state.range(0)));
  bench::OfficeDoc doc = bench::GenerateReportDocx(1, static_cast<uint64_t>(state.range(0)) * kMiB);
  uint64_t bytes = Save(in / "report.docx", doc);
  Scrub(state, in, bytes, doc.xml_bytes, 1, false);
}
BENCHMARK(BM_ScrubReportDocx)->Arg(8)->Arg(32)->Unit(benchmark::kMillisecond)->UseRealTime();

// Half letters (with a letterhead picture), half staff lists, as a task folder would hold them.
// Returns the bytes written and adds the largest parts' sizes to xml.
uint64_t WriteSmallDocuments(const fs::path& dir, uint64_t& xml) {
  fs::create_directories(dir);
  uint64_t bytes = 0;
  for (int i = 0; i < kSmallFiles; ++i) {
    bench::OfficeDoc doc = i % 2 == 0 ? bench::GenerateTypicalDocx(100 + i, kSmallFile, true)
                                      : bench::GenerateTypicalXlsx(100 + i, kSmallFile);
    bytes += Save(dir / ("doc" + std::to_string(i) + (i % 2 == 0 ? ".docx" : ".xlsx")), doc);
    xml += doc.xml_bytes;
  }
  return bytes;
}

// Argument: 1 reads the pictures' text with OCR (the default of `deskbench scrub`), 0 does not.
void BM_ScrubSmallDocuments(benchmark::State& state) {
  fs::path in = Scratch("small");
  uint64_t xml = 0;
  uint64_t bytes = WriteSmallDocuments(in, xml);
  Scrub(state, in, bytes, xml, kSmallFiles, state.range(0) != 0);
}
BENCHMARK(BM_ScrubSmallDocuments)
    ->ArgName("ocr")
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int WriteDocuments(const fs::path& dir) {
  fs::create_directories(dir);
  for (uint64_t mb : {1, 8, 32, 64}) {
    Save(dir / ("docx-" + std::to_string(mb) + "mb.docx"), bench::GenerateDocx(1, mb * kMiB));
    Save(dir / ("xlsx-" + std::to_string(mb) + "mb.xlsx"), bench::GenerateXlsx(1, mb * kMiB));
  }
  // A million rows: worksheets this large are streamed (peak memory in bench/RESULTS.md).
  Save(dir / "xlsx-1m-rows.xlsx", bench::GenerateXlsxRows(1, 1'000'000));
  // Shared strings this large are streamed too.
  for (uint64_t mb : {16, 64}) {
    Save(dir / ("xlsx-strings-" + std::to_string(mb) + "mb.xlsx"),
         bench::GenerateStringsXlsx(1, mb * kMiB));
  }
  Save(dir / "typical-letter.docx", bench::GenerateTypicalDocx(100, kSmallFile, true));
  Save(dir / "typical-table.xlsx", bench::GenerateTypicalXlsx(101, kSmallFile));
  uint64_t xml = 0;
  WriteSmallDocuments(dir / "small", xml);
  for (uint64_t mb : {8, 32}) {
    Save(dir / ("report-" + std::to_string(mb) + "mb.docx"),
         bench::GenerateReportDocx(1, mb * kMiB));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  deskbench::TuneAllocator();  // as the deskbench command does
  if (argc == 3 && std::strcmp(argv[1], "--write") == 0) return WriteDocuments(argv[2]);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  fs::remove_all(fs::temp_directory_path() /
                 ("deskbench-bench-office-" + std::to_string(::getpid())));
  return 0;
}
