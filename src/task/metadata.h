#pragma once
// task.toml: what a task is about (docs/task-format.md). Plain data, read and written here.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::task {

inline constexpr int kSchemaVersion = 1;

struct Metadata {
  int schema_version = kSchemaVersion;
  std::string id;  // lower-case letters, digits, '-' and '_': names the pack
  std::string title;
  std::string occupation;  // free text
  std::string onet_soc;    // optional O*NET-SOC code, "NN-NNNN.NN"
  std::string sector;
  double hours = 0;             // hours the work took
  std::string month_completed;  // "YYYY-MM"
  std::string language = "en";  // BCP 47 tag of the request
  std::string contributor_id;   // an opaque id given by the collection server, never a name
  std::vector<std::string> tags;
};

// Parses task.toml text. Throws UsageError naming `file`, the line and what is wrong (syntax,
// wrong types, unknown keys). Values that are well typed but wrong (an id with spaces, a month
// "March") are left for ValidateMetadata so that `task check` can list them all.
Metadata ParseMetadata(std::string_view text, const std::filesystem::path& file);
Metadata LoadMetadata(const std::filesystem::path& file);

// task.toml text for the metadata (stable key order; empty optional fields left out).
std::string MetadataToml(const Metadata& m);

// What is wrong with the values, one message each, saying what to do; empty when all is well.
std::vector<std::string> ValidateMetadata(const Metadata& m);

// The free-text fields (title, occupation, sector, tags) as "key: value" lines: this is what the
// scrub run scans for task.toml (the report's "task.toml" entry refers to this text), and
// ApplyTextView reads the scrubbed lines back. Structural fields are never scanned.
std::string MetadataTextView(const Metadata& m);
// Replaces the free-text fields of `m` with those in a (scrubbed) text view. Throws UsageError
// when the view lost its shape.
Metadata ApplyTextView(Metadata m, std::string_view view);

// A task id made from a title: "Q1 carrier cost review" -> "q1-carrier-cost-review".
std::string IdFromTitle(std::string_view title);

}  // namespace deskbench::task
