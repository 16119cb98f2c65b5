// ID_DOCUMENT: the number of a passport, identity card, driving licence or residence permit of
// any country, after its keyword in the languages of the gazetteers ("Personalausweis-Nr.
// L01X00T47", "Passport No. C01X00T47", "Driving licence: MORGA753116SM9IJ", "Carte d'identité
// n° 880692310285") or alone in a column so named. Their formats differ by country and state, so
// the keyword decides and the value need only look like a document's number; a passport or
// licence number of a US shape after a US keyword stays US_PASSPORT or US_DRIVER_LICENSE, which
// score higher.

#include <string>
#include <string_view>

#include "detect/recognizers/groups.h"
#include "detect/validators/anchored.h"
#include "detect/validators/document_number.h"
#include "detect/validators/id_span.h"

namespace deskbench::recognizers {

namespace {

using validators::AfterKeyword;
using validators::WholeCell;

// UTF-8 spelled out, as the keyword patterns are built byte by byte.
// German writes the number into the word: "Reisepassnummer", "Führerscheinnummer".
constexpr std::string_view kKeywords[] = {"reisepassnummer",
                                          "personalausweisnummer",
                                          "f\xc3\xbchrerscheinnummer",
                                          "passnr",
                                          "passport",
                                          "reisepass",
                                          "passnummer",
                                          "passeport",
                                          "pasaporte",
                                          "passaporto",
                                          "paspoort",
                                          "passaporte",
                                          "paszport",
                                          "personalausweis",
                                          "ausweisnummer",
                                          "ausweis",
                                          "identity card",
                                          "id card",
                                          "national id",
                                          "carte d'identit\xc3\xa9",
                                          "carte d\xe2\x80\x99identit\xc3\xa9",
                                          "carte nationale d'identit\xc3\xa9",
                                          "documento de identidad",
                                          "carta d'identit\xc3\xa0",
                                          "carta di identit\xc3\xa0",
                                          "identiteitskaart",
                                          "identiteitsbewijs",
                                          "dow\xc3\xb3\x64 osobisty",
                                          "driving licence",
                                          "driving license",
                                          "driver's license",
                                          "driver's licence",
                                          "drivers license",
                                          "drivers licence",
                                          "driver\xe2\x80\x99s license",
                                          "driver\xe2\x80\x99s licence",
                                          "f\xc3\xbchrerschein",
                                          "permis de conduire",
                                          "carnet de conducir",
                                          "permiso de conducir",
                                          "patente di guida",
                                          "rijbewijs",
                                          "k\xc3\xb8rekort",
                                          "k\xc3\xb6rkort",
                                          "residence permit",
                                          "aufenthaltstitel",
                                          "aufenthaltserlaubnis",
                                          "titre de s\xc3\xa9jour",
                                          "permiso de residencia"};
// The same as column headers and keys.
constexpr std::string_view kHeaders[] = {"passport",         "passport no",
                                         "passport number",  "reisepass",
                                         "passnummer",       "passeport",
                                         "pasaporte",        "personalausweis",
                                         "ausweisnummer",    "ausweis",
                                         "identity card",    "id card",
                                         "id card number",   "national id",
                                         "id_card",          "identity_card",
                                         "national_id",      "document number",
                                         "document no",      "document_number",
                                         "rijbewijs",        "f\xc3\xbchrerschein",
                                         "residence permit", "aufenthaltstitel"};

constexpr std::string_view kValue = R"([A-Z0-9](?:[A-Z0-9]|-[A-Z0-9]){4,19})";

bool ValidDocument(std::string_view text, Match& m, const Policy&) {
  return validators::StandaloneAt(text, m.begin, m.end, false) &&
         validators::PlausibleDocumentNumber(text.substr(m.begin, m.end - m.begin));
}

}  // namespace

std::span<const PatternRecognizer> IdDocuments() {
  static const std::string keyword = validators::KeywordThenValue(kKeywords, kValue);
  static const std::string cell = validators::WholeSegment(kValue);
  static const PatternRecognizer recognizers[] = {
      {.id = "id_document_keyword",
       .type = Entity::ID_DOCUMENT,
       .regex = keyword,
       .score = 0.8f,
       .validate = AfterKeyword<ValidDocument>,
       .caseless = true},
      {.id = "id_document_cell",
       .type = Entity::ID_DOCUMENT,
       .regex = cell,
       .score = 0.8f,
       .validate = WholeCell<ValidDocument>,
       .context = kHeaders,
       .context_score = 0.8f,
       .context_required = true,
       .caseless = true},
  };
  return recognizers;
}

}  // namespace deskbench::recognizers
