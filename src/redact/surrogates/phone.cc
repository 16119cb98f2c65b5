// Fake phone numbers from ranges set aside for fiction: North American 555-0100..0199 (NANPA),
// the UK's Ofcom drama ranges. Other countries keep their country code, length and leading digits
// (which say mobile or fixed line) with keyed subscriber digits. Formatting characters stay.

#include <array>

#include "core/ascii.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

// ITU-T E.164 country codes of one and two digits; every other code has three.
size_t CountryCodeLength(std::string_view d) {
  if (d.empty()) return 0;
  if (d[0] == '1' || d[0] == '7') return 1;
  static constexpr std::array<std::string_view, 44> kTwo = {
      "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
      "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
      "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"};
  for (auto cc : kTwo) {
    if (d.substr(0, 2) == cc) return 2;
  }
  return d.size() >= 3 ? 3 : d.size();
}

// A UK national significant number (10 digits) moved into the matching Ofcom drama range.
std::optional<std::string> UkDrama(std::string_view nsn, Keyed& keyed) {
  if (nsn.size() != 10) return std::nullopt;
  auto range = [&](std::string_view prefix) {
    return std::string(prefix) + keyed.Digits(10 - prefix.size());
  };
  if (nsn[0] == '7') return range("7700900");
  if (nsn.substr(0, 2) == "20") return range("2079460");
  if (nsn.substr(0, 2) == "28") return range("2896496");
  if (nsn.substr(0, 2) == "29") return range("2920180");
  if (nsn[0] == '3') return range("3069990");
  if (nsn.substr(0, 2) == "80") return range("8081570");
  if (nsn[0] == '9') return range("9098790");
  if (nsn[0] == '1') {
    static constexpr std::array<std::string_view, 10> kCities = {"113", "114", "115", "116", "117",
                                                                 "118", "121", "131", "141", "151"};
    for (auto city : kCities) {
      if (nsn.substr(0, 3) == city) return range(std::string(city) + "4960");
    }
    if (nsn.substr(0, 3) == "161") return range("1614960");
    if (nsn.substr(0, 3) == "191") return range("1914980");
    return range("1632960");
  }
  return std::nullopt;
}

std::string Generic(std::string_view nsn, Keyed& keyed) {
  size_t keep = nsn.size() >= 8 ? 2 : (nsn.size() >= 5 ? 1 : 0);
  return std::string(nsn.substr(0, keep)) + keyed.Digits(nsn.size() - keep);
}

}  // namespace

std::string FakePhone(const SurrogateKey& sk, std::string_view value) {
  // An extension ("x123", "ext. 45") keeps its shape with keyed digits.
  size_t ext = 0;
  while (ext < value.size() && !ascii::IsAlpha(value[ext])) ++ext;
  std::string_view main = value.substr(0, ext);
  std::string digits = ascii::Digits(main);
  std::string_view trimmed = ascii::Trim(main);

  size_t keep = 0;  // leading digits that stay: international prefix, country code, trunk 0
  enum class Plan { kNanp, kUk, kGeneric } plan = Plan::kGeneric;
  bool plus = !trimmed.empty() && trimmed[0] == '+';
  bool idd = !plus && digits.size() > 8 && digits.substr(0, 2) == "00";
  if (plus || idd) {
    size_t start = idd ? 2 : 0;
    size_t cc = CountryCodeLength(std::string_view(digits).substr(start));
    keep = start + cc;
    std::string_view code = std::string_view(digits).substr(start, cc);
    if (code == "1") plan = Plan::kNanp;
    if (code == "44") plan = Plan::kUk;
    if (keep < digits.size() && digits[keep] == '0' && main.find("(0)") != std::string_view::npos) {
      ++keep;
    }
  } else if (digits.size() == 10 && digits[0] >= '2') {
    plan = Plan::kNanp;
  } else if (digits.size() == 11 && digits[0] == '1') {
    plan = Plan::kNanp;
    keep = 1;
  } else if (digits.size() == 11 && digits[0] == '0' && digits[1] != '0') {
    plan = Plan::kUk;
    keep = 1;
  } else if (!digits.empty() && digits[0] == '0') {
    keep = 1;
  }
  if (keep > digits.size()) keep = digits.size();

  // The normalised number keys the choice: "+1 (202) 555-0143" and "202.555.0143" agree.
  std::string_view nsn = std::string_view(digits).substr(keep);
  Keyed keyed(sk.key, "phone", nsn);
  std::string fake;
  for (int attempt = 0; attempt < 8; ++attempt) {
    std::optional<std::string> fake_nsn;
    if (plan == Plan::kNanp && nsn.size() == 10) {
      // The area code stays: 555-01XX is fictional in every area code.
      fake_nsn = std::string(nsn.substr(0, 3)) + "55501" + keyed.Digits(2);
    } else if (plan == Plan::kUk) {
      fake_nsn = UkDrama(nsn, keyed);
    }
    if (!fake_nsn) fake_nsn = Generic(nsn, keyed);
    fake = digits.substr(0, keep) + *fake_nsn;
    if (fake != digits) break;
  }
  std::string out = PourDigits(main, fake);
  if (ext < value.size()) {
    Keyed ext_keyed(sk.key, "phone.ext", value);
    out += KeepShape(value.substr(ext), ext_keyed, false);
  }
  return out;
}

}  // namespace deskbench::redact
