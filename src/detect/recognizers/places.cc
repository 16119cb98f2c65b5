// Places: towns and cities no list holds, read after the words and labels that only a place
// follows ("lives in", "moved from X to Y", "City:") and in the cells of a town's column. Known
// places anywhere are the name finder's (detect/names).

#include <span>
#include <string_view>

#include "core/ascii.h"
#include "detect/names/lexicon.h"
#include "detect/names/place_shape.h"
#include "detect/recognizers/groups.h"
#include "detect/recognizers/name_words.h"
#include "detect/validators/anchored.h"

namespace deskbench::recognizers {

namespace {

// Column headers and keys whose cells hold a town: "City", "Town", "Place of birth", "Wohnort".
constexpr std::string_view kTownWords[] = {
    "city",         "town",       "village",        "municipality",  "hometown",
    "home town",    "birthplace", "place of birth", "city of birth", "town of birth",
    "stadt",        "wohnort",    "geburtsort",     "ort",           "ville",
    "commune",      "ciudad",     "localidad",      "municipio",     "citta",
    "citt\xC3\xA0", "comune",     "cidade",         "woonplaats",    "plaats"};

// A capital after a word's first letter other than where names put one: after an apostrophe or a
// hyphen ("O'Fallon", "Saint-Denis") or a prefix ("McKinney", "MacArthur", "DeKalb", "LaSalle",
// "DuBois", "VanBuren").
bool InnerCapital(std::string_view word) {
  constexpr std::string_view kPrefixes[] = {"Mc", "Mac", "De",  "Di", "Du",
                                            "La", "Le",  "Van", "Von"};
  for (size_t i = 1; i < word.size(); ++i) {
    if (!ascii::IsUpper(word[i]) || word[i - 1] == '\'' || word[i - 1] == '-') continue;
    bool prefix = false;
    for (std::string_view p : kPrefixes) prefix |= i == p.size() && word.starts_with(p);
    if (!prefix) return true;
  }
  return false;
}

// A place nobody listed, named after words that only a place follows: "lives in Lauraville",
// "moved from Johnhaven to Settimo Lino", "born on 4 May 1980 in Surhuizum". One to four
// capitalised words, joined by the particles of place names ("Mendes do Galho", "Castiglione
// della Pescaia"); a first word that is a function word, a month, a thing or an everyday word
// says the phrase meant something else ("based in March", "located in Settings").
bool PlaceAfterPhrase(std::string_view text, Match& m, const Policy&) {
  namespace n = names;
  auto capital_at = [&](size_t i) {
    return i < text.size() &&
           (ascii::IsUpper(text[i]) || static_cast<unsigned char>(text[i]) >= 0xC3);
  };
  constexpr std::string_view kParticles[] = {"de",  "del", "della", "di",  "do",  "da",
                                             "dos", "das", "du",    "des", "la",  "le",
                                             "sur", "am",  "an",    "der", "den", "upon"};
  const size_t begin = m.end - 1;  // the pattern ends at the place's capital
  size_t end = NameWordEnd(text, begin);
  if (end - begin < 3 || end - begin > 30) return false;
  // An everyday word at the start says the phrase meant something else; a known place or name,
  // or a word no list knows, is the place.
  constexpr uint32_t kNeverPlace =
      n::kFunction | n::kCalendar | n::kThing | n::kTitle | n::kLegalSuffix | n::kOrgKeyword;
  constexpr uint32_t kNotPlace = kNeverPlace | n::kCommon | n::kWord;
  const std::string_view first_word = text.substr(begin, end - begin);
  const uint32_t first = LexiconFlags(first_word);
  const bool lead = names::IsPlaceLead(first_word) && end + 1 < text.size() && text[end] == ' ' &&
                    capital_at(end + 1);
  if ((first & kNeverPlace) && !lead) return false;  // "New" is a function word too
  constexpr uint32_t kKnownPlace = n::kCity | n::kCountry | n::kRegion;
  if ((first & kNotPlace) && !lead && !(first & kKnownPlace)) return false;
  // "Moved to LPPL", "based in AWS": an unknown word in capitals is an acronym, not a town.
  bool capitals = true;
  for (char c : first_word) capitals &= !ascii::IsLower(c);
  if (capitals && !(first & kKnownPlace)) return false;
  // "Location: NSPoint", "city: CGFloat": a capital inside an unknown word is a type or a
  // product, not a town, unless a prefix of names puts it there ("O'Fallon", "McKinney",
  // "DeKalb", "LaSalle").
  if (!(first & kKnownPlace) && InnerCapital(first_word)) return false;
  for (int words = 1; words < 4; ++words) {
    size_t i = end;
    if (i >= text.size() || text[i] != ' ') break;
    ++i;
    size_t w = NameWordEnd(text, i);
    std::string_view word = text.substr(i, w - i);
    bool particle = false;
    for (std::string_view p : kParticles) particle |= word == p;
    if (particle) {
      if (w >= text.size() || text[w] != ' ' || !capital_at(w + 1)) break;
      i = w + 1;
      w = NameWordEnd(text, i);
      word = text.substr(i, w - i);
    }
    // "London Office", "Quarnvale Hospital": an everyday word ends the place.
    const uint32_t f = LexiconFlags(word);
    if (!capital_at(i) || w == i || (f & kNeverPlace) ||
        ((f & n::kCommon) && !(f & (n::kCity | n::kCountry | n::kRegion)))) {
      break;
    }
    end = w;
  }
  if (end < text.size() && (ascii::IsDigit(text[end]) || text[end] == '@')) return false;
  // A possessive ends the place: "in Lauraville's harbour".
  if (end >= begin + 2 && text[end - 2] == '\'' && text[end - 1] == 's') end -= 2;
  m.begin = begin;
  m.end = end;
  return true;
}

// A capital at i: A-Z, or the lead byte of a Latin-1 letter in UTF-8 (À-ÿ; a capital as often).
bool LatinCapitalAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[i]);
  return ascii::IsUpper(text[i]) || (lead >= 0xC3 && lead <= 0xC5);
}

// The pattern ends at the label's colon: words and a colon are literals, which vectorscan finds
// fast (the place's capital in the pattern cost the scan 10 %). The place is read after blanks
// and starts with a capital.
bool PlaceAfterLabel(std::string_view text, Match& m, const Policy& policy) {
  size_t i = m.end;
  while (i < text.size() && i - m.end < 4 && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (!LatinCapitalAt(text, i)) return false;
  m.end = i + 1;
  return PlaceAfterPhrase(text, m, policy);
}

// A town after "Location:" or "Venue:", unless the words after the label name a meeting service,
// a room or a building ("Location: Webex", "Venue: Boardroom 2", "Location: Sheraton Hotel").
bool PlaceAfterVenueLabel(std::string_view text, Match& m, const Policy& policy) {
  constexpr std::string_view kNotTowns[] = {
      "online", "webex",   "skype",   "zoom",    "teams",   "meet",      "hangouts", "gotomeeting",
      "slack",  "discord", "jitsi",   "whereby", "virtual", "remote",    "tbd",      "tba",
      "tbc",    "n/a",     "various", "hybrid",  "room",    "boardroom", "building", "floor",
      "office", "hotel",   "hall",    "centre",  "center",  "suite",     "campus",   "auditorium",
      "lobby",  "see",     "same",    "onsite",  "on-site", "offsite",   "off-site"};
  size_t line_end = text.find('\n', m.end);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string lower = ascii::Lower(text.substr(m.end, std::min(line_end - m.end, size_t{80})));
  for (char& c : lower) {
    if (!ascii::IsAlnum(c) && c != '/' && c != '-' && c != ':') c = ' ';
  }
  for (size_t i = 0; i < lower.size();) {
    while (i < lower.size() && lower[i] == ' ') ++i;
    size_t j = lower.find(' ', i);
    if (j == std::string::npos) j = lower.size();
    std::string_view word = std::string_view(lower).substr(i, j - i);
    for (std::string_view never : kNotTowns) {
      if (word == never) return false;
    }
    i = j;
  }
  return PlaceAfterLabel(text, m, policy);
}

// A cell under a town's column: the whole cell when it starts as a place does (PlaceAfterPhrase's
// rules for the first word: no everyday word, month or acronym), lower-case words after it
// included ("San Giovanni in Fiore" is one town).
bool TownCell(std::string_view text, Match& m, const Policy& policy) {
  if (!validators::TrimBlanks(text, m) || m.end - m.begin > 60) return false;
  if (!LatinCapitalAt(text, m.begin)) return false;
  if (text.substr(m.begin, m.end - m.begin).find('\n') != std::string_view::npos) return false;
  const size_t cell_end = m.end;
  m.end = m.begin + 1;
  if (!PlaceAfterPhrase(text, m, policy)) return false;
  bool words_only = true;
  for (size_t i = m.end; i < cell_end; ++i) {
    const char c = text[i];
    words_only &= ascii::IsLetterByte(c) || c == ' ' || c == '\'' || c == '-';
  }
  if (words_only) m.end = cell_end;
  return true;
}

std::span<const PatternRecognizer> Build() {
  static const PatternRecognizer recognizers[] = {
      {.id = "location_phrase",
       .type = Entity::LOCATION,
       .regex = R"(\b(?i:(?:lives?|living|lived|resides?|residing|resident|based|located|)"
                R"(headquartered|raised|grew up|settled|born|born (?:on|at|near) [^\n]{4,24}) in|)"
                R"((?:moved|moving|relocated|relocating|emigrated|travell?ed|flew|commutes?) )"
                R"((?:to|from)|native of) [A-Z\xC3-\xC5])",
       .score = 0.7f,
       .validate = PlaceAfterPhrase},
      // A form's label that only a town follows: "City: Bancroft", "Place of birth: Surhuizum".
      // "Location" and "Venue" are read apart (location_venue_label).
      {.id = "location_label",
       .type = Entity::LOCATION,
       .regex = R"(\b(?:city|town|village|municipality|hometown|home town|birthplace|)"
                R"(place of birth|city of birth|town of birth|wohnort|geburtsort|ville|)"
                R"(lieu de naissance|ciudad|localidad|lugar de nacimiento|citt\xC3\xA0|comune|)"
                R"(cidade|woonplaats|plaats) ?:)",
       .score = 0.7f,
       .validate = PlaceAfterLabel,
       .caseless = true},
      // "Location:" and "Venue:" are followed by towns, and as often by rooms, buildings, hotels
      // and meeting services: a town less surely, and never a word of those (PlaceAfterVenueLabel).
      {.id = "location_venue_label",
       .type = Entity::LOCATION,
       .regex = R"(\b(?:location|venue|meeting place|ort|lieu|luogo|lugar) ?:)",
       .score = 0.6f,
       .validate = PlaceAfterVenueLabel,
       .caseless = true},
      // The second place of "moved from X to Y": a pattern of its own, since the engine keeps
      // one match per pattern and start.
      {.id = "location_phrase_to",
       .type = Entity::LOCATION,
       .regex = R"(\b(?i:(?:moved|moving|relocated|relocating|emigrated|travell?ed|flew) from) )"
                R"([^\n]{3,40} (?i:to) [A-Z\xC3-\xC5])",
       .score = 0.7f,
       .validate = PlaceAfterPhrase},
      {.id = "location_cell",
       .type = Entity::LOCATION,
       .regex = {},
       .score = 0.75f,
       .validate = TownCell,
       .context = kTownWords,
       .context_score = 0.75f,
       .context_required = true,
       .hint_only = true},
  };
  return recognizers;
}

}  // namespace

std::span<const PatternRecognizer> Places() {
  return Build();
}

}  // namespace deskbench::recognizers
