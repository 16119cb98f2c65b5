// Personal identity numbers of European countries: PESEL (PL), henkilötunnus (FI), NIR (FR),
// personnummer (SE), fødselsnummer (NO), national register number (BE), BSN (NL), CPR (DK) and
// the Rentenversicherungsnummer (DE). Each pattern has one width, so vectorscan tracks no start.
// A shape only these numbers have (a century sign, a letter amid digits, the official grouping)
// with a valid date and check scores high alone; a bare run of digits needs its word nearby or
// in the column's header: some number or other passes any one check.

#include "detect/validators/eu_ids.h"

#include <string_view>

#include "core/ascii.h"
#include "detect/recognizers/groups.h"
#include "detect/validators/id_span.h"

namespace deskbench::recognizers {

namespace {

using validators::AllSameDigit;
using validators::StandaloneAt;

// Below the default threshold: reported only when a context word lifts it to context_score.
constexpr float kNeedsContext = 0.3f;

// The candidate's letters (upper-cased) and digits, without the separators given; empty when
// anything else is in it or it is too long.
std::string_view Compact(std::string_view s, std::string_view separators, char (&buf)[24]) {
  size_t n = 0;
  for (char c : s) {
    if (separators.find(c) != std::string_view::npos) continue;
    if (!ascii::IsAlnum(c) || n == sizeof buf) return {};
    buf[n++] = ascii::ToUpper(c);
  }
  return {buf, n};
}

template <bool (*Check)(std::string_view)>
bool Valid(std::string_view text, Match& m, const Policy&) {
  const std::string_view s = text.substr(m.begin, m.end - m.begin);
  char buf[24];
  const std::string_view id = Compact(s, " .-+", buf);
  return !id.empty() && StandaloneAt(text, m.begin, m.end, s.find(' ') != s.npos) &&
         !AllSameDigit(id) && Check(id);
}

// The Finnish code keeps its century sign, which may be '-' or '+'.
bool ValidHetu(std::string_view text, Match& m, const Policy&) {
  const std::string_view s = text.substr(m.begin, m.end - m.begin);
  return StandaloneAt(text, m.begin, m.end, false) && validators::FiHetuValid(s);
}

constexpr std::string_view kPeselWords[] = {"pesel"};
constexpr std::string_view kHetuWords[] = {
    "henkilötunnus", "henkilotunnus", "hetu", "sotu", "personbeteckning", "personal identity code"};
constexpr std::string_view kNirWords[] = {
    "sécurité sociale", "securite sociale", "sécu",           "nir",   "insee",
    "carte vitale",     "social security",  "n° ss",          "no ss", "numero ss",
    "numéro ss",        "immatriculation",  "social_security"};
constexpr std::string_view kSePersonnummerWords[] = {
    "personnummer",   "personnr", "pnr", "samordningsnummer", "personal identity number",
    "personal number"};
constexpr std::string_view kNoFodselsnummerWords[] = {
    "fødselsnummer", "fodselsnummer", "foedselsnummer",          "fnr",
    "personnummer",  "d-nummer",      "national identity number"};
constexpr std::string_view kBeNationalNumberWords[] = {"rijksregisternummer",
                                                       "rijksregister",
                                                       "registre national",
                                                       "numéro national",
                                                       "numero national",
                                                       "national number",
                                                       "insz",
                                                       "niss",
                                                       "nationaal nummer",
                                                       "identificatienummer"};
constexpr std::string_view kBsnWords[] = {"bsn", "burgerservicenummer", "sofinummer", "sofi-nummer",
                                          "citizen service number"};
constexpr std::string_view kCprWords[] = {"cpr",        "cpr-nr",     "cpr nr",
                                          "cpr-nummer", "cpr nummer", "personnummer"};
constexpr std::string_view kSvnrWords[] = {"sozialversicherungsnummer",
                                           "rentenversicherungsnummer",
                                           "versicherungsnummer",
                                           "sv-nummer",
                                           "svnr",
                                           "rvnr",
                                           "sv-nr",
                                           "social security",
                                           "social_security"};

const PatternRecognizer kRecognizers[] = {
    {.id = "pl_pesel",
     .type = Entity::PL_PESEL,
     .regex = R"(\b\d{11}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::PlPeselValid>,
     .context = kPeselWords},
    {.id = "fi_personal_id",
     .type = Entity::FI_PERSONAL_ID,
     .regex = R"(\b\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b)",
     .score = 0.9f,
     .validate = ValidHetu,
     .context = kHetuWords},
    // "1 84 12 76 451 089 46", as the carte Vitale prints it; unspaced it needs its word.
    {.id = "fr_nir",
     .type = Entity::FR_NIR,
     .regex = R"(\b[1-478] \d\d \d\d (?:\d\d|2[AB]) \d{3} \d{3} \d\d\b)",
     .score = 0.9f,
     .validate = Valid<validators::FrNirValid>,
     .context = kNirWords},
    {.id = "fr_nir_compact",
     .type = Entity::FR_NIR,
     .regex = R"(\b[1-478]\d{4}(?:\d\d|2[AB])\d{8}\b)",
     .score = 0.45f,
     .validate = Valid<validators::FrNirValid>,
     .context = kNirWords},
    // With the century and a hyphen the shape is the personnummer's own; without either it is
    // a bank account's or a Danish CPR's too.
    {.id = "se_personnummer",
     .type = Entity::SE_PERSONNUMMER,
     .regex = R"(\b(?:19|20)\d{6}-\d{4}\b)",
     .score = 0.75f,
     .validate = Valid<validators::SePersonnummerValid>,
     .context = kSePersonnummerWords},
    {.id = "se_personnummer_short",
     .type = Entity::SE_PERSONNUMMER,
     .regex = R"(\b\d{6}[-+]\d{4}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::SePersonnummerValid>,
     .context = kSePersonnummerWords},
    {.id = "se_personnummer_digits",
     .type = Entity::SE_PERSONNUMMER,
     .regex = R"(\b(?:19|20)\d{10}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::SePersonnummerValid>,
     .context = kSePersonnummerWords},
    {.id = "no_fodselsnummer",
     .type = Entity::NO_FODSELSNUMMER,
     .regex = R"(\b\d{6} \d{5}\b)",
     .score = 0.75f,
     .validate = Valid<validators::NoFodselsnummerValid>,
     .context = kNoFodselsnummerWords},
    {.id = "no_fodselsnummer_digits",
     .type = Entity::NO_FODSELSNUMMER,
     .regex = R"(\b\d{11}\b)",
     .score = 0.45f,
     .validate = Valid<validators::NoFodselsnummerValid>,
     .context = kNoFodselsnummerWords},
    // "85.07.30-033.61", the register's own writing.
    {.id = "be_national_number",
     .type = Entity::BE_NATIONAL_NUMBER,
     .regex = R"(\b\d\d\.\d\d\.\d\d-\d{3}\.\d\d\b)",
     .score = 0.9f,
     .validate = Valid<validators::BeNationalNumberValid>,
     .context = kBeNationalNumberWords},
    {.id = "be_national_number_digits",
     .type = Entity::BE_NATIONAL_NUMBER,
     .regex = R"(\b\d{11}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::BeNationalNumberValid>,
     .context = kBeNationalNumberWords},
    {.id = "nl_bsn",
     .type = Entity::NL_BSN,
     .regex = R"(\b\d{9}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::NlBsnValid>,
     .context = kBsnWords,
     .context_required = true},
    {.id = "nl_bsn_dotted",
     .type = Entity::NL_BSN,
     .regex = R"(\b\d{4}\.\d\d\.\d{3}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::NlBsnValid>,
     .context = kBsnWords,
     .context_required = true},
    {.id = "dk_cpr",
     .type = Entity::DK_CPR,
     .regex = R"(\b\d{6}-\d{4}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::DkCprValid>,
     .context = kCprWords,
     .context_required = true},
    {.id = "dk_cpr_digits",
     .type = Entity::DK_CPR,
     .regex = R"(\b\d{10}\b)",
     .score = kNeedsContext,
     .validate = Valid<validators::DkCprValid>,
     .context = kCprWords,
     .context_required = true},
    // "65 170839 J 003" or "65170839J003": a letter amid the digits, and a check digit.
    {.id = "de_social_security",
     .type = Entity::DE_SOCIAL_SECURITY,
     .regex = R"(\b\d{8}[A-Z]\d{3}\b)",
     .score = 0.85f,
     .validate = Valid<validators::DeSvnrValid>,
     .context = kSvnrWords},
    {.id = "de_social_security_spaced",
     .type = Entity::DE_SOCIAL_SECURITY,
     .regex = R"(\b\d\d \d{6} [A-Z] \d{3}\b)",
     .score = 0.9f,
     .validate = Valid<validators::DeSvnrValid>,
     .context = kSvnrWords},
};

}  // namespace

std::span<const PatternRecognizer> EuIds() {
  return kRecognizers;
}

}  // namespace deskbench::recognizers
