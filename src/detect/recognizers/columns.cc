// A value alone in a column or field whose header names an identifier ("National Insurance No",
// "SSN", "Telephone", "Driver's License"; passports are id_documents.cc's): reported as that
// identifier even when its checksum or numbering plan fails. Spreadsheets of test, migrated or
// mistyped data are full of numbers that fail the published rules ("ZH938090M" has no valid NINO
// suffix, "63195 014 427" is in no numbering plan), and the header says what they are; failing
// closed means scrubbing them. The validated recognizers score higher, so a value that passes its
// check keeps their finding.

#include <algorithm>
#include <string_view>

#include "core/ascii.h"
#include "detect/recognizers/groups.h"
#include "detect/validators/anchored.h"
#include "detect/validators/document_number.h"
#include "detect/validators/id_span.h"

namespace deskbench::recognizers {

namespace {

using validators::WholeCell;

// Under the validated recognizers' scores (0.75 and up) and over the default threshold (0.5).
constexpr float kColumnScore = 0.7f;

// Headers and keys, matched as whole words of the hint. Narrower than the context words of the
// validated recognizers: here the header alone decides.
constexpr std::string_view kPhoneHeaders[] = {
    "phone",      "telephone",   "tel",         "mobile",          "mob",         "fax",
    "cellphone",  "cell phone",  "phone no",    "mobile no",       "telefon",     "telefono",
    "teléfono",   "téléphone",   "handy",       "cellulare",       "whatsapp",    "contact number",
    "contact no", "phonenumber", "mobilephone", "telephonenumber", "mobilenumber"};
constexpr std::string_view kSsnHeaders[] = {"ssn", "social security", "socialsecuritynumber"};
constexpr std::string_view kNinoHeaders[] = {
    "national insurance", "nino", "ni number", "ni no", "nino#", "ni_number"};
constexpr std::string_view kNhsHeaders[] = {"nhs number", "nhs no", "nhs"};
// Not "SIN" or "NAS" alone: "Precio sin IVA" (Spanish "without") over an amount of nine digits.
constexpr std::string_view kSinHeaders[] = {"social insurance", "sin number", "sin no", "sin#",
                                            "assurance sociale"};
constexpr std::string_view kTfnHeaders[] = {"tfn", "tax file number", "tax file no"};
constexpr std::string_view kAadhaarHeaders[] = {"aadhaar", "aadhar"};
constexpr std::string_view kLicenseHeaders[] = {
    "driver's license", "drivers license", "driver license",  "driving licence",
    "driver licence",   "drivers licence", "driving license", "license number",
    "licence number",   "dl number",       "dl no",           "driverlicense"};

// A phone number as people type it: digits with blanks, dashes, dots, slashes or parentheses.
constexpr std::string_view kPhoneValue = R"([+(]?\d[\d ()./\-]{5,22}\d)";
// The national numbers' own shapes, as typed whatever their check digits.
constexpr std::string_view kSsnValue = R"(\d{3}[ \-]?\d{2}[ \-]?\d{4})";
constexpr std::string_view kNinoValue = R"([A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Za-z]?)";
constexpr std::string_view kNhsValue = R"(\d{3}[ \-]?\d{3}[ \-]?\d{4})";
constexpr std::string_view kSinValue = R"(\d{3}[ \-]?\d{3}[ \-]?\d{3})";
constexpr std::string_view kTfnValue = R"(\d{3} ?\d{3} ?\d{2,3})";
constexpr std::string_view kAadhaarValue = R"(\d{4}[ \-]?\d{4}[ \-]?\d{4})";
// Passports and licences differ by country and state: letters and digits, maybe grouped.
constexpr std::string_view kDocumentValue = R"([A-Za-z0-9](?:[A-Za-z0-9]|[ \-][A-Za-z0-9]){4,19})";

std::string_view Span(std::string_view text, const Match& m) {
  return text.substr(m.begin, m.end - m.begin);
}

bool Checked(std::string_view s, size_t min_digits, size_t max_digits) {
  const size_t digits = std::count_if(s.begin(), s.end(), ascii::IsDigit);
  // A masked value ("XXXXX1234") shows only what may be shown.
  const bool masked = s.find("XXX") != s.npos || s.find("xxx") != s.npos;
  return digits >= min_digits && digits <= max_digits && !validators::AllSameDigit(s) && !masked;
}

bool PhoneValue(std::string_view text, Match& m, const Policy&) {
  std::string_view s = Span(text, m);
  return Checked(s, 7, 15) && !validators::DateOrDecimal(s);
}

bool NationalValue(std::string_view text, Match& m, const Policy&) {
  return Checked(Span(text, m), 6, 12);
}

bool DocumentValue(std::string_view text, Match& m, const Policy&) {
  return validators::PlausibleDocumentNumber(Span(text, m));
}

}  // namespace

std::span<const PatternRecognizer> Columns() {
  static const std::string phone = validators::WholeSegment(kPhoneValue);
  static const std::string ssn = validators::WholeSegment(kSsnValue);
  static const std::string nino = validators::WholeSegment(kNinoValue);
  static const std::string nhs = validators::WholeSegment(kNhsValue);
  static const std::string sin = validators::WholeSegment(kSinValue);
  static const std::string tfn = validators::WholeSegment(kTfnValue);
  static const std::string aadhaar = validators::WholeSegment(kAadhaarValue);
  static const std::string document = validators::WholeSegment(kDocumentValue);
  auto column = [](std::string_view id, Entity type, const std::string& regex, Validator check,
                   std::span<const std::string_view> headers) {
    return PatternRecognizer{.id = id,
                             .type = type,
                             .regex = regex,
                             .score = kColumnScore,
                             .validate = check,
                             .context = headers,
                             .context_score = kColumnScore,
                             .context_required = true};
  };
  static const PatternRecognizer recognizers[] = {
      column("phone_column", Entity::PHONE, phone, WholeCell<PhoneValue>, kPhoneHeaders),
      column("us_ssn_column", Entity::US_SSN, ssn, WholeCell<NationalValue>, kSsnHeaders),
      column("uk_nino_column", Entity::UK_NINO, nino, WholeCell<NationalValue>, kNinoHeaders),
      column("uk_nhs_column", Entity::UK_NHS, nhs, WholeCell<NationalValue>, kNhsHeaders),
      column("ca_sin_column", Entity::CA_SIN, sin, WholeCell<NationalValue>, kSinHeaders),
      column("au_tfn_column", Entity::AU_TFN, tfn, WholeCell<NationalValue>, kTfnHeaders),
      column("in_aadhaar_column", Entity::IN_AADHAAR, aadhaar, WholeCell<NationalValue>,
             kAadhaarHeaders),
      column("us_driver_license_column", Entity::US_DRIVER_LICENSE, document,
             WholeCell<DocumentValue>, kLicenseHeaders),
  };
  return recognizers;
}

}  // namespace deskbench::recognizers
