#pragma once
// A reviewer's decisions: keep or change a value everywhere, or one finding in one file. Written
// after every scrub (decisions.json beside the report), edited by hand or by the review page, and
// re-applied with --decisions so the same key and decisions give the same output.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/entity.h"
#include "detect/policy.h"
#include "redact/operator.h"
#include "scrub/report.h"

namespace deskbench {

class Decisions {
 public:
  // Throws UsageError naming the file and what is wrong.
  static Decisions Load(const std::filesystem::path& path);

  void SetValue(Entity type, std::string_view text, Operator action);
  // One finding: by its byte offset where the format has them, else (Office parts) by its
  // location and text.
  void SetFinding(std::string_view file, uint64_t start, Operator action);
  void SetFinding(std::string_view file, std::string_view location, std::string_view text,
                  Operator action);

  std::optional<Operator> ForValue(Entity type, std::string_view text) const;
  std::optional<Operator> ForFinding(std::string_view file, uint64_t start,
                                     std::string_view location = {},
                                     std::string_view text = {}) const;

  // Values the reviewer wants changed are searched for everywhere, even where no detector
  // found them (a name the gazetteer missed, a client's code name).
  std::vector<Term> Terms() const;

  bool empty() const { return values_.empty() && findings_.empty(); }

 private:
  struct Value {
    Entity type;
    std::string text;
    Operator action;
  };
  std::map<std::string, Value> values_;  // key: TYPE + '\0' + lower-case text
  std::map<std::string, Operator>
      findings_;  // key: file '\0' offset, or file '\0' location '\0' text
};

// Stable id of a value within a run's reports: links all mentions of one value.
std::string ValueId(Entity type, std::string_view text);

// decisions.json for a run: every distinct value with its action, and the per-finding overrides
// that were applied.
void WriteDecisions(const std::filesystem::path& path, const RunReport& report);

}  // namespace deskbench
