#pragma once
// Which identity a finding stands for, so that the review page shows all mentions of one person
// ("Jane Q. Doe", "Doe", "J. Doe", "jane.doe@...") or one organisation together.

#include <string>
#include <string_view>

#include "detect/entity.h"
#include "detect/names/identity.h"
#include "detect/names/org_book.h"

namespace deskbench {

// A stable id: the person or organisation the value resolves to in the books learnt in pass 1,
// else the value's own ValueId.
std::string IdentityKey(Entity type, std::string_view value, const names::IdentityBook& people,
                        const names::OrgBook& orgs);
// The same where the caller has the value's ValueId already (a SHA-256 not computed twice).
std::string IdentityKey(Entity type, std::string_view value, const names::IdentityBook& people,
                        const names::OrgBook& orgs, std::string_view value_id);

}  // namespace deskbench
