// Serial numbers of the things a person owns, which registers tie to their owner: VIN (a
// vehicle's identification number: insurance claims, fleet lists, sales contracts) and IMEI (a
// mobile phone's: asset registers, police and insurance reports, device enrolment exports).

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "core/ascii.h"
#include "detect/context.h"
#include "detect/recognizers/groups.h"
#include "detect/validators/anchored.h"
#include "detect/validators/id_span.h"
#include "detect/validators/luhn.h"
#include "detect/validators/vin.h"

namespace deskbench::recognizers {

namespace {

// Not "fin" (Germany's Fahrzeug-Identifizierungsnummer; also Singapore's FIN and the end of
// things) nor "van" (a particle of Dutch names).
constexpr std::string_view kVinWords[] = {"vin",
                                          "vehicle",
                                          "chassis",
                                          "car",
                                          "truck",
                                          "motorcycle",
                                          "fahrgestellnummer",
                                          "fahrzeug",
                                          "fahrzeug-identifizierungsnummer",
                                          "bastidor",
                                          "telaio",
                                          "ch\xC3\xA2ssis",
                                          "chassisnummer",
                                          "vehicle identification number"};
constexpr std::string_view kVinHeaders[] = {
    "vin",        "vin number",        "vin no",
    "vehicle id", "chassis",           "chassis number",
    "chassis no", "fahrgestellnummer", "vehicle identification number"};
constexpr std::string_view kImeiKeywords[] = {"imei",  "imeisv", "imei number", "imei no",
                                              "imei1", "imei2",  "imei 1",      "imei 2"};
constexpr std::string_view kImeiHeaders[] = {"imei",        "imei1",  "imei2",  "imei 1", "imei 2",
                                             "imei number", "imeisv", "imei_1", "imei_2"};

// A VIN passes its check digit, as North America requires, or stands beside a word that says it
// is a vehicle's (Europe's manufacturers need not compute one).
bool ValidVin(std::string_view text, Match& m, const Policy&) {
  const std::string_view vin = text.substr(m.begin, m.end - m.begin);
  if (!validators::StandaloneAt(text, m.begin, m.end, false) || !validators::VinShape(vin)) {
    return false;
  }
  if (validators::VinCheckValid(vin)) return true;
  m.score = 0.8f;
  return HasContext(text, m.begin, m.end, {}, kVinWords);
}

bool VinCell(std::string_view text, Match& m, const Policy&) {
  return validators::TrimBlanks(text, m) &&
         validators::VinShape(text.substr(m.begin, m.end - m.begin));
}

// Fifteen digits with the Luhn check (IMEI), sixteen (IMEISV: a software version for the check)
// or fourteen (written without the check digit, or a spreadsheet's number that lost its leading
// 0), grouped or not: "35-209900-176148-1". After its keyword the check only raises the score.
// `spaced`: no digit group may stand next to it (a cell); after a keyword, the start is known.
bool ImeiDigits(std::string_view text, Match& m, bool spaced) {
  validators::CompactId id(text.substr(m.begin, m.end - m.begin));
  const std::string_view digits = id.view();
  if (!validators::StandaloneAt(text, m.begin, m.end, spaced) || !ascii::AllDigits(digits) ||
      digits.size() < 14 || digits.size() > 16) {
    return false;
  }
  if (digits.size() != 16 && !(digits.size() == 15 && LuhnValid(digits))) m.score = 0.8f;
  return true;
}

// The value ends the match; where it starts is read back group by group, so that the "1" of
// "IMEI 1 35-780502-398494-2" (the first of a dual-SIM phone's two) stays out: the start that
// gives 15 digits, else 16 (an IMEISV), else 14.
bool ImeiAfterKeyword(std::string_view text, Match& m, const Policy&) {
  size_t digits = 0;
  size_t start[17];  // by digit count
  std::fill(std::begin(start), std::end(start), std::string_view::npos);
  for (size_t p = m.end; p > m.begin; --p) {
    const char c = text[p - 1];
    if (!ascii::IsDigit(c) && c != '-' && c != ' ') break;
    if (!ascii::IsDigit(c)) continue;
    if (++digits > 16) break;
    if (p - 1 > 0 && ascii::IsDigit(text[p - 2])) continue;  // inside a group
    start[digits] = p - 1;
  }
  for (size_t n : {15, 16, 14}) {
    if (start[n] == std::string_view::npos) continue;
    m.begin = start[n];
    return ImeiDigits(text, m, false);
  }
  return false;
}

bool ImeiCell(std::string_view text, Match& m, const Policy&) {
  return validators::TrimBlanks(text, m) && ImeiDigits(text, m, true);
}

constexpr std::string_view kImeiValue =
    R"([0-9]{2}[ \-]?[0-9]{6}[ \-]?[0-9]{6}(?:[ \-]?[0-9]{1,2})?)";

}  // namespace

std::span<const PatternRecognizer> Serials() {
  static const std::string imei_keyword = validators::KeywordThenValue(kImeiKeywords, kImeiValue);
  static const std::string imei_cell = validators::WholeSegment(kImeiValue);
  static const std::string vin_cell = validators::WholeSegment("[A-HJ-NPR-Za-hj-npr-z0-9]{17}");
  static const PatternRecognizer recognizers[] = {
      {.id = "vin",
       .type = Entity::VIN,
       .regex = R"(\b[A-HJ-NPR-Z0-9]{17}\b)",
       .score = 0.85f,
       .validate = ValidVin,
       .context = kVinWords,
       .context_score = 0.95f},
      {.id = "vin_cell",
       .type = Entity::VIN,
       .regex = vin_cell,
       .score = 0.9f,
       .validate = VinCell,
       .context = kVinHeaders,
       .context_score = 0.9f,
       .context_required = true},
      {.id = "imei_keyword",
       .type = Entity::IMEI,
       .regex = imei_keyword,
       .score = 0.95f,
       .validate = ImeiAfterKeyword,
       .caseless = true},
      {.id = "imei_cell",
       .type = Entity::IMEI,
       .regex = imei_cell,
       .score = 0.95f,
       .validate = ImeiCell,
       .context = kImeiHeaders,
       .context_score = 0.95f,
       .context_required = true},
  };
  return recognizers;
}

}  // namespace deskbench::recognizers
