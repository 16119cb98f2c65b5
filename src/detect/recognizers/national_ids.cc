// National identifiers: SSN, ITIN, EIN, passports and driving licences (US), NINO and NHS (UK),
// SIN (CA), TFN, ABN and Medicare (AU), PAN and Aadhaar (IN), NRIC (SG), NIF (ES), codice fiscale
// (IT), Steuer-IdNr (DE). Checksummed and distinctive shapes score high on their own; shapes any
// number could have (bare 9 digits, Luhn or mod-11 alone) need a context word.

#include "detect/validators/national_ids.h"

#include <string>
#include <string_view>

#include "detect/recognizers/groups.h"
#include "detect/validators/anchored.h"
#include "detect/validators/id_span.h"

namespace deskbench::recognizers {

namespace {

using validators::AfterKeyword;
using validators::AllSameDigit;
using validators::CompactId;
using validators::ConsistentSeparators;
using validators::Grouped;
using validators::StandaloneAt;
using validators::WholeCell;

// Below the default threshold: reported only when a context word lifts it to context_score.
constexpr float kNeedsContext = 0.3f;

std::string_view Span(std::string_view text, const Match& m) {
  return text.substr(m.begin, m.end - m.begin);
}

// The common steps: the candidate stands alone, is grouped one way, is not a placeholder and
// passes `check`; then it scores `grouped` when written with separators and `bare` otherwise.
bool CheckNumber(std::string_view text, Match& m, bool (*check)(std::string_view), float grouped,
                 float bare) {
  std::string_view s = Span(text, m);
  CompactId id(s);
  if (!StandaloneAt(text, m.begin, m.end, id.separated() && s.find(' ') != s.npos)) return false;
  if (!ConsistentSeparators(s) || AllSameDigit(id.view()) || !check(id.view())) return false;
  m.score = id.separated() ? grouped : bare;
  return true;
}

bool CheckCode(std::string_view text, Match& m, bool (*check)(std::string_view)) {
  CompactId id(Span(text, m));
  return StandaloneAt(text, m.begin, m.end, false) && check(id.view());
}

bool ValidSsn(std::string_view text, Match& m, const Policy&) {
  // A dash-grouped 3-2-4 number is how SSNs are written; spaced ones are likelier other numbers.
  bool dashed = Span(text, m).find('-') != std::string_view::npos;
  return Grouped(Span(text, m), {3, 2, 4}) &&
         CheckNumber(text, m, validators::UsSsnValid, dashed ? 0.85f : 0.6f, m.score);
}

// Written bare, nine digits are an SSN only after its keyword (us_ssn_keyword, us_ssn_cell).
bool ValidGroupedSsn(std::string_view text, Match& m, const Policy& policy) {
  std::string_view s = Span(text, m);
  return s.find_first_of(" -") != std::string_view::npos && ValidSsn(text, m, policy);
}

bool ValidItin(std::string_view text, Match& m, const Policy&) {
  bool dashed = Span(text, m).find('-') != std::string_view::npos;
  return Grouped(Span(text, m), {3, 2, 4}) &&
         CheckNumber(text, m, validators::UsItinValid, dashed ? 0.8f : 0.6f, kNeedsContext);
}

bool ValidEin(std::string_view text, Match& m, const Policy&) {
  return Grouped(Span(text, m), {2, 7}) &&
         CheckNumber(text, m, validators::UsEinValid, m.score, m.score);
}

bool ValidDocumentNumber(std::string_view text, Match& m, const Policy&) {
  std::string_view s = Span(text, m);
  return StandaloneAt(text, m.begin, m.end, false) && !AllSameDigit(s);
}

bool ValidNino(std::string_view text, Match& m, const Policy&) {
  return CheckCode(text, m, validators::UkNinoValid);
}

bool ValidNhs(std::string_view text, Match& m, const Policy&) {
  // Spaced 3-3-4 is the NHS's own presentation; dashed 3-3-4 is usually a US phone number.
  bool spaced = Span(text, m).find(' ') != std::string_view::npos;
  return Grouped(Span(text, m), {3, 3, 4}) &&
         CheckNumber(text, m, validators::UkNhsValid, spaced ? 0.6f : kNeedsContext, kNeedsContext);
}

bool ValidSin(std::string_view text, Match& m, const Policy&) {
  return Grouped(Span(text, m), {3, 3, 3}) &&
         CheckNumber(text, m, validators::CaSinValid, 0.65f, kNeedsContext);
}

bool ValidTfn(std::string_view text, Match& m, const Policy&) {
  // One number in eleven passes the TFN check: never enough on its own.
  return (Grouped(Span(text, m), {3, 3, 3}) || Grouped(Span(text, m), {3, 3, 2})) &&
         CheckNumber(text, m, validators::AuTfnValid, kNeedsContext, kNeedsContext);
}

// In a column that only says "tax id", a TFN is told from a Canadian SIN (nine digits too, the
// same 3-3-3 groups, a check as likely to pass by chance) by how each is written: the ATO writes
// TFNs with spaces, Canadian forms often write SINs with dashes.
bool ValidTfnInTaxColumn(std::string_view text, Match& m, const Policy& policy) {
  return Span(text, m).find('-') == std::string_view::npos && ValidTfn(text, m, policy);
}

bool ValidAbn(std::string_view text, Match& m, const Policy&) {
  return Grouped(Span(text, m), {2, 3, 3, 3}) &&
         CheckNumber(text, m, validators::AuAbnValid, 0.85f, 0.45f);
}

bool ValidMedicare(std::string_view text, Match& m, const Policy&) {
  return (Grouped(Span(text, m), {4, 5, 1}) || Grouped(Span(text, m), {4, 5, 1, 1})) &&
         CheckNumber(text, m, validators::AuMedicareValid, 0.6f, kNeedsContext);
}

bool ValidPan(std::string_view text, Match& m, const Policy&) {
  return CheckCode(text, m, validators::InPanValid);
}

bool ValidAadhaar(std::string_view text, Match& m, const Policy&) {
  return Grouped(Span(text, m), {4, 4, 4}) &&
         CheckNumber(text, m, validators::InAadhaarValid, 0.7f, kNeedsContext);
}

bool ValidNric(std::string_view text, Match& m, const Policy&) {
  return CheckCode(text, m, validators::SgNricValid);
}

bool ValidNif(std::string_view text, Match& m, const Policy&) {
  return CheckCode(text, m, validators::EsNifValid);
}

bool ValidFiscalCode(std::string_view text, Match& m, const Policy&) {
  return CheckCode(text, m, validators::ItFiscalCodeValid);
}

bool ValidDeTaxId(std::string_view text, Match& m, const Policy&) {
  return Grouped(Span(text, m), {2, 3, 3, 3}) &&
         CheckNumber(text, m, validators::DeTaxIdValid, m.score, m.score);
}

// Context words are matched as whole words, in the text and in the segment's hint (a column
// header, a JSON key). Headers are often snake_case or run together ("tax_file_number",
// "taxFileNumber"), which no spaced phrase matches, so those spellings are listed too.
constexpr std::string_view kSsnWords[] = {
    "ssn", "ssn#", "ss#", "social security", "ssa", "social_security", "socialsecuritynumber"};
// Keywords that start the keyword-anchored patterns; filler words ("no", "number", "#") may
// follow them (validators/anchored.h).
// Two-letter keywords ("SS", "DL") are written with their "#" or "no": alone they would be
// found inside every "class" and "handle", which slows the literal search down.
constexpr std::string_view kSsnKeywords[] = {"ssn", "ss#", "ss no", "social security", "soc sec"};
constexpr std::string_view kEinKeywords[] = {"ein", "fein", "employer identification",
                                             "employer id"};
constexpr std::string_view kPassportKeywords[] = {"passport"};
constexpr std::string_view kLicenseKeywords[] = {"driver's license",
                                                 "driver’s license",
                                                 "drivers license",
                                                 "driver license",
                                                 "driver's licence",
                                                 "driver’s licence",
                                                 "drivers licence",
                                                 "driver licence",
                                                 "driving licence",
                                                 "driving license",
                                                 "dl#",
                                                 "dl:",
                                                 "dl no",
                                                 "dl nr",
                                                 "dl number",
                                                 "dln",
                                                 "license number",
                                                 "licence number",
                                                 "license no",
                                                 "licence no",
                                                 "lic no",
                                                 "lic#"};
// Only words that point at a US taxpayer number: a generic "tax id" column also holds other
// countries' numbers (a TFN in a "tax_id" column beside "TFN" must not lose to ITIN).
constexpr std::string_view kItinWords[] = {"itin", "taxpayer identification", "tin", "taxpayer_id"};
constexpr std::string_view kEinWords[] = {
    "ein",    "fein",  "employer identification", "tax id",     "tax id number", "federal tax id",
    "tax_id", "taxid", "employer_identification", "employer_id"};
constexpr std::string_view kEinOnlyWords[] = {"ein", "fein", "employer identification",
                                              "employer_identification", "employer_id"};
constexpr std::string_view kPassportWords[] = {"passport", "passport#", "passport no"};
constexpr std::string_view kLicenseWords[] = {"driver's license",
                                              "driver’s license",
                                              "drivers license",
                                              "driver license",
                                              "driver's licence",
                                              "driver’s licence",
                                              "drivers licence",
                                              "driving licence",
                                              "driving license",
                                              "dl",
                                              "dl#",
                                              "dln",
                                              "license number",
                                              "licence number",
                                              "license no",
                                              "licence no",
                                              "lic no",
                                              "lic#",
                                              "driver_license",
                                              "drivers_license",
                                              "driver_licence",
                                              "driving_licence",
                                              "driving_license",
                                              "driverslicense",
                                              "license_number",
                                              "licence_number",
                                              "license_no",
                                              "licence_no"};
constexpr std::string_view kNinoWords[] = {
    "national insurance", "nino",  "ni number",         "ni no", "nin",
    "ni_number",          "ni_no", "national_insurance"};
constexpr std::string_view kNhsWords[] = {"nhs", "nhs number", "nhs no", "national health"};
constexpr std::string_view kSinWords[] = {"sin", "social insurance", "nas", "assurance sociale",
                                          "social_insurance"};
constexpr std::string_view kTfnWords[] = {
    "tfn", "tax file number", "tax file no", "tax_file_number", "tax_file_no", "taxfilenumber"};
// A column or key that holds some tax identifier without saying whose. A number in it that passes
// the TFN or ABN check (the ABN is Australia's business tax identifier) is likelier that than not,
// though less surely than after "TFN" or "ABN"; so is an Aadhaar number, which Indian income-tax
// law accepts in place of a PAN. The German IdNr, whose digit-repetition rule makes it rarer by
// chance, keeps "tax id" among its own words.
constexpr std::string_view kTaxIdWords[] = {
    "tax id",  "tax_id",  "taxid", "tax number",  "tax_number",    "tax_no",
    "tax ref", "tax_ref", "tin",   "taxpayer_id", "tax_identifier"};
constexpr std::string_view kAbnWords[] = {"abn", "australian business number",
                                          "australian_business_number", "business_number"};
constexpr std::string_view kMedicareWords[] = {"medicare", "medicareno", "medicarenumber"};
constexpr std::string_view kPanWords[] = {"pan", "permanent account number", "income tax"};
constexpr std::string_view kAadhaarWords[] = {
    "aadhaar", "aadhar", "uidai", "uid", "aadhaarno", "aadhaarnumber", "aadharno", "aadharnumber"};
constexpr std::string_view kNricWords[] = {"nric", "fin", "ic no", "identity card"};
constexpr std::string_view kNifWords[] = {
    "nif", "dni", "nie", "documento nacional", "identificación fiscal", "identificacion fiscal"};
constexpr std::string_view kFiscalCodeWords[] = {"codice fiscale", "cf", "fiscal code", "tax code"};
constexpr std::string_view kDeTaxWords[] = {"steuer-id",
                                            "steuer-idnr",
                                            "steuerid",
                                            "steuer id",
                                            "tax id",
                                            "idnr",
                                            "steueridentifikationsnummer",
                                            "identifikationsnummer",
                                            "steuerliche identifikationsnummer",
                                            "tin",
                                            "steuer_id",
                                            "steuer_idnr",
                                            "tax_id",
                                            "taxid"};

// Digit-group shapes shared by several types: vectorscan compiles a repeated pattern once, and
// every distinct digit-led pattern without a literal in it costs scan time on all text. Each
// validator checks its own type's length and grouping.
constexpr std::string_view kShape324 = R"(\b\d{3}[ -]?\d{2}[ -]?\d{4}\b)";    // SSN, ITIN
constexpr std::string_view kShape33x = R"(\b\d{3}[ -]?\d{3}[ -]?\d{2,4}\b)";  // NHS, SIN, TFN
constexpr std::string_view kShape2333 = R"(\b\d{2} ?\d{3} ?\d{3} ?\d{3}\b)";  // ABN, IdNr

constexpr std::string_view kNine = R"(\d{9})";
constexpr std::string_view kPassportValue = R"([A-Z]\d{8}|\d{9})";
// Common state formats: letter + 4-14 digits (CA, FL, IL, MD, MI, MN, NJ, WI...), 7-12 digits
// (NY, PA, TX...), two letters + digits, dashed FL/IL forms, WA's WDL + 9.
constexpr std::string_view kLicenseValue =
    R"([A-Z]\d{4,14}|\d{7,12}|[A-Z]{2}\d{5,7}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]\d{3}-\d{4}-\d{4}|WDL[A-Z0-9]{9})";

std::span<const PatternRecognizer> Build() {
  static const std::string ssn_kw = validators::KeywordThenValue(kSsnKeywords, kNine);
  static const std::string ein_kw = validators::KeywordThenValue(kEinKeywords, kNine);
  static const std::string passport_kw =
      validators::KeywordThenValue(kPassportKeywords, kPassportValue);
  static const std::string license_kw =
      validators::KeywordThenValue(kLicenseKeywords, kLicenseValue);
  static const std::string nine_cell = validators::WholeSegment(kNine);
  static const std::string passport_cell = validators::WholeSegment(kPassportValue);
  static const std::string license_cell = validators::WholeSegment(kLicenseValue);
  static const PatternRecognizer recognizers[] = {
      {.id = "us_ssn",
       .type = Entity::US_SSN,
       .regex = kShape324,
       .score = 0.85f,
       .validate = ValidGroupedSsn,
       .context = kSsnWords},
      {.id = "us_ssn_keyword",
       .type = Entity::US_SSN,
       .regex = ssn_kw,
       .score = 0.95f,
       .validate = AfterKeyword<ValidSsn>,
       .caseless = true},
      {.id = "us_ssn_cell",
       .type = Entity::US_SSN,
       .regex = nine_cell,
       .score = 0.95f,
       .validate = WholeCell<ValidSsn>,
       .context = kSsnWords,
       .context_score = 0.95f,
       .context_required = true},
      {.id = "us_itin",
       .type = Entity::US_ITIN,
       .regex = kShape324,
       .score = 0.8f,
       .validate = ValidItin,
       .context = kItinWords},
      {.id = "us_ein",
       .type = Entity::US_EIN,
       .regex = R"(\b\d{2}-\d{7}\b)",
       .score = 0.6f,
       .validate = ValidEin,
       .context = kEinWords},
      {.id = "us_ein_keyword",
       .type = Entity::US_EIN,
       .regex = ein_kw,
       .score = 0.9f,
       .validate = AfterKeyword<ValidEin>,
       .caseless = true},
      {.id = "us_ein_cell",
       .type = Entity::US_EIN,
       .regex = nine_cell,
       .score = 0.9f,
       .validate = WholeCell<ValidEin>,
       .context = kEinOnlyWords,
       .context_score = 0.9f,
       .context_required = true},
      {.id = "us_passport_keyword",
       .type = Entity::US_PASSPORT,
       .regex = passport_kw,
       .score = 0.85f,
       .validate = AfterKeyword<ValidDocumentNumber>,
       .caseless = true},
      {.id = "us_passport_cell",
       .type = Entity::US_PASSPORT,
       .regex = passport_cell,
       .score = 0.85f,
       .validate = WholeCell<ValidDocumentNumber>,
       .context = kPassportWords,
       .context_score = 0.85f,
       .context_required = true},
      {.id = "us_driver_license_keyword",
       .type = Entity::US_DRIVER_LICENSE,
       .regex = license_kw,
       // The keyword right before the value says more than an "account" a few words on.
       .score = 0.85f,
       .validate = AfterKeyword<ValidDocumentNumber>,
       .caseless = true},
      {.id = "us_driver_license_cell",
       .type = Entity::US_DRIVER_LICENSE,
       .regex = license_cell,
       .score = 0.8f,
       .validate = WholeCell<ValidDocumentNumber>,
       .context = kLicenseWords,
       .context_score = 0.8f,
       .context_required = true},
      {.id = "uk_nino",
       .type = Entity::UK_NINO,
       .regex = R"(\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b)",
       .score = 0.85f,
       .validate = ValidNino,
       .context = kNinoWords},
      {.id = "uk_nhs",
       .type = Entity::UK_NHS,
       .regex = kShape33x,
       .score = 0.6f,
       .validate = ValidNhs,
       .context = kNhsWords},
      {.id = "ca_sin",
       .type = Entity::CA_SIN,
       .regex = kShape33x,
       .score = 0.65f,
       .validate = ValidSin,
       .context = kSinWords},
      {.id = "au_tfn",
       .type = Entity::AU_TFN,
       .regex = kShape33x,
       .score = kNeedsContext,
       .validate = ValidTfn,
       .context = kTfnWords},
      {.id = "au_tfn_tax_column",
       .type = Entity::AU_TFN,
       .regex = kShape33x,
       .score = kNeedsContext,
       .validate = ValidTfnInTaxColumn,
       .context = kTaxIdWords,
       .context_score = 0.7f,
       .context_required = true},
      {.id = "au_abn",
       .type = Entity::AU_ABN,
       .regex = kShape2333,
       .score = 0.85f,
       .validate = ValidAbn,
       .context = kAbnWords},
      {.id = "au_abn_tax_column",
       .type = Entity::AU_ABN,
       .regex = kShape2333,
       .score = 0.45f,
       .validate = ValidAbn,
       .context = kTaxIdWords,
       .context_score = 0.7f,
       .context_required = true},
      {.id = "au_medicare",
       .type = Entity::AU_MEDICARE,
       .regex = R"(\b[2-6]\d{3} ?\d{5} ?\d(?:[ -]?\d)?\b)",
       .score = 0.6f,
       .validate = ValidMedicare,
       .context = kMedicareWords},
      {.id = "in_pan",
       .type = Entity::IN_PAN,
       .regex = R"(\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b)",
       .score = 0.75f,
       .validate = ValidPan,
       .context = kPanWords},
      {.id = "in_aadhaar",
       .type = Entity::IN_AADHAAR,
       .regex = R"(\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b)",
       .score = 0.7f,
       .validate = ValidAadhaar,
       .context = kAadhaarWords},
      {.id = "in_aadhaar_tax_column",
       .type = Entity::IN_AADHAAR,
       .regex = R"(\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b)",
       .score = kNeedsContext,
       .validate = ValidAadhaar,
       .context = kTaxIdWords,
       .context_score = 0.6f,
       .context_required = true},
      {.id = "sg_nric",
       .type = Entity::SG_NRIC,
       .regex = R"(\b[STFGM]\d{7}[A-Z]\b)",
       .score = 0.9f,
       .validate = ValidNric,
       .context = kNricWords},
      {.id = "es_nif",
       .type = Entity::ES_NIF,
       .regex = R"(\b\d{8}-?[A-Z]\b|\b[XYZ]-?\d{7}-?[A-Z]\b)",
       .score = 0.85f,
       .validate = ValidNif,
       .context = kNifWords},
      {.id = "it_fiscal_code",
       .type = Entity::IT_FISCAL_CODE,
       .regex = R"(\b[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]\b)",
       .score = 0.95f,
       .validate = ValidFiscalCode,
       .context = kFiscalCodeWords},
      {.id = "de_tax_id",
       .type = Entity::DE_TAX_ID,
       .regex = kShape2333,
       .score = 0.6f,
       .validate = ValidDeTaxId,
       .context = kDeTaxWords},
  };
  return recognizers;
}

}  // namespace

std::span<const PatternRecognizer> NationalIds() {
  return Build();
}

}  // namespace deskbench::recognizers
