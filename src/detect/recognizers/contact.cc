// Contact and network identifiers: EMAIL, PHONE, URL, IP_ADDRESS, MAC_ADDRESS.
#include <arpa/inet.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/ascii.h"
#include "detect/context.h"
#include "detect/recognizers/groups.h"
#include "detect/validators/entropy.h"
#include "detect/validators/phone.h"
#include "detect/validators/spelled_email.h"

namespace deskbench::recognizers {

namespace {

using ascii::ByteAt;
char ByteBefore(std::string_view text, size_t i, size_t k = 1) {
  return i >= k ? text[i - k] : '\0';
}
bool IsHex(char c) {
  return ascii::IsDigit(c) || (ascii::ToLower(c) >= 'a' && ascii::ToLower(c) <= 'f');
}

// ---- EMAIL ------------------------------------------------------------------------------------

bool IsLocalPartByte(char c) {
  return ascii::IsAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// True when the '@' at `at` closes the credentials of "scheme://user:password@host": walking left
// over the authority reaches "://" and passes a ':' on the way. That '@' separates a password
// from a host; the SECRET rule takes the password and the URL rule the whole URL.
bool ClosesUrlCredentials(std::string_view text, size_t at) {
  const size_t lo = at > 512 ? at - 512 : 0;
  bool colon = false;
  for (size_t i = at; i > lo; --i) {
    const char c = text[i - 1];
    if (c == '/') return colon && i >= 3 && text[i - 2] == '/' && text[i - 3] == ':';
    if (ascii::IsSpace(c) || c == '@' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`')
      return false;
    colon |= c == ':';
  }
  return false;
}

// File name extensions that are no top-level domain, or one that names files far more often
// (.zip, .mov): "icon@2x.png", TeX's "ver@array.sty", "layout@media.css" are no addresses.
bool IsFileExtension(std::string_view tld) {
  static constexpr std::string_view kExtensions[] = {
      "aspx", "avi",  "bat", "bib",   "bmp",  "cfg",  "cls",  "conf",  "cpp",  "css",  "csv",
      "dat",  "dll",  "doc", "docx",  "dtx",  "eot",  "exe",  "gif",   "gz",   "hpp",  "htm",
      "html", "ico",  "ini", "java",  "jpeg", "jpg",  "js",   "json",  "jsp",  "jsx",  "kt",
      "less", "lock", "log", "lua",   "map",  "min",  "mjs",  "mkv",   "mov",  "mp3",  "mp4",
      "otf",  "pdf",  "php", "png",   "ppt",  "pptx", "ps1",  "rb",    "rst",  "sass", "scss",
      "sql",  "sty",  "svg", "swift", "tar",  "tex",  "tgz",  "tif",   "tiff", "toml", "ts",
      "tsx",  "ttf",  "txt", "vue",   "wav",  "webp", "woff", "woff2", "xls",  "xlsx", "xml",
      "xz",   "yaml", "yml", "zip"};
  for (std::string_view e : kExtensions) {
    if (ascii::EqualsIgnoreCase(tld, e)) return true;
  }
  return false;
}

// The pattern matches from the '@' (a literal that vectorscan finds fast, where a leading
// local-part class would make every word a candidate start); the local part is found here by
// walking left, which widens the span.
// "jane.doe [at] acme [dot] com": the match is the bracketed "at"; the address is read around it.
bool ValidSpelledEmail(std::string_view text, Match& m, const Policy&) {
  const auto email = validators::SpelledEmailAround(text, m.begin);
  if (!email) return false;
  m.begin = email->begin;
  m.end = email->end;
  return true;
}

bool ValidEmail(std::string_view text, Match& m, const Policy&) {
  if (ClosesUrlCredentials(text, m.begin)) return false;
  size_t begin = m.begin;
  while (begin > 0 && m.begin - begin <= 64 && IsLocalPartByte(text[begin - 1])) --begin;
  if (m.begin - begin > 64) return false;
  while (begin < m.begin && !ascii::IsAlnum(text[begin])) ++begin;
  if (begin == m.begin) return false;
  m.begin = begin;
  // A non-ASCII letter right before the local part means the match is the tail of a longer word.
  if (ascii::IsWordByte(ByteBefore(text, m.begin))) return false;
  const char next = ByteAt(text, m.end);
  if (ascii::IsWordByte(next) || next == '@') return false;
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  const size_t at = s.find('@');
  std::string_view local = s.substr(0, at);
  if (local.size() > 64 || local.ends_with('.') || local.find("..") != std::string_view::npos) {
    return false;
  }
  // RFC 1035 labels: 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.
  std::string_view domain = s.substr(at + 1);
  if (domain.size() > 253) return false;
  // "margaret.h@example.com.csv": a file named after an address, which ends before the extension;
  // "icon@2x.png" names a file and nobody.
  while (IsFileExtension(domain.substr(domain.rfind('.') + 1))) {
    domain = domain.substr(0, domain.rfind('.'));
    const size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos) return false;
    std::string_view tld = domain.substr(dot + 1);
    if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), ascii::IsAlpha)) return false;
    m.end = m.begin + at + 1 + domain.size();
  }
  while (!domain.empty()) {
    std::string_view label = domain.substr(0, domain.find('.'));
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return false;
    }
    domain.remove_prefix(std::min(domain.size(), label.size() + 1));
  }
  return true;
}

// ---- PHONE ------------------------------------------------------------------------------------

// Words before a number that say it is something else: "Order 555-1234567", "ISBN 0-306-40615-2".
constexpr std::string_view kNotPhoneWords[] = {
    "order",   "invoice", "inv",   "ref",     "reference", "isbn",    "serial",  "tracking",
    "ticket",  "case",    "sku",   "part",    "model",     "account", "acct",    "iban",
    "routing", "card",    "ssn",   "version", "build",     "patent",  "receipt", "transaction",
    "po",      "lot",     "batch", "id",      "no",        "nr",      "number"};

constexpr std::string_view kPhoneWords[] = {
    "phone", "telephone", "tel", "tlf", "mobile", "cell", "fax", "call", "contact", "mob", "sms",
    "dial", "whatsapp", "ph", "rang", "ring", "landline", "hotline", "helpline", "switchboard",
    "voicemail", "my number", "text me", "reach me",
    // "number" alone introduces other numbers too ("Policy number"); these say which number.
    "home number", "work number", "office number", "direct number", "direct line", "us number",
    "uk number", "local number", "international number", "emergency number", "daytime number",
    "alternate number", "alternative number", "best number",
    // A medical record's contact for the patient: "Next of kin: Jane Doe, 0462 902 387".
    "next of kin",
    // The same words in the languages whose national formats kContextRegions adds.
    "t\xC3\xA9l", "t\xC3\xA9l\xC3\xA9phone", "telefon", "telefono",
    "tel\xC3\xA9"
    "fono",
    "telefoon", "portable", "handy", "mobil", "m\xC3\xB3vil", "cellulare", "contacter", "appeler",
    "joindre", "anrufen", "erreichbar", "llamar", "chiamare"};

// With a phone word beside it, a number that is no number of the configured regions is tried as
// a national number of these too ("Tél. 01 42 68 53 00", "Telefon 030 1234567"): without the
// word, so many regions would make order numbers valid somewhere.
const std::vector<std::string>& ContextRegions() {
  static const std::vector<std::string> regions = {"FR", "DE", "ES", "IT", "NL", "BE", "CH", "AT",
                                                   "IE", "PT", "SE", "NO", "DK", "FI", "PL", "AU",
                                                   "CA", "IN", "SG", "NZ", "ZA", "BR", "MX", "JP"};
  return regions;
}

// The regions of ContextRegions whose numbers are dialled whole at home, with no trunk 0 to
// tell a phone number from any other run of digits: only a phone word right before one does.
const std::vector<std::string>& NoTrunkPrefixRegions() {
  static const std::vector<std::string> regions = {"ES", "PT", "IT", "DK", "NO", "MX"};
  return regions;
}

bool IsNotPhoneWord(std::string_view lower) {
  for (std::string_view w : kNotPhoneWords) {
    if (lower == w ||
        (lower.size() == w.size() + 1 && lower.back() == 's' && lower.starts_with(w))) {
      return true;
    }
  }
  return false;
}

// True when a phone word stands in the `before` bytes ahead of the number (or the `after` bytes
// after it) with no other number between, nor a line break when `own_line`.
bool PhoneWordSinceLastNumber(std::string_view text, const Match& m, size_t before, size_t after,
                              bool own_line) {
  size_t from = m.begin > before ? m.begin - before : 0;
  for (size_t k = m.begin; k > from; --k) {
    if (ascii::IsDigit(text[k - 1]) || (own_line && text[k - 1] == '\n')) {
      from = k;
      break;
    }
  }
  const std::string_view tail = text.substr(from);
  return HasContext(tail, m.begin - from, m.end - from, {}, kPhoneWords, before, after);
}

// True when a word just before the number names another kind of number ("Policy number",
// "order"). One pass over the words, cheaper than a ContainsWord each.
bool OtherNumberWordBefore(std::string_view text, const Match& m) {
  size_t lo = m.begin > 24 ? m.begin - 24 : 0;
  std::string_view before = text.substr(lo, m.begin - lo);
  bool other = false;
  for (size_t i = 0; i < before.size() && !other;) {
    if (!ascii::IsAlpha(before[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    char word[16];
    while (j < before.size() && ascii::IsAlnum(before[j])) {
      if (j - i < sizeof(word)) word[j - i] = ascii::ToLower(before[j]);
      ++j;
    }
    // A word cut by the window's left edge is not whole.
    const bool whole = i > 0 || lo == 0 || !ascii::IsAlnum(text[lo - 1]);
    if (whole && j - i <= sizeof(word)) other = IsNotPhoneWord(std::string_view(word, j - i));
    i = j;
  }
  return other;
}

// True when a word just before the number names another kind of number, unless a phone word is
// also close ("Contact number: ...").
bool IntroducedAsOtherNumber(std::string_view text, const Match& m) {
  if (!OtherNumberWordBefore(text, m)) return false;
  // A phone word saves the number only when no other number stands between them: in "Direct
  // line: 617.388.9124. Checking account no. 4084342301" the word belongs to the first.
  return !PhoneWordSinceLastNumber(text, m, 64, 32, false);
}

// Shapes that other numbers take and the configured regions' phone numbers do not: a US SSN
// (123-45-6789), a range of years (2016-2020), a version (12.10.35.1324). National numbers of
// other countries group their digits in twos, threes and fours with spaces, dots or hyphens; a
// dotted one in twos ("01.42.68.53.00").
bool NationalShapeOfAnotherCountry(std::string_view number) {
  std::vector<size_t> groups;
  size_t run = 0;
  bool dots = false;
  for (char c : number) {
    if (ascii::IsDigit(c)) {
      ++run;
      continue;
    }
    if (run > 0) groups.push_back(run);
    run = 0;
    dots = dots || c == '.';
  }
  if (run > 0) groups.push_back(run);
  if (groups.size() == 3 && groups[0] == 3 && groups[1] == 2 && groups[2] == 4) return false;
  if (groups.size() == 2 && groups[0] == 4 && groups[1] == 4 &&
      (number.starts_with("19") || number.starts_with("20"))) {
    return false;
  }
  if (dots) {
    for (size_t g : groups) {
      if (g != 2) return false;
    }
  }
  return true;
}

// Written the way only phone numbers are, whatever plan they belong to: a '+' and 8 to 15 digits,
// or a trunk prefix 0 and 9 to 12 digits. Failing closed: a number its label calls a phone number
// and written as one is scrubbed though no numbering plan lists it (mistyped, invented for tests,
// or from a plan newer than libphonenumber's metadata).
bool DialledShape(std::string_view number) {
  size_t digits = 0;
  for (char c : number) digits += ascii::IsDigit(c);
  if (number.front() == '+') return digits >= 8 && digits <= 15;
  const size_t first = number.find_first_of("0123456789");
  return first != std::string_view::npos && number[first] == '0' && number[first + 1] != '0' &&
         digits >= 9 && digits <= 12;
}

// The letters signatures and letterheads label their numbers with, in capitals right before the
// number: "M: 07700 900461", "T: +44 20 7946 0321", "DD: ...", "F. 01 42 68 53 00" (mobile,
// telephone, phone, fax, work, home, office, cell, direct dial, direct line).
bool ShortLabelBefore(std::string_view text, const Match& m) {
  size_t i = m.begin;
  while (i > 0 && m.begin - i < 3 && text[i - 1] == ' ') --i;
  if (i == 0 || (text[i - 1] != ':' && text[i - 1] != '.')) return false;
  --i;
  size_t w = i;
  while (w > 0 && i - w < 3 && ascii::IsUpper(text[w - 1])) --w;
  if (w == i) return false;
  if (w > 0) {
    const char before = text[w - 1];
    if (before != ' ' && before != '\n' && before != '\t' && before != '|' && before != '(' &&
        before != ',' && before != ';') {
      return false;
    }
  }
  const std::string_view label = text.substr(w, i - w);
  for (std::string_view l : {"M", "T", "P", "F", "W", "H", "O", "C", "DD", "DL", "MOB", "TEL"}) {
    if (label == l) return true;
  }
  return false;
}

// A phone word before the number on its own line, as a label is written ("Tél. : 01 42 68 53
// 00", "Please call +39 937 11433856"): a phone number on the line above, or a word after, must
// not make an order number a phone number.
bool LabelledAsPhone(std::string_view text, const Match& m) {
  if (ShortLabelBefore(text, m)) return true;
  size_t line = m.begin;
  while (line > 0 && text[line - 1] != '\n') --line;
  const std::string_view own = text.substr(line, m.end - line);
  return HasContext(own, m.begin - line, m.end - line, {}, kPhoneWords, 32, 0);
}

// A phone word right before the number, nothing but a few linking words and no digit between:
// "My number is 612345678", "rang from 5512345678", "Tel: 0722551642".
bool LabelledRightBefore(std::string_view text, const Match& m) {
  return PhoneWordSinceLastNumber(text, m, 20, 0, true);
}

// A number that no configured region accepts may still be a phone number when a phone word
// introduces it: a national number of another country, or an international one whose country's
// plan, as libphonenumber knows it, does not list its first digits (plans change; numbers written
// for the reader to dial are phone numbers all the same).
bool LabelledNumberOfAnotherPlan(std::string_view text, const Match& m) {
  const std::string_view number = text.substr(m.begin, m.end - m.begin);
  if (number.front() == '+') {
    return LabelledAsPhone(text, m) && (PhoneNumberPossible(number) || DialledShape(number));
  }
  if (!NationalShapeOfAnotherCountry(number)) return false;
  return LabelledAsPhone(text, m) &&
         (DialledShape(number) || PhoneNumberValid(number, ContextRegions()));
}

// m spans the number and its extension; the plans judge the number alone, which ends at
// `number_end` (an extension's word in another language, "poste 796", would fail them).
bool PhonePlausibleAndValid(std::string_view text, Match& m, const Policy& policy,
                            size_t number_end) {
  if (!PhoneShapePlausible(text, m.begin, m.end)) return false;
  if (IntroducedAsOtherNumber(text, m)) return false;
  const Match number_only{m.begin, number_end, m.score};
  const std::string_view number = text.substr(m.begin, number_end - m.begin);
  return PhoneNumberValid(number, policy.phone_regions) ||
         LabelledNumberOfAnotherPlan(text, number_only);
}

// The patterns match only the start of a number (a country code, or a first group and a
// separator), which keeps vectorscan fast on digit-heavy text; the number's extent is found here.
bool ValidPhone(std::string_view text, Match& m, const Policy& policy) {
  const size_t number_end = PhoneNumberEnd(text, m.begin);
  if (number_end == m.begin) return false;
  m.end = PhoneExtensionEnd(text, number_end);
  return PhonePlausibleAndValid(text, m, policy, number_end);
}

// A date written as eight digits, year first: 20240115.
bool DateDigits(std::string_view d) {
  const int year = (d[0] - '0') * 10 + (d[1] - '0');
  const int month = (d[4] - '0') * 10 + (d[5] - '0');
  const int day = (d[6] - '0') * 10 + (d[7] - '0');
  return (year == 19 || year == 20) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Plans whose numbers are eight digits dialled whole, with no trunk 0: Denmark, Norway ("Tlf.
// 21182958"). An eight-digit run is as often a date (20240115) or a reference, so only a phone
// word right before it, or a phone column, makes it a number.
const std::vector<std::string>& EightDigitRegions() {
  static const std::vector<std::string> regions = {"DK", "NO"};
  return regions;
}

// The pattern matches the first eight digits of a run; the number is the whole run, 8 to 15
// digits (E.164's maximum).
bool ValidPhoneDigits(std::string_view text, Match& m, const Policy& policy) {
  while (m.end < text.size() && m.end - m.begin <= 15 && ascii::IsDigit(text[m.end])) ++m.end;
  if (m.end - m.begin > 15) return false;
  if (m.end - m.begin == 8) {
    const std::string_view number = text.substr(m.begin, 8);
    if (!PhoneShapePlausible(text, m.begin, m.end) || OtherNumberWordBefore(text, m) ||
        DateDigits(number)) {
      return false;
    }
    if (!HasContext(text, m.begin, m.end, {}, kPhoneWords)) return true;  // a phone column's
    // The label itself, right before: "Tlf. ", "Mobil: ", "Phone: ".
    return PhoneWordSinceLastNumber(text, m, 12, 0, true) &&
           PhoneNumberValid(number, EightDigitRegions());
  }

  if (!PhoneShapePlausible(text, m.begin, m.end) || IntroducedAsOtherNumber(text, m)) return false;
  // The engine keeps this recognizer's matches only with a phone word nearby or in the segment's
  // hint. With the word in the text, the number must also be valid; when only the hint can hold
  // it (a "Phone" column, which this validator cannot see), the column's word is trusted, and
  // libphonenumber (tens of microseconds a call) is not run on every long number of every segment.
  if (!HasContext(text, m.begin, m.end, {}, kPhoneWords)) return true;
  // Unbroken, another country's national number is taken only with its trunk prefix: some plan
  // or other accepts most runs of ten digits.
  // With the word right before it, a number of a plan that dials no trunk prefix is taken too.
  const std::string_view number = text.substr(m.begin, m.end - m.begin);
  return PhoneNumberValid(number, policy.phone_regions) ||
         (number.front() == '0' && LabelledNumberOfAnotherPlan(text, m)) ||
         (LabelledRightBefore(text, m) && PhoneNumberValid(number, NoTrunkPrefixRegions()));
}

// ---- URL --------------------------------------------------------------------------------------

// The part of a URL that carries a secret when it appears as a query or fragment parameter.
constexpr std::string_view kSecretParams[] = {"token",
                                              "access_token",
                                              "refresh_token",
                                              "id_token",
                                              "auth_token",
                                              "api_key",
                                              "apikey",
                                              "api-key",
                                              "key",
                                              "sig",
                                              "signature",
                                              "x-amz-signature",
                                              "x-amz-credential",
                                              "x-goog-signature",
                                              "password",
                                              "passwd",
                                              "pwd",
                                              "secret",
                                              "client_secret",
                                              "session",
                                              "sessionid",
                                              "jwt",
                                              "auth",
                                              "code"};

// Drops trailing punctuation that ends the sentence rather than the URL, keeping a closing
// bracket that has its opening one inside the URL.
void TrimUrlEnd(std::string_view text, Match& m) {
  constexpr std::string_view kClosers = ")]}", kOpeners = "([{";
  size_t opens[3] = {}, closes[3] = {};
  for (size_t i = m.begin; i < m.end; ++i) {
    size_t k = kOpeners.find(text[i]);
    if (k != std::string_view::npos) ++opens[k];
    k = kClosers.find(text[i]);
    if (k != std::string_view::npos) ++closes[k];
  }
  while (m.end > m.begin) {
    const char last = text[m.end - 1];
    if (std::string_view(".,;:!?'\"*").find(last) != std::string_view::npos) {
      --m.end;
      continue;
    }
    const size_t k = kClosers.find(last);
    if (k != std::string_view::npos && closes[k] > opens[k]) {
      --closes[k];
      --m.end;
      continue;
    }
    break;
  }
  // Nor are a no-break space, typographic quotes, guillemets or an ellipsis: "see
  // ‘http://x.org/spec’." ends the URL before the closing quote. The ASCII trimming above runs
  // again on what is left ("http://x.org/spec.’").
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  size_t cut = s.size();
  for (std::string_view stop : {"\xc2\xa0", "\xe2\x80\x98", "\xe2\x80\x99", "\xe2\x80\x9c",
                                "\xe2\x80\x9d", "\xe2\x80\xa6", "\xc2\xab", "\xc2\xbb"}) {
    cut = std::min(cut, s.find(stop) == std::string_view::npos ? s.size() : s.find(stop));
  }
  if (cut < s.size()) {
    m.end = m.begin + cut;
    TrimUrlEnd(text, m);
  }
}

struct UrlParts {
  std::string_view userinfo;
  std::string_view host;
  std::string_view rest;  // path, query and fragment
};

// A dotted name whose labels are letters, digits, hyphens or non-ASCII (IDN) bytes and whose last
// label is a top-level domain (letters, or an "xn--" IDN label); an IPv4 literal; or localhost.
bool HostNameValid(std::string_view host) {
  if (ascii::EqualsIgnoreCase(host, "localhost")) return true;
  if (host.ends_with('.')) host.remove_suffix(1);  // the root: "example.com."
  size_t labels = 0, dots = 0;
  bool all_digits = true;
  std::string_view last;
  while (!host.empty()) {
    size_t dot = host.find('.');
    std::string_view label = host.substr(0, dot);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return false;
    }
    for (char c : label) {
      if (!ascii::IsAlnum(c) && c != '-' && static_cast<unsigned char>(c) < 0x80) return false;
      all_digits &= ascii::IsDigit(c);
    }
    ++labels;
    last = label;
    if (dot == std::string_view::npos) break;
    ++dots;
    host.remove_prefix(dot + 1);
  }
  if (labels < 2 || dots + 1 != labels) return false;
  if (all_digits) return labels == 4;  // an IPv4 literal
  if (last.size() >= 4 && ascii::EqualsIgnoreCase(last.substr(0, 4), "xn--")) return true;
  if (last.size() < 2) return false;
  for (char c : last) {
    if (!ascii::IsAlpha(c) && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return true;
}

bool SplitUrl(std::string_view url, UrlParts& parts) {
  size_t scheme = url.find("://");
  if (scheme > 5)
    scheme = std::string_view::npos;  // "www.x.com/?u=https://y": no scheme of its own
  std::string_view after = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  size_t auth_end = after.find_first_of("/?#");
  std::string_view authority = after.substr(0, auth_end);
  parts.rest = auth_end == std::string_view::npos ? std::string_view{} : after.substr(auth_end);
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) {
    parts.userinfo = authority.substr(0, at);
    authority = authority.substr(at + 1);
  }
  if (authority.starts_with('[')) {
    size_t close = authority.find(']');
    if (close == std::string_view::npos) return false;
    parts.host = authority.substr(0, close + 1);
    return close > 1;
  }
  parts.host = authority.substr(0, authority.find(':'));
  return HostNameValid(parts.host);
}

// A token as the user name ("https://ghp_...@github.com/org/repo.git", how git remotes carry
// access tokens): a piece between separators of 20 bytes or more that is random, mixing lower and
// upper case letters and digits, or 32 hex digits and more. User names are words and numbers.
bool UserIsToken(std::string_view user) {
  while (!user.empty()) {
    size_t cut = user.find_first_of("-_.~+");
    std::string_view piece = user.substr(0, cut);
    user = cut == std::string_view::npos ? std::string_view{} : user.substr(cut + 1);
    if (piece.size() < 20 || !validators::LooksRandom(piece, 20)) continue;
    bool hex = piece.size() >= 32 && std::all_of(piece.begin(), piece.end(), IsHex);
    if (hex || validators::CharClasses(piece) >= 3) return true;
  }
  return false;
}

bool HasCredentials(const UrlParts& parts) {
  size_t colon = parts.userinfo.find(':');
  if (colon != std::string_view::npos && colon + 1 < parts.userinfo.size()) return true;
  if (colon == std::string_view::npos && UserIsToken(parts.userinfo)) return true;
  size_t q = parts.rest.find_first_of("?#");
  if (q == std::string_view::npos) return false;
  std::string_view params = parts.rest.substr(q + 1);
  while (!params.empty()) {
    size_t amp = params.find_first_of("&;#");
    std::string_view param = params.substr(0, amp);
    params = amp == std::string_view::npos ? std::string_view{} : params.substr(amp + 1);
    size_t eq = param.find('=');
    if (eq == std::string_view::npos || eq + 1 >= param.size()) continue;
    std::string_view key = param.substr(0, eq);
    for (std::string_view secret : kSecretParams) {
      if (ascii::EqualsIgnoreCase(key, secret)) return true;
    }
    if (key.size() > 6 && ascii::EqualsIgnoreCase(key.substr(key.size() - 6), "_token")) {
      return true;
    }
  }
  return false;
}

bool IsUrlByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u > 0x20 && u != 0x7f && c != '<' && c != '>' && c != '"' && c != '\'' && c != '`';
}

// The pattern stops one byte after the scheme (so that vectorscan reports one match per URL, not
// one per byte); the URL runs on to the first space or delimiter, at most 8 KiB.
void ExtendUrl(std::string_view text, Match& m) {
  // A URL nested in another ("https://archive.example/web/https://example.com") is covered by the
  // outer one; not walking it again keeps "http://http://..." linear.
  const char prev = ByteBefore(text, m.begin);
  if (prev == '/' || prev == ':' || prev == '.' || prev == '@' || prev == '%') {
    m.end = m.begin;
    return;
  }
  const size_t limit = std::min(text.size(), m.begin + 8192);
  while (m.end < limit && IsUrlByte(text[m.end])) ++m.end;
}

bool ValidUrl(std::string_view text, Match& m, const Policy&) {
  ExtendUrl(text, m);
  TrimUrlEnd(text, m);
  UrlParts parts;
  return m.end > m.begin && SplitUrl(text.substr(m.begin, m.end - m.begin), parts);
}

bool ValidUrlWithCredentials(std::string_view text, Match& m, const Policy&) {
  ExtendUrl(text, m);
  TrimUrlEnd(text, m);
  UrlParts parts;
  return m.end > m.begin && SplitUrl(text.substr(m.begin, m.end - m.begin), parts) &&
         HasCredentials(parts);
}

// ---- IP_ADDRESS -------------------------------------------------------------------------------

constexpr std::string_view kVersionWords[] = {"version", "ver", "v",        "release",
                                              "build",   "rev", "revision", "firmware"};

bool ValidIpv4(std::string_view text, Match& m, const Policy&) {
  const char prev = ByteBefore(text, m.begin);
  if (prev == '.' || ascii::IsWordByte(prev)) return false;
  const char next = ByteAt(text, m.end);
  if ((next == '.' && ascii::IsDigit(ByteAt(text, m.end + 1))) || ascii::IsWordByte(next)) {
    return false;
  }
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  if (s == "0.0.0.0") return false;
  char buf[16] = {};
  if (s.size() >= sizeof(buf)) return false;
  std::memcpy(buf, s.data(), s.size());
  in_addr addr;
  if (inet_pton(AF_INET, buf, &addr) != 1) return false;  // octets > 255, leading zeros
  size_t lo = m.begin > 16 ? m.begin - 16 : 0;
  std::string_view before = text.substr(lo, m.begin - lo);
  for (std::string_view w : kVersionWords) {
    if (ContainsWord(before, w)) return false;
  }
  // "2.2.2.1 Configuration" in a manual's contents is a section number. Four one-digit octets
  // are an address only with an IP word nearby ("DNS 9.9.9.9"), which raises the score again.
  if (s.size() == 7) m.score = std::min(m.score, 0.4f);
  return true;
}

bool IsIpv6Byte(char c) {
  return IsHex(c) || c == ':' || c == '.';
}

// The pattern is only an anchor (two colons and a hex digit); the address is the whole run of hex
// digits, colons and dots around it, plus a zone id.
void ExtendIpv6(std::string_view text, Match& m) {
  const size_t lo = m.begin > 64 ? m.begin - 64 : 0;
  while (m.begin > lo && IsIpv6Byte(text[m.begin - 1])) --m.begin;
  const size_t hi = std::min(text.size(), m.end + 64);
  while (m.end < hi && IsIpv6Byte(text[m.end])) ++m.end;
  while (m.end > m.begin && text[m.end - 1] == '.') --m.end;  // a full stop ends the sentence
  if (m.end < text.size() && text[m.end] == '%') {
    size_t z = m.end + 1;
    while (z < text.size() && z - m.end <= 32 &&
           (ascii::IsAlnum(text[z]) || text[z] == '_' || text[z] == '-')) {
      ++z;
    }
    if (z > m.end + 1) m.end = z;
  }
}

bool ValidIpv6(std::string_view text, Match& m, const Policy&) {
  ExtendIpv6(text, m);
  while (m.begin < m.end && text[m.begin] == '.') ++m.begin;
  const char prev = ByteBefore(text, m.begin);
  if (ascii::IsWordByte(prev) || prev == ':' || prev == '.') return false;
  const char next = ByteAt(text, m.end);
  if (ascii::IsWordByte(next) || next == ':' ||
      (next == '.' && ascii::IsDigit(ByteAt(text, m.end + 1)))) {
    return false;
  }
  // A single trailing colon ends a sentence or introduces a port: "fe80::1: up".
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  if (s.ends_with(':') && !s.ends_with("::")) {
    --m.end;
    s.remove_suffix(1);
  }
  std::string_view address = s.substr(0, s.find('%'));  // without the zone id ("%eth0")
  if (address.size() < 3 || address.size() > 45) return false;
  size_t colons = 0, hex_groups = 0;
  for (size_t i = 0; i < address.size(); ++i) {
    if (address[i] == ':') {
      ++colons;
    } else if (i == 0 || address[i - 1] == ':') {
      ++hex_groups;
    }
  }
  // "::" and "::1" are not anyone's address.
  if (colons < 2 || hex_groups < 2) return false;
  // Two groups around "::" are also C++ scopes ("a::b", "dead::beef"); an address such as
  // "fe80::1" has a longer group with a digit.
  if (hex_groups == 2 && address.find('.') == std::string_view::npos) {
    bool long_numeric = false;
    for (size_t i = 0; i < address.size();) {
      size_t j = address.find(':', i);
      if (j == std::string_view::npos) j = address.size();
      std::string_view group = address.substr(i, j - i);
      bool digit = false;
      for (char c : group) digit |= ascii::IsDigit(c);
      long_numeric |= group.size() >= 3 && digit;
      i = j + 1;
    }
    if (!long_numeric) return false;
  }
  char buf[46] = {};
  std::memcpy(buf, address.data(), address.size());
  in6_addr addr;
  return inet_pton(AF_INET6, buf, &addr) == 1;
}

// ---- MAC_ADDRESS ------------------------------------------------------------------------------

bool ValidMac(std::string_view text, Match& m, const Policy&) {
  const char prev = ByteBefore(text, m.begin);
  if (ascii::IsWordByte(prev) || prev == ':' || prev == '-' || prev == '.') return false;
  const char next = ByteAt(text, m.end);
  if ((next == ':' || next == '-' || next == '.') && IsHex(ByteAt(text, m.end + 1))) return false;
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  bool all_zero = true, all_f = true, letters = false;
  for (char c : s) {
    if (!IsHex(c)) continue;
    all_zero &= c == '0';
    all_f &= ascii::ToLower(c) == 'f';
    letters |= ascii::IsAlpha(c);
  }
  if (all_zero || all_f) return false;
  // The dotted form without a hex letter ("1234.5678.9012") is as likely a plain number.
  if (!letters && s.find('.') != std::string_view::npos) m.score = 0.4f;
  return true;
}

// ---- The recognizers --------------------------------------------------------------------------

constexpr std::string_view kUrlWords[] = {"url", "link", "website", "site", "href", "web"};
constexpr std::string_view kIpWords[] = {"ip",  "ipv4",    "ipv6",   "address", "host", "server",
                                         "dns", "gateway", "client", "remote",  "login"};
constexpr std::string_view kMacWords[] = {"mac",   "hardware", "ethernet", "wifi",   "wi-fi",
                                          "bssid", "nic",      "device",   "adapter"};

const PatternRecognizer kContact[] = {
    {.id = "email",
     .type = Entity::EMAIL,
     .regex = R"(@[a-z0-9](?:[a-z0-9\-]*\.)+(?:[a-z]{2,24}|xn--[a-z0-9\-]{2,59})\b)",
     .score = 0.95f,
     .validate = ValidEmail,
     .caseless = true},
    // Spelled out against harvesters; two patterns, so each has one width (detect/engine.cc).
    {.id = "email_spelled",
     .type = Entity::EMAIL,
     .regex = R"([\[(\{<]at[\])\}>])",
     .score = 0.9f,
     .validate = ValidSpelledEmail,
     .caseless = true},
    {.id = "email_spelled_spaced",
     .type = Entity::EMAIL,
     .regex = R"([\[(\{<] at [\])\}>])",
     .score = 0.9f,
     .validate = ValidSpelledEmail,
     .caseless = true},
    {
        .id = "phone_international",
        .type = Entity::PHONE,
        .regex = R"((?:\+|\b00)[1-9]\d{0,3}[ .\-]?\(?\d)",
        .score = 0.75f,
        .validate = ValidPhone,
        .context = kPhoneWords,
        .context_score = 0.95f,
    },
    {
        .id = "phone_national",
        .type = Entity::PHONE,
        .regex = R"(\(\d{2,5}\)[ .\-]?\d{2}|\b\d{1,5}[ \-]\d{2}|\b\d{2,5}\.\d{2,8}\.\d)",
        .score = 0.6f,
        .validate = ValidPhone,
        .context = kPhoneWords,
        .context_score = 0.9f,
    },
    {.id = "phone_digits",
     .type = Entity::PHONE,
     .regex = R"(\b\d{8})",
     .score = 0.5f,
     .validate = ValidPhoneDigits,
     .context = kPhoneWords,
     .context_score = 0.85f,
     .context_required = true},
    {.id = "url_with_credentials",
     .type = Entity::URL,
     .regex = R"(\b(?:(?:https?|ftp)://|www\.)[^\s<>"'`\x00-\x1f\x7f])",
     .score = 0.95f,
     .validate = ValidUrlWithCredentials,
     .caseless = true},
    {.id = "url",
     .type = Entity::URL,
     .regex = R"(\b(?:(?:https?|ftp)://|www\.)[^\s<>"'`\x00-\x1f\x7f])",
     .score = 0.6f,
     .validate = ValidUrl,
     .context = kUrlWords,
     .context_score = 0.7f,
     .caseless = true},
    // A profile's address written without its scheme, as CVs and signatures do
    // ("linkedin.com/in/janedoe"): it names a person as a URL with one does. Only hosts whose
    // paths are people's handles: a bare "github.com/org/repo" is a Go import as often.
    {.id = "url_profile",
     .type = Entity::URL,
     .regex = R"(\b(?:linkedin\.com/(?:in|pub)/|(?:twitter|x|facebook|fb|instagram|threads)\.com/)"
              R"(|t\.me/|(?:medium|tiktok|youtube)\.com/@|xing\.com/profile/|orcid\.org/)"
              R"(|researchgate\.net/profile/)[A-Za-z0-9_])",
     .score = 0.8f,
     .validate = ValidUrl,
     .caseless = true},
    {.id = "ipv4",
     .type = Entity::IP_ADDRESS,
     .regex = R"(\b(?:\d{1,3}\.){3}\d{1,3}\b)",
     .score = 0.75f,
     .validate = ValidIpv4,
     .context = kIpWords,
     .context_score = 0.95f},
    {.id = "ipv6",
     .type = Entity::IP_ADDRESS,
     .regex = R"([0-9a-f]{0,4}:[0-9a-f]{0,4}:[0-9a-f])",
     .score = 0.8f,
     .validate = ValidIpv6,
     .context = kIpWords,
     .context_score = 0.95f,
     .caseless = true},
    {.id = "mac_address",
     .type = Entity::MAC_ADDRESS,
     .regex =
         R"(\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b|\b[0-9a-f]{2}(?:-[0-9a-f]{2}){5}\b|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b)",
     .score = 0.8f,
     .validate = ValidMac,
     .context = kMacWords,
     .context_score = 0.95f,
     .caseless = true},
};

}  // namespace

std::span<const PatternRecognizer> Contact() {
  return kContact;
}

}  // namespace deskbench::recognizers
