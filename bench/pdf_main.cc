// Google Benchmark runs of the PDF adapter on a generated report: N pages (DESKBENCH_PDF_PAGES,
// default 200) of 45 Helvetica lines each, a name, an email and a phone number on every page,
// written by hand (no PDF library involved in making it). One thread.
//
//   BM_PdfOpenScan: open with MuPDF and read every unit (what pass 1 does).
//   BM_PdfScrub:    open, scan with the engine, redact every finding, write, output check
//                   (what pass 2 does); pages/s is the product's text-layer figure minus pass 1.

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/sink.h"
#include "detect/engine.h"
#include "formats/pdf/pdf_document.h"
#include "formats/registry.h"
#include "pdf_fixtures.h"  // tests/unit/formats: the same hand-written PDF layout

namespace {

int Pages() {
  const char* env = std::getenv("DESKBENCH_PDF_PAGES");
  int pages = env ? std::atoi(env) : 200;
  return pages > 0 ? pages : 200;
}

std::string Report(int pages) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "",  // page tree, below
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  };
  std::string kids;
  for (int p = 0; p < pages; ++p) {
    std::string content = "BT /F1 11 Tf 72 740 Td 15 TL\n";
    for (int line = 0; line < 45; ++line) {
      char text[160];
      if (line == 20) {
        std::snprintf(text, sizeof text,
                      "(Prepared by Margaret Hollingsworth, margaret.h@example.com, "
                      "\\(415\\) 555-2671.) '\n");
      } else {
        std::snprintf(text, sizeof text,
                      "(Page %d line %d: revenue grew in region %d as planned this quarter.) '\n",
                      p + 1, line + 1, line % 7);
      }
      content += text;
    }
    content += "ET";
    size_t page_obj = objects.size() + 1;
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " +
                      std::to_string(page_obj + 1) +
                      " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    objects.push_back(deskbench::testing::Stream("", content));
    kids += std::to_string(page_obj) + " 0 R ";
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>";
  return deskbench::testing::MakePdf(objects);
}

const std::string& TheReport() {
  static const std::string report = Report(Pages());
  return report;
}

deskbench::FormatOptions Options() {
  deskbench::FormatOptions options;
  options.ocr = false;  // text pages only
  return options;
}

void BM_PdfOpenScan(benchmark::State& state) {
  size_t segments = 0;
  for (auto _ : state) {
    deskbench::pdf::PdfDocument doc(deskbench::ByteSource::FromBytes(TheReport(), "r.pdf"),
                                    Options(), deskbench::OpenSource);
    doc.Scan([&](const deskbench::Segment&) { ++segments; });
  }
  benchmark::DoNotOptimize(segments);
  state.counters["pages_per_s"] = benchmark::Counter(static_cast<double>(Pages()),
                                                     benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_PdfOpenScan)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PdfScrub(benchmark::State& state) {
  static const deskbench::Engine engine{deskbench::Policy{}};
  size_t redacted = 0;
  for (auto _ : state) {
    // A scanner remembers its short texts: one that has seen none each round, as a run has.
    state.PauseTiming();
    auto scanner = engine.NewScanner();
    state.ResumeTiming();
    deskbench::pdf::PdfDocument doc(deskbench::ByteSource::FromBytes(TheReport(), "r.pdf"),
                                    Options(), deskbench::OpenSource);
    deskbench::StringSink sink;
    doc.Write(
        [&](const deskbench::Segment& s) {
          std::vector<deskbench::Edit> edits;
          for (const deskbench::Finding& f : scanner.Scan(s.text, s.hint)) {
            edits.push_back({f.begin, f.end, "[X]"});
          }
          redacted += edits.size();
          return edits;
        },
        sink);
  }
  state.counters["pages_per_s"] = benchmark::Counter(static_cast<double>(Pages()),
                                                     benchmark::Counter::kIsIterationInvariantRate);
  state.counters["redacted_per_page"] = benchmark::Counter(
      static_cast<double>(redacted) / static_cast<double>(state.iterations()) / Pages());
}
BENCHMARK(BM_PdfScrub)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
