#pragma once
// The distinct values of a run (the rows of decisions.json and of the review page). A dense task
// has hundreds of thousands of them, so beyond a memory budget they are written out in id order
// to unnamed scratch files (core/scratch_file.h) and merged back when read: a run's memory does
// not grow with the number of distinct values.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/scratch_file.h"
#include "detect/entity.h"
#include "redact/operator.h"

namespace deskbench {

// One distinct value of a run, with what became of it.
struct ValueSummary {
  Entity type;
  std::string text;
  std::string replacement;
  Operator action;
  uint64_t count = 0;
  std::string identity = {};  // as ReportedFinding::identity; empty when it is the value's id
};

class ValueStore {
 public:
  static constexpr size_t kDefaultBudget = 32u << 20;
  explicit ValueStore(size_t memory_budget = kDefaultBudget) : budget_(memory_budget) {}

  // The first summary added under an id is kept; later ones add their count to it.
  void Add(std::string id, ValueSummary v);
  // Every distinct value, in id order. Not to be called from two threads at once.
  void ForEach(const std::function<void(const std::string& id, const ValueSummary&)>& fn) const;
  std::optional<ValueSummary> Find(std::string_view id) const;
  bool empty() const { return memory_.empty() && runs_.empty(); }
  // How many sorted runs went to scratch files (for tests and the bench).
  size_t spilled_runs() const { return runs_.size(); }

 private:
  void Spill();

  size_t budget_;
  size_t memory_bytes_ = 0;
  std::map<std::string, ValueSummary, std::less<>> memory_;
  std::vector<std::unique_ptr<ScratchFile>> runs_;  // oldest first
};

}  // namespace deskbench
