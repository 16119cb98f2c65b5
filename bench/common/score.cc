#include "common/score.h"

#include <algorithm>

namespace bench {

namespace {

size_t Overlap(const Span& a, const Span& b) {
  size_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

// The first span whose end lies past `pos`, in spans sorted by begin that do not overlap (so
// their ends are sorted too).
size_t FirstEndingAfter(const std::vector<Span>& spans, size_t pos) {
  return static_cast<size_t>(std::partition_point(spans.begin(), spans.end(),
                                                  [pos](const Span& s) { return s.end <= pos; }) -
                             spans.begin());
}

std::string Escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      out += '?';
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

bool SortAndCheck(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  for (size_t i = 1; i < spans.size(); ++i) {
    if (spans[i].begin < spans[i - 1].end) return false;
  }
  return true;
}

std::vector<long> MatchSpans(const std::vector<Span>& answers, const std::vector<Span>& findings) {
  std::vector<long> match(findings.size(), -1);
  std::vector<bool> used(answers.size(), false);
  for (size_t fi = 0; fi < findings.size(); ++fi) {
    const Span& f = findings[fi];
    long best = -1;
    size_t best_overlap = 0;
    bool best_exact = false;
    for (size_t ai = FirstEndingAfter(answers, f.begin);
         ai < answers.size() && answers[ai].begin < f.end; ++ai) {
      const Span& a = answers[ai];
      if (used[ai] || a.kind != f.kind) continue;
      size_t ov = Overlap(a, f);
      if (ov == 0) continue;
      bool exact = a.begin == f.begin && a.end == f.end;
      if (best < 0 || (exact && !best_exact) || (exact == best_exact && ov > best_overlap)) {
        best = static_cast<long>(ai);
        best_overlap = ov;
        best_exact = exact;
      }
    }
    if (best >= 0) {
      used[static_cast<size_t>(best)] = true;
      match[fi] = best;
    }
  }
  return match;
}

void Scorer::AddFile(const std::string& file, std::string_view text,
                     const std::vector<Span>& answers, const std::vector<Span>& near_misses,
                     const std::vector<Span>& findings) {
  answers_ += answers.size();
  findings_ += findings.size();
  near_miss_total_ += near_misses.size();
  std::vector<long> match = MatchSpans(answers, findings);
  std::vector<bool> answered(answers.size(), false);
  size_t slash = file.find('/');
  Tally& folder = by_folder_[slash == std::string::npos ? "." : file.substr(0, slash)];
  for (size_t fi = 0; fi < findings.size(); ++fi) {
    const Span& f = findings[fi];
    Tally& t = by_type_[f.kind];
    if (match[fi] >= 0) {
      const Span& a = answers[static_cast<size_t>(match[fi])];
      answered[static_cast<size_t>(match[fi])] = true;
      bool exact = a.begin == f.begin && a.end == f.end;
      ++t.tp;
      ++folder.tp;
      t.exact += exact;
      folder.exact += exact;
      continue;
    }
    ++t.fp;
    ++folder.fp;
    std::string why;
    for (size_t ni = FirstEndingAfter(near_misses, f.begin);
         ni < near_misses.size() && near_misses[ni].begin < f.end; ++ni) {
      ++near_miss_hits_[near_misses[ni].kind];
      why = "near-miss " + near_misses[ni].kind;
      break;
    }
    if (why.empty()) {
      for (size_t ai = FirstEndingAfter(answers, f.begin);
           ai < answers.size() && answers[ai].begin < f.end; ++ai) {
        why = "overlaps a " + answers[ai].kind;
        break;
      }
    }
    Sample(true, file, text, f, why.empty() ? "unplanted text" : why);
  }
  for (size_t ai = 0; ai < answers.size(); ++ai) {
    if (answered[ai]) continue;
    ++by_type_[answers[ai].kind].fn;
    ++folder.fn;
    Sample(false, file, text, answers[ai], {});
  }
}

void Scorer::Sample(bool fp, const std::string& file, std::string_view text, const Span& span,
                    std::string why) {
  size_t& taken = fp ? fp_samples_ : fn_samples_;
  if (taken >= max_errors_) return;
  ++taken;
  constexpr size_t kAround = 40;
  size_t from = span.begin > kAround ? span.begin - kAround : 0;
  size_t to = std::min(text.size(), span.end + kAround);
  std::string context;
  if (span.begin <= text.size() && span.end <= text.size() && span.begin <= span.end) {
    context = Escaped(text.substr(from, span.begin - from)) + "[[" +
              Escaped(text.substr(span.begin, span.end - span.begin)) + "]]" +
              Escaped(text.substr(span.end, to - span.end));
  }
  errors_.push_back({fp, file, span, std::move(why), std::move(context)});
}

Tally Scorer::Overall() const {
  Tally all;
  for (const auto& [type, t] : by_type_) all += t;
  return all;
}

bool Scorer::Balanced() const {
  Tally all = Overall();
  return all.tp + all.fn == answers_ && all.tp + all.fp == findings_ && all.exact <= all.tp;
}

std::string Scorer::SelfTest() {
  auto s = [](size_t b, size_t e, const char* k) { return Span{b, e, k}; };
  struct Case {
    const char* name;
    std::vector<Span> answers, findings;
    Tally want;
  };
  const Case cases[] = {
      {"exact", {s(0, 10, "EMAIL")}, {s(0, 10, "EMAIL")}, {1, 0, 0, 1}},
      {"partial", {s(0, 10, "EMAIL")}, {s(2, 8, "EMAIL")}, {1, 0, 0, 0}},
      {"wrong type", {s(0, 10, "EMAIL")}, {s(0, 10, "PHONE")}, {0, 1, 1, 0}},
      {"split finding", {s(0, 10, "EMAIL")}, {s(0, 5, "EMAIL"), s(5, 10, "EMAIL")}, {1, 1, 0, 0}},
      {"merged answers",
       {s(0, 10, "EMAIL"), s(12, 20, "EMAIL")},
       {s(0, 20, "EMAIL")},
       {1, 0, 1, 0}},
      {"touching, no overlap", {s(0, 10, "EMAIL")}, {s(10, 14, "EMAIL")}, {0, 1, 1, 0}},
      {"nothing found", {s(3, 7, "US_SSN")}, {}, {0, 0, 1, 0}},
  };
  for (const Case& c : cases) {
    Scorer scorer(0);
    scorer.AddFile("t", std::string(32, 'x'), c.answers, {}, c.findings);
    Tally got = scorer.Overall();
    if (got.tp != c.want.tp || got.fp != c.want.fp || got.fn != c.want.fn ||
        got.exact != c.want.exact || !scorer.Balanced()) {
      return std::string("matcher case \"") + c.name + "\"";
    }
  }
  if (MatchSpans({s(0, 4, "PERSON"), s(5, 9, "PERSON")}, {s(2, 9, "PERSON")}) !=
      std::vector<long>{1})
    return "matcher prefers the larger overlap";
  Scorer near(0);
  near.AddFile("t", std::string(32, 'x'), {}, {s(4, 20, "bad_card")}, {s(4, 20, "CREDIT_CARD")});
  if (near.near_miss_hits().size() != 1 || near.near_miss_hits().begin()->second != 1)
    return "near-miss attribution";
  return {};
}

}  // namespace bench
