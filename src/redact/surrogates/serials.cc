// VIN and IMEI surrogates: the parts that say what the thing is (a VIN's manufacturer and model
// year, an IMEI's type allocation code, i.e. the phone model) stay; the parts that say which one
// it is are keyed; check digits are recomputed when the original had a right one.

#include "core/ascii.h"
#include "detect/validators/luhn.h"
#include "detect/validators/vin.h"
#include "redact/checksums.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

std::string FakeVin(const SurrogateKey& sk, std::string_view value) {
  static constexpr std::string_view kLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  const std::string vin = CompactUpper(value);
  Keyed keyed(sk.key, "vin", vin);
  if (!validators::VinShape(vin)) return KeepShape(value, keyed);
  const bool checked = validators::VinCheckValid(vin);
  std::string fake = Distinct(vin, [&] {
    std::string s = vin;
    // The manufacturer (1-3) and the model year (10) stay.
    for (size_t i = 3; i < s.size(); ++i) {
      if (i == 9) continue;
      s[i] = ascii::IsDigit(s[i]) ? keyed.Digit() : keyed.From(kLetters);
    }
    if (checked) s[8] = *validators::VinCheckDigit(s);
    return s;
  });
  return PourAlnum(value, fake);
}

std::string FakeImei(const SurrogateKey& sk, std::string_view value) {
  const std::string digits = ascii::Digits(value);
  Keyed keyed(sk.key, "imei", digits);
  if (digits.size() < 14 || digits.size() > 16) return KeepShape(value, keyed, false);
  const bool checked = digits.size() == 15 && LuhnValid(digits);
  std::string fake = Distinct(digits, [&] {
    std::string s = digits.substr(0, 8);  // the type allocation code: the model, not the phone
    while (s.size() < digits.size()) s.push_back(keyed.Digit());
    if (checked) s.back() = LuhnCheckDigit(s.substr(0, 14));
    return s;
  });
  return PourDigits(value, fake);
}

}  // namespace deskbench::redact
