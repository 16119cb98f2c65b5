#include "formats/html/html_entities.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "core/ascii.h"
#include "core/utf8.h"

namespace deskbench::html {
namespace {

// HTML 4 names of U+00A0..U+00FF, in code point order.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct Named {
  std::string_view name;
  char32_t cp;
};

// Markup characters, typographic punctuation, and the punctuation used to obfuscate addresses
// ("john&commat;example&period;com").
constexpr std::array kNamed = {
    Named{"amp", '&'},       Named{"lt", '<'},       Named{"gt", '>'},
    Named{"quot", '"'},      Named{"apos", '\''},    Named{"commat", '@'},
    Named{"period", '.'},    Named{"colon", ':'},    Named{"sol", '/'},
    Named{"lowbar", '_'},    Named{"plus", '+'},     Named{"num", '#'},
    Named{"dollar", '$'},    Named{"percnt", '%'},   Named{"excl", '!'},
    Named{"quest", '?'},     Named{"equals", '='},   Named{"lpar", '('},
    Named{"rpar", ')'},      Named{"comma", ','},    Named{"semi", ';'},
    Named{"hyphen", 0x2010}, Named{"dash", 0x2010},  Named{"ndash", 0x2013},
    Named{"mdash", 0x2014},  Named{"lsquo", 0x2018}, Named{"rsquo", 0x2019},
    Named{"ldquo", 0x201C},  Named{"rdquo", 0x201D}, Named{"bull", 0x2022},
    Named{"hellip", 0x2026}, Named{"euro", 0x20AC},  Named{"trade", 0x2122},
    Named{"ensp", 0x2002},   Named{"emsp", 0x2003},  Named{"thinsp", 0x2009},
    Named{"zwnj", 0x200C},   Named{"zwj", 0x200D},   Named{"NewLine", '\n'},
    Named{"Tab", '\t'},
};

// The reference at raw[i] ('&'): its code point and length, or length 0 when it is not one.
char32_t Reference(std::string_view raw, size_t i, size_t& length) {
  length = 0;
  size_t j = i + 1;
  if (j < raw.size() && raw[j] == '#') {
    ++j;
    bool hex = j < raw.size() && (raw[j] == 'x' || raw[j] == 'X');
    if (hex) ++j;
    size_t digits_start = j;
    uint32_t value = 0;
    while (j < raw.size() && j - digits_start < 8) {
      char c = raw[j];
      int d = ascii::IsDigit(c)             ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      ++j;
    }
    if (j == digits_start) return 0;
    if (j < raw.size() && raw[j] == ';') ++j;
    length = j - i;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
    return value;
  }
  size_t name_start = j;
  while (j < raw.size() && j - name_start < 32 && ascii::IsAlnum(raw[j])) ++j;
  if (j >= raw.size() || raw[j] != ';' || j == name_start) return 0;
  std::string_view name = raw.substr(name_start, j - name_start);
  for (const Named& n : kNamed) {
    if (n.name == name) {
      length = j + 1 - i;
      return n.cp;
    }
  }
  for (size_t k = 0; k < kLatin1Names.size(); ++k) {
    if (kLatin1Names[k] == name) {
      length = j + 1 - i;
      return static_cast<char32_t>(0xA0 + k);
    }
  }
  return 0;
}

void AppendNumeric(std::string& out, unsigned char c) {
  out += "&#";
  out += std::to_string(c);
  out += ';';
}

}  // namespace

bool DecodeEntities(std::string_view raw, uint64_t base, std::string& text,
                    std::vector<uint64_t>& origins) {
  text.clear();
  origins.clear();
  if (raw.find('&') == std::string_view::npos) {
    text.assign(raw);
    return false;
  }
  for (size_t i = 0; i < raw.size();) {
    size_t length = 0;
    char32_t cp = raw[i] == '&' ? Reference(raw, i, length) : 0;
    if (length == 0) {
      text.push_back(raw[i]);
      origins.push_back(base + i);
      ++i;
      continue;
    }
    size_t before = text.size();
    utf8::Append(text, cp);
    origins.insert(origins.end(), text.size() - before, base + i);
    i += length;
  }
  origins.push_back(base + raw.size());
  return true;
}

namespace {

// A character the context needs written as a reference (markup characters aside).
bool NeedsReference(Context context, char c) {
  switch (context) {
    case Context::kAttributeDouble:
      return c == '"';
    case Context::kAttributeSingle:
      return c == '\'';
    case Context::kAttributeUnquoted:
      return ascii::IsSpace(c) || c == '"' || c == '\'' || c == '=' || c == '`';
    default:
      return false;
  }
}

// Whether any of the eight bytes at p may need escaping in the context: '&', '<', '>', and the
// quote of an attribute (all of quotes, '=', '`' and bytes under 0x21 where it is unquoted).
// False means none does.
bool MayNeedEscape(Context context, const char* p) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 255;
  uint64_t w;
  std::memcpy(&w, p, 8);
  auto has = [&](char c) {
    const uint64_t x = w ^ (kOnes * static_cast<unsigned char>(c));
    return (x - kOnes) & ~x;
  };
  uint64_t flagged = has('&') | has('<') | has('>');
  if (context == Context::kAttributeDouble) flagged |= has('"');
  if (context == Context::kAttributeSingle) flagged |= has('\'');
  if (context == Context::kAttributeUnquoted) {
    // Bytes of 0x80 and over are never escaped: ~w leaves them out of the under-0x21 test.
    flagged |= ((w - kOnes * 0x21) & ~w) | has('"') | has('\'') | has('=') | has('`');
  }
  return (flagged & (kOnes * 0x80)) != 0;
}

}  // namespace

void AppendEscaped(Context context, std::string_view utf8_text, std::string& out) {
  if (context == Context::kRawText) {
    // Script and style cannot hold references; only a closing tag could break out of them.
    for (size_t i = 0; i < utf8_text.size(); ++i) {
      out.push_back(utf8_text[i]);
      if (utf8_text[i] == '<' && i + 1 < utf8_text.size() && utf8_text[i + 1] == '/') {
        out.push_back('\\');
      }
    }
    return;
  }
  size_t run = 0;  // start of the characters not yet appended, all written as they are
  for (size_t i = 0; i < utf8_text.size(); ++i) {
    // Eight bytes at a time past those no context escapes (letters, digits, most punctuation):
    // a report escapes every value it shows.
    while (i + 8 <= utf8_text.size() && !MayNeedEscape(context, utf8_text.data() + i)) i += 8;
    if (i >= utf8_text.size()) break;
    const char c = utf8_text[i];
    std::string_view entity;
    if (c == '&') {
      entity = "&amp;";
    } else if (c == '<') {
      entity = "&lt;";
    } else if (c == '>') {
      entity = "&gt;";
    } else if (!NeedsReference(context, c)) {
      continue;
    }
    out.append(utf8_text.substr(run, i - run));
    run = i + 1;
    if (entity.empty()) {
      AppendNumeric(out, static_cast<unsigned char>(c));
    } else {
      out.append(entity);
    }
  }
  out.append(utf8_text.substr(run));
}

std::string EscapeFor(Context context, std::string_view utf8_text) {
  std::string out;
  out.reserve(utf8_text.size() + 8);
  AppendEscaped(context, utf8_text, out);
  return out;
}

}  // namespace deskbench::html
