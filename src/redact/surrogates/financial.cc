// Fake payment data that still validates: test-card BINs with a correct Luhn digit, IBANs with
// correct mod-97 check digits, ABA routing numbers with a correct checksum, wallet addresses in
// the right alphabet.

#include <array>
#include <optional>

#include "core/ascii.h"
#include "core/hash.h"
#include "detect/validators/checksums.h"
#include "redact/checksums.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

int Prefix(std::string_view d, size_t n) {
  if (d.size() < n) return -1;
  return std::stoi(std::string(d.substr(0, n)));
}

// The networks' published test BINs, chosen by the real number's brand.
std::string TestBin(std::string_view d) {
  int p2 = Prefix(d, 2), p3 = Prefix(d, 3), p4 = Prefix(d, 4);
  if (d[0] == '4') return "411111";
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return "555555";
  if (p2 == 34 || p2 == 37) return "378282";
  if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649)) return "601111";
  if (p2 == 36 || p2 == 38 || (p3 >= 300 && p3 <= 305)) return "305693";
  if (p4 >= 3528 && p4 <= 3589) return "353011";
  if (p2 == 62) return "620000";
  return std::string(1, d[0]) + "00000";
}

std::string Base58(const std::string& bytes) {
  static constexpr std::string_view kAlphabet =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::string digits;  // base-58 digits, least significant first
  for (unsigned char byte : bytes) {
    int carry = byte;
    for (char& d : digits) {
      carry += static_cast<unsigned char>(d) * 256;
      d = static_cast<char>(carry % 58);
      carry /= 58;
    }
    while (carry > 0) {
      digits.push_back(static_cast<char>(carry % 58));
      carry /= 58;
    }
  }
  std::string out;
  for (unsigned char byte : bytes) {
    if (byte != 0) break;
    out.push_back('1');
  }
  for (size_t i = digits.size(); i-- > 0;)
    out.push_back(kAlphabet[static_cast<unsigned char>(digits[i])]);
  return out;
}

// An address of the same coin and kind as `real` (its version byte: Bitcoin's 1... and 3...,
// Litecoin's L..., Dogecoin's D..., Tron's T...) over a keyed 20-byte hash with a correct
// Base58Check checksum, of the original's length; nullopt when `real` is no Base58Check address
// or no draw gives that length.
std::optional<std::string> FakeBase58Check(Keyed& keyed, std::string_view real) {
  uint8_t version = 0;
  if (!deskbench::Base58CheckValid(real, &version)) return std::nullopt;
  for (int attempt = 0; attempt < 64; ++attempt) {
    std::string payload(1, static_cast<char>(version));
    for (int i = 0; i < 20; ++i) payload.push_back(static_cast<char>(keyed.Below(256)));
    Digest once = Sha256(payload);
    Digest twice =
        Sha256(std::string_view(reinterpret_cast<const char*>(once.data()), once.size()));
    payload.append(reinterpret_cast<const char*>(twice.data()), 4);
    std::string address = Base58(payload);
    if (address.size() == real.size() && address != real) return address;
  }
  return std::nullopt;
}

}  // namespace

std::string FakeCreditCard(const SurrogateKey& sk, std::string_view value) {
  std::string d = ascii::Digits(value);
  Keyed keyed(sk.key, "card", d);
  if (d.size() < 12 || d.size() > 19) return KeepShape(value, keyed, false);
  std::string bin = TestBin(d);
  std::string fake = Distinct(d, [&] {
    std::string s = bin;
    while (s.size() + 1 < d.size()) s.push_back(keyed.Digit());
    s.push_back(LuhnCheckDigit(s));
    return s;
  });
  return PourDigits(value, fake);
}

std::string FakeIban(const SurrogateKey& sk, std::string_view value) {
  std::string compact;
  for (char c : value) {
    if (ascii::IsAlnum(c)) compact.push_back(c);
  }
  Keyed keyed(sk.key, "iban", CompactUpper(value));
  if (compact.size() < 5 || !ascii::IsAlpha(compact[0]) || !ascii::IsAlpha(compact[1])) {
    return KeepShape(value, keyed);
  }
  std::string country = ascii::Upper(compact.substr(0, 2));
  std::string fake = Distinct(CompactUpper(value), [&] {
    std::string bban;
    for (char c : std::string_view(compact).substr(4)) {
      bban.push_back(ascii::IsDigit(c) ? keyed.Digit() : keyed.Upper());
    }
    int check = *IbanCheck(country, bban);
    return country + static_cast<char>('0' + check / 10) + static_cast<char>('0' + check % 10) +
           bban;
  });
  return PourAlnum(value, fake);
}

std::string FakeRoutingNumber(const SurrogateKey& sk, std::string_view value) {
  std::string d = ascii::Digits(value);
  Keyed keyed(sk.key, "routing", d);
  if (d.size() != 9) return KeepShape(value, keyed, false);
  // Federal Reserve districts 01-12 and their thrift counterparts 21-32.
  std::string fake = Distinct(d, [&] {
    uint32_t district = 1 + keyed.Below(24);
    if (district > 12) district += 8;
    std::string s = std::to_string(district / 10) + std::to_string(district % 10);
    while (s.size() < 8) s.push_back(keyed.Digit());
    s.push_back(AbaCheckDigit(s));
    return s;
  });
  return PourDigits(value, fake);
}

std::string FakeCryptoWallet(const SurrogateKey& sk, std::string_view value) {
  static constexpr std::string_view kBase58 =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static constexpr std::string_view kBech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  static constexpr std::string_view kHex = "0123456789abcdef";
  Keyed keyed(sk.key, "wallet", value);
  std::string lower = ascii::Lower(value);
  size_t keep = 1;
  std::string_view alphabet = kBase58;
  bool upper = false;
  if (lower.starts_with("0x")) {
    keep = 2;
    alphabet = kHex;
    upper = CaseOf(value.substr(2)) == Case::kUpper;
  } else {
    for (std::string_view hrp : {"bc1", "tb1", "ltc1", "bcrt1"}) {
      if (lower.starts_with(hrp)) {
        keep = hrp.size() + 1;  // the witness version stays too
        alphabet = kBech32;
        upper = CaseOf(value) == Case::kUpper;
      }
    }
  }
  if (value.size() <= keep) return KeepShape(value, keyed);
  if (alphabet == kBase58) {
    if (auto address = FakeBase58Check(keyed, value)) return *address;
  }
  return Distinct(value, [&] {
    std::string s(value.substr(0, keep));
    for (size_t i = keep; i < value.size(); ++i) {
      char c = keyed.From(alphabet);
      s.push_back(upper ? ascii::ToUpper(c) : c);
    }
    return s;
  });
}

}  // namespace deskbench::redact
