// Personal details: dates of birth, medical record numbers and postal addresses. Dates and record
// numbers look like any other date or number, so they are found after their keyword ("DOB",
// "MRN") or in a column whose header names them. A street address is found by its street-type
// word ("Street", "Ave", "Road"...), a plain word list vectorscan searches fast; the validator
// then reads the house number and street name before it and the unit, town and postcode after.

#include <span>
#include <string>
#include <string_view>

#include "core/ascii.h"
#include "detect/context.h"
#include "detect/names/cues.h"
#include "detect/names/lexicon.h"
#include "detect/recognizers/groups.h"
#include "detect/recognizers/name_words.h"
#include "detect/validators/address_line.h"
#include "detect/validators/addresses.h"
#include "detect/validators/addresses_eu.h"
#include "detect/validators/anchored.h"
#include "detect/validators/dates.h"
#include "detect/validators/id_span.h"

namespace deskbench::recognizers {

namespace {

using validators::AfterKeyword;
using validators::StandaloneAt;
using validators::WholeCell;

// Every context word is searched for around every candidate, so the list is kept short: "zip"
// also finds "zip code", "postal" "postal code", "lives" "lives at".
constexpr std::string_view kAddressWords[] = {"address",  "addr",    "lives",   "resides",
                                              "residing", "mailing", "ship to", "deliver to",
                                              "postcode", "postal",  "zip",     "home"};
constexpr float kAddressContextScore = 0.9f;
// Headers of columns (and keys) that hold a whole postal address.
constexpr std::string_view kAddressColumns[] = {"address",   "addr",      "anschrift", "adresse",
                                                "direccion", "indirizzo", "adres",     "endereco",
                                                "domicilio", "street",    "mailing",   "postal"};

bool ValidBirthDate(std::string_view text, Match& m, const Policy&) {
  // Computed once: a scan that runs across midnight may use yesterday's date, which is harmless.
  static const validators::Ymd today = validators::Today();
  return StandaloneAt(text, m.begin, m.end, false) &&
         validators::PlausibleBirthDate(text.substr(m.begin, m.end - m.begin), today);
}

// "Born on 31 Jan 1980": the date starts at its first digit, or at a month name just before it.
bool DateAfterKeyword(std::string_view text, Match& m, const Policy& policy) {
  size_t digit = m.begin;
  while (digit < m.end && !ascii::IsDigit(text[digit])) ++digit;
  if (digit == m.end) return false;
  size_t gap = digit;
  while (gap > m.begin && (text[gap - 1] == ' ' || text[gap - 1] == '.' || text[gap - 1] == ',' ||
                           text[gap - 1] == '-')) {
    --gap;
  }
  size_t word = gap;
  while (word > m.begin && ascii::IsAlpha(text[word - 1])) --word;
  bool month_first = word < gap && validators::MonthFromName(text.substr(word, gap - word)) != 0;
  m.begin = month_first ? word : digit;
  return ValidBirthDate(text, m, policy);
}

// "31 Jan 1980 (date of birth)": every written date form ends with its last digit.
bool DateBeforeKeyword(std::string_view text, Match& m, const Policy& policy) {
  while (m.end > m.begin && !ascii::IsDigit(text[m.end - 1])) --m.end;
  return m.end > m.begin && ValidBirthDate(text, m, policy);
}

bool ValidRecordNumber(std::string_view text, Match& m, const Policy&) {
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  validators::CompactId id(s);
  size_t n = id.view().size();
  if (n < 6 || n > 12 || !StandaloneAt(text, m.begin, m.end, false) ||
      validators::AllSameDigit(id.view())) {
    return false;
  }
  // "Chart 2023-2024": a range of years is no record number.
  bool years = s.size() == 9 && s[4] == '-' && (s.starts_with("19") || s.starts_with("20")) &&
               (s.substr(5).starts_with("19") || s.substr(5).starts_with("20"));
  return !years;
}

bool ValidStreetAddress(std::string_view text, Match& m, const Policy&) {
  size_t start = validators::StreetAddressStart(text, m.begin + 1);
  if (start == std::string_view::npos || validators::IsCopyrightYears(text, start)) return false;
  m.begin = start;
  if (!StandaloneAt(text, m.begin, m.end, false)) return false;
  m.end = validators::ExtendStreetAddress(text, m.end);
  m.score = validators::StreetAddressScore(text.substr(m.begin, m.end - m.begin));
  // Looked for here rather than by the engine, and only when it can still change the score:
  // street words are common in office text and every context search costs a scan of the window.
  if (m.score < kAddressContextScore && HasContext(text, m.begin, m.end, {}, kAddressWords)) {
    m.score = kAddressContextScore;
  }
  // Years for a house number take a unit, a ZIP code or a postcode, or address context.
  return m.score >= 0.8f || !validators::StartsWithYearRange(text.substr(m.begin));
}

// A USPS suffix that is also a word ("Tyler Burgs", "Mill Creek Crossing"): an address only with
// a unit or a town, state and ZIP code after it.
bool ValidUspsStreetAddress(std::string_view text, Match& m, const Policy& policy) {
  const size_t type_end = m.end;
  if (!ValidStreetAddress(text, m, policy)) return false;
  return m.end > type_end &&
         validators::StreetAddressScore(text.substr(m.begin, m.end - m.begin)) >= 0.8f;
}

bool ValidPostcode(std::string_view text, Match& m, const Policy&) {
  return StandaloneAt(text, m.begin, m.end, false) &&
         validators::UkPostcodeValid(text.substr(m.begin, m.end - m.begin));
}

// "Postcode: SW1A 2AA": the postcode is the last token, or the last two when written spaced.
bool PostcodeAfterKeyword(std::string_view text, Match& m, const Policy& policy) {
  if (!validators::NarrowToLastToken(text, m)) return false;
  if (m.begin > 1 && text[m.begin - 1] == ' ') {
    size_t outward = m.begin - 1;
    while (outward > 0 && ascii::IsAlnum(text[outward - 1])) --outward;
    Match spaced{outward, m.end, m.score};
    if (ValidPostcode(text, spaced, policy)) {
      m = spaced;
      return true;
    }
  }
  return ValidPostcode(text, m, policy);
}

// "ZIP code 94105", "PIN code 560 001", "Postcode 1865 CQ": the code is the last token, or the last
// two where the code is written in two parts.
bool PostalCodeAfterKeyword(std::string_view text, Match& m, const Policy&) {
  if (!validators::NarrowToLastToken(text, m)) return false;
  const std::string_view last = text.substr(m.begin, m.end - m.begin);
  if (m.begin > 1 && text[m.begin - 1] == ' ' && last.size() <= 3) {
    size_t first = m.begin - 1;
    while (first > 0 && ascii::IsAlnum(text[first - 1])) --first;
    const size_t len = m.begin - 1 - first;
    const bool digits = ascii::AllDigits(text.substr(first, len));
    // "560 001", "1865 CQ", "K1A 0B1".
    if ((digits && len == 3 && ascii::AllDigits(last)) ||
        (digits && len == 4 && last.size() == 2 && ascii::IsAlpha(last[0])) ||
        (len == 3 && last.size() == 3 && ascii::IsAlpha(text[first]) && ascii::IsDigit(last[0]))) {
      m.begin = first;
    }
  }
  return StandaloneAt(text, m.begin, m.end, false);
}

// A cell under a postal code's column holds the code alone.
bool PostalCodeCell(std::string_view text, Match& m, const Policy&) {
  return validators::TrimBlanks(text, m);
}

bool ValidZipPlus4(std::string_view text, Match& m, const Policy&) {
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  return StandaloneAt(text, m.begin, m.end, false) && s.substr(0, 5) != "00000";
}

// "London EC2N 4AJ", "Leeds, LS1 4DY": a town, then a postcode written with its space. The town
// is the context; the finding is the postcode.
bool PostcodeAfterTown(std::string_view text, Match& m, const Policy& policy) {
  if (!ValidPostcode(text, m, policy)) return false;
  // The town before it: a capitalised word, then a blank or a comma and a blank.
  size_t i = m.begin;
  if (i < 2 || text[i - 1] != ' ') return false;
  --i;
  if (text[i - 1] == ',') --i;
  size_t word = i;
  while (word > 0 && ascii::IsLower(text[word - 1])) --word;
  return word < i && word > 0 && ascii::IsUpper(text[word - 1]) &&
         (word == 1 || !ascii::IsAlnum(text[word - 2]));
}

bool StreetSuffixAddress(std::string_view text, Match& m, const Policy&) {
  return validators::StreetSuffixAddress(text, m);
}
bool NumberTypeNameAddress(std::string_view text, Match& m, const Policy&) {
  return validators::NumberTypeNameAddress(text, m);
}
bool TypeNameNumberAddress(std::string_view text, Match& m, const Policy&) {
  return validators::TypeNameNumberAddress(text, m);
}
bool NamedStreetPostcodeAddress(std::string_view text, Match& m, const Policy&) {
  return validators::NamedStreetPostcodeAddress(text, m);
}

// A US Medicare Beneficiary Identifier ("1EG4-TE5-MK73"): the pattern fixes every position. Written
// with its two dashes it is one; without them it could be any code, so a word must say so.
constexpr std::string_view kMbiWords[] = {"medicare", "mbi", "beneficiary", "hicn", "member id"};

bool ValidMbi(std::string_view text, Match& m, const Policy&) {
  if (!StandaloneAt(text, m.begin, m.end, false)) return false;
  if (text.substr(m.begin, m.end - m.begin).find('-') != std::string_view::npos) return true;
  return HasContext(text, m.begin, m.end, {}, kMbiWords);
}

// "my name is keisha washington": who introduces themselves names themselves, in chats and
// transcripts often in lower case, which the name finder (capitalised words) does not read. The
// first word must be a given name (a surname after "surname is"), and no everyday word; a second
// word joins it when it is a surname or a word no list knows.
bool NameAfterIntroduction(std::string_view text, Match& m, const Policy&) {
  namespace n = names;
  constexpr uint32_t kNotName = n::kCommon | n::kAmbiguous | n::kWord | n::kFunction |
                                n::kCalendar | n::kCountry | n::kRegion | n::kThing | n::kTitle |
                                n::kConnector;
  // The pattern is "name is " alone (rarer than "my ", so cheaper to look for): "my", and the
  // kind of name, come before it.
  auto before = [&](size_t at, std::string_view word) {
    return at >= word.size() &&
           ascii::EqualsIgnoreCase(text.substr(at - word.size(), word.size()), word);
  };
  size_t b = m.begin;
  bool surname_first = false;
  if (before(b, "sur")) {
    b -= 3;
    surname_first = true;
  } else {
    for (std::string_view kind : {"full ", "first ", "last "}) {
      if (!before(b, kind)) continue;
      b -= kind.size();
      surname_first = kind == "last ";
      break;
    }
  }
  if (!before(b, "my ") || (b > 3 && ascii::IsAlnum(text[b - 4]))) return false;
  size_t first = m.end;
  size_t first_end = NameWordEnd(text, first);
  if (first_end == first || first_end - first > 30) return false;
  // A surname may be a place or a word too ("washington", "baker"); a given name may not ("my
  // name is will"). A word no list knows is a name the lists lack ("xochitl"), less surely.
  constexpr uint32_t kNeverSurname =
      n::kFunction | n::kCalendar | n::kThing | n::kTitle | n::kConnector;
  uint32_t f = LexiconFlags(text.substr(first, first_end - first));
  if (f == 0) {
    m.score = 0.7f;
  } else if (surname_first ? !(f & n::kSurname) || (f & kNeverSurname)
                           : !(f & n::kFirst) || (f & kNotName)) {
    return false;
  }
  size_t end = first_end;
  if (!surname_first && first_end + 1 < text.size() && text[first_end] == ' ') {
    size_t second_end = NameWordEnd(text, first_end + 1);
    if (second_end > first_end + 1) {
      uint32_t g = LexiconFlags(text.substr(first_end + 1, second_end - first_end - 1));
      if ((g & n::kSurname) ? !(g & kNeverSurname) : !(g & kNotName)) end = second_end;
    }
  }
  m.begin = first;
  m.end = end;
  return true;
}

// "Address: 133 Robinson Walk, Chelseaborough, TF3A 5UN": a form's address field, the rest of
// its line up to the next label, whatever words the street and town are written in. "IP address:"
// and the like name a machine's address (and their values fail the shape anyway).
bool AddressAfterLabel(std::string_view text, Match& m, const Policy&) {
  char buf[16];
  if (validators::MachineAddressWord(names::PrevWord(text, m.begin, buf, sizeof buf, false))) {
    return false;
  }
  size_t b = m.end;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\t')) ++b;
  const size_t e = validators::AddressValueEnd(text, b);
  if (!validators::AddressLineShape(text.substr(b, e - b))) return false;
  m.begin = b;
  m.end = e;
  return true;
}

// A cell under an address column: the whole cell, its lines included (no pattern: the engine
// gives the whole segment when the hint names an address).
bool AddressCell(std::string_view text, Match& m, const Policy&) {
  return validators::TrimBlanks(text, m) &&
         validators::AddressLineShape(text.substr(m.begin, m.end - m.begin));
}

// "PO Box 1234, Springfield, IL 62704": the town and code after the box are the address too.
bool ValidPoBox(std::string_view text, Match& m, const Policy&) {
  if (!StandaloneAt(text, m.begin, m.end, false)) return false;
  m.end = validators::ExtendStreetAddress(text, m.end);
  return true;
}

constexpr std::string_view kBirthWords[] = {
    "born",          "birth",    "dob",          "d.o.b",
    "date of birth", "birthday", "birthdate",    "birth date",
    "geb",           "geboren",  "geburtsdatum", "nacimiento",
    "nascita",       "né",       "née",          "date de naissance",
    "geboortedatum", "nacido",   "nacida",       "nascimento",
    "nascido",       "nascida",  "födelsedatum", "fødselsdato",
    "født",          "född",     "syntymäaika",  "syntynyt"};
constexpr std::string_view kRecordWords[] = {
    "mrn", "mrn#", "medical record", "medical record number", "patient id", "patient number",
    "patient no", "patient #", "chart number", "chart no", "chart #", "hospital number",
    "hospital no", "health record", "record number",
    // Column-header and key spellings ("medical_record_number", "patientId").
    "medical_record", "medicalrecordnumber", "patient_id", "patientid", "patient_number",
    "patient_no", "hospital_number", "hospital_no", "health_record", "record_number",
    "chart_number", "chart_no"};
// Keywords that start the keyword-anchored patterns (validators/anchored.h).
constexpr std::string_view kRecordKeywords[] = {
    "mrn", "medical record", "medical records", "patient", "patient record", "patient records",
    "chart no", "chart number", "chart #", "chart id", "hospital number", "hospital no",
    "hospital id", "health record", "emr", "ehr",
    // Health plan beneficiary numbers (HIPAA's list).
    "member id", "member number", "subscriber id", "subscriber number", "medicaid id",
    "medicaid number", "insurance id", "beneficiary id",
    // The same in the gazetteers' other languages: German, French, Spanish, Italian, Dutch.
    "patientennummer", "patienten-id", "patientenid", "fallnummer", "dossier patient",
    "dossier médical", "historia clínica", "nhc", "cartella clinica", "patiëntnummer",
    "numero paziente"};
constexpr std::string_view kRecordValue = R"((?:[A-Z]{1,3}-?)?\d{5,10}[A-Z]?|\d{2,4}-\d{3,8})";
// Written before a date; "d.o.b." and "geb." end in a dot, the others are whole words (Swedish,
// Danish and Norwegian, Finnish and Italian ones too: "Födelsedatum", "født", "syntymäaika",
// "nato il").
constexpr std::string_view kBirthKeywordRegex =
    R"((?:\b(?:born|birth|birthday|birthdate|dob|geboren|geburtsdatum|geboortedatum|nacimiento|)"
    R"(nacid[oa]|nascita|nascimento|nascid[oa]|naissance|f\xC3\xB6delsedatum|f\xC3\xB6dd|)"
    R"(f\xC3\xB8dselsdato|f\xC3\xB8dt|syntym\xC3\xA4aika|syntynyt|(?-i:[Nn]at[oa] il))\b|)"
    R"(\bd\.o\.b\.?|\bgeb\.|\bn\xC3\xA9e?[ ,]))";

constexpr std::string_view kPostcodeKeywords[] = {"postcode", "post code", "postal code",
                                                  "postcodes"};
// Words naming a postal code of any country, and the codes of digits (and the Dutch and Canadian
// ones) they name: "ZIP code 94105", "PLZ 10115", "CEP 01310-200", "PIN code 560 001".
constexpr std::string_view kPostalCodeKeywords[] = {"zip:",
                                                    "zip code",
                                                    "zipcode",
                                                    "postal code",
                                                    "postcode",
                                                    "post code",
                                                    "postleitzahl",
                                                    "plz",
                                                    "code postal",
                                                    "codigo postal",
                                                    "c\xC3\xB3"
                                                    "digo postal",
                                                    "cep",
                                                    "pin code",
                                                    "pincode"};
// The same as column headers, where a bare "ZIP" names the column ("zip" in a sentence is as
// often the archive).
constexpr std::string_view kPostalCodeColumns[] = {
    "zip",          "zipcode",     "postal code", "postcode", "plz",
    "postleitzahl", "code postal", "cep",         "pincode",  "pin code"};
constexpr std::string_view kPostalCode =
    "(?:[0-9]{5}(?:-[0-9]{4}|-[0-9]{3})?|[0-9]{4}(?: ?[A-Z]{2})?|[0-9]{6}|[0-9]{3} [0-9]{3}|"
    "[0-9]{2}-[0-9]{3}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])";

constexpr std::string_view kMonth =
    "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
// German, French, Spanish, Italian, Dutch and Portuguese names (validators::MonthFromName), in
// the day-first form only: the one those languages write, and each form multiplies the pattern.
constexpr std::string_view kForeignMonth =
    "(?:januar[iy]?|janvier|enero|gennaio|janeiro|februar[iy]?|f\xC3\xA9vrier|fevrier|febrero|"
    "febbraio|fevereiro|m\xC3\xA4rz|maerz|mars|marzo|maart|mar\xC3\xA7o|marco|avril|abril|"
    "aprile|mai|mayo|maggio|mei|maio|juni|juin|junio|giugno|junho|juli|juillet|julio|luglio|julho|"
    "ao\xC3\xBBt|aout|agosto|augustus|septembre|septiembre|setiembre|settembre|setembro|"
    "oktober|octobre|octubre|ottobre|outubro|novembre|noviembre|novembro|dezember|"
    "d\xC3\xA9"
    "cembre|decembre|diciembre|dicembre|dezembro)";

std::string BirthDateRegex() {
  std::string month(kMonth);
  std::string any_month = "(?:" + month + "|" + std::string(kForeignMonth) + ")";
  return std::string(R"(\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b)") +
         R"(|\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b)" +
         R"(|\b\d{1,2}(?:st|nd|rd|th)?\.?(?: of| de)?[ -])" + any_month +
         R"(\.?,?(?: de)?[ -](?:19|20)\d{2}\b)" + R"(|\b\d{1,2}-)" + month + R"(-\d{2}\b)" +
         R"(|\b)" + month + R"(\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}\b)";
}

// Street-type words, as written in title case, upper case and abbreviated. Words that are as
// often part of a name ("Park", "Hill", "Green") are left out: they would make "2019 Central Park"
// an address.
constexpr std::string_view kStreetTypes[] = {
    "Street",     "St",   "Avenue",  "Ave",     "Av",      "Road", "Rd",      "Boulevard",
    "Blvd",       "Lane", "Ln",      "Drive",   "Dr",      "Way",  "Court",   "Ct",
    "Place",      "Pl",   "Terrace", "Ter",     "Parkway", "Pkwy", "Highway", "Hwy",
    "Circle",     "Cir",  "Square",  "Sq",      "Trail",   "Trl",  "Alley",   "Close",
    "Crescent",   "Cres", "Grove",   "Gardens", "Gdns",    "Mews", "Plaza",   "Pike",
    "Expressway", "Expy", "Freeway", "Fwy",     "Loop"};

// Continental street types (validators/addresses_eu.h). German, Dutch, the Nordic languages and
// Finnish end the name's word or follow it ("Musterstraße 12", "Lundevej 46B", "Holmbergs Gata
// 48", "Mannerheiminkatu 5"), as Turkish and Hungarian do ("Mevlana Sokak 99", "Váci utca 1");
// French comes after the number ("12 rue de la Paix"); Spanish, Italian and Portuguese come first
// ("Calle Mayor 12", "Via Roma 5").
constexpr std::string_view kStreetSuffixRegex =
    R"((?:stra(?:\xc3\x9f|ss)e|str\.|gasse|weg|allee|platz|damm|ufer|chaussee|straat|laan|gracht|)"
    R"(plein|kade|steeg|dijk|dreef|baan|singel|vej|vei|veien|gade|gata|gatan|v\xc3\xa4gen|)"
    R"(gr\xc3\xa4nd|katu|kuja|polku|raitti|sokak|caddesi|utca) \d)";
constexpr std::string_view kNumberTypeRegex =
    R"(\b\d{1,4}(?: ?bis| ?ter|[a-z])?,? (?:rue|avenue|av\.|boulevard|bd|place|chemin|)"
    R"(all(?:\xc3\xa9|e)e|impasse|quai|route|cours|faubourg|passage) )";
constexpr std::string_view kTypeFirstRegex =
    R"(\b(?:Calle|C/|Avenida|Avda\.|Paseo|Plaza|Carrer|Camino|Ronda|Rambla|Via|Viale|Piazza|)"
    R"(Piazzale|Corso|Largo|Vicolo|Rua|Travessa|Contrada|Strada|Borgo|Salita|Lungomare|Pasaje|)"
    R"(Pasadizo|Callej\xc3\xb3n|Carretera|Traves\xc3\xada|Glorieta|Alameda|Bulevar|Avinguda|)"
    R"(Passeig|Estrada|Pra\xc3\xa7a|C\. de|C\. del|Av\. de|Av\. del|Pl\. de|Pl\. del) )";

// The end of a house number, a comma and the start of a postal code: "4, 08" of "824, 08550
// Pori". The validator reads the number back, the code ("08550", "137 69", "66-332") and the
// town after it, and the street's name before. One width, so vectorscan need not track where
// matches start (detect/engine.cc): with a start to track, the pattern cost the scan 10 %.
constexpr std::string_view kNumberPostcodeRegex = R"([0-9A-Za-z], \d\d)";

constexpr std::string_view kUkPostcodeSpaced =
    "(?:[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]"
    ") [0-9][ABD-HJLNP-UW-Z]{2})";
constexpr std::string_view kUkPostcode =
    "(?:[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]"
    ")"
    " ?[0-9][ABD-HJLNP-UW-Z]{2}|GIR ?0AA)";

// The street-type word alone: a plain word list that vectorscan's literal matcher finds fast.
// The validator reads the house number and street name before it, and what follows it.
// The rest of the USPS street suffixes (Publication 28, appendix C1): most are also words or parts
// of names ("Park", "Hill", "Spring"), so an address ending in one is reported only with a unit or
// a town, state and ZIP code after it ("8422 Tyler Burgs Apt. 233, Port Jessica, NC 04012").
// So are the road types of Australia and New Zealand (AS/NZS 4819) and Britain that USPS lacks,
// with a state and postcode or a postcode after them ("45 Timothy Frontage, North Caleb, WA 2661").
constexpr std::string_view kUspsStreetTypes[] = {
    "Amble",   "Brae",       "Circuit",   "Concourse", "Esplanade", "Foreshore",  "Frontage",
    "Glade",   "Grange",     "Nook",      "Outlook",   "Parade",    "Promenade",  "Quay",
    "Ramble",  "Rise",       "Vale",      "Wharf",     "Wynd",      "Annex",      "Arcade",
    "Bayou",   "Beach",      "Bend",      "Bluff",     "Bluffs",    "Bottom",     "Branch",
    "Bridge",  "Brook",      "Brooks",    "Burg",      "Burgs",     "Bypass",     "Camp",
    "Canyon",  "Cape",       "Causeway",  "Center",    "Centers",   "Cliff",      "Cliffs",
    "Club",    "Common",     "Commons",   "Corner",    "Corners",   "Course",     "Cove",
    "Coves",   "Creek",      "Crest",     "Crossing",  "Crossroad", "Curve",      "Dale",
    "Dam",     "Divide",     "Estate",    "Estates",   "Extension", "Extensions", "Fall",
    "Falls",   "Ferry",      "Field",     "Fields",    "Flat",      "Flats",      "Ford",
    "Fords",   "Forest",     "Forge",     "Forges",    "Fork",      "Forks",      "Fort",
    "Garden",  "Gateway",    "Glen",      "Glens",     "Green",     "Greens",     "Harbor",
    "Harbors", "Haven",      "Heights",   "Hill",      "Hills",     "Hollow",     "Inlet",
    "Island",  "Islands",    "Isle",      "Junction",  "Junctions", "Key",        "Keys",
    "Knoll",   "Knolls",     "Lake",      "Lakes",     "Land",      "Landing",    "Light",
    "Lights",  "Loaf",       "Lock",      "Locks",     "Lodge",     "Mall",       "Manor",
    "Manors",  "Meadow",     "Meadows",   "Mill",      "Mills",     "Mission",    "Motorway",
    "Mount",   "Mountain",   "Mountains", "Neck",      "Orchard",   "Oval",       "Overpass",
    "Park",    "Parks",      "Pass",      "Passage",   "Path",      "Pine",       "Pines",
    "Plain",   "Plains",     "Point",     "Points",    "Port",      "Ports",      "Prairie",
    "Radial",  "Ramp",       "Ranch",     "Rapid",     "Rapids",    "Rest",       "Ridge",
    "Ridges",  "River",      "Route",     "Row",       "Rue",       "Run",        "Shoal",
    "Shoals",  "Shore",      "Shores",    "Skyway",    "Spring",    "Springs",    "Spur",
    "Spurs",   "Station",    "Stravenue", "Stream",    "Summit",    "Throughway", "Trace",
    "Track",   "Trafficway", "Tunnel",    "Turnpike",  "Underpass", "Union",      "Unions",
    "Valley",  "Valleys",    "Viaduct",   "View",      "Views",     "Village",    "Villages",
    "Ville",   "Vista",      "Walk",      "Walks",     "Wall",      "Well",       "Wells"};

std::string StreetTypeRegex(std::span<const std::string_view> kinds) {
  std::string types;
  for (std::string_view t : kinds) {
    if (!types.empty()) types += '|';
    types += t;
    types += '|';
    types += ascii::Upper(t);
  }
  // The leading space makes every literal at least three bytes long, which vectorscan's literal
  // matcher handles several times faster than "St" or "Dr" alone.
  return R"( (?:)" + types + R"()\b)";
}

std::span<const PatternRecognizer> Build() {
  static const std::string date = "(?:" + BirthDateRegex() + ")";
  static const std::string date_after_keyword =
      std::string(kBirthKeywordRegex) + R"([^0-9\n]{0,40})" + date;
  static const std::string date_before_keyword =
      date + R"([^0-9\n]{0,16})" + std::string(kBirthKeywordRegex);
  // A short cell ending in a digit; the validator reads it as a date. The date pattern itself,
  // anchored, slows the whole database down several times over.
  static const std::string date_cell =
      validators::WholeSegment(R"([0-9A-Za-z][0-9A-Za-z ,./-]{5,28}[0-9])");
  static const std::string record_kw = validators::KeywordThenValue(kRecordKeywords, kRecordValue);
  static const std::string record_cell = validators::WholeSegment(kRecordValue);
  static const std::string street = StreetTypeRegex(kStreetTypes);
  static const std::string usps_street = StreetTypeRegex(kUspsStreetTypes);
  static const std::string postcode_kw =
      validators::KeywordThenValue(kPostcodeKeywords, kUkPostcode);
  static const std::string postcode_cell = validators::WholeSegment(kUkPostcode);
  // Anchored on the postcode written with its space, the most selective part; the validator reads
  // the town before it.
  static const std::string postcode_town =
      std::string(R"(\b)") + std::string(kUkPostcodeSpaced) + R"(\b)";
  static const std::string postal_code_kw =
      validators::KeywordThenValue(kPostalCodeKeywords, kPostalCode);
  static const std::string postal_code_cell = validators::WholeSegment(kPostalCode);
  static const PatternRecognizer recognizers[] = {
      {.id = "date_of_birth_after_keyword",
       .type = Entity::DATE_OF_BIRTH,
       .regex = date_after_keyword,
       .score = 0.95f,
       .validate = DateAfterKeyword,
       .caseless = true},
      {.id = "date_of_birth_before_keyword",
       .type = Entity::DATE_OF_BIRTH,
       .regex = date_before_keyword,
       .score = 0.95f,
       .validate = DateBeforeKeyword,
       .caseless = true},
      {.id = "date_of_birth_cell",
       .type = Entity::DATE_OF_BIRTH,
       .regex = date_cell,
       .score = 0.95f,
       .validate = WholeCell<ValidBirthDate>,
       .context = kBirthWords,
       .context_score = 0.95f,
       .context_required = true,
       .caseless = true},
      {.id = "medical_record_number_keyword",
       .type = Entity::MEDICAL_RECORD_NUMBER,
       .regex = record_kw,
       .score = 0.85f,
       .validate = AfterKeyword<ValidRecordNumber>,
       .caseless = true},
      {.id = "medical_record_number_cell",
       .type = Entity::MEDICAL_RECORD_NUMBER,
       .regex = record_cell,
       .score = 0.85f,
       .validate = WholeCell<ValidRecordNumber>,
       .context = kRecordWords,
       .context_score = 0.85f,
       .context_required = true,
       .caseless = true},
      {.id = "us_medicare_mbi",
       .type = Entity::MEDICAL_RECORD_NUMBER,
       .regex =
           R"(\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9])"
           R"(\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b)",
       .score = 0.8f,
       .validate = ValidMbi,
       .context = kMbiWords,
       .context_score = 0.95f},
      {.id = "street_address",
       .type = Entity::STREET_ADDRESS,
       .regex = street,
       .score = 0.6f,
       .validate = ValidStreetAddress},
      {.id = "person_name_intro",
       .type = Entity::PERSON,
       .regex = R"(name(?: is|'s|\xE2\x80\x99s) )",
       .score = 0.85f,
       .validate = NameAfterIntroduction,
       .caseless = true},
      {.id = "street_address_usps",
       .type = Entity::STREET_ADDRESS,
       .regex = usps_street,
       .score = 0.8f,
       .validate = ValidUspsStreetAddress},
      {.id = "street_address_suffix",
       .type = Entity::STREET_ADDRESS,
       .regex = kStreetSuffixRegex,
       .score = 0.75f,
       .validate = StreetSuffixAddress,
       .caseless = true},
      {.id = "street_address_number_first",
       .type = Entity::STREET_ADDRESS,
       .regex = kNumberTypeRegex,
       .score = 0.75f,
       .validate = NumberTypeNameAddress,
       .caseless = true},
      {.id = "street_address_type_first",
       .type = Entity::STREET_ADDRESS,
       .regex = kTypeFirstRegex,
       .score = 0.75f,
       .validate = TypeNameNumberAddress},
      {.id = "street_address_postcode_town",
       .type = Entity::STREET_ADDRESS,
       .regex = kNumberPostcodeRegex,
       .score = 0.8f,
       .validate = NamedStreetPostcodeAddress},
      {.id = "street_address_label",
       .type = Entity::STREET_ADDRESS,
       .regex = R"(\b(?:address|addr\.?|anschrift|adresse|direcci\xC3\xB3n|direccion|indirizzo|)"
                R"(adres|endere\xC3\xA7o|endereco|domicilio) ?:)",
       .score = 0.85f,
       .validate = AddressAfterLabel,
       .caseless = true},
      {.id = "street_address_cell",
       .type = Entity::STREET_ADDRESS,
       .regex = {},
       .score = 0.8f,
       .validate = AddressCell,
       .context = kAddressColumns,
       .context_score = 0.8f,
       .context_required = true,
       .hint_only = true},
      {.id = "po_box",
       .type = Entity::STREET_ADDRESS,
       .regex = R"(\b(?:P\.? ?O\.?|Post Office) Box \d{1,6}\b)",
       .score = 0.85f,
       .validate = ValidPoBox,
       .context = kAddressWords,
       .context_score = 0.9f,
       .caseless = true},
      {.id = "uk_postcode_keyword",
       .type = Entity::STREET_ADDRESS,
       .regex = postcode_kw,
       .score = 0.85f,
       .validate = PostcodeAfterKeyword,
       .caseless = true},
      {.id = "postal_code_keyword",
       .type = Entity::STREET_ADDRESS,
       .regex = postal_code_kw,
       .score = 0.85f,
       .validate = PostalCodeAfterKeyword,
       .caseless = true},
      {.id = "postal_code_cell",
       .type = Entity::STREET_ADDRESS,
       .regex = postal_code_cell,
       .score = 0.8f,
       .validate = PostalCodeCell,
       .context = kPostalCodeColumns,
       .context_score = 0.8f,
       .context_required = true,
       .caseless = true,
       .hint_only = true},
      {.id = "uk_postcode_after_town",
       .type = Entity::STREET_ADDRESS,
       .regex = postcode_town,
       .score = 0.8f,
       .validate = PostcodeAfterTown},
      {.id = "uk_postcode_cell",
       .type = Entity::STREET_ADDRESS,
       .regex = postcode_cell,
       .score = 0.85f,
       .validate = WholeCell<ValidPostcode>,
       .context = kPostcodeKeywords,
       .context_score = 0.85f,
       .context_required = true},
      {.id = "us_zip_plus4",
       .type = Entity::STREET_ADDRESS,
       .regex = R"(\b\d{5}-\d{4}\b)",
       .score = 0.7f,
       .validate = ValidZipPlus4,
       .context = kAddressWords,
       .context_score = 0.7f,
       .context_required = true},
  };
  return recognizers;
}

}  // namespace

std::span<const PatternRecognizer> Personal() {
  return Build();
}

}  // namespace deskbench::recognizers
