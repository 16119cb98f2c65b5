#pragma once
// Cues around a capitalised word: the words before and after it ("Dear", "said", "based in"),
// whether it starts a sentence, whether it is an @mention.

#include <algorithm>
#include <array>
#include <string_view>

namespace deskbench::names {

template <size_t N>
inline bool In(std::string_view w, const std::array<std::string_view, N>& set) {
  return !w.empty() && std::find(set.begin(), set.end(), w) != set.end();
}

// Words just before a lone given name that make it a person: "Dear Jane", "Hi Jane", "cc Jane".
inline constexpr std::array<std::string_view, 37> kGreetings = {
    "dear", "hi", "hello", "hey", "thanks", "thank", "cc", "bcc", "attn", "regards", "sincerely",
    "cheers", "best", "congratulations", "welcome", "dearest", "signed",
    // The same in the languages of the gazetteers: "Bonjour Camille,", "Liebe Anna,", "Hola
    // Javier,", "Beste Jan,".
    "bonjour", "bonsoir", "cher", "chère", "hallo", "liebe", "lieber", "hola", "estimado",
    "estimada", "querido", "querida", "buongiorno", "ciao", "beste", "hej", "hei", "olá", "prezado",
    "prezada"};
// Words before a full name that make it likelier a person.
inline constexpr std::array<std::string_view, 35> kPersonBefore = {
    "reach",     "approved", "prepared",  "reviewed",  "submitted", "authored", "written",
    "requested", "assigned", "by",        "from",      "to",        "with",     "contact",
    "name",      "author",   "owner",     "assignee",  "reviewer",  "approver", "met",
    "ask",       "call",     "email",     "ping",      "manager",   "director", "ceo",
    "cfo",       "cto",      "president", "colleague", "attendees", "present",  "and"};
// Words before a lone given name that make it a person: "ask Tomasz", "ping Ravi", "his wife
// Maria", "spouse Omar".
inline constexpr std::array<std::string_view, 26> kLoneNameBefore = {
    "ask",    "asked",   "ping",    "pinged", "remind",  "reminded", "tell",    "email", "emailed",
    "thank",  "thanked", "invite",  "wife",   "husband", "spouse",   "partner", "son",   "daughter",
    "mother", "father",  "brother", "sister", "cousin",  "uncle",    "nephew",  "niece"};
// Words after a name: "Jane Doe said".
inline constexpr std::array<std::string_view, 18> kPersonAfter = {
    "said",   "says",      "wrote",    "writes",    "asked",     "told",
    "noted",  "mentioned", "added",    "explained", "confirmed", "replied",
    "agreed", "suggested", "reported", "joined",    "left",      "presented"};
inline constexpr std::array<std::string_view, 20> kOrgBefore = {
    "at",       "with",    "for",      "from",    "by",         "joined",  "client",
    "customer", "vendor",  "supplier", "partner", "employer",   "company", "acquired",
    "acquire",  "between", "hired",    "engaged", "contracted", "of"};
// Of those, the ones that lead only to an organisation, not to a result or a pair as "of",
// "for", "with" and "between" also do ("the results of Smith - Jones").
inline constexpr std::array<std::string_view, 15> kOnlyOrgBefore = {
    "at",       "from",    "joined",   "client",  "customer", "vendor",  "supplier",  "partner",
    "employer", "company", "acquired", "acquire", "hired",    "engaged", "contracted"};
// "Client: X" labels in forms and headers.
inline constexpr std::array<std::string_view, 9> kOrgLabels = {
    "client",  "customer",     "employer",     "vendor",    "supplier",
    "company", "organization", "organisation", "contractor"};
inline constexpr std::array<std::string_view, 31> kPlaceBefore = {
    "in",      "at",      "from",          "near",   "to",       "based", "located",
    "via",     "across",  "throughout",    "visit",  "visiting", "city",  "town",
    "country", "address", "headquartered", "office", "offices",  "moved", "relocated",
    "born",    "outside", "around",        "toward", "towards",  "into",  "within",
    "flight",  "trip",    "travel"};

// Words after a town that say it is one: "our Brettshire office", "the Tessmouth plant".
inline constexpr std::array<std::string_view, 18> kPlaceAfter = {
    "office",   "offices", "branch",    "site",    "campus", "plant",
    "area",     "region",  "warehouse", "depot",   "store",  "factory",
    "facility", "airport", "station",   "harbour", "harbor", "residents"};

// The lower-cased ASCII word ending before `begin` (skipping spaces and light punctuation), written
// into buf; empty when there is none.
// With cross_lines false, a line break before `begin` ends the search ("CFO\nJane" has none).
std::string_view PrevWord(std::string_view text, size_t begin, char* buf, size_t cap,
                          bool cross_lines = true);
// The lower-cased ASCII word starting after `end` (skipping spaces and a comma).
std::string_view NextWord(std::string_view text, size_t end, char* buf, size_t cap);
// "@Jane" (but not "jane@Example").
bool MentionBefore(std::string_view text, size_t begin);
// Start of a sentence or line: a capital there says little.
bool SentenceStart(std::string_view text, size_t begin);

}  // namespace deskbench::names
