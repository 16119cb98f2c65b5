#include "detect/validators/checksums.h"

#include <algorithm>
#include <cstring>

#include "core/ascii.h"
#include "core/hash.h"

namespace deskbench {

namespace {

struct IbanCountry {
  char code[3];
  int length;
};

// SWIFT IBAN registry, sorted by country code.
constexpr IbanCountry kIbanCountries[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

int AlnumValue(char c) {
  if (ascii::IsDigit(c)) return c - '0';
  if (ascii::IsUpper(c)) return c - 'A' + 10;
  if (ascii::IsLower(c)) return c - 'a' + 10;
  return -1;
}

constexpr std::string_view kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kBech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

int Base58Value(char c) {
  size_t i = kBase58.find(c);
  return i == std::string_view::npos ? -1 : static_cast<int>(i);
}

uint32_t Bech32Polymod(uint32_t chk, uint8_t value) {
  static constexpr uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  uint32_t top = chk >> 25;
  chk = ((chk & 0x1ffffff) << 5) ^ value;
  for (int i = 0; i < 5; ++i) {
    if ((top >> i) & 1) chk ^= kGen[i];
  }
  return chk;
}

constexpr uint32_t kBech32Const = 1;
constexpr uint32_t kBech32mConst = 0x2bc830a3;

constexpr uint64_t kKeccakRound[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808AULL, 0x8000000080008000ULL,
    0x000000000000808BULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008AULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000AULL,
    0x000000008000808BULL, 0x800000000000008BULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800AULL, 0x800000008000000AULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};
constexpr int kKeccakRotation[24] = {1,  3,  6,  10, 15, 21, 28, 36, 45, 55, 2,  14,
                                     27, 41, 56, 8,  25, 43, 62, 18, 39, 61, 20, 44};
constexpr int kKeccakLane[24] = {10, 7,  11, 17, 18, 3, 5,  16, 8,  21, 24, 4,
                                 15, 23, 19, 13, 12, 2, 20, 14, 22, 9,  6,  1};

uint64_t Rotl(uint64_t x, int n) {
  return (x << n) | (x >> (64 - n));
}

void KeccakF1600(uint64_t st[25]) {
  uint64_t bc[5];
  for (uint64_t rc : kKeccakRound) {
    for (int i = 0; i < 5; ++i) bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
    for (int i = 0; i < 5; ++i) {
      uint64_t t = bc[(i + 4) % 5] ^ Rotl(bc[(i + 1) % 5], 1);
      for (int j = 0; j < 25; j += 5) st[j + i] ^= t;
    }
    uint64_t t = st[1];
    for (int i = 0; i < 24; ++i) {
      int j = kKeccakLane[i];
      uint64_t next = st[j];
      st[j] = Rotl(t, kKeccakRotation[i]);
      t = next;
    }
    for (int j = 0; j < 25; j += 5) {
      for (int i = 0; i < 5; ++i) bc[i] = st[j + i];
      for (int i = 0; i < 5; ++i) st[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5];
    }
    st[0] ^= rc;
  }
}

// Lanes are little-endian 64-bit words; byte i of the state is byte i%8 of lane i/8.
void XorByte(uint64_t st[25], size_t i, uint8_t b) {
  st[i / 8] ^= static_cast<uint64_t>(b) << (8 * (i % 8));
}

}  // namespace

bool IbanMod97Valid(std::string_view iban) {
  if (iban.size() < 5) return false;
  unsigned rem = 0;
  auto feed = [&rem](char c) {
    int v = AlnumValue(c);
    if (v < 0) return false;
    rem = v >= 10 ? (rem * 100 + static_cast<unsigned>(v)) % 97
                  : (rem * 10 + static_cast<unsigned>(v)) % 97;
    return true;
  };
  // The first four characters (country, check digits) move to the end.
  for (char c : iban.substr(4)) {
    if (!feed(c)) return false;
  }
  for (char c : iban.substr(0, 4)) {
    if (!feed(c)) return false;
  }
  return rem == 1;
}

int IbanLength(std::string_view country) {
  if (country.size() != 2) return 0;
  auto it = std::lower_bound(
      std::begin(kIbanCountries), std::end(kIbanCountries), country,
      [](const IbanCountry& a, std::string_view b) { return std::string_view(a.code, 2) < b; });
  if (it == std::end(kIbanCountries) || std::string_view(it->code, 2) != country) return 0;
  return it->length;
}

bool AbaRoutingValid(std::string_view digits) {
  if (digits.size() != 9) return false;
  for (char c : digits) {
    if (!ascii::IsDigit(c)) return false;
  }
  int prefix = (digits[0] - '0') * 10 + (digits[1] - '0');
  bool symbol = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) ||
                prefix == 80;
  if (!symbol) return false;
  static constexpr int kWeights[3] = {3, 7, 1};
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += kWeights[i % 3] * (digits[i] - '0');
  return sum % 10 == 0;
}

bool Base58CheckValid(std::string_view address, uint8_t* version) {
  constexpr size_t kLen = 25;
  if (address.size() < 26 || address.size() > 35) return false;
  uint8_t buf[kLen] = {};
  size_t leading_ones = 0;
  while (leading_ones < address.size() && address[leading_ones] == '1') ++leading_ones;
  for (char c : address) {
    int v = Base58Value(c);
    if (v < 0) return false;
    unsigned carry = static_cast<unsigned>(v);
    for (size_t k = kLen; k-- > 0;) {
      carry += 58u * buf[k];
      buf[k] = static_cast<uint8_t>(carry & 0xff);
      carry >>= 8;
    }
    if (carry != 0) return false;  // more than 25 bytes
  }
  // Each leading '1' encodes one leading zero byte; the number itself has no leading zero byte,
  // so the payload is exactly 25 bytes only when the zero bytes and the '1's agree.
  size_t zeros = 0;
  while (zeros < kLen && buf[zeros] == 0) ++zeros;
  if (zeros != leading_ones) return false;
  std::string_view payload(reinterpret_cast<const char*>(buf), kLen - 4);
  Digest once = Sha256(payload);
  Digest twice = Sha256(std::string_view(reinterpret_cast<const char*>(once.data()), once.size()));
  if (std::memcmp(twice.data(), buf + kLen - 4, 4) != 0) return false;
  if (version != nullptr) *version = buf[0];
  return true;
}

bool SegwitAddressValid(std::string_view address) {
  if (address.size() < 14 || address.size() > 90) return false;
  bool lower = false, upper = false;
  for (char c : address) {
    if (ascii::IsLower(c)) lower = true;
    if (ascii::IsUpper(c)) upper = true;
  }
  if (lower && upper) return false;
  size_t sep = address.rfind('1');
  if (sep == std::string_view::npos || sep == 0 || sep + 7 > address.size()) return false;
  std::string_view hrp = address.substr(0, sep);
  // Bitcoin's main and test networks, and Litecoin's, which took the same encoding.
  if (!ascii::EqualsIgnoreCase(hrp, "bc") && !ascii::EqualsIgnoreCase(hrp, "tb") &&
      !ascii::EqualsIgnoreCase(hrp, "ltc") && !ascii::EqualsIgnoreCase(hrp, "tltc")) {
    return false;
  }

  uint32_t chk = 1;
  for (char c : hrp) chk = Bech32Polymod(chk, static_cast<uint8_t>(ascii::ToLower(c) >> 5));
  chk = Bech32Polymod(chk, 0);
  for (char c : hrp) chk = Bech32Polymod(chk, static_cast<uint8_t>(ascii::ToLower(c) & 31));

  std::string_view data = address.substr(sep + 1);
  uint8_t values[90] = {};
  for (size_t i = 0; i < data.size(); ++i) {
    size_t v = kBech32.find(ascii::ToLower(data[i]));
    if (v == std::string_view::npos) return false;
    values[i] = static_cast<uint8_t>(v);
    chk = Bech32Polymod(chk, values[i]);
  }
  const size_t n = data.size() - 6;  // data values before the checksum
  if (n < 1) return false;
  const uint8_t witness_version = values[0];
  if (witness_version > 16) return false;
  if (chk != (witness_version == 0 ? kBech32Const : kBech32mConst)) return false;

  // The witness program: 5-bit groups regrouped into bytes, with at most 4 zero padding bits.
  size_t bits = (n - 1) * 5;
  size_t program_len = bits / 8;
  if (bits % 8 > 4) return false;
  uint32_t acc = 0;
  for (size_t i = 1; i < n; ++i) acc = (acc << 5) | values[i];
  if ((acc & ((1u << (bits % 8)) - 1)) != 0) return false;
  if (program_len < 2 || program_len > 40) return false;
  if (witness_version == 0 && program_len != 20 && program_len != 32) return false;
  return true;
}

std::array<uint8_t, 32> Keccak256(std::string_view data) {
  constexpr size_t kRate = 136;
  uint64_t st[25] = {};
  size_t i = 0;
  for (; data.size() - i >= kRate; i += kRate) {
    for (size_t k = 0; k < kRate; ++k) XorByte(st, k, static_cast<uint8_t>(data[i + k]));
    KeccakF1600(st);
  }
  size_t rest = data.size() - i;
  for (size_t k = 0; k < rest; ++k) XorByte(st, k, static_cast<uint8_t>(data[i + k]));
  XorByte(st, rest, 0x01);
  XorByte(st, kRate - 1, 0x80);
  KeccakF1600(st);
  std::array<uint8_t, 32> out;
  for (size_t k = 0; k < out.size(); ++k) out[k] = static_cast<uint8_t>(st[k / 8] >> (8 * (k % 8)));
  return out;
}

bool Eip55ChecksumValid(std::string_view address) {
  if (address.size() != 42 || address[0] != '0' || (address[1] != 'x' && address[1] != 'X')) {
    return false;
  }
  std::string_view hex = address.substr(2);
  char lower[40];
  for (size_t i = 0; i < 40; ++i) {
    char c = hex[i];
    if (!ascii::IsDigit(c) && !(ascii::ToLower(c) >= 'a' && ascii::ToLower(c) <= 'f')) return false;
    lower[i] = ascii::ToLower(c);
  }
  auto hash = Keccak256(std::string_view(lower, 40));
  for (size_t i = 0; i < 40; ++i) {
    char c = hex[i];
    if (ascii::IsDigit(c)) continue;
    int nibble = (i % 2 == 0) ? (hash[i / 2] >> 4) : (hash[i / 2] & 0x0f);
    if (ascii::IsUpper(c) != (nibble >= 8)) return false;
  }
  return true;
}

}  // namespace deskbench
