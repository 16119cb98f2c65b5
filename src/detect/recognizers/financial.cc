// Financial identifiers: CREDIT_CARD, IBAN, US_BANK_ROUTING, US_BANK_ACCOUNT, CRYPTO_WALLET.
#include <algorithm>
#include <initializer_list>

#include "core/ascii.h"
#include "detect/context.h"
#include "detect/recognizers/groups.h"
#include "detect/validators/checksums.h"
#include "detect/validators/luhn.h"

namespace deskbench::recognizers {

namespace {

using ascii::ByteAt;
char ByteBefore(std::string_view text, size_t i, size_t k = 1) {
  return i >= k ? text[i - k] : '\0';
}
bool IsSeparator(char c) {
  return c == ' ' || c == '-';
}

bool AllSameDigit(std::string_view digits) {
  return digits.find_first_not_of(digits.front()) == std::string_view::npos;
}

// A number's left edge: not the tail of a word, a longer number, a decimal amount or an
// identifier such as "INV-20240115" or "#1234567".
bool LeftEdgeOk(std::string_view text, size_t begin) {
  const char prev = ByteBefore(text, begin);
  const char prev2 = ByteBefore(text, begin, 2);
  if (prev == '\0') return true;
  if (ascii::IsWordByte(prev)) return false;
  // A comma ends a list item or CSV field. Card numbers start with a group of four or more
  // digits, so they are never the "234" of an amount like "1,234".
  if (prev == ',') return true;
  // "card=4111..." in logs and query strings is a value; "#", "/", "$" glue it to something else.
  if (std::string_view("./$#+\\@_").find(prev) != std::string_view::npos) return false;
  if (prev == '-' && ascii::IsAlnum(prev2)) return false;
  return !(prev == ' ' && ascii::IsDigit(prev2));
}

// A number's right edge: not followed by more of a word, a decimal part, a date or a percentage.
bool RightEdgeOk(std::string_view text, size_t end) {
  const char next = ByteAt(text, end);
  if (next == '\0') return true;
  if (ascii::IsWordByte(next) || next == '%' || next == '@') return false;
  return !(std::string_view(".,/-:").find(next) != std::string_view::npos &&
           ascii::IsDigit(ByteAt(text, end + 1)));
}

bool StandaloneNumber(std::string_view text, size_t begin, size_t end) {
  return LeftEdgeOk(text, begin) && RightEdgeOk(text, end);
}

// ---- CREDIT_CARD ------------------------------------------------------------------------------

constexpr std::string_view kCardWords[] = {
    "card",     "credit",    "debit",  "visa",     "mastercard", "amex", "american express",
    "discover", "jcb",       "diners", "unionpay", "maestro",    "cc",   "pan",
    "payment",  "cardholder"};

int Prefix(std::string_view d, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n && i < d.size(); ++i) v = v * 10 + (d[i] - '0');
  return v;
}

// Issuer identification ranges (ISO/IEC 7812 IINs as published by the card networks) with the
// lengths each network issues.
bool KnownIssuer(std::string_view d) {
  const size_t n = d.size();
  const int p2 = Prefix(d, 2), p3 = Prefix(d, 3), p4 = Prefix(d, 4), p6 = Prefix(d, 6);
  const bool len16_19 = n >= 16 && n <= 19;
  if (d[0] == '4') return n == 13 || n == 16 || n == 19;                     // Visa
  if (p4 == 1800 || p4 == 2131) return n == 15;                              // JCB, 15 digits
  if (p2 == 34 || p2 == 37) return n == 15;                                  // Amex
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n == 16;  // Mastercard
  if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
    return len16_19;  // Discover
  }
  if (p4 >= 3528 && p4 <= 3589) return len16_19;  // JCB
  if ((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39) {
    return n >= 14 && n <= 19;  // Diners Club
  }
  if (p2 == 62) return len16_19;  // UnionPay
  if (p2 == 50 || (p2 >= 56 && p2 <= 58) || p3 == 639 || p2 == 67) {
    return n >= 12 && n <= 19;  // Maestro
  }
  return false;
}

bool CardNumberValid(std::string_view digits) {
  return digits.size() >= 13 && digits.size() <= 19 && !AllSameDigit(digits) &&
         KnownIssuer(digits) && LuhnValid(digits);
}

// Maestro also issues twelve-digit numbers; twelve digits are also many other numbers (Aadhaar,
// UPC codes, bank accounts under "Payment details"), so those count only beside the word card.
constexpr std::string_view kCardItselfWords[] = {"card", "maestro", "cardholder"};

bool TwelveDigitMaestroValid(std::string_view text, const Match& m, std::string_view digits) {
  return digits.size() == 12 && !AllSameDigit(digits) && KnownIssuer(digits) && LuhnValid(digits) &&
         HasContext(text, m.begin, m.end, {}, kCardItselfWords);
}

// The candidate may run on into an expiry date or CVV ("4111 1111 1111 1111 12/28"): the card is
// the longest run of whole groups that validates.
// The pattern matches the first eight digits; the candidate runs on over digits and single
// separators up to 19 digits.
void ExtendCard(std::string_view text, Match& m) {
  size_t digits = 0;
  for (size_t i = m.begin; i < m.end; ++i) digits += ascii::IsDigit(text[i]);
  while (digits < 19 && m.end < text.size()) {
    char c = text[m.end];
    if (ascii::IsDigit(c)) {
      ++digits;
      ++m.end;
    } else if (IsSeparator(c) && ascii::IsDigit(ByteAt(text, m.end + 1))) {
      ++m.end;
    } else {
      break;
    }
  }
}

// The word just before a number that names it as a product or device code ("IMEI", "EAN code",
// "IMEI is"): an EAN or UPC has a check digit of its own, and one in ten passes Luhn's too, as
// every IMEI does.
bool CodeWordBefore(std::string_view text, size_t begin) {
  size_t i = begin;
  for (int words = 0; words < 2; ++words) {
    while (i > 0 &&
           (text[i - 1] == ' ' || text[i - 1] == ':' || text[i - 1] == '#' || text[i - 1] == '.')) {
      --i;
    }
    size_t j = i;
    while (j > 0 && i - j < 8 && ascii::IsAlpha(text[j - 1])) --j;
    if (j > 0 && ascii::IsAlnum(text[j - 1])) return false;
    std::string_view word = text.substr(j, i - j);
    for (std::string_view w :
         {"ean", "upc", "gtin", "isbn", "barcode", "sku", "imei", "imeisv", "serial"}) {
      if (ascii::EqualsIgnoreCase(word, w)) return true;
    }
    bool filler = false;
    for (std::string_view w : {"is", "no", "nr", "number", "code", "was"}) {
      filler |= ascii::EqualsIgnoreCase(word, w);
    }
    if (!filler) return false;
    i = j;
  }
  return false;
}

bool ValidCard(std::string_view text, Match& m, const Policy&) {
  if (!LeftEdgeOk(text, m.begin) || CodeWordBefore(text, m.begin)) return false;
  ExtendCard(text, m);
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  char digits[20];
  size_t n = 0;
  size_t group_ends[20];  // offsets in s where a group ends
  size_t group_digits[20];
  size_t groups = 0;
  char sep = '\0';
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : ' ';
    if (ascii::IsDigit(c)) {
      if (n == 19) return false;
      digits[n++] = c;
      continue;
    }
    if (i < s.size()) {
      if (sep != '\0' && c != sep) return false;  // mixed separators
      sep = c;
    }
    group_ends[groups] = i;
    group_digits[groups] = n;
    ++groups;
  }
  for (size_t g = groups; g-- > 0;) {
    std::string_view d(digits, group_digits[g]);
    if (!CardNumberValid(d) && !TwelveDigitMaestroValid(text, m, d)) continue;
    // Grouped numbers are written 4-4-4-4, 4-6-5, 4-6-4 or 4-4-4-4-3: no group under 3 digits.
    bool groups_ok = g == 0 || group_digits[0] == 4;
    for (size_t k = 1; k <= g && groups_ok; ++k) {
      groups_ok = group_digits[k] - group_digits[k - 1] >= 3;
    }
    if (!groups_ok) continue;
    const size_t end = m.begin + group_ends[g];
    const char next = ByteAt(text, end);
    if (ascii::IsWordByte(next)) continue;
    if (next == '.' && ascii::IsDigit(ByteAt(text, end + 1))) continue;
    // A comma then two or three digits is a decimal or thousands part; a comma then a longer
    // field (",2022-08-24" in a CSV row) is just the next field.
    if (next == ',') {
      size_t run = 0;
      while (ascii::IsDigit(ByteAt(text, end + 1 + run))) ++run;
      const char after = ByteAt(text, end + 1 + run);
      const bool field = after == '/' || after == '-' || after == '.' || after == ':';
      if ((run == 2 || run == 3) && !field) continue;
    }
    // A further long group means a longer number (an account or reference), not a card.
    if (IsSeparator(next)) {
      size_t run = 0;
      while (ascii::IsDigit(ByteAt(text, end + 1 + run))) ++run;
      if (run >= 4) continue;
    }
    m.end = end;
    return true;
  }
  return false;
}

// ---- IBAN -------------------------------------------------------------------------------------

// The pattern matches a country code and its check digits; the IBAN is read on from there: the
// country's length of capitals and digits, then no letter or digit, with its check digits and
// mod 97. Groups of four may be set apart by one space (the printed form) or, in some forms and
// exports, one hyphen: one kind only. (A pattern for the whole IBAN, its groups a bounded repeat,
// cost vectorscan more than any other of its database on long texts: bench/patterns.)
bool ValidIban(std::string_view text, Match& m, const Policy&) {
  const int length = IbanLength(text.substr(m.begin, 2));
  if (length == 0) return false;
  char compact[34];
  char separator = 0;
  bool after_separator = false;
  size_t n = 0, i = m.begin;
  for (; i < text.size() && n < static_cast<size_t>(length); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '-') {
      if (n % 4 != 0 || after_separator) return false;
      if (separator != 0 && c != separator) return false;
      separator = c;
      after_separator = true;
      continue;
    }
    if (!ascii::IsUpper(c) && !ascii::IsDigit(c)) return false;
    compact[n++] = c;
    after_separator = false;
  }
  if (n != static_cast<size_t>(length)) return false;
  if (ascii::IsWordByte(ByteAt(text, i))) return false;
  std::string_view iban(compact, n);
  int check = Prefix(iban.substr(2, 2), 2);
  if (check < 2 || check > 98) return false;
  if (!IbanMod97Valid(iban)) return false;
  m.end = i;
  return true;
}

// ---- US_BANK_ROUTING, US_BANK_ACCOUNT ---------------------------------------------------------

bool ValidRouting(std::string_view text, Match& m, const Policy&) {
  std::string_view d = text.substr(m.begin, m.end - m.begin);
  return StandaloneNumber(text, m.begin, m.end) && !AllSameDigit(d) && AbaRoutingValid(d);
}

// The pattern matches the first six digits; the account number is the whole run, at most 17.
// `edge` is where the number's left edge is checked from.
bool ValidAccountDigits(std::string_view text, Match& m, size_t edge) {
  while (m.end < text.size() && m.end - m.begin <= 17 && ascii::IsDigit(text[m.end])) ++m.end;
  if (m.end - m.begin > 17) return false;
  std::string_view d = text.substr(m.begin, m.end - m.begin);
  return StandaloneNumber(text, edge, m.end) && !AllSameDigit(d);
}

bool ValidAccount(std::string_view text, Match& m, const Policy&) {
  // "Acct #12345678": with the context word required, a '#' is the account's own mark.
  if (ByteBefore(text, m.begin) == '#' && !ascii::IsWordByte(ByteBefore(text, m.begin, 2))) {
    return ValidAccountDigits(text, m, m.begin - 1);
  }
  return ValidAccountDigits(text, m, m.begin);
}

// ---- CRYPTO_WALLET ----------------------------------------------------------------------------

bool IsBase58Byte(char c) {
  return ascii::IsAlnum(c) && c != '0' && c != 'O' && c != 'I' && c != 'l';
}

// The pattern matches the first 26 characters; the address is the whole run, at most 35.
bool Base58AddressOf(std::string_view text, Match& m, std::initializer_list<uint8_t> versions) {
  while (m.end < text.size() && m.end - m.begin <= 35 && IsBase58Byte(text[m.end])) ++m.end;
  if (m.end - m.begin > 35) return false;
  if (ascii::IsWordByte(ByteBefore(text, m.begin)) || ascii::IsWordByte(ByteAt(text, m.end))) {
    return false;
  }
  uint8_t version = 0xff;
  return Base58CheckValid(text.substr(m.begin, m.end - m.begin), &version) &&
         std::find(versions.begin(), versions.end(), version) != versions.end();
}

bool ValidBitcoinBase58(std::string_view text, Match& m, const Policy&) {
  return Base58AddressOf(text, m, {0x00, 0x05});
}

// The coins that share Bitcoin's address encoding under other version bytes, each of which
// fixes the first character: Litecoin (0x30 L, 0x32 M; its 0x05 is Bitcoin's 3), Dogecoin (0x1e
// D, 0x16 9 or A), Dash (0x4c X, 0x10 7) and Tron (0x41 T). A 32-bit checksum over the rest, so
// no context is needed.
bool ValidAltcoinBase58(std::string_view text, Match& m, const Policy&) {
  return Base58AddressOf(text, m, {0x30, 0x32, 0x1e, 0x16, 0x4c, 0x10, 0x41});
}

bool ValidSegwitAddress(std::string_view text, Match& m, const Policy&) {
  if (ascii::IsWordByte(ByteBefore(text, m.begin)) || ascii::IsWordByte(ByteAt(text, m.end))) {
    return false;
  }
  return SegwitAddressValid(text.substr(m.begin, m.end - m.begin));
}

// Mixed case carries the EIP-55 checksum, which must then hold; one case carries none, so the
// shape alone scores lower.
bool ValidEthereumAddress(std::string_view text, Match& m, const Policy&) {
  if (ascii::IsWordByte(ByteAt(text, m.end))) return false;
  std::string_view hex = text.substr(m.begin + 2, m.end - m.begin - 2);
  bool lower = false, upper = false;
  for (char c : hex) {
    lower |= ascii::IsLower(c);
    upper |= ascii::IsUpper(c);
  }
  if (lower && upper) return Eip55ChecksumValid(text.substr(m.begin, m.end - m.begin));
  if (AllSameDigit(hex)) return false;
  m.score = 0.6f;
  return true;
}

// ---- The recognizers --------------------------------------------------------------------------

constexpr std::string_view kIbanWords[] = {"iban", "bank", "account", "transfer",   "swift",
                                           "bic",  "sepa", "payee",   "beneficiary"};
constexpr std::string_view kRoutingWords[] = {"routing",        "aba",        "rtn", "transit",
                                              "routing number", "aba number", "wire"};
constexpr std::string_view kAccountWords[] = {
    "account", "acct", "a/c", "checking", "savings", "bank account", "deposit", "beneficiary",
    // The same in the gazetteers' other languages, as phrases: "cuenta" alone is also "tener en
    // cuenta", "compte" "en compte".
    "kontonummer", "konto-nr", "kontonr", "bankkonto", "num\xC3\xA9ro de compte",
    "n\xC2\xB0 de compte", "n\xC3\xBAmero de cuenta", "numero di conto", "conto corrente",
    "n\xC3\xBAmero da conta", "rekeningnummer"};
constexpr std::string_view kWalletWords[] = {
    "bitcoin", "btc",      "wallet", "address",  "ethereum", "eth",     "crypto",
    "send",    "erc20",    "usdt",   "metamask", "segwit",   "taproot", "litecoin",
    "ltc",     "dogecoin", "doge",   "dash",     "tron",     "trc20"};

const PatternRecognizer kFinancial[] = {
    {.id = "credit_card",
     .type = Entity::CREDIT_CARD,
     .regex = R"(\b\d{4}[ \-]?\d{4})",
     .score = 0.95f,
     .validate = ValidCard,
     .context = kCardWords,
     .context_score = 1.0f},
    {.id = "iban",
     .type = Entity::IBAN,
     .regex = R"(\b[A-Z]{2}\d{2})",
     .score = 0.95f,
     .validate = ValidIban,
     .context = kIbanWords,
     .context_score = 1.0f},
    {.id = "us_bank_routing",
     .type = Entity::US_BANK_ROUTING,
     .regex = R"(\b\d{9}\b)",
     .score = 0.4f,
     .validate = ValidRouting,
     .context = kRoutingWords,
     .context_score = 0.95f},
    {.id = "us_bank_account",
     .type = Entity::US_BANK_ACCOUNT,
     .regex = R"(\b\d{6})",
     .score = 0.5f,
     .validate = ValidAccount,
     .context = kAccountWords,
     .context_score = 0.8f,
     .context_required = true},
    {.id = "crypto_bitcoin_base58",
     .type = Entity::CRYPTO_WALLET,
     .regex = R"(\b[13][1-9A-HJ-NP-Za-km-z]{25})",
     .score = 0.95f,
     .validate = ValidBitcoinBase58,
     .context = kWalletWords,
     .context_score = 1.0f},
    {.id = "crypto_altcoin_base58",
     .type = Entity::CRYPTO_WALLET,
     .regex = R"(\b[LMD9AX7T][1-9A-HJ-NP-Za-km-z]{33}\b)",
     .score = 0.95f,
     .validate = ValidAltcoinBase58,
     .context = kWalletWords,
     .context_score = 1.0f},
    {.id = "crypto_segwit_bech32",
     .type = Entity::CRYPTO_WALLET,
     .regex = R"(\b(?:bc|tb|ltc|tltc)1[02-9ac-hj-np-z]{8,87}\b)",
     .score = 0.95f,
     .validate = ValidSegwitAddress,
     .context = kWalletWords,
     .context_score = 1.0f,
     .caseless = true},
    {.id = "crypto_ethereum",
     .type = Entity::CRYPTO_WALLET,
     .regex = R"(\b0x[0-9a-fA-F]{40}\b)",
     .score = 0.95f,
     .validate = ValidEthereumAddress,
     .context = kWalletWords,
     .context_score = 0.95f},
};

}  // namespace

std::span<const PatternRecognizer> Financial() {
  return kFinancial;
}

}  // namespace deskbench::recognizers
