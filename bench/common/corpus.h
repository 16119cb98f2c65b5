#pragma once
// The seeded benchmark corpus: realistic office and developer text files with planted entities and
// near-misses, each recorded with its byte span so a scan can be scored against the answer key.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/entity.h"

namespace bench {

struct Span {
  size_t begin = 0;  // byte offsets into the file, [begin, end)
  size_t end = 0;
  std::string kind;  // an entity name (EntityName) for answers, a near-miss kind otherwise
};

struct GeneratedFile {
  std::string path;  // relative, '/'-separated, e.g. "emails/emails_00012.txt"
  std::string text;
  std::vector<Span> entities;
  std::vector<Span> near_misses;
};

// Appends text to a file while recording where planted values land.
class Doc {
 public:
  explicit Doc(GeneratedFile& file) : file_(file) {}
  Doc& operator<<(std::string_view s) {
    file_.text += s;
    return *this;
  }
  Doc& Put(deskbench::Entity type, std::string_view value) {
    Record(file_.entities, deskbench::EntityName(type), value);
    return *this;
  }
  Doc& Near(std::string_view kind, std::string_view value) {
    Record(file_.near_misses, kind, value);
    return *this;
  }
  size_t size() const { return file_.text.size(); }

 private:
  void Record(std::vector<Span>& spans, std::string_view kind, std::string_view value) {
    size_t begin = file_.text.size();
    file_.text += value;
    spans.push_back({begin, file_.text.size(), std::string(kind)});
  }
  GeneratedFile& file_;
};

// Generates files until about `bytes` bytes of text exist, handing each to `sink` in order. The
// same seed and size give the same files on every platform.
void GenerateCorpus(uint64_t seed, uint64_t bytes,
                    const std::function<void(GeneratedFile&&)>& sink);

// One answers.jsonl / near_misses.jsonl line (no trailing newline).
std::string SpanJson(std::string_view file, const Span& span, std::string_view key);

}  // namespace bench
