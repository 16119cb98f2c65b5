#include "detect/validators/secrets.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/ascii.h"
#include "detect/validators/entropy.h"

namespace deskbench::validators {

namespace {

bool IsTokenByte(char c) {
  return ascii::IsAlnum(c) || c == '_' || c == '-';
}
bool IsBase64Byte(char c) {
  return ascii::IsAlnum(c) || c == '+' || c == '/';
}

// True when the span is glued to the token characters around it (then it is part of something
// longer, not the token the rule describes).
bool Glued(std::string_view text, size_t begin, size_t end) {
  if (begin > 0 && ascii::IsAlnum(text[begin - 1])) return true;
  return end < text.size() && IsTokenByte(text[end]);
}

std::string_view Span(std::string_view text, const Match& m) {
  return text.substr(m.begin, m.end - m.begin);
}

bool ContainsIgnoreCase(std::string_view s, std::string_view needle) {
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (ascii::EqualsIgnoreCase(s.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

// Where the value of `key <op> value` starts: after the first ':' or '=' of the match, any further
// operator bytes ('=', '>', ':'), blanks and one opening quote.
size_t ValueStart(std::string_view text, size_t begin, size_t end) {
  size_t i = begin;
  while (i < end && text[i] != '=' && text[i] != ':') ++i;
  while (i < end && (text[i] == '=' || text[i] == ':' || text[i] == '>')) ++i;
  while (i < end && ascii::IsSpace(text[i])) ++i;
  if (i < end && (text[i] == '"' || text[i] == '\'')) ++i;
  return i;
}

// Last words of key names that contain a secret word but name something else: the password's
// length, the token's type, the secret's file (lower-case).
constexpr std::string_view kDescriptiveLastWords[] = {
    "url",         "uri",      "path",      "file",     "filename", "name",     "id",
    "type",        "length",   "len",       "count",    "size",     "field",    "label",
    "prompt",      "policy",   "version",   "endpoint", "header",   "expiry",   "expires",
    "expiration",  "ttl",      "format",    "mode",     "enabled",  "required", "algorithm",
    "method",      "provider", "dir",       "env",      "ref",      "reset",    "hint",
    "regex",       "pattern",  "strength",  "min",      "max",      "changed",  "confirm",
    "placeholder", "prefix",   "timeout",   "lifetime", "store",    "manager",  "service",
    "class",       "handler",  "validator", "attempts", "tokens",   "location", "host",
};

// The last word of an identifier: after the last '_', '-' or '.', or its last camelCase word.
std::string_view LastWord(std::string_view key) {
  size_t i = key.size();
  while (i > 0 && !(key[i - 1] == '_' || key[i - 1] == '-' || key[i - 1] == '.')) {
    if (ascii::IsUpper(key[i - 1]) && i >= 2 && ascii::IsLower(key[i - 2])) {
      --i;
      break;
    }
    --i;
  }
  return key.substr(i);
}

bool SecretKeyName(std::string_view key) {
  while (!key.empty() && (key.back() == '_' || key.back() == '-' || key.back() == '.'))
    key.remove_suffix(1);
  if (ContainsIgnoreCase(key, "author") || ContainsIgnoreCase(key, "tokeniz")) return false;
  const std::string_view last = LastWord(key);
  for (std::string_view bad : kDescriptiveLastWords) {
    if (ascii::EqualsIgnoreCase(last, bad)) return false;
  }
  return true;
}

// "AuthenticationError", "tokenType": words joined in camelCase (every capital starts a word of
// lower-case letters), unlike the random case of a generated secret.
bool CamelCaseWords(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!ascii::IsUpper(s[i])) continue;
    if (i + 1 < s.size() && !ascii::IsLower(s[i + 1])) return false;
    if (i > 0 && ascii::IsUpper(s[i - 1])) return false;
  }
  return true;
}

// "ed25519.Ed25519PrivateKey", "hashes.SHA256Hash": a module path (lower-case names, as Python,
// Java and Go spell them) ending in a CamelCase class name, as a bare value in a type annotation
// (`private_key: ed25519.Ed25519PrivateKey,`) or an assignment of a class.
bool QualifiedClassName(std::string_view value) {
  const size_t dot = value.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= value.size()) return false;
  size_t part = 0;
  for (size_t i = 0; i < dot; ++i) {
    const char c = value[i];
    if (c == '.') {
      if (i == part) return false;
      part = i + 1;
    } else if (!(ascii::IsLower(c) || c == '_' || (ascii::IsDigit(c) && i > part))) {
      return false;
    }
  }
  std::string_view last = value.substr(dot + 1);
  if (!ascii::IsUpper(last[0]) || !CamelCaseWords(last)) return false;
  // A class name has words: a run of three lower-case letters somewhere ("Private").
  size_t run = 0;
  for (char c : last) {
    if (!ascii::IsAlnum(c) && c != '_') return false;
    run = ascii::IsLower(c) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

// Values that point at a secret instead of holding it: URLs, paths and key files.
bool IsReference(std::string_view value) {
  if (value.find("://") != std::string_view::npos || value[0] == '/' || value[0] == '~' ||
      value.substr(0, 2) == "./" || value.find('\\') != std::string_view::npos)
    return true;
  for (std::string_view ext :
       {".pem", ".key", ".json", ".yaml", ".yml", ".txt", ".p12", ".pfx", ".crt", ".jks", ".env"}) {
    if (value.size() > ext.size() &&
        ascii::EqualsIgnoreCase(value.substr(value.size() - ext.size()), ext))
      return true;
  }
  return false;
}

// Accepts `value` as a secret when it is long and varied enough and references nothing.
bool AcceptableGenericValue(std::string_view value) {
  if (value.size() < 8 || value.size() > 256) return false;
  for (char c : value) {
    // Prose, code (calls, indexing, blocks) and templates are not credentials.
    if (ascii::IsSpace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' ||
        c == '`')
      return false;
  }
  if (LooksLikePlaceholder(value) || IsReference(value)) return false;
  bool lower = false, upper = false, digit = false;
  for (char c : value) {
    lower |= ascii::IsLower(c);
    upper |= ascii::IsUpper(c);
    digit |= ascii::IsDigit(c);
  }
  // An identifier such as my_db_password or config.secret names a value; it is not one.
  if (int{lower} + int{upper} + int{digit} < 2) return false;
  // Scaled to the length: eight random bytes reach 3 bits only when all differ, so a flat 2.8 bar
  // turned away more than a third of random 8-byte passwords (any with a repeated byte).
  return ShannonEntropy(value) >= std::min(2.8, 0.8 * std::log2(static_cast<double>(value.size())));
}

// The bytes of a quoted or bare value starting at `start`, bounded by `limit`.
std::string_view ValueAt(std::string_view text, size_t start, size_t limit, bool* quoted) {
  *quoted = false;
  if (start > 0 && (text[start - 1] == '"' || text[start - 1] == '\'')) {
    const char q = text[start - 1];
    size_t end = start;
    while (end < limit && text[end] != q && text[end] != '\n' && text[end] != '\r') ++end;
    if (end >= text.size() || text[end] != q) return {};
    *quoted = true;
    return text.substr(start, end - start);
  }
  size_t end = start;
  while (end < limit && !ascii::IsSpace(text[end]) && text[end] != '"' && text[end] != '\'' &&
         text[end] != ',' && text[end] != ';' && text[end] != '&' && text[end] != '<' &&
         text[end] != '>') {
    ++end;
  }
  return text.substr(start, end - start);
}

}  // namespace

bool CheckPrefixedToken(std::string_view text, Match& m, size_t prefix_len, size_t min_body,
                        size_t max_body) {
  if (m.end - m.begin < prefix_len || Glued(text, m.begin, m.end)) return false;
  std::string_view body = Span(text, m).substr(prefix_len);
  if (body.size() < min_body || body.size() > max_body) return false;
  const size_t min_len = std::min<size_t>(min_body, 8);
  if (prefix_len < 3) return LooksRandom(body, min_len);
  // Behind a literal prefix the randomness test only has to turn away masks and placeholders. A
  // body of one character class is still a credential (AWS key IDs are base32, so about one in
  // thirty is all capitals; Hugging Face tokens may be all lower case), and a 3-bit entropy bar
  // would drop one random 16-byte AWS key ID in 300.
  return LooksRandom(body, min_len, 1, 2.5);
}

bool CheckKeywordValue(std::string_view text, Match& m, size_t min_len, size_t max_len) {
  const size_t start = ValueStart(text, m.begin, m.end);
  if (start >= m.end) return false;
  if (m.end < text.size() && (IsTokenByte(text[m.end]) || IsBase64Byte(text[m.end]))) return false;
  std::string_view value = text.substr(start, m.end - start);
  if (value.size() < min_len || value.size() > max_len || !LooksRandom(value, 1)) return false;
  m.begin = start;
  return true;
}

bool GenericAssignment(std::string_view text, Match& m, const Policy&) {
  // The whole key: extend left over identifier bytes so "DB_PASSWORD" is judged as one name.
  size_t key_begin = m.begin;
  while (key_begin > 0 && m.begin - key_begin < 64 &&
         (IsTokenByte(text[key_begin - 1]) || text[key_begin - 1] == '.')) {
    --key_begin;
  }
  size_t key_end = m.begin;
  while (key_end < m.end && (IsTokenByte(text[key_end]) || text[key_end] == '.')) ++key_end;
  if (!SecretKeyName(text.substr(key_begin, key_end - key_begin))) return false;
  // Comparisons (==, !=, <=, >=) and type annotations are code, not assignments.
  size_t op = key_end;
  while (op < m.end && (text[op] == '"' || text[op] == '\'' || ascii::IsSpace(text[op]))) ++op;
  if (op >= m.end) return false;
  if (text[op] == '=' && op + 1 < text.size() && text[op + 1] == '=') return false;
  if (op > 0 && (text[op - 1] == '!' || text[op - 1] == '<' || text[op - 1] == '>')) return false;
  const size_t start = ValueStart(text, op, m.end);
  if (start >= text.size()) return false;
  bool quoted = false;
  std::string_view value =
      ValueAt(text, start, std::min(text.size(), start + size_t{4096}), &quoted);
  if (!AcceptableGenericValue(value)) return false;
  // A bare word without digits is an identifier in code (`token: Whitespace`, `auth =
  // AuthError`), and so is a dotted name in quotes ("Name.Function").
  bool identifier = true, dotted = false;
  for (char c : value) {
    dotted |= c == '.';
    identifier &= ascii::IsAlpha(c) || c == '_' || c == '.' || c == '-';
  }
  if (identifier && (!quoted || dotted || value[0] == '_' || CamelCaseWords(value))) return false;
  if (!quoted && QualifiedClassName(value)) return false;
  // A bare value followed by a call or index is an expression: `key = os.environ["X"]`.
  const size_t after = start + value.size();
  if (!quoted && after < text.size() && (text[after] == '(' || text[after] == '[')) return false;
  m.begin = start;
  m.end = after;
  return true;
}

namespace {

// The password that starts at `start`: to the next space (or, when `quotes` and it opens with a
// quote, to the same quote on its line), of six characters or more and three kinds of them, and
// no placeholder, reference, piece of code or template.
bool PasswordValueAt(std::string_view text, size_t start, Match& m, bool quotes) {
  if (start >= text.size()) return false;
  size_t end = start;
  if (quotes && (text[start] == '"' || text[start] == '\'')) {
    const size_t close = text.find(text[start], start + 1);
    const size_t line = text.find('\n', start);
    if (close == std::string_view::npos || close > start + 129 ||
        (line != std::string_view::npos && close > line)) {
      return false;
    }
    ++start;
    end = close;
  } else {
    while (end < text.size() && end - start < 129 && !ascii::IsSpace(text[end])) ++end;
    if (end - start > 128) return false;
    // Sentence punctuation after the password is not part of it.
    while (end > start && (text[end - 1] == '.' || text[end - 1] == ',' || text[end - 1] == ';')) {
      --end;
    }
  }
  std::string_view value = text.substr(start, end - start);
  // Unless read here to its closing quote, a quoted value is the generic rule's.
  if (value.empty() || value.front() == '"' || value.front() == '\'') return false;
  if (value.size() < 6 || LooksLikePlaceholder(value) || IsReference(value)) return false;
  // Code: a call, an index, a type ("getpass()", "Optional[str]", "List<String>"), a template.
  size_t ident = 0;
  while (ident < value.size() && (ascii::IsWordByte(value[ident]) || value[ident] == '.')) ++ident;
  if (ident > 0 && ident < value.size() &&
      ((value[ident] == '(' && value.back() == ')') ||
       (value[ident] == '[' && value.back() == ']') ||
       (value[ident] == '<' && value.back() == '>'))) {
    return false;
  }
  if (value.find("${") != std::string_view::npos || value.find("{{") != std::string_view::npos ||
      value.find("%(") != std::string_view::npos || value.front() == '<' || value.front() == '$') {
    return false;
  }
  // Kinds of characters; '.', '_' and '-' join the words of names ("this.password", "n/a-yet").
  bool lower = false, upper = false, digit = false, symbol = false;
  for (char c : value) {
    lower |= ascii::IsLower(c);
    upper |= ascii::IsUpper(c);
    digit |= ascii::IsDigit(c);
    symbol |= !ascii::IsAlnum(c) && c != '.' && c != '_' && c != '-' && c != '/';
  }
  if (int{lower} + int{upper} + int{digit} + int{symbol} < 3) return false;
  m.begin = start;
  m.end = end;
  return true;
}

// The label is a word of its own, not the end of an identifier or a quoted key ("db_password:",
// "\"password\":" are the generic rule's).
bool LabelStandsAlone(std::string_view text, size_t at) {
  return at == 0 || !(ascii::IsWordByte(text[at - 1]) || text[at - 1] == '.' ||
                      text[at - 1] == '-' || text[at - 1] == '"' || text[at - 1] == '\'');
}

}  // namespace

bool LabelledPassword(std::string_view text, Match& m, const Policy&) {
  if (!LabelStandsAlone(text, m.begin)) return false;
  // The regex ends at the colon; the value starts after at most eight blanks on the line.
  size_t at = m.end;
  for (int blanks = 0; blanks < 8 && at < text.size() && (text[at] == ' ' || text[at] == '\t');
       ++blanks) {
    ++at;
  }
  if (at >= text.size() || ascii::IsSpace(text[at])) return false;
  return PasswordValueAt(text, at, m, false);
}

bool PasswordInProse(std::string_view text, Match& m, const Policy&) {
  if (!LabelStandsAlone(text, m.begin)) return false;
  size_t at = m.end;
  // "password for user jdoe is X", "passcode for the vault: X": the verb or colon on the line,
  // a few words on.
  if (text.substr(m.begin, at - m.begin).ends_with(" for ")) {
    const size_t line = std::min(text.find('\n', at), text.size());
    const std::string_view rest = text.substr(at, std::min(line, at + 48) - at);
    size_t verb = rest.find(" is ");
    size_t skip = 4;
    if (verb == std::string_view::npos) {
      verb = rest.find(": ");
      skip = 2;
    }
    if (verb == std::string_view::npos) return false;
    at += verb + skip;
  }
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return PasswordValueAt(text, at, m, true);
}

bool XmlSecretElement(std::string_view text, Match& m, const Policy&) {
  const size_t start = m.end - 1;  // the regex ends at the value's first byte
  const size_t limit = std::min(text.size(), start + size_t{512});
  size_t end = start;
  while (end < limit && text[end] != '<') ++end;
  if (end + 1 >= text.size() || text[end] != '<' || text[end + 1] != '/') return false;
  std::string_view value = ascii::Trim(text.substr(start, end - start));
  if (!AcceptableGenericValue(value)) return false;
  m.begin = static_cast<size_t>(value.data() - text.data());
  m.end = m.begin + value.size();
  return true;
}

bool UrlPassword(std::string_view text, Match& m, const Policy&) {
  std::string_view s = Span(text, m);
  const size_t scheme_end = s.find("://");
  if (scheme_end == std::string_view::npos || s.empty() || s.back() != '@') return false;
  size_t user_begin = scheme_end + 3;
  // A CVSROOT written as a URL ("cvs://:pserver:anoncvs@host:/cvs"): ":pserver:" is the access
  // method, and a password, if any, follows the user name after one more colon.
  if (user_begin < s.size() && s[user_begin] == ':') {
    const size_t method_end = s.find(':', user_begin + 1);
    if (method_end != std::string_view::npos) {
      const std::string_view method = s.substr(user_begin + 1, method_end - user_begin - 1);
      for (std::string_view cvs : {"pserver", "ext", "extssh", "gserver", "kserver", "server",
                                   "sserver", "fork", "local", "sspi"}) {
        if (method == cvs) user_begin = method_end + 1;
      }
    }
  }
  const size_t colon = s.find(':', user_begin);
  if (colon == std::string_view::npos || colon + 1 >= s.size() - 1) return false;
  std::string_view password = s.substr(colon + 1, s.size() - 1 - (colon + 1));
  if (password.size() < 3 || password.size() > 256) return false;
  // "redis://[[USERNAME:]PASSWORD@]HOST": a template's brackets, which userinfo cannot hold.
  if (password.find_first_of("[]") != std::string_view::npos) return false;
  // "host:8080@" is a port, not a password, and so is the "host.tld:8080#fragment@" of a URL
  // without credentials. A raw '#' is otherwise part of the password: RFC 3986 wants it
  // percent-encoded, but hand-written connection URLs often carry it as typed.
  auto is_port = [](std::string_view digits) {
    return !digits.empty() && digits.size() <= 5 &&
           std::all_of(digits.begin(), digits.end(), ascii::IsDigit);
  };
  if (is_port(password)) return false;
  const size_t hash = password.find('#');
  std::string_view user = s.substr(user_begin, colon - user_begin);
  if (hash != std::string_view::npos && is_port(password.substr(0, hash)) &&
      user.find('.') != std::string_view::npos)
    return false;
  if (LooksLikePlaceholder(password)) return false;
  m.begin += colon + 1;
  m.end -= 1;
  return true;
}

bool ConnectionStringPassword(std::string_view text, Match& m, const Policy&) {
  size_t before = m.begin;
  while (before > 0 && ascii::IsSpace(text[before - 1]) && text[before - 1] != '\n') --before;
  const bool after_separator =
      before > 0 && (text[before - 1] == ';' || text[before - 1] == '?' || text[before - 1] == '&');
  const size_t start = ValueStart(text, m.begin, m.end);
  if (start > m.end) return false;
  bool quoted = false;
  std::string_view value =
      ValueAt(text, start, std::min(text.size(), start + size_t{4096}), &quoted);
  if (value.empty()) return false;
  // Without a separator before it, only the tight `Password=value;` of a connection string counts:
  // `password = value;` with blanks or quotes is a statement in code.
  if (!after_separator) {
    const size_t after = start + value.size();
    bool tight = !quoted && after < text.size() && text[after] == ';';
    for (size_t i = m.begin; tight && i < start; ++i) tight = !ascii::IsSpace(text[i]);
    if (!tight) return false;
  }
  if (value.size() < 3 || value.size() > 256 || LooksLikePlaceholder(value)) return false;
  m.begin = start;
  m.end = start + value.size();
  return true;
}

bool PemPrivateKey(std::string_view text, Match& m, const Policy&) {
  constexpr size_t kMaxBlock = size_t{64} * 1024;
  std::string_view rest = text.substr(m.end, std::min(kMaxBlock, text.size() - m.end));
  size_t body_end = rest.find("-----END");
  size_t block_end;
  if (body_end != std::string_view::npos) {
    const size_t close = rest.find("-----", body_end + 8);
    if (close == std::string_view::npos || close - body_end > 80) return false;
    block_end = m.end + close + 5;
  } else {
    // A truncated block: keep the body that follows the header.
    body_end = 0;
    while (body_end < rest.size() &&
           (IsBase64Byte(rest[body_end]) || rest[body_end] == '=' || rest[body_end] == '\n' ||
            rest[body_end] == '\r' || rest[body_end] == '\\')) {
      ++body_end;
    }
    block_end = m.end + body_end;
  }
  // A real key has a long random body; documentation shows "..." or nothing.
  std::string_view body = rest.substr(0, body_end);
  size_t b64 = 0;
  for (char c : body) b64 += IsBase64Byte(c) ? 1 : 0;
  if (b64 < 64 || body.find("...") != std::string_view::npos || ShannonEntropy(body) < 4.0)
    return false;
  m.end = block_end;
  return true;
}

bool GcpServiceAccountKey(std::string_view text, Match& m, const Policy& policy) {
  const size_t begin = Span(text, m).find("-----BEGIN");
  if (begin == std::string_view::npos) return false;
  m.begin += begin;
  return PemPrivateKey(text, m, policy);
}

bool PuttyPrivateKey(std::string_view text, Match& m, const Policy&) {
  constexpr size_t kMaxBlock = size_t{64} * 1024;
  std::string_view rest = text.substr(m.end, std::min(kMaxBlock, text.size() - m.end));
  const size_t lines = rest.find("Private-Lines:");
  const size_t mac = rest.find("Private-MAC:");
  if (lines == std::string_view::npos || mac == std::string_view::npos || mac < lines) return false;
  size_t end = mac + 12;
  while (end < rest.size() && rest[end] == ' ') ++end;
  const size_t hex_begin = end;
  while (end < rest.size() && ascii::IsAlnum(rest[end])) ++end;
  if (end - hex_begin < 40) return false;
  m.end += end;
  return true;
}

size_t DecodeBase64(std::string_view s, char* out, size_t out_size) {
  while (!s.empty() && s.back() == '=') s.remove_suffix(1);
  uint32_t acc = 0;
  int bits = 0;
  size_t n = 0;
  for (char c : s) {
    int v;
    if (ascii::IsUpper(c)) {
      v = c - 'A';
    } else if (ascii::IsLower(c)) {
      v = c - 'a' + 26;
    } else if (ascii::IsDigit(c)) {
      v = c - '0' + 52;
    } else if (c == '+' || c == '-') {
      v = 62;
    } else if (c == '/' || c == '_') {
      v = 63;
    } else {
      return kNoMax;
    }
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n >= out_size) return kNoMax;
      out[n++] = static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return n;
}

bool JsonWebToken(std::string_view text, Match& m, const Policy&) {
  if (Glued(text, m.begin, m.end)) return false;
  std::string_view s = Span(text, m);
  const size_t dot = s.find('.');
  if (dot == std::string_view::npos) return false;
  std::array<char, 768> header{};
  const size_t n = DecodeBase64(s.substr(0, dot), header.data(), header.size());
  if (n == kNoMax || n < 8) return false;
  std::string_view json = ascii::Trim(std::string_view(header.data(), n));
  return json.size() >= 2 && json.front() == '{' && json.back() == '}' &&
         json.find("\"alg\"") != std::string_view::npos;
}

bool BasicAuthorization(std::string_view text, Match& m, const Policy&) {
  size_t start = m.end;
  while (start > m.begin && (IsBase64Byte(text[start - 1]) || text[start - 1] == '=')) --start;
  if (start < m.end && m.end < text.size() && IsTokenByte(text[m.end])) return false;
  std::string_view creds = text.substr(start, m.end - start);
  std::array<char, 384> decoded{};
  const size_t n = DecodeBase64(creds, decoded.data(), decoded.size());
  if (n == kNoMax || n < 3) return false;
  std::string_view plain(decoded.data(), n);
  const size_t colon = plain.find(':');
  if (colon == std::string_view::npos || colon + 1 >= plain.size()) return false;
  for (char c : plain) {
    if (static_cast<unsigned char>(c) < 0x20) return false;
  }
  if (LooksLikePlaceholder(plain.substr(colon + 1))) return false;
  m.begin = start;
  return true;
}

bool BearerAuthorization(std::string_view text, Match& m, const Policy&) {
  // The pattern stops at the token's first byte (vectorscan would otherwise report a match at
  // every byte of the token); the token, its bytes then any '=' padding, is measured here.
  const size_t start = m.end - 1;
  size_t end = m.end;
  while (end < text.size() &&
         (ascii::IsAlnum(text[end]) || text[end] == '_' || text[end] == '.' || text[end] == '~' ||
          text[end] == '+' || text[end] == '/' || text[end] == '-')) {
    ++end;
  }
  while (end < text.size() && text[end] == '=') ++end;
  m.end = end;
  std::string_view token = text.substr(start, m.end - start);
  if (token.size() < 16 || token.size() > 4096 || !LooksRandom(token, 16)) return false;
  m.begin = start;
  return true;
}

bool AzureSasSignature(std::string_view text, Match& m, const Policy&) {
  // The signature is one parameter of a SAS query string; look for its siblings nearby.
  const size_t lo = m.begin > 512 ? m.begin - 512 : 0;
  const size_t hi = std::min(text.size(), m.end + 512);
  std::string_view around = text.substr(lo, hi - lo);
  if (around.find("sv=") == std::string_view::npos &&
      around.find("sp=") == std::string_view::npos && around.find("se=") == std::string_view::npos)
    return false;
  const size_t start = m.begin + 5;  // after "?sig=" or "&sig="
  std::string_view sig = text.substr(start, m.end - start);
  if (sig.size() < 40 || !LooksRandom(sig, 40)) return false;
  m.begin = start;
  return true;
}

bool SentryDsn(std::string_view text, Match& m, const Policy&) {
  std::string_view s = Span(text, m);
  const size_t scheme = s.find("://");
  const size_t at = s.find('@');
  if (scheme == std::string_view::npos || at == std::string_view::npos || at < scheme + 3)
    return false;
  // A public key of 32 hex, with the secret key of older DSNs after a colon.
  std::string_view key = s.substr(scheme + 3, at - scheme - 3);
  if ((key.size() != 32 && key.size() != 65) || !LooksRandom(key.substr(0, 32), 32)) return false;
  m.end = m.begin + at;
  m.begin += scheme + 3;
  return true;
}

}  // namespace deskbench::validators
