#pragma once
// Turns a finding's text into its replacement. Pseudonyms are keyed by a per-run secret (HMAC):
// the same value gets the same surrogate in every file of a run, and a different one under
// another key. Thread-safe: it holds no mutable state.

#include <string>
#include <string_view>

#include "detect/entity.h"
#include "detect/names/identity.h"
#include "detect/names/org_book.h"
#include "redact/operator.h"

namespace deskbench {

struct ReplaceOptions {
  size_t mask_keep_last = 4;
  char mask_char = '*';
};

class Replacer {
 public:
  // `people` links name variants to one identity, `orgs` short forms of organisations to their
  // full names (either may be null); they must outlive the Replacer.
  explicit Replacer(std::string key, const names::IdentityBook* people = nullptr,
                    ReplaceOptions options = {}, const names::OrgBook* orgs = nullptr);

  std::string Replace(Operator op, Entity type, std::string_view value) const;

  // A surrogate of the same shape: a fake name of the same form, an email at example.com, a
  // phone number from a fictional range, a Luhn-valid test card, a valid test IBAN, a shifted date.
  std::string Pseudonym(Entity type, std::string_view value) const;

 private:
  std::string key_;
  const names::IdentityBook* people_;
  const names::OrgBook* orgs_;
  ReplaceOptions options_;
};

}  // namespace deskbench
