#pragma once
// What a scan looks for: which entity types, how sure it must be, and the user's own terms.

#include <array>
#include <string>
#include <vector>

#include "detect/entity.h"

namespace deskbench {

// A literal to find wherever it appears, case-insensitively, as a whole word (a trailing plural or
// possessive is allowed). Used for the user's deny list and for names propagated across a task.
struct Term {
  std::string text;
  Entity type = Entity::USER_TERM;
  float score = 0.95f;
};

struct Policy {
  Policy() {
    enabled.fill(true);
    threshold.fill(0.5f);
  }

  std::array<bool, kEntityCount> enabled;
  std::array<float, kEntityCount> threshold;
  // Values never reported, compared case-insensitively with the whole matched text.
  std::vector<std::string> allow;
  // The user's deny list (employer, clients, colleagues, code names): reported as USER_TERM.
  std::vector<std::string> deny;
  // Regions (ISO 3166 alpha-2) tried, in order, for phone numbers written without a country code.
  std::vector<std::string> phone_regions = {"US", "GB"};
  // More literal terms, e.g. every variant of the names found confidently in pass 1.
  std::vector<Term> terms;
  // False: only the terms are searched for (no pattern recognizers, no name finder).
  bool builtin = true;

  bool Enabled(Entity e) const { return enabled[static_cast<size_t>(e)]; }
  float Threshold(Entity e) const { return threshold[static_cast<size_t>(e)]; }
};

}  // namespace deskbench
