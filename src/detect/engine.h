#pragma once
// The detection engine: a policy's recognizers compiled once into a few vectorscan databases (one
// per pattern shape, see engine.cc), then used from any number of threads through one Scanner per
// thread.

#include <memory>
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

  // Per-thread scanning state (vectorscan scratch and reusable buffers). Not thread-safe itself.
  class Scanner {
   public:
    ~Scanner();
    Scanner(Scanner&&) noexcept;
    // Findings in text, at or above the policy's thresholds, overlaps resolved, sorted by begin.
    // `hint` is the segment's context (a column header, a key name). The result stays valid until
    // the next call.
    const std::vector<Finding>& Scan(std::string_view text, std::string_view hint = {});

   private:
    friend class Engine;
    struct State;
    explicit Scanner(const Engine& engine);
    std::unique_ptr<State> state_;
  };

  Scanner NewScanner() const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace deskbench
