#include "detect/names/hint.h"

#include <algorithm>
#include <array>

#include "core/ascii.h"

namespace deskbench::names {

namespace {

template <size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

constexpr std::array<std::string_view, 66> kPersonWords = {
    "payee", "name", "fullname", "contact", "author", "owner", "employee", "assignee", "manager",
    "recipient", "sender", "signatory", "attendee", "patient", "person", "participant", "applicant",
    "candidate", "reviewer", "approver", "requester", "reporter", "beneficiary", "guardian",
    "spouse",
    // Roles that only people fill.
    "tenant", "student", "passenger", "guest", "traveller", "traveler", "insured",
    // The same in the languages of the gazetteers (ASCII words: an accented one splits at its
    // accent).
    "nom", "nombre", "nome", "naam", "navn", "namn", "nimi", "ansprechpartner", "kontakt",
    "kontaktperson", "mitarbeiter", "mitarbeiterin", "autor", "auteur", "verfasser", "absender",
    "destinataire", "interlocuteur", "titulaire", "contacto", "remitente", "destinatario",
    "mittente", "referente", "contactpersoon", "paciente", "paziente", "patiente", "bewerber",
    "candidat", "candidato", "empleado", "dipendente", "medewerker"};
// "Account holder", "Card holder": the holder is a person even of an account.
constexpr std::array<std::string_view, 3> kHolderWords = {"holder", "cardholder", "policyholder"};
constexpr std::array<std::string_view, 10> kGivenWords = {
    "first",    "given",  "forename", "firstname", "vorname",
    "voornaam", "prenom", "fornavn",  "fornamn",   "etunimi"};
constexpr std::array<std::string_view, 14> kSurnameWords = {
    "last",     "surname",   "family",  "lastname",  "nachname",  "familienname", "achternaam",
    "apellido", "apellidos", "cognome", "sobrenome", "efternavn", "efternamn",    "sukunimi"};
// Given names and surnames in one word, which need no "name" after them: "Vorname", "Nachname".
constexpr std::array<std::string_view, 16> kNameCompounds = {
    "vorname",   "voornaam",     "prenom",     "fornavn",  "fornamn",   "etunimi",
    "nachname",  "familienname", "achternaam", "apellido", "apellidos", "cognome",
    "sobrenome", "efternavn",    "efternamn",  "sukunimi"};
// "Company name", "File name", "User name": a name, but not a person's.
constexpr std::array<std::string_view, 100> kNotPersonWords = {
    "company", "org", "organization", "organisation", "product", "file", "user", "username", "host",
    "hostname", "domain", "city", "country", "street", "brand", "project", "business", "display",
    "nick", "screen", "account", "app", "server", "database", "db", "table", "field", "column",
    "key", "tag", "type", "class", "event", "item", "sheet", "folder", "dataset", "team", "group",
    "department",
    // Names of the parts of a document or a program: "shape name", "style name", "font name".
    "shape", "object", "layer", "slide", "style", "font", "image", "picture", "chart", "series",
    "axis", "range", "variable", "property", "function", "method", "module", "package", "element",
    "node", "theme",
    // A spreadsheet's defined name names a range of cells.
    "defined",
    // The same in other languages.
    "produkt", "produit", "producto", "prodotto", "produto", "artikel", "article", "articulo",
    "articolo", "datei", "fichier", "archivo", "arquivo", "empresa", "entreprise", "societe",
    "azienda", "bedrijf", "unternehmen", "firma", "projekt", "projet", "proyecto", "progetto",
    "stadt", "ville", "ciudad", "citta", "pays", "pais", "paese", "strasse", "rue", "calle",
    "usuario", "utilisateur", "benutzer", "utente"};
constexpr std::array<std::string_view, 21> kOrgWords = {
    "company", "organization", "organisation", "org",         "employer", "vendor",  "supplier",
    "client",  "firm",         "business",     "institution", "bank",     "agency",  "customer",
    "firma",   "empresa",      "entreprise",   "societe",     "azienda",  "bedrijf", "unternehmen"};
constexpr std::array<std::string_view, 26> kLocationWords = {
    "city",  "country",    "state",   "town",     "region",      "province",  "location",
    "place", "birthplace", "county",  "locality", "destination", "residence", "office",
    "venue", "stadt",      "ville",   "ciudad",   "citta",       "pays",      "pais",
    "paese", "ort",        "wohnort", "lieu",     "localidad"};

}  // namespace

HintKind ClassifyHint(std::string_view hint) {
  HintKind kind;
  if (hint.empty()) return kind;
  bool named = false, not_person = false, no_place = false, holder = false;
  // Words split at non-letters and at camelCase humps: "firstName" -> "first", "name".
  char word[24];
  size_t n = 0;
  auto flush = [&] {
    if (n == 0) return;
    std::string_view w(word, n);
    if (In(w, kPersonWords) || w == "firstname" || w == "forename" || w == "lastname" ||
        w == "surname" || In(w, kNameCompounds)) {
      named = true;
    }
    if (w == "email" || w == "ip" || w == "web" || w == "mac" || w == "url") no_place = true;
    // A whole address is a street address; the town in it is part of that, not a place alone.
    if (w == "address" || w == "street" || w == "addr") no_place = true;
    if (In(w, kHolderWords)) holder = named = true;
    if (In(w, kGivenWords)) kind.given = true;
    if (In(w, kSurnameWords)) kind.surname = true;
    if (In(w, kNotPersonWords)) not_person = true;
    if (In(w, kOrgWords)) kind.org = true;
    if (In(w, kLocationWords)) kind.location = true;
    n = 0;
  };
  for (size_t i = 0; i < hint.size() && i < 128; ++i) {
    char c = hint[i];
    if (!ascii::IsAlpha(c)) {
      flush();
      continue;
    }
    if (ascii::IsUpper(c) && i > 0 && ascii::IsLower(hint[i - 1])) flush();
    if (n < sizeof word) word[n++] = ascii::ToLower(c);
  }
  flush();
  if (no_place) kind.location = false;
  if (not_person && !holder) {
    kind.given = kind.surname = false;
  } else {
    kind.person = named || kind.given || kind.surname;
    // "Last updated", "First seen": only with "name" do these mean a person.
    if ((kind.given || kind.surname) && !named) kind.person = kind.given = kind.surname = false;
    if (kind.given || kind.surname) kind.person = true;
  }
  return kind;
}

}  // namespace deskbench::names
