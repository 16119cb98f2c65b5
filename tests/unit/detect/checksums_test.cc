#include "detect/validators/checksums.h"

#include <gtest/gtest.h>

#include <string>

#include "core/hash.h"
#include "detect/validators/luhn.h"

namespace deskbench {
namespace {

// Appends the Luhn check digit to a payload.
std::string WithLuhn(std::string payload) {
  for (char d = '0'; d <= '9'; ++d) {
    if (LuhnValid(payload + d)) return payload + d;
  }
  return payload;
}

// Builds an IBAN from country and BBAN by computing its ISO 7064 check digits.
std::string MakeIban(const std::string& country, const std::string& bban) {
  for (int check = 2; check <= 98; ++check) {
    std::string iban = country + (check < 10 ? "0" : "") + std::to_string(check) + bban;
    if (IbanMod97Valid(iban)) return iban;
  }
  return {};
}

std::string Base58CheckEncode(uint8_t version, uint8_t fill) {
  uint8_t raw[25];
  raw[0] = version;
  for (int i = 1; i < 21; ++i) raw[i] = static_cast<uint8_t>(fill + i * 7);
  std::string_view payload(reinterpret_cast<const char*>(raw), 21);
  Digest once = Sha256(payload);
  Digest twice = Sha256(std::string_view(reinterpret_cast<const char*>(once.data()), 32));
  for (int i = 0; i < 4; ++i) raw[21 + i] = twice[static_cast<size_t>(i)];
  static constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::string out;
  std::vector<uint8_t> num(raw, raw + 25);
  while (!num.empty()) {
    unsigned rem = 0;
    std::vector<uint8_t> quotient;
    for (uint8_t b : num) {
      unsigned cur = rem * 256 + b;
      if (!quotient.empty() || cur / 58 != 0) quotient.push_back(static_cast<uint8_t>(cur / 58));
      rem = cur % 58;
    }
    out.insert(out.begin(), kAlphabet[rem]);
    num = quotient;
  }
  for (int i = 0; i < 25 && raw[i] == 0; ++i) out.insert(out.begin(), '1');
  return out;
}

TEST(Luhn, AcceptsCorrectCheckDigitOnly) {
  EXPECT_TRUE(LuhnValid("79927398713"));  // the worked example of the algorithm's description
  EXPECT_FALSE(LuhnValid("79927398710"));
  EXPECT_FALSE(LuhnValid("7992739871a"));
  EXPECT_FALSE(LuhnValid("0"));
  EXPECT_FALSE(LuhnValid(""));
  std::string card = WithLuhn("411111111111111");
  EXPECT_EQ(card, "4111111111111111");
}

TEST(Iban, Mod97AndLengths) {
  EXPECT_EQ(MakeIban("DE", "370400440532013000"), "DE89370400440532013000");
  EXPECT_TRUE(IbanMod97Valid("GB82WEST12345698765432"));
  EXPECT_TRUE(IbanMod97Valid("gb82west12345698765432"));
  EXPECT_FALSE(IbanMod97Valid("GB82WEST12345698765433"));
  EXPECT_FALSE(IbanMod97Valid("GB82WEST1234569876543!"));
  EXPECT_FALSE(IbanMod97Valid("GB8"));
  EXPECT_EQ(IbanLength("DE"), 22);
  EXPECT_EQ(IbanLength("NO"), 15);
  EXPECT_EQ(IbanLength("RU"), 33);
  EXPECT_EQ(IbanLength("FR"), 27);
  EXPECT_EQ(IbanLength("US"), 0);
  EXPECT_EQ(IbanLength("D"), 0);
}

TEST(Aba, WeightedChecksumAndPrefix) {
  EXPECT_TRUE(AbaRoutingValid("011000015"));
  EXPECT_FALSE(AbaRoutingValid("011000016"));
  // Checksum right but 13..20 is not a Federal Reserve routing symbol.
  std::string bad_prefix;
  for (char d = '0'; d <= '9'; ++d) {
    std::string s = std::string("15100001") + d;
    int sum = 0;
    for (size_t i = 0; i < 9; ++i) sum += (i % 3 == 0 ? 3 : i % 3 == 1 ? 7 : 1) * (s[i] - '0');
    if (sum % 10 == 0) bad_prefix = s;
  }
  ASSERT_EQ(bad_prefix.size(), 9u);
  EXPECT_FALSE(AbaRoutingValid(bad_prefix));
  EXPECT_FALSE(AbaRoutingValid("01100001"));
  EXPECT_FALSE(AbaRoutingValid("01100001a"));
}

TEST(Base58Check, AcceptsEncodedAddressesRejectsAltered) {
  uint8_t version = 0xff;
  std::string p2pkh = Base58CheckEncode(0x00, 3);
  ASSERT_EQ(p2pkh[0], '1');
  EXPECT_TRUE(Base58CheckValid(p2pkh, &version));
  EXPECT_EQ(version, 0x00);
  std::string p2sh = Base58CheckEncode(0x05, 9);
  ASSERT_EQ(p2sh[0], '3');
  EXPECT_TRUE(Base58CheckValid(p2sh, &version));
  EXPECT_EQ(version, 0x05);
  std::string altered = p2pkh;
  altered[10] = altered[10] == 'a' ? 'b' : 'a';
  EXPECT_FALSE(Base58CheckValid(altered));
  EXPECT_FALSE(Base58CheckValid(p2pkh.substr(0, p2pkh.size() - 1)));
  EXPECT_FALSE(Base58CheckValid("1" + p2pkh));
  EXPECT_FALSE(Base58CheckValid(std::string(34, 'z')));
  EXPECT_FALSE(Base58CheckValid("0OIl" + p2pkh.substr(4)));
}

TEST(Segwit, Bip173AndBip350Specimens) {
  EXPECT_TRUE(SegwitAddressValid("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"));
  EXPECT_TRUE(SegwitAddressValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
  EXPECT_TRUE(SegwitAddressValid("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"));
  // Altered checksum, mixed case, unknown prefix.
  EXPECT_FALSE(SegwitAddressValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"));
  EXPECT_FALSE(SegwitAddressValid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kV8F3t4"));
  EXPECT_FALSE(SegwitAddressValid("ltc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
  EXPECT_FALSE(SegwitAddressValid("bc1qqqqqqq"));
  EXPECT_FALSE(SegwitAddressValid("bc1"));
}

TEST(Keccak, KnownDigests) {
  EXPECT_EQ(ToHex(Keccak256("")),
            "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  EXPECT_EQ(ToHex(Keccak256("abc")),
            "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  // Longer than one 136-byte block.
  EXPECT_EQ(Keccak256(std::string(300, 'a')).size(), 32u);
  EXPECT_NE(ToHex(Keccak256(std::string(136, 'a'))), ToHex(Keccak256(std::string(135, 'a'))));
}

TEST(Eip55, SpecimensFromTheSpecification) {
  for (const char* a :
       {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
    EXPECT_TRUE(Eip55ChecksumValid(a)) << a;
  }
  EXPECT_FALSE(Eip55ChecksumValid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
  EXPECT_FALSE(Eip55ChecksumValid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"));
  EXPECT_FALSE(Eip55ChecksumValid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg"));
}

}  // namespace
}  // namespace deskbench
