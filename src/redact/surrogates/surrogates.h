#pragma once
// One surrogate generator per kind of value. Each is a pure function of (key, value): the Replacer
// dispatches on the entity type; see docs/operators.md for what each surrogate looks like.

#include <optional>
#include <string>
#include <string_view>

#include "detect/entity.h"
#include "detect/names/identity.h"

namespace deskbench::redact {

struct SurrogateKey {
  std::string_view key;                         // the run's HMAC key
  const names::IdentityBook* people = nullptr;  // links name variants; may be null
};

// people.cc
std::string FakePerson(const SurrogateKey& sk, std::string_view mention);
// The local part of an email or a user name: a fake identity's name in the same pattern
// ("jane.doe" -> "maria.lopez", "jdoe" -> "mlopez") when it names a person, else nullopt.
std::optional<std::string> FakeUserName(const SurrogateKey& sk, std::string_view local);

// contact.cc
std::string FakeEmail(const SurrogateKey& sk, std::string_view value);
std::string FakeUrl(const SurrogateKey& sk, std::string_view value);
std::string FakeIpAddress(const SurrogateKey& sk, std::string_view value);
std::string FakeMacAddress(const SurrogateKey& sk, std::string_view value);

// phone.cc
std::string FakePhone(const SurrogateKey& sk, std::string_view value);

// financial.cc
std::string FakeCreditCard(const SurrogateKey& sk, std::string_view value);
std::string FakeIban(const SurrogateKey& sk, std::string_view value);
std::string FakeRoutingNumber(const SurrogateKey& sk, std::string_view value);
std::string FakeCryptoWallet(const SurrogateKey& sk, std::string_view value);

// national_ids.cc: SSN, ITIN, EIN, NHS, SIN, TFN, ABN, Medicare, Aadhaar, PAN, NRIC, NIF, NINO,
// Steuer-IdNr, and the European numbers of eu_ids.h; other identifiers keep their shape.
std::string FakeIdentifier(const SurrogateKey& sk, Entity type, std::string_view value);

// serials.cc
std::string FakeVin(const SurrogateKey& sk, std::string_view value);
std::string FakeImei(const SurrogateKey& sk, std::string_view value);

// geo.cc
std::string FakeCoordinates(const SurrogateKey& sk, std::string_view value);

// places.cc
std::string FakeStreetAddress(const SurrogateKey& sk, std::string_view value);
std::string FakeOrganization(const SurrogateKey& sk, std::string_view value);
std::string FakeLocation(const SurrogateKey& sk, std::string_view value);
std::string FakeUserTerm(const SurrogateKey& sk, std::string_view value);

// secret.cc
std::string FakeSecret(const SurrogateKey& sk, std::string_view value);

}  // namespace deskbench::redact
