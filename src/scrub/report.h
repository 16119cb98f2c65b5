#pragma once
// What a run found and did: plain data, written out as JSON, HTML and SARIF (report_writers.h).
// Reports quote original values, so they are written beside the output, never inside it.

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "detect/entity.h"
#include "formats/document.h"
#include "redact/operator.h"
#include "scrub/value_store.h"

namespace deskbench {

struct ReportedFinding {
  Entity type;
  std::string text;         // the original value
  std::string replacement;  // what it became (equal to text when kept)
  Operator action;
  float score;
  std::string recognizer;
  std::string location;        // the adapter's words: "line 12", "row 3, column email"
  uint64_t start = kNoOrigin;  // byte offsets into the original file, when known
  uint64_t end = kNoOrigin;
  uint64_t line = 0;    // 1-based; 0 when unknown
  uint64_t column = 0;  // 1-based byte column
  std::string before;   // a little text around the finding, for people
  std::string after;
  std::string value_id;  // stable id of (type, value) within a run: links all mentions
  // The person or organisation a mention stands for ("Doe", "J. Doe" and "jdoe@..." are one
  // identity), else the value_id: what the review page groups by.
  std::string identity = {};
  // Where in the file's document the finding is: the index of its segment in Scan order and the
  // byte range in that segment's text (kNoOrigin for findings in the file's name).
  uint64_t segment = kNoOrigin;
  uint64_t segment_begin = 0;
  uint64_t segment_end = 0;
};

enum class FileStatus { kScrubbed, kClean, kRefused, kError, kSkipped };

struct FileReport {
  std::string path;    // relative output path
  std::string source;  // the input path as given
  std::string format;
  FileStatus status = FileStatus::kClean;
  std::string reason;                     // for refused / error / skipped
  std::vector<ReportedFinding> findings;  // the first kMaxFindingsPerFile
  uint64_t finding_count = 0;             // all of them
  std::array<uint64_t, kEntityCount> per_type{};
  std::vector<Note> notes;
  uint64_t bytes_in = 0;
  std::string sha256_out;  // of the written file (scrub only)
};

// Findings kept with their context for the reports: at most this many per file and per run (the
// counts cover all of them). Keeps a run's memory bounded whatever the input.
inline constexpr size_t kMaxFindingsPerFile = 5000;
inline constexpr size_t kMaxReportedFindings = 50000;

struct RunReport {
  std::string command;  // "scan" or "scrub"
  std::string version;
  std::string started;  // UTC, ISO 8601
  std::string policy_hash;
  std::string output;  // output folder (scrub)
  std::vector<FileReport> files;
  ValueStore values;  // by ValueId: every distinct value found (scrub only)
  std::array<uint64_t, kEntityCount> per_type{};
  uint64_t findings = 0;
  uint64_t bytes = 0;
  double seconds = 0;

  size_t Count(FileStatus s) const {
    size_t n = 0;
    for (const auto& f : files) n += f.status == s;
    return n;
  }
};

std::string_view FileStatusName(FileStatus s);

}  // namespace deskbench
