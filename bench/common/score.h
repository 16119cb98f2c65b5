#pragma once
// Scoring findings against the corpus's answer key. A finding matches an answer when the types are
// equal and the spans overlap; each answer and each finding is used at most once, an exact span
// being preferred, then the larger overlap.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/corpus.h"

namespace bench {

struct Tally {
  size_t tp = 0;
  size_t fp = 0;
  size_t fn = 0;
  size_t exact = 0;  // true positives whose span equals the answer's exactly

  double Precision() const { return tp + fp == 0 ? 0 : static_cast<double>(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 0 : static_cast<double>(tp) / (tp + fn); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
  Tally& operator+=(const Tally& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    exact += o.exact;
    return *this;
  }
};

// For each finding, the index of the answer it matched, or -1. Both lists sorted by begin; the
// answers must not overlap one another (the corpus guarantees it; SortAndCheck verifies it).
std::vector<long> MatchSpans(const std::vector<Span>& answers, const std::vector<Span>& findings);

// Sorts spans by begin; false when two overlap.
bool SortAndCheck(std::vector<Span>& spans);

struct ErrorSample {
  bool false_positive;  // else a false negative
  std::string file;
  Span span;
  std::string why;      // for a false positive: the near-miss or answer it hit, if any
  std::string context;  // the text around it, escaped
};

class Scorer {
 public:
  explicit Scorer(size_t max_errors) : max_errors_(max_errors) {}

  // Scores one file. Spans in all three lists are sorted by begin; answers do not overlap. The
  // file's top-level folder (its document kind in the corpus) gets a tally of its own too.
  void AddFile(const std::string& file, std::string_view text, const std::vector<Span>& answers,
               const std::vector<Span>& near_misses, const std::vector<Span>& findings);

  const std::map<std::string, Tally>& by_type() const { return by_type_; }
  const std::map<std::string, Tally>& by_folder() const { return by_folder_; }
  Tally Overall() const;
  // False positives that landed on a planted near-miss, by near-miss kind.
  const std::map<std::string, size_t>& near_miss_hits() const { return near_miss_hits_; }
  size_t near_miss_total() const { return near_miss_total_; }
  const std::vector<ErrorSample>& errors() const { return errors_; }
  size_t answers() const { return answers_; }
  size_t findings() const { return findings_; }

  // Checks the books balance: every answer is a TP or FN, every finding a TP or FP.
  bool Balanced() const;

  // Scores the matcher itself on constructed cases; empty when all pass, else what failed.
  static std::string SelfTest();

 private:
  void Sample(bool fp, const std::string& file, std::string_view text, const Span& span,
              std::string why);

  size_t max_errors_;
  size_t fp_samples_ = 0, fn_samples_ = 0;
  std::map<std::string, Tally> by_type_;
  std::map<std::string, Tally> by_folder_;
  std::map<std::string, size_t> near_miss_hits_;
  size_t near_miss_total_ = 0;
  std::vector<ErrorSample> errors_;
  size_t answers_ = 0, findings_ = 0;
};

}  // namespace bench
