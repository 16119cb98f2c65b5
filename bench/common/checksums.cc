#include "common/checksums.h"

#include <array>
#include <vector>

#include "core/hash.h"

namespace bench::check {

namespace {
int D(char c) {
  return c - '0';
}
char C(int d) {
  return static_cast<char>('0' + d);
}
}  // namespace

char LuhnDigit(std::string_view payload) {
  // With the check digit appended, the digits that get doubled are those at even distance from
  // the payload's end.
  int sum = 0;
  bool dbl = true;
  for (size_t i = payload.size(); i-- > 0;) {
    int d = D(payload[i]);
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return C((10 - sum % 10) % 10);
}

bool LuhnValid(std::string_view digits) {
  if (digits.size() < 2) return false;
  return LuhnDigit(digits.substr(0, digits.size() - 1)) == digits.back();
}

namespace {
int Mod97(std::string_view alnum) {
  int r = 0;
  for (char c : alnum) {
    if (c >= '0' && c <= '9') {
      r = (r * 10 + D(c)) % 97;
    } else {
      int v = (c >= 'a' ? c - 'a' : c - 'A') + 10;
      r = (r * 100 + v) % 97;
    }
  }
  return r;
}
}  // namespace

std::string IbanCheckDigits(std::string_view country, std::string_view bban) {
  std::string moved = std::string(bban) + std::string(country) + "00";
  int check = 98 - Mod97(moved);
  return {C(check / 10), C(check % 10)};
}

bool IbanValid(std::string_view iban) {
  if (iban.size() < 5) return false;
  std::string moved = std::string(iban.substr(4)) + std::string(iban.substr(0, 4));
  return Mod97(moved) == 1;
}

namespace {
constexpr int kVd[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                             {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
                             {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                             {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                             {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
constexpr int kVp[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                            {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
                            {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
constexpr int kVinv[10] = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};
}  // namespace

char VerhoeffDigit(std::string_view payload) {
  int c = 0;
  size_t i = 0;
  for (size_t k = payload.size(); k-- > 0; ++i) c = kVd[c][kVp[(i + 1) % 8][D(payload[k])]];
  return C(kVinv[c]);
}

bool VerhoeffValid(std::string_view digits) {
  int c = 0;
  size_t i = 0;
  for (size_t k = digits.size(); k-- > 0; ++i) c = kVd[c][kVp[i % 8][D(digits[k])]];
  return c == 0;
}

int NhsDigit(std::string_view nine) {
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += D(nine[i]) * static_cast<int>(10 - i);
  int check = 11 - sum % 11;
  if (check == 11) return 0;
  if (check == 10) return -1;
  return check;
}

char AbaDigit(std::string_view eight) {
  static constexpr int kW[8] = {3, 7, 1, 3, 7, 1, 3, 7};
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) sum += D(eight[i]) * kW[i];
  return C((10 - sum % 10) % 10);  // the ninth weight is 1
}

bool AbaValid(std::string_view nine) {
  return AbaDigit(nine.substr(0, 8)) == nine[8];
}

namespace {
constexpr int kTfnW[9] = {1, 4, 3, 7, 5, 8, 6, 9, 10};
}

int TfnDigit(std::string_view eight) {
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) sum += D(eight[i]) * kTfnW[i];
  // 10 * d9 = -d9 (mod 11), so the sum is divisible by 11 when d9 = sum (mod 11).
  int d9 = sum % 11;
  return d9 == 10 ? -1 : d9;
}

bool TfnValid(std::string_view nine) {
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += D(nine[i]) * kTfnW[i];
  return sum % 11 == 0;
}

namespace {
constexpr int kAbnW[11] = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
int AbnSum(std::string_view eleven) {
  int sum = (D(eleven[0]) - 1) * kAbnW[0];
  for (size_t i = 1; i < 11; ++i) sum += D(eleven[i]) * kAbnW[i];
  return sum;
}
}  // namespace

std::string AbnFromNine(std::string_view nine) {
  // (d1 - 1) * 10 + d2 takes every value 0..89 as the prefix runs over 10..99, so one fits.
  for (int prefix = 10; prefix <= 99; ++prefix) {
    std::string abn = std::to_string(prefix) + std::string(nine);
    if (AbnSum(abn) % 89 == 0) return abn;
  }
  return {};
}

bool AbnValid(std::string_view eleven) {
  return AbnSum(eleven) % 89 == 0;
}

char MedicareDigit(std::string_view eight) {
  static constexpr int kW[8] = {1, 3, 7, 9, 1, 3, 7, 9};
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) sum += D(eight[i]) * kW[i];
  return C(sum % 10);
}

char NricLetter(char prefix, std::string_view seven) {
  static constexpr int kW[7] = {2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (size_t i = 0; i < 7; ++i) sum += D(seven[i]) * kW[i];
  if (prefix == 'T' || prefix == 'G') sum += 4;
  int r = sum % 11;
  if (prefix == 'S' || prefix == 'T') return "JZIHGFEDCBA"[r];
  return "XWUTRQPNMLK"[r];
}

char NifLetter(uint32_t number) {
  return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23];
}

char FiscalCodeLetter(std::string_view fifteen) {
  // Values of characters in odd (1st, 3rd, ...) positions; digits share the values of A..J.
  static constexpr int kOdd[26] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                   20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    char c = fifteen[i];
    int idx = (c >= '0' && c <= '9') ? D(c) : c - 'A';
    sum += (i % 2 == 0) ? kOdd[idx] : idx;
  }
  return static_cast<char>('A' + sum % 26);
}

char DeTaxIdDigit(std::string_view ten) {
  int product = 10;
  for (char c : ten) {
    int sum = (D(c) + product) % 10;
    if (sum == 0) sum = 10;
    product = (sum * 2) % 11;
  }
  int check = 11 - product;
  return C(check == 10 ? 0 : check);
}

char PeselDigit(std::string_view ten) {
  static constexpr int kWeights[] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  int sum = 0;
  for (size_t i = 0; i < 10; ++i) sum += kWeights[i] * D(ten[i]);
  return C((10 - sum % 10) % 10);
}

char HetuChar(std::string_view nine) {
  return "0123456789ABCDEFHJKLMNPRSTUVWXY"[std::stoul(std::string(nine)) % 31];
}

int NirKey(std::string_view thirteen) {
  std::string n(thirteen);
  if (n.substr(5, 2) == "2A") n.replace(5, 2, "19");
  if (n.substr(5, 2) == "2B") n.replace(5, 2, "18");
  return static_cast<int>(97 - std::stoull(n) % 97);
}

int FodselsnummerChecks(std::string_view nine) {
  static constexpr int kW1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  static constexpr int kW2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  int s1 = 0, s2 = 0;
  for (size_t i = 0; i < 9; ++i) {
    s1 += kW1[i] * D(nine[i]);
    s2 += kW2[i] * D(nine[i]);
  }
  int k1 = 11 - s1 % 11;
  if (k1 == 11) k1 = 0;
  if (k1 == 10) return -1;
  s2 += kW2[9] * k1;
  int k2 = 11 - s2 % 11;
  if (k2 == 11) k2 = 0;
  if (k2 == 10) return -1;
  return k1 * 10 + k2;
}

int BelgianCheck(std::string_view nine, bool born_2000s) {
  uint64_t n = std::stoull(std::string(nine));
  if (born_2000s) n += 2000000000ull;
  return static_cast<int>(97 - n % 97);
}

int BsnDigit(std::string_view eight) {
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) sum += static_cast<int>(9 - i) * D(eight[i]);
  return sum % 11 == 10 ? -1 : sum % 11;
}

char SvnrDigit(std::string_view eleven) {
  // The letter is replaced by its two-digit place in the alphabet.
  const int letter = eleven[8] - 'A' + 1;
  std::string digits = std::string(eleven.substr(0, 8)) + C(letter / 10) + C(letter % 10) +
                       std::string(eleven.substr(9, 2));
  static constexpr int kWeights[] = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
  int sum = 0;
  for (size_t i = 0; i < 12; ++i) {
    int p = D(digits[i]) * kWeights[i];
    sum += p / 10 + p % 10;
  }
  return C(sum % 10);
}

char VinDigit(std::string_view vin) {
  // Letters by their place in three runs of the alphabet (A-I, J-R, S-Z), I, O and Q unused.
  auto value = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c <= 'I') return c - 'A' + 1;
    if (c <= 'R') return c - 'J' + 1;
    return c - 'S' + 2;
  };
  static constexpr int kWeights[] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += value(vin[i]) * kWeights[i];
  return sum % 11 == 10 ? 'X' : C(sum % 11);
}

std::string Base58Check(uint8_t version, std::span<const uint8_t> payload) {
  std::string raw(1, static_cast<char>(version));
  raw.append(reinterpret_cast<const char*>(payload.data()), payload.size());
  deskbench::Digest once = deskbench::Sha256(raw);
  deskbench::Digest twice =
      deskbench::Sha256({reinterpret_cast<const char*>(once.data()), once.size()});
  raw.append(reinterpret_cast<const char*>(twice.data()), 4);

  static constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::string digits;  // base 58, least significant first
  std::vector<uint8_t> num(raw.begin(), raw.end());
  size_t start = 0;
  while (start < num.size() && num[start] == 0) ++start;
  size_t zeros = start;
  while (start < num.size()) {
    int rem = 0;
    for (size_t i = start; i < num.size(); ++i) {
      int cur = rem * 256 + num[i];
      num[i] = static_cast<uint8_t>(cur / 58);
      rem = cur % 58;
    }
    digits.push_back(kAlphabet[rem]);
    while (start < num.size() && num[start] == 0) ++start;
  }
  std::string out(zeros, '1');
  out.append(digits.rbegin(), digits.rend());
  return out;
}

namespace {
uint32_t Bech32Polymod(const std::vector<uint8_t>& values) {
  static constexpr uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  uint32_t chk = 1;
  for (uint8_t v : values) {
    uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (int i = 0; i < 5; ++i) {
      if ((top >> i) & 1) chk ^= kGen[i];
    }
  }
  return chk;
}
}  // namespace

std::string SegwitAddress(std::string_view hrp, int version, std::span<const uint8_t> program) {
  std::vector<uint8_t> data = {static_cast<uint8_t>(version)};
  uint32_t acc = 0;
  int bits = 0;
  for (uint8_t b : program) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push_back(static_cast<uint8_t>((acc >> bits) & 31));
    }
  }
  if (bits > 0) data.push_back(static_cast<uint8_t>((acc << (5 - bits)) & 31));

  std::vector<uint8_t> values;
  for (char c : hrp) values.push_back(static_cast<uint8_t>(c) >> 5);
  values.push_back(0);
  for (char c : hrp) values.push_back(static_cast<uint8_t>(c) & 31);
  values.insert(values.end(), data.begin(), data.end());
  values.insert(values.end(), 6, 0);
  uint32_t mod = Bech32Polymod(values) ^ 1;  // bech32 (v0); bech32m would use 0x2bc830a3

  static constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  std::string out(hrp);
  out.push_back('1');
  for (uint8_t d : data) out.push_back(kCharset[d]);
  for (int i = 0; i < 6; ++i) out.push_back(kCharset[(mod >> (5 * (5 - i))) & 31]);
  return out;
}

uint32_t Crc32(std::string_view data) {
  uint32_t crc = 0xffffffffu;
  for (char ch : data) {
    crc ^= static_cast<uint8_t>(ch);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

std::string Base64Url(std::string_view data) {
  static constexpr char kChars[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    uint32_t v = (static_cast<uint8_t>(data[i]) << 16) | (static_cast<uint8_t>(data[i + 1]) << 8) |
                 static_cast<uint8_t>(data[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out.push_back(kChars[(v >> s) & 63]);
  }
  size_t rest = data.size() - i;
  if (rest == 1) {
    uint32_t v = static_cast<uint8_t>(data[i]) << 16;
    out.push_back(kChars[(v >> 18) & 63]);
    out.push_back(kChars[(v >> 12) & 63]);
  } else if (rest == 2) {
    uint32_t v = (static_cast<uint8_t>(data[i]) << 16) | (static_cast<uint8_t>(data[i + 1]) << 8);
    out.push_back(kChars[(v >> 18) & 63]);
    out.push_back(kChars[(v >> 12) & 63]);
    out.push_back(kChars[(v >> 6) & 63]);
  }
  return out;
}

std::string SelfTest() {
  // Specimens published with each scheme's description.
  if (!LuhnValid("79927398713")) return "Luhn specimen 79927398713";
  if (LuhnDigit("7992739871") != '3') return "Luhn digit of 7992739871";
  if (!IbanValid("GB82WEST12345698765432")) return "IBAN specimen GB82WEST12345698765432";
  if (IbanCheckDigits("GB", "WEST12345698765432") != "82") return "IBAN check digits GB82";
  if (VerhoeffDigit("236") != '3' || !VerhoeffValid("2363")) return "Verhoeff specimen 2363";
  if (NhsDigit("943476591") != 9) return "NHS specimen 943 476 5919";
  if (!AbaValid("011000015")) return "ABA specimen 011000015";
  if (!TfnValid("123456782") || TfnDigit("12345678") != 2) return "TFN specimen 123 456 782";
  if (!AbnValid("51824753556") || AbnFromNine("824753556") != "51824753556")
    return "ABN specimen 51 824 753 556";
  if (NricLetter('S', "1234567") != 'D') return "NRIC specimen S1234567D";
  if (NifLetter(12345678) != 'Z') return "NIF specimen 12345678Z";
  if (FiscalCodeLetter("RSSMRA85T10A562") != 'S') return "codice fiscale RSSMRA85T10A562S";
  if (DeTaxIdDigit("8609574271") != '9') return "Steuer-IdNr specimen 86095742719";
  if (PeselDigit("4405140135") != '9') return "PESEL specimen 44051401359";
  if (HetuChar("131052308") != 'T') return "henkilötunnus specimen 131052-308T";
  if (NirKey("1841276451089") != 46) return "NIR specimen 1 84 12 76 451 089 46";
  if (FodselsnummerChecks("010107501") != 60) return "fødselsnummer 01010750160";
  if (BsnDigit("11122233") != 3) return "BSN specimen 111222333";
  if (SvnrDigit("65170839J00") != '3') return "SV-Nummer specimen 65 170839 J 003";
  if (VinDigit("1M8GDM9AXKP042788") != 'X') return "VIN specimen 1M8GDM9AXKP042788";
  std::array<uint8_t, 20> zero{};
  if (Base58Check(0, zero) != "1111111111111111111114oLvT2") return "Base58Check of zero hash";
  static constexpr uint8_t kProgram[20] = {0x75, 0x1e, 0x76, 0xe8, 0x19, 0x91, 0x96,
                                           0xd4, 0x54, 0x94, 0x1c, 0x45, 0xd1, 0xb3,
                                           0xa3, 0x23, 0xf1, 0x43, 0x3b, 0xd6};
  if (SegwitAddress("bc", 0, kProgram) != "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    return "BIP-173 specimen bc1qw508...";
  if (Crc32("123456789") != 0xcbf43926u) return "CRC-32 check value";
  if (Base64Url("{\"a\"") != "eyJhIg") return "base64url";
  return {};
}

}  // namespace bench::check
