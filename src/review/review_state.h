#pragma once
// What the reviewer decided on the review page: keep or change a value everywhere or one finding
// in one file, and the deny and allow terms. Kept in the bundle's decisions file
// (DIR/.deskbench/decisions.json), in the format `deskbench scrub --decisions` reads, with the
// terms under "terms": {"deny": [...], "allow": [...]}.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "detect/entity.h"
#include "redact/operator.h"
#include "scrub/decisions.h"
#include "scrub/report.h"

namespace deskbench::review {

// One finding, named as Decisions names it: by byte offset where the format has one, else by
// its location and text.
struct FindingRef {
  std::string file;  // the report's (output) path
  uint64_t start = kNoOrigin;
  std::string location;
  std::string text;

  std::string Key() const;
};

struct Terms {
  std::vector<std::string> deny;
  std::vector<std::string> allow;
};

class ReviewState {
 public:
  // Reads a decisions file; a missing file is an empty state. Throws UsageError naming the file.
  static ReviewState Load(const std::filesystem::path& path);

  void SetValue(Entity type, const std::string& text, Operator action);
  void SetFinding(const FindingRef& finding, Operator action);
  void ClearFinding(const FindingRef& finding);

  std::optional<Operator> ValueAction(Entity type, const std::string& text) const;
  std::optional<Operator> FindingAction(const FindingRef& finding) const;

  Terms& terms() { return terms_; }
  const Terms& terms() const { return terms_; }

  // The decisions a scrub applies.
  Decisions ToDecisions() const;
  // The decisions file: every value of the latest report with the action decided for it, the
  // per-finding overrides and the terms.
  std::string ToJson(const RunReport& latest) const;

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
