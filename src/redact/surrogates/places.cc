// Fake addresses, organisations, places and user terms built from the word lists in
// fake_names.cc. The parts that carry structure and little identity (street suffixes, unit words,
// directions, state codes, legal suffixes) stay; the identifying words and numbers are replaced.

#include <array>

#include "core/ascii.h"
#include "redact/fake_names.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

std::string_view StripDot(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

template <size_t N>
bool InList(std::string_view word, const std::array<std::string_view, N>& list) {
  for (auto w : list) {
    if (ascii::EqualsIgnoreCase(word, w)) return true;
  }
  return false;
}

bool IsAddressWord(std::string_view w) {
  static constexpr std::array<std::string_view, 58> kWords = {
      "street",   "st",   "avenue",    "ave",      "av",    "road",   "rd",    "boulevard", "blvd",
      "lane",     "ln",   "drive",     "dr",       "court", "ct",     "way",   "place",     "pl",
      "terrace",  "ter",  "close",     "crescent", "cres",  "square", "sq",    "parkway",   "pkwy",
      "highway",  "hwy",  "circle",    "cir",      "trail", "row",    "walk",  "gardens",   "grove",
      "hill",     "apt",  "apartment", "suite",    "ste",   "unit",   "floor", "fl",        "room",
      "building", "bldg", "po",        "box",      "n",     "s",      "e",     "w",         "ne",
      "nw",       "se",   "sw",        "north"};
  static constexpr std::array<std::string_view, 7> kMore = {"south",  "east", "west", "strasse",
                                                            "straße", "rue",  "via"};
  std::string_view s = StripDot(w);
  return InList(s, kWords) || InList(s, kMore);
}

std::string_view PickAvoiding(Keyed& keyed, std::span<const std::string_view> list,
                              std::string_view avoid) {
  for (int i = 0; i < 16; ++i) {
    std::string_view w = keyed.Pick(list);
    if (!ascii::EqualsIgnoreCase(w, avoid)) return w;
  }
  return list[0];
}

std::string Like(std::string_view word, std::string_view original) {
  Case c = CaseOf(original);
  return ApplyCase(word, c == Case::kOther ? Case::kTitle : c);
}

// Splits text into words (runs of letters, digits and word punctuation) and the gaps between them,
// calling on_word for each word and copying the gaps.
template <typename OnWord>
std::string MapWords(std::string_view text, bool dotted, OnWord on_word) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (!ascii::IsWordByte(c) && c != '#') {
      out.push_back(c);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && (ascii::IsWordByte(text[j]) || (dotted && text[j] == '.') ||
                               text[j] == '\'' || text[j] == '#')) {
      ++j;
    }
    out += on_word(text.substr(i, j - i), i);
    i = j;
  }
  return out;
}

bool HasDigit(std::string_view w) {
  for (char c : w) {
    if (ascii::IsDigit(c)) return true;
  }
  return false;
}

bool Capitals(std::string_view w) {
  for (char c : w) {
    if (!ascii::IsUpper(c)) return false;
  }
  return !w.empty();
}

bool IsStateCode(std::string_view w) {
  return w.size() == 2 && ascii::IsUpper(w[0]) && ascii::IsUpper(w[1]);
}

}  // namespace

std::string FakeStreetAddress(const SurrogateKey& sk, std::string_view value) {
  std::string norm = NormalizeText(value);
  size_t first_comma = value.find(',');
  size_t word_index = 0;
  return MapWords(value, true, [&](std::string_view word, size_t at) -> std::string {
    Keyed keyed(sk.key, "address.word", norm + '\x1f' + std::to_string(word_index++));
    if (HasDigit(word)) return KeepShape(word, keyed);  // house numbers, units, ZIP and postcodes
    if (IsAddressWord(word)) return std::string(word);
    bool after_comma = first_comma != std::string_view::npos && at > first_comma;
    if (after_comma && IsStateCode(word)) return std::string(word);
    std::string_view trimmed = StripDot(word);
    std::string tail(word.substr(trimmed.size()));
    // Letters of a postcode ("1865 CQ") and other short codes in capitals stay letters of the same
    // count, not a street's or a town's name.
    if (trimmed.size() <= 1 || (trimmed.size() <= 3 && Capitals(trimmed))) {
      return KeepShape(word, keyed);
    }
    auto list = after_comma ? fake::Places() : fake::StreetNames();
    std::string fake(PickAvoiding(keyed, list, trimmed));
    // Place names may have two words; a street keeps one word per word.
    if (!after_comma) fake = fake.substr(0, fake.find(' '));
    return Like(fake, trimmed) + tail;
  });
}

std::string FakeOrganization(const SurrogateKey& sk, std::string_view value) {
  // The legal form at the end stays ("Acme Widgets, Inc." -> "Northwind Systems, Inc.").
  static constexpr std::array<std::string_view, 40> kSuffixes = {
      "inc",    "inc.",  "incorporated", "llc",    "l.l.c.", "ltd",     "ltd.", "limited",
      "corp",   "corp.", "corporation",  "co",     "co.",    "company", "gmbh", "ag",
      "sa",     "s.a.",  "sas",          "sarl",   "bv",     "b.v.",    "nv",   "n.v.",
      "plc",    "llp",   "lp",           "pty",    "oy",     "ab",      "asa",  "kg",
      "s.p.a.", "spa",   "srl",          "s.r.l.", "kk",     "gmbh.",   "pte",  "group"};
  std::string_view core = ascii::Trim(value);
  std::string_view suffix;
  for (;;) {
    size_t space = core.find_last_of(" ,");
    if (space == std::string_view::npos) break;
    std::string_view last = core.substr(space + 1);
    if (!InList(last, kSuffixes)) break;
    core = core.substr(0, space);
    while (!core.empty() && (core.back() == ' ' || core.back() == ',')) core.remove_suffix(1);
  }
  suffix = ascii::Trim(value).substr(core.size());
  std::string_view lead = value.substr(0, value.find_first_not_of(" \t"));
  if (core.empty()) return std::string(value);

  size_t words = 1;
  for (char c : core) words += c == ' ';
  Keyed keyed(sk.key, "organization", NormalizeText(core));
  std::string first_word(core.substr(0, core.find(' ')));
  std::string fake = Like(PickAvoiding(keyed, fake::CompanyWords(), first_word), first_word);
  if (words > 1) {
    std::string last_word(core.substr(core.rfind(' ') + 1));
    fake += ' ';
    fake += Like(PickAvoiding(keyed, fake::CompanySectors(), last_word), last_word);
  }
  return std::string(lead) + fake + std::string(suffix);
}

std::string FakeLocation(const SurrogateKey& sk, std::string_view value) {
  // A trailing short code ("Springfield, IL", "Leeds, UK") stays.
  std::string_view place = value;
  std::string_view tail;
  size_t comma = value.rfind(',');
  if (comma != std::string_view::npos) {
    std::string_view code = ascii::Trim(value.substr(comma + 1));
    if (!code.empty() && code.size() <= 3 && CaseOf(code) == Case::kUpper) {
      place = value.substr(0, comma);
      tail = value.substr(comma);
    }
  }
  Keyed keyed(sk.key, "location", NormalizeText(place));
  std::string_view trimmed = ascii::Trim(place);
  std::string fake(PickAvoiding(keyed, fake::Places(), trimmed));
  Case c = CaseOf(trimmed);
  if (c == Case::kUpper || c == Case::kLower) fake = ApplyCase(fake, c);
  size_t lead = place.find_first_not_of(" \t");
  return std::string(place.substr(0, lead == std::string_view::npos ? 0 : lead)) + fake +
         std::string(tail);
}

std::string FakeUserTerm(const SurrogateKey& sk, std::string_view value) {
  // "Acme Corp", "acme-corp" and "acmecorp" share a key; each word becomes a code name word and
  // the separators stay.
  std::string key_text;
  for (char c : value) {
    if (ascii::IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      key_text.push_back(ascii::ToLower(c));
    }
  }
  size_t word_index = 0;
  std::string out = MapWords(value, false, [&](std::string_view word, size_t) -> std::string {
    Keyed keyed(sk.key, "term", key_text + '\x1f' + std::to_string(word_index++));
    return Like(PickAvoiding(keyed, fake::CodeNames(), word), word);
  });
  return out;
}

}  // namespace deskbench::redact
