#include "common/corpus.h"

#include <string_view>

#include "common/documents.h"

namespace bench {

namespace {

enum class Kind { kEmail, kMemo, kNotes, kInvoice, kCsv, kLog, kEnv, kYaml, kJson, kPython, kJs };

struct KindInfo {
  Kind kind;
  std::string_view dir;
  std::string_view stem;
  std::string_view ext;
  double weight;     // share of the corpus's files
  size_t min_bytes;  // file size drawn uniformly in [min_bytes, max_bytes]
  size_t max_bytes;
};

constexpr KindInfo kKinds[] = {
    {Kind::kEmail, "emails", "mail", ".eml", 14, 4 << 10, 48 << 10},
    {Kind::kMemo, "memos", "memo", ".txt", 8, 2 << 10, 24 << 10},
    {Kind::kNotes, "notes", "notes", ".md", 8, 2 << 10, 24 << 10},
    {Kind::kInvoice, "invoices", "invoice", ".txt", 8, 1 << 10, 16 << 10},
    {Kind::kCsv, "csv", "export", ".csv", 2, 16 << 10, 128 << 10},
    {Kind::kLog, "logs", "app", ".log", 3, 16 << 10, 128 << 10},
    {Kind::kEnv, "config", "service", ".env", 8, 512, 4 << 10},
    {Kind::kYaml, "config", "deploy", ".yaml", 8, 512, 8 << 10},
    {Kind::kJson, "json", "records", ".json", 2, 16 << 10, 96 << 10},
    {Kind::kPython, "code", "client", ".py", 6, 1 << 10, 8 << 10},
    {Kind::kJs, "code", "config", ".js", 6, 1 << 10, 8 << 10},
};

std::string Numbered(std::string_view stem, size_t n, std::string_view ext) {
  std::string digits = std::to_string(n);
  while (digits.size() < 5) digits.insert(digits.begin(), '0');
  return std::string(stem) + "_" + digits + std::string(ext);
}

void Fill(Faker& f, Doc& d, Kind kind, size_t target) {
  // Whole documents are appended until the file reaches its drawn size.
  do {
    switch (kind) {
      case Kind::kEmail:
        WriteEmail(f, d);
        break;
      case Kind::kMemo:
        WriteMemo(f, d);
        break;
      case Kind::kNotes:
        WriteMeetingNotes(f, d);
        break;
      case Kind::kInvoice:
        WriteInvoice(f, d);
        break;
      case Kind::kCsv:
        WriteCsv(f, d, target);
        return;
      case Kind::kLog:
        WriteLog(f, d, target);
        return;
      case Kind::kEnv:
        WriteEnv(f, d);
        break;
      case Kind::kYaml:
        WriteYaml(f, d);
        break;
      case Kind::kJson:
        WriteJson(f, d, target);
        return;
      case Kind::kPython:
        WriteCode(f, d, true);
        break;
      case Kind::kJs:
        WriteCode(f, d, false);
        break;
    }
  } while (d.size() < target);
}

void AppendEscaped(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
}

}  // namespace

void GenerateCorpus(uint64_t seed, uint64_t bytes,
                    const std::function<void(GeneratedFile&&)>& sink) {
  Rng rng(seed);
  Faker faker(rng);
  double weights[std::size(kKinds)];
  for (size_t i = 0; i < std::size(kKinds); ++i) weights[i] = kKinds[i].weight;
  size_t counts[std::size(kKinds)] = {};
  uint64_t total = 0;
  while (total < bytes) {
    size_t k = rng.Weighted(weights);
    const KindInfo& info = kKinds[k];
    size_t target = info.min_bytes + rng.Below(info.max_bytes - info.min_bytes + 1);
    if (target > bytes - total && bytes - total >= 512) target = bytes - total;
    GeneratedFile file;
    file.path = std::string(info.dir) + "/" + Numbered(info.stem, ++counts[k], info.ext);
    file.text.reserve(target + 4096);
    Doc doc(file);
    Fill(faker, doc, info.kind, target);
    total += file.text.size();
    sink(std::move(file));
  }
}

std::string SpanJson(std::string_view file, const Span& span, std::string_view key) {
  std::string out = "{\"file\": \"";
  AppendEscaped(out, file);
  out += "\", \"start\": " + std::to_string(span.begin) + ", \"end\": " + std::to_string(span.end) +
         ", \"" + std::string(key) + "\": \"";
  AppendEscaped(out, span.kind);
  out += "\"}";
  return out;
}

}  // namespace bench
