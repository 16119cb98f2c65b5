// Near-misses: values shaped like an entity that a careful detector must leave alone.

#include <string_view>

#include "common/checksums.h"
#include "common/values.h"

namespace bench {

namespace {
constexpr std::string_view kHex = "0123456789abcdef";
}

std::string Faker::NearMiss(std::string& kind) {
  switch (rng_.Below(15)) {
    case 0:
      kind = "bad_card";
      return BadCard();
    case 1:
      kind = "bad_iban";
      return BadIban();
    case 2:
      kind = "bad_ssn";
      return BadSsn();
    case 3:
      kind = "order_number";
      return OrderNumber();
    case 4:
      kind = "invoice_number";
      return InvoiceNumber();
    case 5:
      kind = "version";
      return Version();
    case 6:
      kind = "uuid";
      return Uuid();
    case 7:
      kind = "git_sha";
      return GitSha();
    case 8:
      kind = "plain_date";
      return PlainDate();
    case 9:
      kind = "amount";
      return Amount();
    case 10:
      kind = "heading";
      return TitleHeading();
    case 11:
      kind = "placeholder_secret";
      return PlaceholderSecret();
    case 12:
      kind = "bad_vin";
      return BadVin();
    case 13:
      kind = "measurements";
      return Measurements();
    default:
      kind = "hex_id";
      return HexId(32);
  }
}

// A North American VIN with its check digit wrong, in a sentence that names no vehicle.
std::string Faker::BadVin() {
  static constexpr std::string_view kChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  std::string s = "1FT";
  while (s.size() < 13) s.push_back(kChars[rng_.Below(kChars.size())]);
  s += rng_.Digits(4);
  const char good = check::VinDigit(s);
  s[8] = good == 'X' ? '0' : (good == '9' ? 'X' : static_cast<char>(good + 1));
  return s;
}

// Two decimals that could be a latitude and a longitude, beside no word that says they are.
std::string Faker::Measurements() {
  return std::to_string(rng_.Range(10, 80)) + "." + rng_.Digits(4) + ", " +
         std::to_string(rng_.Range(10, 170)) + "." + rng_.Digits(4);
}

std::string Faker::BadCard() {
  std::string payload = "4" + rng_.Digits(14);
  char good = check::LuhnDigit(payload);
  char bad = static_cast<char>('0' + (good - '0' + 1 + rng_.Below(9)) % 10);
  std::string n = payload + bad;
  return n.substr(0, 4) + " " + n.substr(4, 4) + " " + n.substr(8, 4) + " " + n.substr(12, 4);
}

std::string Faker::BadIban() {
  std::string bban = rng_.Digits(18);
  int good = std::stoi(check::IbanCheckDigits("DE", bban));
  int bad = good == 98 ? 2 : good + 1;
  return "DE" + std::string(bad < 10 ? "0" : "") + std::to_string(bad) + bban;
}

std::string Faker::BadSsn() {
  switch (rng_.Below(4)) {
    case 0:
      return "000-" + rng_.Digits(2) + "-" + std::to_string(rng_.Range(1000, 9999));
    case 1:
      return "666-" + std::to_string(rng_.Range(10, 99)) + "-" +
             std::to_string(rng_.Range(1000, 9999));
    case 2:
      return std::to_string(rng_.Range(100, 665)) + "-00-" + std::to_string(rng_.Range(1000, 9999));
    default:
      return std::to_string(rng_.Range(100, 665)) + "-" + std::to_string(rng_.Range(10, 99)) +
             "-0000";
  }
}

std::string Faker::OrderNumber() {
  return std::string(rng_.Pick({"ORD-", "SO-", "PO-", "#"})) + rng_.Digits(8);
}

std::string Faker::InvoiceNumber() {
  return "INV-" + std::to_string(rng_.Range(2019, 2026)) + "-" + rng_.Digits(6);
}

std::string Faker::Version() {
  std::string v = std::to_string(rng_.Range(1, 12)) + "." + std::to_string(rng_.Range(0, 20)) +
                  "." + std::to_string(rng_.Range(0, 40));
  if (rng_.Chance(0.6)) v += "." + std::to_string(rng_.Range(0, 9999));
  return v;
}

std::string Faker::Uuid() {
  std::string s = rng_.Of(kHex, 8) + "-" + rng_.Of(kHex, 4) + "-4" + rng_.Of(kHex, 3) + "-" +
                  std::string(1, "89ab"[rng_.Below(4)]) + rng_.Of(kHex, 3) + "-" +
                  rng_.Of(kHex, 12);
  return s;
}

std::string Faker::GitSha() {
  return rng_.Of(kHex, rng_.Chance(0.5) ? 40 : 7);
}

std::string Faker::HexId(size_t n) {
  return rng_.Of(kHex, n);
}

std::string Faker::PlainDate() {
  int y = rng_.Range(2019, 2026), m = rng_.Range(1, 12), d = rng_.Range(1, 28);
  std::string mm = (m < 10 ? "0" : "") + std::to_string(m),
              dd = (d < 10 ? "0" : "") + std::to_string(d);
  return rng_.Chance(0.5) ? std::to_string(y) + "-" + mm + "-" + dd
                          : dd + "/" + mm + "/" + std::to_string(y);
}

std::string Faker::Amount() {
  std::string whole = std::to_string(rng_.Range(1, 999)) + "," + rng_.Digits(3);
  std::string cents = rng_.Digits(2);
  switch (rng_.Below(3)) {
    case 0:
      return "$" + whole + "." + cents;
    case 1:
      return "EUR " + std::to_string(rng_.Range(1, 99)) + "." + rng_.Digits(3) + "," + cents;
    default:
      return "£" + whole + "." + cents;
  }
}

std::string Faker::TitleHeading() {
  return std::string(
      rng_.Pick({"Quarterly Budget Review", "Action Items", "Next Steps", "Risk Register Update",
                 "Annual Planning Summary", "Customer Success Metrics", "Open Questions",
                 "Key Decisions", "Product Roadmap Highlights", "Travel Policy Reminder"}));
}

std::string Faker::PlaceholderSecret() {
  return std::string(rng_.Pick({"AKIAIOSFODNN7EXAMPLE", "changeme", "<your-api-key-here>",
                                "${DB_PASSWORD}", "xxxxxxxxxxxxxxxx",
                                "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "REPLACE_ME", "********"}));
}

}  // namespace bench
