#pragma once
// Surrogates for the European personal identity numbers (detect/validators/eu_ids.h): a keyed
// date of birth no later than 2005, keyed serials, and the check digits the issuer's rule gives,
// so a surrogate validates as the real number did.

#include <optional>
#include <string>
#include <string_view>

#include "detect/entity.h"
#include "redact/keyed.h"

namespace deskbench::redact {

// True for the types FakeEuId makes.
bool IsEuId(Entity type);

// A surrogate of the same compact form (separators dropped, letters upper case) as `real`;
// nullopt when this draw gives none (the caller draws again) or `real` has no form the type has.
std::optional<std::string> FakeEuId(Keyed& k, Entity type, std::string_view real);

}  // namespace deskbench::redact
