#pragma once
// What the reviewer decided on the review page: keep or change a value everywhere or one finding
// in one file, and the deny and allow terms. The decisions live in the bundle's decisions file
// (DIR/.deskbench/decisions.json, the format `deskbench scrub --decisions` reads), the terms in
// DIR/.deskbench/terms.toml. Only what the reviewer decided is written, so that saving the same
// decisions twice writes the same bytes (pack compares the file with the one the scrub used).

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "detect/entity.h"
#include "redact/operator.h"
#include "scrub/decisions.h"
#include "scrub/report.h"
#include "task/terms.h"

namespace deskbench::review {

using task::Terms;

// One finding, named as Decisions names it: by byte offset where the format has one, else by
// its location and text.
struct FindingRef {
  std::string file;  // the report's (output) path
  uint64_t start = kNoOrigin;
  std::string location;
  std::string text;

  std::string Key() const;
};

class ReviewState {
 public:
  // Reads the bundle's decisions and terms; missing files are an empty state. Throws UsageError
  // naming the file.
  static ReviewState Load(const std::filesystem::path& bundle_dir);
  // Writes both files (atomically).
  void Save(const std::filesystem::path& bundle_dir) const;

  void SetValue(Entity type, const std::string& text, Operator action);
  void SetFinding(const FindingRef& finding, Operator action);
  void ClearFinding(const FindingRef& finding);

  std::optional<Operator> ValueAction(Entity type, const std::string& text) const;
  std::optional<Operator> FindingAction(const FindingRef& finding) const;

  Terms& terms() { return terms_; }
  const Terms& terms() const { return terms_; }

  // The decisions a scrub applies.
  Decisions ToDecisions() const;
  // The decisions file's text.
  std::string DecisionsJson() const;

 private:
  struct Value {
    Entity type;
    std::string text;
    Operator action;
  };
  std::map<std::string, Value> values_;                              // by ValueId
  std::map<std::string, std::pair<FindingRef, Operator>> findings_;  // by FindingRef::Key
  Terms terms_;
};

}  // namespace deskbench::review
