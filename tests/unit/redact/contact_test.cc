#include <gtest/gtest.h>
#include <phonenumbers/phonenumberutil.h>

#include "core/hash.h"
#include "redact/replacer.h"
#include "shape_checks.h"

namespace deskbench {
namespace {

using testing::DigitsOf;
using testing::ShapeOf;

const std::string kKey(32, 'k');

std::string Fake(Entity type, std::string_view value) {
  Replacer r(kKey);
  std::string fake = r.Pseudonym(type, value);
  EXPECT_NE(fake, value);
  EXPECT_EQ(fake, Replacer(kKey).Pseudonym(type, value));
  EXPECT_NE(fake, Replacer(std::string(32, 'z')).Pseudonym(type, value)) << value;
  return fake;
}

TEST(FakePhone, NorthAmericanNumbersGoTo55501xx) {
  for (std::string_view real : {"(202) 456-1111", "+1 202-456-1111", "202.456.1111", "2024561111",
                                "1-202-456-1111", "+1 (202) 555-0143"}) {
    std::string fake = Fake(Entity::PHONE, real);
    EXPECT_EQ(ShapeOf(fake), ShapeOf(real));
    std::string d = DigitsOf(fake);
    std::string tail = d.substr(d.size() - 7);
    EXPECT_EQ(tail.substr(0, 5), "55501") << fake;
    EXPECT_EQ(d.substr(d.size() - 10, 3), "202") << fake;  // the area code stays
  }
}

TEST(FakePhone, SameNumberInAnyFormatGetsTheSameSurrogateDigits) {
  Replacer r(kKey);
  EXPECT_EQ(DigitsOf(r.Pseudonym(Entity::PHONE, "(202) 456-1111")),
            DigitsOf(r.Pseudonym(Entity::PHONE, "202.456.1111")));
  EXPECT_EQ(DigitsOf(r.Pseudonym(Entity::PHONE, "+1 202 456 1111")).substr(1),
            DigitsOf(r.Pseudonym(Entity::PHONE, "202-456-1111")));
  EXPECT_EQ(DigitsOf(r.Pseudonym(Entity::PHONE, "+44 7911 123456")).substr(2),
            DigitsOf(r.Pseudonym(Entity::PHONE, "07911 123456")).substr(1));
}

TEST(FakePhone, UkNumbersGoToOfcomDramaRanges) {
  struct Case {
    std::string_view real, prefix;  // the fake's digits after the country code or trunk 0
  };
  for (auto [real, prefix] : std::initializer_list<Case>{{"+44 7911 123456", "7700900"},
                                                         {"07911 123456", "7700900"},
                                                         {"020 7123 4567", "2079460"},
                                                         {"+44 (0)20 7123 4567", "2079460"},
                                                         {"0113 123 4567", "1134960"},
                                                         {"01234 567890", "1632960"}}) {
    std::string fake = Fake(Entity::PHONE, real);
    EXPECT_EQ(ShapeOf(fake), ShapeOf(real));
    std::string d = DigitsOf(fake);
    EXPECT_EQ(d.substr(d.size() - 10, 7), prefix) << real << " -> " << fake;
  }
}

TEST(FakePhone, OtherCountriesKeepCodeLengthAndLeadingDigits) {
  std::string fake = Fake(Entity::PHONE, "+49 30 12345678");
  EXPECT_EQ(ShapeOf(fake), ShapeOf("+49 30 12345678"));
  EXPECT_EQ(fake.substr(0, 6), "+49 30");
  std::string fr = Fake(Entity::PHONE, "+33 6 12 34 56 78");
  EXPECT_EQ(fr.substr(0, 6), "+33 6 ");
  std::string ext = Fake(Entity::PHONE, "+1 (415) 555-2671 x123");
  EXPECT_EQ(ShapeOf(ext), ShapeOf("+1 (415) 555-2671 x123"));
}

// Surrogates still read as phone numbers to libphonenumber, which the detector uses. (It knows
// some drama ranges, e.g. 07700 900xxx, as fictional and calls them invalid; they still parse.)
TEST(FakePhone, ParsesWithLibphonenumber) {
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  struct Case {
    std::string_view real, region;
    bool valid;
  };
  Replacer r(kKey);
  for (auto [real, region, valid] : std::initializer_list<Case>{{"(202) 456-1111", "US", true},
                                                                {"+1 416 555 2671", "CA", true},
                                                                {"020 7123 4567", "GB", true},
                                                                {"0113 123 4567", "GB", true},
                                                                {"+44 7911 123456", "GB", false},
                                                                {"+33 6 12 34 56 78", "FR", true},
                                                                {"+61 2 9374 4000", "AU", true}}) {
    std::string fake = r.Pseudonym(Entity::PHONE, real);
    PhoneNumber n;
    ASSERT_EQ(util->Parse(fake, std::string(region), &n), PhoneNumberUtil::NO_PARSING_ERROR)
        << fake;
    if (valid) {
      EXPECT_TRUE(util->IsValidNumber(n)) << real << " -> " << fake;
    }
  }
}

TEST(FakeEmail, ExampleDomainsAndPersonOrTokenLocalParts) {
  std::string fake = Fake(Entity::EMAIL, "jane.doe@acme.com");
  size_t at = fake.find('@');
  ASSERT_NE(at, std::string::npos);
  std::string domain = fake.substr(at + 1);
  EXPECT_TRUE(domain == "example.com" || domain == "example.org" || domain == "example.net");
  EXPECT_NE(fake.find('.'), at);  // first.last keeps its dot
  std::string token = Fake(Entity::EMAIL, "support@acme.com");
  EXPECT_EQ(token.substr(0, 5), "user-");
  EXPECT_EQ(token.find('@'), 11u);
  // Colleagues keep sharing a domain.
  Replacer r(kKey);
  auto domain_of = [&](std::string_view email) {
    std::string f = r.Pseudonym(Entity::EMAIL, email);
    return f.substr(f.find('@'));
  };
  EXPECT_EQ(domain_of("a.b@acme.com"), domain_of("c.d@Acme.com"));
  std::string mailto = Fake(Entity::EMAIL, "mailto:jane.doe@acme.com");
  EXPECT_EQ(mailto.substr(0, 7), "mailto:");
}

// A spelled-out address becomes the fake of the same address, spelled the same way.
TEST(FakeEmail, SpelledOutLikeTheOriginal) {
  Replacer r(kKey);
  const std::string plain = r.Pseudonym(Entity::EMAIL, "jane.doe@acme.com");
  const std::string spelled = r.Pseudonym(Entity::EMAIL, "jane.doe [at] acme [dot] com");
  std::string expected = plain;
  expected.replace(expected.find('@'), 1, " [at] ");
  expected.replace(expected.rfind('.'), 1, " [dot] ");
  EXPECT_EQ(spelled, expected);
  EXPECT_EQ(r.Pseudonym(Entity::EMAIL, "jane.doe(at)acme.com").find("(at)"), plain.find('@'));
}

TEST(FakeIpAddress, DocumentationRanges) {
  for (std::string_view real : {"10.1.2.3", "8.8.8.8", "192.0.2.1"}) {
    std::string fake = Fake(Entity::IP_ADDRESS, real);
    EXPECT_TRUE(fake.starts_with("192.0.2.") || fake.starts_with("198.51.100.") ||
                fake.starts_with("203.0.113."))
        << fake;
    int last = std::stoi(fake.substr(fake.rfind('.') + 1));
    EXPECT_GE(last, 1);
    EXPECT_LE(last, 254);
  }
  EXPECT_TRUE(Fake(Entity::IP_ADDRESS, "8.8.8.8:53").ends_with(":53"));
  std::string v6 = Fake(Entity::IP_ADDRESS, "fe80::1ff:fe23:4567:890a");
  EXPECT_TRUE(v6.starts_with("2001:db8:")) << v6;
  std::string full = Fake(Entity::IP_ADDRESS, "2a00:1450:4009:081f:0000:0000:0000:200e");
  EXPECT_TRUE(full.starts_with("2001:db8:")) << full;
  size_t colons = 0;
  for (char c : full) colons += c == ':';
  EXPECT_EQ(colons, 7u);
  EXPECT_TRUE(Fake(Entity::IP_ADDRESS, "FE80::1/64").starts_with("2001:DB8::"));
}

TEST(FakeMacAddress, LocallyAdministeredUnicastInTheSameStyle) {
  for (std::string_view real : {"00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e"}) {
    std::string fake = Fake(Entity::MAC_ADDRESS, real);
    EXPECT_EQ(fake.size(), real.size());
    for (size_t i = 0; i < real.size(); ++i) {
      bool sep = real[i] == ':' || real[i] == '-' || real[i] == '.';
      EXPECT_EQ(sep, fake[i] == real[i] && sep);
    }
    EXPECT_EQ(fake.substr(0, 2), "02");
  }
  EXPECT_EQ(Fake(Entity::MAC_ADDRESS, "00:1A:2B:3C:4D:5E").find_first_of("abcdef"),
            std::string::npos);
  Replacer r(kKey);
  std::string colons = r.Pseudonym(Entity::MAC_ADDRESS, "00:1A:2B:3C:4D:5E");
  std::string cisco = r.Pseudonym(Entity::MAC_ADDRESS, "001a.2b3c.4d5e");
  for (char& c : colons) c = static_cast<char>(std::tolower(c));
  std::erase(colons, ':');
  std::erase(cisco, '.');
  EXPECT_EQ(colons, cisco);
}

TEST(FakeUrl, ExampleDomainKeepsTheScheme) {
  std::string fake = Fake(Entity::URL, "https://intranet.acme.com/people/jdoe");
  EXPECT_TRUE(fake.starts_with("https://example.com/")) << fake;
  EXPECT_GT(fake.size(), std::string("https://example.com/").size());
  EXPECT_TRUE(Fake(Entity::URL, "http://acme.com").starts_with("http://example.com/"));
  EXPECT_TRUE(Fake(Entity::URL, "www.acme.com/x").starts_with("www.example.com/"));
  Replacer r(kKey);
  EXPECT_NE(r.Pseudonym(Entity::URL, "https://a.com/1"),
            r.Pseudonym(Entity::URL, "https://a.com/2"));
}

// Base58Check, decoded here independently of the code under test.
bool Base58CheckValid(std::string_view s) {
  static constexpr std::string_view kAlphabet =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::vector<unsigned char> bytes;  // big-endian
  for (char c : s) {
    size_t v = kAlphabet.find(c);
    if (v == std::string_view::npos) return false;
    int carry = static_cast<int>(v);
    for (size_t i = bytes.size(); i-- > 0;) {
      carry += bytes[i] * 58;
      bytes[i] = static_cast<unsigned char>(carry & 0xff);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.insert(bytes.begin(), static_cast<unsigned char>(carry & 0xff));
      carry >>= 8;
    }
  }
  for (char c : s) {
    if (c != '1') break;
    bytes.insert(bytes.begin(), 0);
  }
  if (bytes.size() != 25) return false;
  std::string payload(bytes.begin(), bytes.begin() + 21);
  Digest once = Sha256(payload);
  Digest twice = Sha256(std::string_view(reinterpret_cast<const char*>(once.data()), 32));
  return std::equal(twice.begin(), twice.begin() + 4, bytes.begin() + 21);
}

TEST(FakeCryptoWallet, SamePrefixLengthAndAlphabet) {
  std::string_view legacy = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2";
  ASSERT_TRUE(Base58CheckValid(legacy));
  std::string fake = Fake(Entity::CRYPTO_WALLET, legacy);
  EXPECT_EQ(fake.size(), legacy.size());
  EXPECT_EQ(fake[0], '1');
  EXPECT_TRUE(Base58CheckValid(fake)) << fake;
  std::string p2sh = Fake(Entity::CRYPTO_WALLET, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
  EXPECT_EQ(p2sh[0], '3');
  EXPECT_TRUE(Base58CheckValid(p2sh)) << p2sh;

  // Other coins keep their version byte, so their first character and validity.
  for (std::string_view other :
       {"LKERRPCJCoP4nGPVZS3ukgGkar1YeJWCmE", "D597kHXGdkwkryF9oGhz9Bp1ypTpD1u99Z",
        "T9ygAEGCGsFxgdkxyZiKzou8HRPapAeEJZ"}) {
    ASSERT_TRUE(Base58CheckValid(other)) << other;
    std::string coin = Fake(Entity::CRYPTO_WALLET, other);
    EXPECT_EQ(coin.size(), other.size());
    EXPECT_EQ(coin[0], other[0]);
    EXPECT_NE(coin, other);
    EXPECT_TRUE(Base58CheckValid(coin)) << coin;
  }

  std::string_view bech = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq";
  std::string fb = Fake(Entity::CRYPTO_WALLET, bech);
  EXPECT_EQ(fb.size(), bech.size());
  EXPECT_TRUE(fb.starts_with("bc1q"));
  EXPECT_EQ(fb.find_first_not_of("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 3), std::string::npos);

  std::string eth = Fake(Entity::CRYPTO_WALLET, "0x52908400098527886e0f7030069857d2e4169ee7");
  EXPECT_EQ(eth.size(), 42u);
  EXPECT_TRUE(eth.starts_with("0x"));
  EXPECT_EQ(eth.find_first_not_of("0123456789abcdef", 2), std::string::npos);
}

}  // namespace
}  // namespace deskbench
