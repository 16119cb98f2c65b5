#include "detect/validators/phone_direct.h"

#include <phonenumbers/phonenumberutil.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/ascii.h"
#include "detect/validators/phone_plans.h"

namespace deskbench {

namespace {

// Numbering plans whose national prefix for parsing strips only the national prefix (one digit)
// or, for Australia, a carrier code written before it, with no transform rule, and whose country
// code belongs to one main region (libphonenumber's metadata, checked by
// PhoneDirect.PlansAreWhatTheMetadataSays). Tests compare every one of them with Parse.
struct Plan {
  int country_code;
  std::string_view region;
  char national_prefix;
  std::string_view prefix_for_parsing;  // the metadata's, as it is written there
  std::string_view carrier = {};        // national numbers starting so are left to Parse
};
constexpr Plan kPlans[] = {
    {1, "US", '1', "1"},   {44, "GB", '0', "0"},  {49, "DE", '0', "0"},
    {33, "FR", '0', "0"},  {31, "NL", '0', "0"},  {32, "BE", '0', "0"},
    {41, "CH", '0', "0"},  {43, "AT", '0', "0"},  {46, "SE", '0', "0"},
    {27, "ZA", '0', "0"},  {40, "RO", '0', "0"},  {64, "NZ", '0', "0"},
    {81, "JP", '0', "0"},  {90, "TR", '0', "0"},  {91, "IN", '0', "0"},
    {353, "IE", '0', "0"}, {972, "IL", '0', "0"}, {61, "AU", '0', "0|(183[12])", "183"},
};

const Plan* PlanForCountryCode(int cc) {
  for (const Plan& p : kPlans) {
    if (p.country_code == cc) return &p;
  }
  return nullptr;
}

const Plan* PlanForRegion(std::string_view region) {
  for (const Plan& p : kPlans) {
    if (p.region == region) return &p;
  }
  return nullptr;
}

// The digits of a candidate made only of digits and the separators Parse ignores; false for
// anything else (letters of an extension, a slash, a second '+').
bool PlainDigits(std::string_view candidate, bool& plus, char* out, size_t& n) {
  plus = false;
  n = 0;
  for (size_t i = 0; i < candidate.size(); ++i) {
    const char c = candidate[i];
    if (ascii::IsDigit(c)) {
      if (n == 20) return false;
      out[n++] = c;
    } else if (c == '+' && i == 0) {
      plus = true;
    } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
      return false;
    }
  }
  return n > 0;
}

// A national significant number for `plan` that Parse leaves as it is: no national prefix to
// strip and no leading zero (Parse records leading zeros in extra fields).
bool Build(const Plan& plan, std::string_view national, i18n::phonenumbers::PhoneNumber& number) {
  if (national.size() < 2 || national.size() > 17) return false;
  if (national[0] == '0' || national[0] == plan.national_prefix) return false;
  if (!plan.carrier.empty() && national.starts_with(plan.carrier)) return false;
  uint64_t value = 0;
  for (char c : national) value = value * 10 + static_cast<uint64_t>(c - '0');
  number.Clear();
  number.set_country_code(plan.country_code);
  number.set_national_number(value);
  return true;
}

}  // namespace

std::vector<DirectPlan> DirectPlans() {
  std::vector<DirectPlan> out;
  for (const Plan& p : kPlans) {
    out.push_back({p.country_code, std::string(p.region), std::string(p.prefix_for_parsing)});
  }
  return out;
}

DirectParse ParseDirect(std::string_view candidate, std::string_view region,
                        i18n::phonenumbers::PhoneNumber& number) {
  char buf[20];
  size_t n = 0;
  bool plus = false;
  if (!PlainDigits(candidate, plus, buf, n)) return DirectParse::kAskParse;
  std::string_view digits(buf, n);
  if (plus || digits.starts_with("00")) {
    // International: the country code is the shortest prefix that is one (codes are prefix-free).
    std::string_view full = plus ? digits : digits.substr(2);
    if (plus && candidate[0] != '+') return DirectParse::kAskParse;
    if (full.size() < 4 || full[0] == '0') return DirectParse::kAskParse;
    for (size_t len = 1; len <= 3; ++len) {
      int cc = 0;
      for (size_t i = 0; i < len; ++i) cc = cc * 10 + (full[i] - '0');
      if (const Plan* plan = PlanForCountryCode(cc)) {
        return Build(*plan, full.substr(len), number) ? DirectParse::kBuilt
                                                      : DirectParse::kAskParse;
      }
    }
    return DirectParse::kAskParse;
  }
  const Plan* plan = PlanForRegion(region);
  if (plan == nullptr) return DirectParse::kAskParse;
  if (plan->national_prefix == '0') {
    // A number written with the region's own country code in front is for Parse to untangle.
    if (digits.starts_with(std::to_string(plan->country_code))) return DirectParse::kAskParse;
    // "020 7946 0000": the trunk prefix goes; what remains is checked as it stands. Were the
    // remainder too short or too long to strip, Parse would keep the zero, and a number with a
    // leading zero is valid in none of these plans.
    if (digits[0] != '0')
      return Build(*plan, digits, number) ? DirectParse::kBuilt : DirectParse::kAskParse;
    if (digits.size() < 3 || digits[1] == '0') return DirectParse::kAskParse;
    return Build(*plan, digits.substr(1), number) ? DirectParse::kBuilt : DirectParse::kAskParse;
  }
  // North America: a ten-digit number starting with the area code. Written with a leading zero
  // it is no NANP number ("011" is the international prefix, left to Parse).
  if (digits[0] == '0') {
    return digits.starts_with("011") ? DirectParse::kAskParse : DirectParse::kInvalid;
  }
  if (digits[0] != '1') {
    return Build(*plan, digits, number) ? DirectParse::kBuilt : DirectParse::kAskParse;
  }
  // "1 415 555 2671": the leading 1 is both the country code and the trunk prefix. Parse strips
  // it as either where what remains is a possible number, and keeps it where not, leaving a
  // number that starts with 1, which no NANP number does. So the remainder, if valid, is what
  // Parse gives; if not, Parse gives no valid number either. ("1 1 415..." loses both: Parse's.)
  if (digits.size() < 3 || digits[1] == '1') return DirectParse::kAskParse;
  if (digits[1] == '0') return DirectParse::kInvalid;
  if (!Build(*plan, digits.substr(1), number)) return DirectParse::kAskParse;
  return IsValidBuiltNumber(number) ? DirectParse::kBuilt : DirectParse::kInvalid;
}

bool IsValidBuiltNumber(const i18n::phonenumbers::PhoneNumber& number) {
  // A built number has no leading zero: its national number is its significant number.
  if (auto valid =
          IsValidByCompiledPlan(number.country_code(), std::to_string(number.national_number()))) {
    return *valid;
  }
  const auto& util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
  const Plan* plan = PlanForCountryCode(number.country_code());
  if (plan != nullptr && util.IsValidNumberForRegion(number, std::string(plan->region))) {
    return true;
  }
  return util.IsValidNumber(number);
}

}  // namespace deskbench
