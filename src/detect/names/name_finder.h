#pragma once
// Finds PERSON, ORGANIZATION and LOCATION mentions without regexes: gazetteers of given names,
// surnames, places and organisation suffixes, plus capitalisation, shape and context.

#include <string_view>
#include <vector>

#include "detect/finding.h"
#include "detect/policy.h"

namespace deskbench::names {

class NameFinder {
 public:
  // The finder over the gazetteers compiled into the binary (loaded once, thread-safe).
  static const NameFinder& Default();

  // Appends findings for text (any bytes; non-UTF-8 is skipped, never a crash). `hint` is the
  // segment's context (a column header, a JSON key). Only types enabled in policy are reported.
  void Find(std::string_view text, std::string_view hint, const Policy& policy,
            std::vector<Finding>& out) const;
};

}  // namespace deskbench::names
