#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/hash.h"
#include "detect/engine.h"
#include "detect/validators/checksums.h"
#include "detect/validators/luhn.h"

namespace deskbench {
namespace {

using Strings = std::vector<std::string>;

Policy Only(std::initializer_list<Entity> types) {
  Policy p;
  p.enabled.fill(false);
  for (Entity e : types) p.enabled[static_cast<size_t>(e)] = true;
  return p;
}

std::vector<Finding> Scan(std::initializer_list<Entity> types, std::string_view text,
                          std::string_view hint = {}) {
  Engine engine(Only(types));
  auto scanner = engine.NewScanner();
  return scanner.Scan(text, hint);
}

Strings Find(Entity type, std::string_view text, std::string_view hint = {}) {
  Strings out;
  for (const Finding& f : Scan({type}, text, hint)) {
    EXPECT_EQ(f.type, type);
    out.emplace_back(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

std::string WithLuhn(const std::string& payload) {
  for (char d = '0'; d <= '9'; ++d) {
    if (LuhnValid(payload + d)) return payload + d;
  }
  return payload;
}

// The same digits with the last one changed, so the Luhn check fails.
std::string BreakLast(std::string s) {
  s.back() = s.back() == '9' ? '0' : static_cast<char>(s.back() + 1);
  return s;
}

std::string Grouped(const std::string& digits, std::initializer_list<size_t> sizes, char sep) {
  std::string out;
  size_t pos = 0;
  for (size_t n : sizes) {
    if (!out.empty()) out.push_back(sep);
    out += digits.substr(pos, n);
    pos += n;
  }
  return out;
}

std::string MakeIban(const std::string& country, const std::string& bban) {
  for (int check = 2; check <= 98; ++check) {
    std::string iban = country + (check < 10 ? "0" : "") + std::to_string(check) + bban;
    if (IbanMod97Valid(iban)) return iban;
  }
  return {};
}

std::string Spaced(const std::string& compact) {
  std::string out;
  for (size_t i = 0; i < compact.size(); ++i) {
    if (i > 0 && i % 4 == 0) out.push_back(' ');
    out.push_back(compact[i]);
  }
  return out;
}

std::string WithAbaCheck(const std::string& eight) {
  for (char d = '0'; d <= '9'; ++d) {
    if (AbaRoutingValid(eight + d)) return eight + d;
  }
  return eight;
}

// ---- CREDIT_CARD ----

TEST(CreditCard, FindsEachNetworkInSentences) {
  const std::string visa = WithLuhn("411111111111111");
  const std::string mc = WithLuhn("545454545454545");
  const std::string mc2 = WithLuhn("222100000000000");
  const std::string amex = WithLuhn("37828224631000");
  const std::string discover = WithLuhn("601111111111111");
  const std::string jcb = WithLuhn("353011133330000");
  const std::string diners = WithLuhn("3056930902590");
  const std::string unionpay = WithLuhn("621234567890123");
  const std::string maestro = WithLuhn("675900000000000");
  for (const std::string& card : {visa, mc, mc2, amex, discover, jcb, diners, unionpay, maestro}) {
    std::string text = "Please charge " + card + " for the order.";
    EXPECT_EQ(Find(Entity::CREDIT_CARD, text), Strings{card}) << card;
  }
  std::string spaced = Grouped(visa, {4, 4, 4, 4}, ' ');
  std::string dashed = Grouped(mc, {4, 4, 4, 4}, '-');
  std::string amex_grouped = Grouped(amex, {4, 6, 5}, ' ');
  std::string text = "Cards: " + spaced + "; " + dashed + " and Amex " + amex_grouped + ".";
  EXPECT_EQ(Find(Entity::CREDIT_CARD, text), (Strings{spaced, dashed, amex_grouped}));
}

// JCB's fifteen-digit ranges (1800, 2131) and Maestro's twelve-digit numbers; twelve digits are
// so many other numbers that they count only where the text speaks of a card.
TEST(CreditCard, FifteenDigitJcbAndTwelveDigitMaestro) {
  const std::string jcb1800 = WithLuhn("18001217263593");
  const std::string jcb2131 = WithLuhn("21314712479451");
  for (const std::string& card : {jcb1800, jcb2131}) {
    EXPECT_EQ(Find(Entity::CREDIT_CARD, "Please charge " + card + " today."), Strings{card});
  }
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Please charge " + WithLuhn("21304712479451")).empty());
  const std::string maestro = WithLuhn("63907445070");
  EXPECT_EQ(Find(Entity::CREDIT_CARD, "My Maestro card number is " + maestro + "."),
            Strings{maestro});
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Shipment " + maestro + " left the depot.").empty());
  EXPECT_TRUE(
      Find(Entity::CREDIT_CARD, "Payment details:\nAccount number: " + maestro + "\n").empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Debit card " + BreakLast(maestro)).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Debit card " + WithLuhn("41111111111")).empty());
}

// A product or device code named as such is no card, even when it passes Luhn.
TEST(CreditCard, ProductCodesAreNoCards) {
  const std::string code = WithLuhn("570091895302");
  EXPECT_EQ(Find(Entity::CREDIT_CARD, "Please charge " + code + " today."), Strings{code});
  for (std::string_view word :
       {"EAN ", "UPC: ", "GTIN #", "barcode ", "IMEI ", "IMEI is ", "EAN code ", "Serial no. "}) {
    EXPECT_TRUE(Find(Entity::CREDIT_CARD, std::string(word) + code + " in the list").empty())
        << word;
  }
  EXPECT_EQ(Find(Entity::CREDIT_CARD, "CLEAN " + code), Strings{code});
  // A filler word alone, or before another word, names nothing.
  EXPECT_EQ(Find(Entity::CREDIT_CARD, "The number is " + code), Strings{code});
  EXPECT_EQ(Find(Entity::CREDIT_CARD, "Card no. " + code), Strings{code});
}

TEST(CreditCard, StopsBeforeExpiryDate) {
  const std::string visa = Grouped(WithLuhn("453201511283036"), {4, 4, 4, 4}, ' ');
  EXPECT_EQ(Find(Entity::CREDIT_CARD, "Card " + visa + " 12/28 CVV 123"), Strings{visa});
}

TEST(CreditCard, RejectsNearMisses) {
  const std::string visa = WithLuhn("411111111111111");
  const std::string unknown_issuer = WithLuhn("990000000000123");
  const std::string wrong_length_amex = WithLuhn("3782822463100");  // 14 digits
  const char* tail[] = {".00", "1234", "-5678"};
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Card " + BreakLast(visa)).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Card " + unknown_issuer).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Card " + wrong_length_amex).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Card 0000000000000000 and 4444444444444444").empty());
  for (const char* t : tail) {
    EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Amount " + visa + t).empty()) << t;
  }
  // Part of a longer grouped number, an order number, mixed separators, odd grouping.
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Ref 9999 " + Grouped(visa, {4, 4, 4, 4}, ' ')).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "Order #" + visa).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "INV-" + visa).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, Grouped(visa, {4, 4, 4, 4}, ' ') + " 9999 0000").empty());
  std::string mixed = visa.substr(0, 4) + " " + visa.substr(4, 4) + "-" + visa.substr(8);
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, mixed).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, Grouped(visa, {2, 2, 2, 2, 2, 2, 2, 2}, ' ')).empty());
  EXPECT_TRUE(Find(Entity::CREDIT_CARD, "uuid 550e8400-e29b-41d4-a716-446655440000").empty());
}

// ---- IBAN ----

TEST(Iban, FindsCompactAndGroupedForms) {
  const std::string de = MakeIban("DE", "370400440532013000");
  const std::string gb = MakeIban("GB", "WEST12345698765432");
  const std::string no = MakeIban("NO", "93860111797");
  const std::string fr = MakeIban("FR", "20041010050500013M02606");
  ASSERT_EQ(de, "DE89370400440532013000");
  std::string text = "Pay to " + Spaced(de) + " or " + gb + ". Norway: " + Spaced(no) + "; Paris " +
                     Spaced(fr) + " ABCD";
  EXPECT_EQ(Find(Entity::IBAN, text), (Strings{Spaced(de), gb, Spaced(no), Spaced(fr)}));
}

TEST(Iban, HyphensBetweenGroupsOfFour) {
  const std::string de = MakeIban("DE", "370400440532013000");
  std::string dashed = Spaced(de);
  std::replace(dashed.begin(), dashed.end(), ' ', '-');
  EXPECT_EQ(Find(Entity::IBAN, "IBAN: " + dashed + "."), (Strings{dashed}));
  std::string mixed = dashed;
  mixed[4] = ' ';  // one space among the hyphens
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN: " + mixed).empty());
  std::string misplaced = de.substr(0, 6) + "-" + de.substr(6);  // not between groups of four
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN: " + misplaced).empty());
}

TEST(Iban, RejectsNearMisses) {
  std::string de = MakeIban("DE", "370400440532013000");
  std::string bad = de;
  bad[10] = bad[10] == '9' ? '0' : static_cast<char>(bad[10] + 1);
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + bad).empty());
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + de + "1").empty());          // too long
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + de.substr(0, 21)).empty());  // too short
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + MakeIban("US", "370400440532013000")).empty());
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN DE8 9370 4004 4053 2013 000").empty());
  EXPECT_TRUE(Find(Entity::IBAN, "SKU AB12 CDEF GHIJ KLMN").empty());
  // Read on from the country code, an IBAN is still only capitals and digits in groups of four
  // with one separator between them, and ends where its country says.
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + de.substr(0, 4) + "  " + de.substr(4)).empty());
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + de.substr(0, 4) + " -" + de.substr(4)).empty());
  std::string lower = de;
  lower[10] = 'a';
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + lower).empty());
  const std::string gb = MakeIban("GB", "WEST12345698765432");
  std::string gb_lower = gb;
  gb_lower[5] = 'e';
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + gb_lower).empty());
  EXPECT_EQ(Find(Entity::IBAN, "IBAN " + Spaced(de) + " 1234"), (Strings{Spaced(de)}));
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN " + Spaced(de) + "1").empty());
  EXPECT_TRUE(Find(Entity::IBAN, "IBAN X" + de).empty());
}

// ---- US_BANK_ROUTING ----

TEST(UsBankRouting, NeedsContextForAHighScore) {
  const std::string rtn = WithAbaCheck("02100002");
  ASSERT_TRUE(AbaRoutingValid(rtn));
  EXPECT_EQ(Find(Entity::US_BANK_ROUTING, "Routing number: " + rtn), Strings{rtn});
  EXPECT_EQ(Find(Entity::US_BANK_ROUTING, "ABA " + rtn + " (checking)"), Strings{rtn});
  EXPECT_EQ(Find(Entity::US_BANK_ROUTING, rtn, "RTN"), Strings{rtn});
  EXPECT_TRUE(Find(Entity::US_BANK_ROUTING, "Reference " + rtn).empty());
}

TEST(UsBankRouting, RejectsInvalidNumbers) {
  const std::string rtn = WithAbaCheck("02100002");
  EXPECT_TRUE(Find(Entity::US_BANK_ROUTING, "routing " + BreakLast(rtn)).empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ROUTING, "routing 000000000").empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ROUTING, "routing " + WithAbaCheck("15000002")).empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ROUTING, "routing " + rtn + "1").empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ROUTING, "routing $" + rtn).empty());
}

// ---- US_BANK_ACCOUNT ----

TEST(UsBankAccount, RequiresContext) {
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "Checking account number 000123456789 at First Bank"),
            Strings{"000123456789"});
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "Acct: 98765432"), Strings{"98765432"});
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "Acct #98765432"), Strings{"98765432"});
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "4433221100", "Savings Account"), Strings{"4433221100"});
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "Shipped 98765432 widgets").empty());
  // The account's words in other languages, as phrases: a word alone is an everyday one there.
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "Kontonummer: 1234567890"), Strings{"1234567890"});
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "N\xC3\xBAmero de cuenta: 0123456789"),
            Strings{"0123456789"});
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "Tener en cuenta la factura 2024001234").empty());
}

// A label names the value after it, on its line or the line above; the next line's label is the
// next field's.
TEST(UsBankAccount, ContextOnTheNextLineIsTheNextField) {
  EXPECT_TRUE(
      Find(Entity::US_BANK_ACCOUNT, "Meeting ID: 845 2210 9931, passcode 552199.\nAccount balance")
          .empty());
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "Account number:\n98765432\n"), Strings{"98765432"});
  EXPECT_EQ(Find(Entity::US_BANK_ACCOUNT, "98765432 (savings account)"), Strings{"98765432"});
}

TEST(UsBankAccount, RejectsAmountsAndFragments) {
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "account balance $1234567.89").empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "account balance 1234567.89").empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "account 12345").empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "account 123456789012345678").empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "account 1111111111").empty());
  EXPECT_TRUE(Find(Entity::US_BANK_ACCOUNT, "account opened 2024-01-15, id ABC1234567").empty());
}

TEST(UsBank, RoutingOutranksAccountOnTheSameNumber) {
  const std::string rtn = WithAbaCheck("02100002");
  std::string text = "Routing " + rtn + ", account 5566778899";
  auto found = Scan({Entity::US_BANK_ROUTING, Entity::US_BANK_ACCOUNT}, text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].type, Entity::US_BANK_ROUTING);
  EXPECT_EQ(found[1].type, Entity::US_BANK_ACCOUNT);
}

// ---- CRYPTO_WALLET ----

std::string Base58Check(uint8_t version, uint8_t seed) {
  uint8_t raw[25];
  raw[0] = version;
  for (int i = 1; i < 21; ++i) raw[i] = static_cast<uint8_t>(seed * 31 + i * 11);
  Digest once = Sha256(std::string_view(reinterpret_cast<const char*>(raw), 21));
  Digest twice = Sha256(std::string_view(reinterpret_cast<const char*>(once.data()), 32));
  for (int i = 0; i < 4; ++i) raw[21 + i] = twice[static_cast<size_t>(i)];
  static constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::vector<uint8_t> num(raw, raw + 25);
  std::string out;
  while (!num.empty()) {
    unsigned rem = 0;
    std::vector<uint8_t> q;
    for (uint8_t b : num) {
      unsigned cur = rem * 256 + b;
      if (!q.empty() || cur / 58 != 0) q.push_back(static_cast<uint8_t>(cur / 58));
      rem = cur % 58;
    }
    out.insert(out.begin(), kAlphabet[rem]);
    num.swap(q);
  }
  for (int i = 0; i < 25 && raw[i] == 0; ++i) out.insert(out.begin(), '1');
  return out;
}

TEST(CryptoWallet, FindsBitcoinAddresses) {
  const std::string p2pkh = Base58Check(0x00, 7);
  const std::string p2sh = Base58Check(0x05, 8);
  const std::string bech32 = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4";
  const std::string taproot = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";
  std::string text = "Send BTC to " + p2pkh + ", escrow " + p2sh + ", segwit " + bech32 +
                     " or taproot " + taproot + ".";
  EXPECT_EQ(Find(Entity::CRYPTO_WALLET, text), (Strings{p2pkh, p2sh, bech32, taproot}));
}

// Litecoin, Dogecoin, Dash and Tron write their addresses as Bitcoin does, under version bytes
// of their own; Litecoin's segwit addresses are bech32 with "ltc".
TEST(CryptoWallet, FindsOtherCoinsAddresses) {
  const std::string litecoin = Base58Check(0x30, 4);
  const std::string litecoin_script = Base58Check(0x32, 5);
  const std::string dogecoin = Base58Check(0x1e, 6);
  const std::string dash = Base58Check(0x4c, 7);
  const std::string tron = Base58Check(0x41, 8);
  const std::string litecoin_segwit = "ltc1qqqt2hg56v98fgfs8hhp6a3dk6c44zvw7uj77m2";
  ASSERT_EQ(litecoin[0], 'L');
  ASSERT_EQ(dogecoin[0], 'D');
  ASSERT_EQ(tron[0], 'T');
  const std::string text = "Refund to " + litecoin + " or " + litecoin_script + "; tips " +
                           dogecoin + ", " + dash + ", USDT " + tron + "; segwit " +
                           litecoin_segwit + ".";
  EXPECT_EQ(Find(Entity::CRYPTO_WALLET, text),
            (Strings{litecoin, litecoin_script, dogecoin, dash, tron, litecoin_segwit}));
}

TEST(CryptoWallet, RejectsOtherCoinsLookAlikes) {
  std::string litecoin = Base58Check(0x30, 4);
  litecoin[20] = litecoin[20] == 'z' ? 'y' : 'z';
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "to " + litecoin).empty());
  // A valid checksum under a version byte no listed coin uses ("m...": Bitcoin's testnet).
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "to " + Base58Check(0x6f, 9)).empty());
  EXPECT_TRUE(
      Find(Entity::CRYPTO_WALLET, "to ltc1qqqt2hg56v98fgfs8hhp6a3dk6c44zvw7uj77m3").empty());
  // 34 letters and digits of an identifier in code.
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "id TestCaseForDashboardRenderingX2024").empty());
}

TEST(CryptoWallet, RejectsBitcoinLookAlikes) {
  std::string p2pkh = Base58Check(0x00, 7);
  std::string broken = p2pkh;
  broken[12] = broken[12] == 'z' ? 'y' : 'z';
  const std::string testnet_version = Base58Check(0x6f, 3);  // valid checksum, not 1/3 address
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "to " + broken).empty());
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "to " + testnet_version).empty());
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5").empty());
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "sha 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b").empty());
}

TEST(CryptoWallet, EthereumChecksumAndCase) {
  const std::string checksummed = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
  std::string lower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
  auto found = Scan({Entity::CRYPTO_WALLET}, "tx to " + checksummed + " ok");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_GE(found[0].score, 0.9f);
  found = Scan({Entity::CRYPTO_WALLET}, "value " + lower + " ok");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_LT(found[0].score, 0.9f);
  found = Scan({Entity::CRYPTO_WALLET}, "ETH wallet: " + lower);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_GE(found[0].score, 0.9f);
  // Wrong mixed case, too long, a 32-byte hash.
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").empty());
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET, lower + "00").empty());
  EXPECT_TRUE(Find(Entity::CRYPTO_WALLET,
                   "0x9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                  .empty());
}

// ---- Robustness ----

TEST(Financial, PathologicalInputsStayBounded) {
  Engine engine(Only({Entity::CREDIT_CARD, Entity::IBAN, Entity::US_BANK_ROUTING,
                      Entity::US_BANK_ACCOUNT, Entity::CRYPTO_WALLET}));
  auto scanner = engine.NewScanner();
  std::string digits(100000, '4');
  std::string spaced;
  for (int i = 0; i < 25000; ++i) spaced += "411 ";
  std::string upper;
  for (int i = 0; i < 20000; ++i) upper += "DE89 ";
  std::string base58(100000, 'z');
  EXPECT_TRUE(scanner.Scan(digits, "account").empty());
  EXPECT_TRUE(scanner.Scan(spaced).empty());
  EXPECT_TRUE(scanner.Scan(upper).empty());
  EXPECT_TRUE(scanner.Scan("1" + base58).empty());
  std::string junk;
  for (int i = 0; i < 65536; ++i) junk.push_back(static_cast<char>((i * 131) ^ (i >> 3)));
  scanner.Scan(junk, "account");
}

}  // namespace
}  // namespace deskbench
