#pragma once
// A pattern recognizer is plain data: a vectorscan regex, a validator, context words and a score.
// All of a policy's recognizers are compiled into a few vectorscan databases (detect/engine.h).

#include <span>
#include <string_view>

#include "detect/entity.h"
#include "detect/policy.h"

namespace deskbench {

// A candidate match, in byte offsets of the scanned text.
struct Match {
  size_t begin;
  size_t end;
  float score;
};

// Checks a candidate within its whole text (so it can look at neighbouring bytes). It may narrow
// the span (e.g. to the value of `password = "..."`) or change the score; false rejects it.
using Validator = bool (*)(std::string_view text, Match& m, const Policy& policy);

struct PatternRecognizer {
  std::string_view id;  // stable, snake_case: "us_ssn", "secret_github_pat"
  Entity type;
  // vectorscan (PCRE subset) syntax, matched with leftmost start of match (HS_FLAG_SOM_LEFTMOST,
  // or its width before the end when every match has one width) and without HS_FLAG_UTF8
  // (text may hold any bytes): \w, \b and [a-z] are ASCII. End a pattern with \b where possible:
  // vectorscan reports every end offset, and the engine keeps the longest per start.
  std::string_view regex;
  float score;  // score of a validated match with no context word nearby
  Validator validate = nullptr;
  // Lower-case words or phrases; one of them near the match (or in the segment's hint, such as a
  // CSV column header or a JSON key) raises the score to context_score.
  std::span<const std::string_view> context = {};
  float context_score = 1.0f;
  bool context_required = false;  // without a context word the match is dropped
  bool caseless = false;
  // The context is looked for in the segment's hint alone, and before validating: a pattern that
  // takes a whole cell ("94105" under "ZIP") has no text around it to look in, and most cells
  // are under other headers. With an empty regex the recognizer takes the whole segment, with no
  // pattern at all, where the hint names it ("Kinghaven" under "City", an address under
  // "Address"): a pattern broad enough for any town or address would cost every short text a
  // scan of it. (Last, as some groups initialise these fields by position.)
  bool hint_only = false;
};

// Every built-in recognizer. Each group lives in detect/recognizers/<group>.cc.
std::span<const PatternRecognizer> BuiltinRecognizers();

}  // namespace deskbench
