#include "redact/replacer.h"

#include "core/ascii.h"
#include "core/hash.h"
#include "redact/date_shift.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench {

namespace {

using redact::Keyed;
using redact::SurrogateKey;

// The text a value is keyed on for hashing: case and spacing do not make a different value, and
// for numbers only the digits count ("123-45-6789" and "123 45 6789" hash alike).
std::string HashKey(Entity type, std::string_view value) {
  switch (type) {
    case Entity::PHONE:
    case Entity::CREDIT_CARD:
    case Entity::US_SSN:
    case Entity::US_ITIN:
    case Entity::US_EIN:
    case Entity::US_BANK_ROUTING:
    case Entity::US_BANK_ACCOUNT:
    case Entity::UK_NHS:
    case Entity::CA_SIN:
    case Entity::AU_TFN:
    case Entity::AU_ABN:
    case Entity::AU_MEDICARE:
    case Entity::IN_AADHAAR:
    case Entity::DE_TAX_ID:
    case Entity::PL_PESEL:
    case Entity::SE_PERSONNUMMER:
    case Entity::NO_FODSELSNUMMER:
    case Entity::BE_NATIONAL_NUMBER:
    case Entity::NL_BSN:
    case Entity::DK_CPR:
    case Entity::IMEI: {
      std::string d = ascii::Digits(value);
      return d.empty() ? std::string(value) : d;
    }
    case Entity::IBAN:
    case Entity::US_PASSPORT:
    case Entity::US_DRIVER_LICENSE:
    case Entity::UK_NINO:
    case Entity::IN_PAN:
    case Entity::SG_NRIC:
    case Entity::ES_NIF:
    case Entity::IT_FISCAL_CODE:
    case Entity::FI_PERSONAL_ID:
    case Entity::FR_NIR:
    case Entity::DE_SOCIAL_SECURITY:
    case Entity::ID_DOCUMENT:
    case Entity::MEDICAL_RECORD_NUMBER:
    case Entity::VIN:
      return redact::CompactUpper(value);
    case Entity::SECRET:
    case Entity::CRYPTO_WALLET:
    case Entity::URL:
      return std::string(value);
    default:
      return redact::NormalizeText(value);
  }
}

// Masks every letter and digit but the last `keep`; a non-ASCII character (one UTF-8 sequence)
// counts as one letter and becomes one mask character.
std::string Mask(std::string_view value, size_t keep, char mask_char) {
  auto is_lead = [](char c) { return static_cast<unsigned char>(c) >= 0xc0; };
  auto is_continuation = [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 && u < 0xc0;
  };
  size_t total = 0;
  for (char c : value) total += ascii::IsAlnum(c) || is_lead(c);
  size_t to_mask = total > keep ? total - keep : 0;
  std::string out;
  out.reserve(value.size());
  size_t seen = 0;
  for (size_t i = 0; i < value.size();) {
    size_t end = i + 1;
    while (end < value.size() && is_continuation(value[end])) ++end;
    bool letter = ascii::IsAlnum(value[i]) || is_lead(value[i]);
    if (letter && ++seen <= to_mask) {
      out.push_back(mask_char);
    } else {
      out.append(value.substr(i, end - i));
    }
    i = end;
  }
  return out;
}

}  // namespace

Replacer::Replacer(std::string key, const names::IdentityBook* people, ReplaceOptions options,
                   const names::OrgBook* orgs)
    : key_(std::move(key)), people_(people), orgs_(orgs), options_(options) {}

std::string Replacer::Replace(Operator op, Entity type, std::string_view value) const {
  switch (op) {
    case Operator::kKeep:
      return std::string(value);
    case Operator::kRemove:
      return {};
    case Operator::kRedact:
      return "[" + std::string(EntityName(type)) + "]";
    case Operator::kMask:
      return Mask(value, options_.mask_keep_last, options_.mask_char);
    case Operator::kHash:
      return std::string(EntityName(type)) + "_" +
             redact::KeyedToken(key_, EntityName(type), HashKey(type, value));
    case Operator::kPseudonymize:
      return Pseudonym(type, value);
  }
  return "[" + std::string(EntityName(type)) + "]";
}

std::string Replacer::Pseudonym(Entity type, std::string_view value) const {
  if (value.empty()) return {};
  SurrogateKey sk{key_, people_};
  switch (type) {
    case Entity::PERSON:
      return redact::FakePerson(sk, value);
    case Entity::EMAIL:
      return redact::FakeEmail(sk, value);
    case Entity::PHONE:
      return redact::FakePhone(sk, value);
    case Entity::CREDIT_CARD:
      return redact::FakeCreditCard(sk, value);
    case Entity::IBAN:
      return redact::FakeIban(sk, value);
    case Entity::CRYPTO_WALLET:
      return redact::FakeCryptoWallet(sk, value);
    case Entity::VIN:
      return redact::FakeVin(sk, value);
    case Entity::IMEI:
      return redact::FakeImei(sk, value);
    case Entity::GPS_COORDINATES:
      return redact::FakeCoordinates(sk, value);
    case Entity::IP_ADDRESS:
      return redact::FakeIpAddress(sk, value);
    case Entity::MAC_ADDRESS:
      return redact::FakeMacAddress(sk, value);
    case Entity::URL:
      return redact::FakeUrl(sk, value);
    case Entity::DATE_OF_BIRTH: {
      if (auto shifted = redact::ShiftDate(value, redact::DateShiftDays(key_))) return *shifted;
      Keyed keyed(key_, "date", value);
      std::string out = redact::KeepShape(value, keyed, false);
      return out == value ? "[DATE_OF_BIRTH]" : out;
    }
    case Entity::STREET_ADDRESS:
      return redact::FakeStreetAddress(sk, value);
    case Entity::ORGANIZATION: {
      // A short form ("Brightline") becomes the same short form of the full name's surrogate.
      auto org = orgs_ != nullptr ? orgs_->Resolve(value) : std::nullopt;
      if (!org) return redact::FakeOrganization(sk, value);
      std::string fake = redact::FakeOrganization(sk, org->full);
      size_t words = 0, i = 0;
      for (; i < fake.size(); ++i) {
        if (fake[i] == ' ' && ++words == org->words) break;
      }
      std::string out = fake.substr(0, i);
      while (!out.empty() && out.back() == ',') out.pop_back();
      return out;
    }
    case Entity::LOCATION:
      return redact::FakeLocation(sk, value);
    case Entity::SECRET:
      return redact::FakeSecret(sk, value);
    case Entity::USER_TERM:
      return redact::FakeUserTerm(sk, value);
    case Entity::CONFIDENTIAL_MARKER:
      // A marker ("CONFIDENTIAL", "Internal use only") names no one; a fake one would mislead
      // and an empty one would break the sentence. It stays; the report lists it.
      return std::string(value);
    default:
      return redact::FakeIdentifier(sk, type, value);
  }
}

}  // namespace deskbench
