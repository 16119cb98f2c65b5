#pragma once
// The detection engine: a policy's recognizers compiled once into a few vectorscan databases (one
// per pattern shape, see engine.cc), then used from any number of threads through one Scanner per
// thread.

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "detect/finding.h"
#include "detect/policy.h"

namespace deskbench {

class Engine {
 public:
  // Compiles every enabled recognizer and the policy's terms. Throws std::runtime_error naming the
  // recognizer whose pattern does not compile.
  explicit Engine(Policy policy);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Per-thread scanning state (vectorscan scratch, reusable buffers, and what its short texts
  // gave, which it gives again for the same text and hint). Not thread-safe itself.
  class Scanner {
   public:
    ~Scanner();
    Scanner(Scanner&&) noexcept;
    // Findings in text, at or above the policy's thresholds, overlaps resolved, sorted by begin.
    // `hint` is the segment's context (a column header, a key name). The result stays valid until
    // the next call.
    const std::vector<Finding>& Scan(std::string_view text, std::string_view hint = {});
    // The same, with the names (PERSON, ORGANIZATION, LOCATION) of this text and hint taken from
    // `names` instead of being looked for: what Names() gave for them under a policy that enables
    // the same three types. A task's second pass thus reuses its first pass's names.
    const std::vector<Finding>& Scan(std::string_view text, std::string_view hint,
                                     std::span<const Finding> names);
    // The names the last Scan found or was given, before thresholds and overlaps: valid until the
    // next call.
    const std::vector<Finding>& Names() const;

   private:
    friend class Engine;
    struct State;
    const std::vector<Finding>& ScanWith(std::string_view text, std::string_view hint,
                                         const std::span<const Finding>* given_names);
    // The hint-only recognizers (recognizer.h) that hint names, a bit each, remembered per hint.
    uint64_t HintNames(std::string_view hint);
    explicit Scanner(const Engine& engine);
    std::unique_ptr<State> state_;
  };

  Scanner NewScanner() const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace deskbench
