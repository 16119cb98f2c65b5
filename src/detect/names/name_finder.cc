#include "detect/names/name_finder.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/ascii.h"
#include "detect/names/csv_text.h"
#include "detect/names/cues.h"
#include "detect/names/hint.h"
#include "detect/names/lexicon.h"
#include "detect/names/place_shape.h"
#include "detect/names/slots.h"
#include "detect/names/token_run.h"
#include "detect/validators/addresses.h"
#include "detect/validators/dates.h"

namespace deskbench::names {

namespace {

constexpr std::string_view kIdNameGazetteer = "name_gazetteer";
constexpr std::string_view kIdNameContext = "name_context";
constexpr std::string_view kIdNameSlot = "name_slot";
constexpr std::string_view kIdOrgSuffix = "org_suffix";
constexpr std::string_view kIdOrgKeyword = "org_keyword";
constexpr std::string_view kIdOrgContext = "org_context";
constexpr std::string_view kIdLocationGazetteer = "location_gazetteer";
constexpr std::string_view kIdLocationContext = "location_context";

struct Context {
  std::string_view text;
  const Policy& policy;
  HintKind hint;
  std::vector<Finding>& out;
  bool person, org, location;
  // NamesAnInstitution's answers for this text: a name may stand in it a thousand times.
  std::vector<std::pair<std::string_view, bool>> institutions;
};

std::string_view TokenText(const Context& c, const Token& t) {
  return c.text.substr(t.begin, t.end - t.begin);
}

constexpr uint32_t kNotNamePart = kFunction | kTitle | kLegalSuffix | kOrgKeyword;
constexpr uint32_t kPlace = kCity | kCountry | kRegion;

// Suffixes that are also everyday words or abbreviations count only as written here.
// Whether the word before or after [begin, end) on the same line is written in capitals too
// (two letters or more): a heading or a banner, where capitals say nothing about a word.
bool CapitalsAround(std::string_view text, size_t begin, size_t end) {
  auto capitals = [](std::string_view w) {
    size_t letters = 0;
    for (char c : w) {
      if (ascii::IsLower(c)) return false;
      letters += ascii::IsUpper(c);
    }
    return letters >= 2;
  };
  size_t b = begin;
  while (b > 0 && !ascii::IsAlpha(text[b - 1]) && text[b - 1] != '\n') --b;
  size_t a = b;
  while (a > 0 && ascii::IsAlpha(text[a - 1])) --a;
  if (a < b && capitals(text.substr(a, b - a))) return true;
  size_t e = end;
  while (e < text.size() && !ascii::IsAlpha(text[e]) && text[e] != '\n') ++e;
  size_t z = e;
  while (z < text.size() && ascii::IsAlpha(text[z])) ++z;
  return z > e && capitals(text.substr(e, z - e));
}

// A news dateline: a place in capitals starting its line, then a date, a source or a dash
// ("BRUSSELS 1996-08-22", "LONDON (Reuters) -", "PARIS, Jan 5").
bool Dateline(std::string_view text, size_t begin, size_t end) {
  size_t b = begin;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  size_t e = end;
  if (e < text.size() && text[e] == ',') ++e;
  if (e >= text.size() || text[e] != ' ') return false;
  while (e < text.size() && text[e] == ' ') ++e;
  if (e >= text.size()) return false;
  if (text[e] == '(' || text[e] == '-') return true;
  // A date, not a version ("MIE 1.1 FORMAT SPECIFICATION"): a year and a dash, or a month.
  if (text.size() - e >= 5 && (text.substr(e, 2) == "19" || text.substr(e, 2) == "20") &&
      ascii::IsDigit(text[e + 2]) && ascii::IsDigit(text[e + 3]) && text[e + 4] == '-') {
    return true;
  }
  size_t w = e;
  while (w < text.size() && ascii::IsAlpha(text[w])) ++w;
  return w > e && validators::MonthFromName(text.substr(e, w - e)) != 0;
}

bool RiskySuffixAsWritten(std::string_view w) {
  static constexpr std::array<std::string_view, 38> kExact = {
      "AG",   "SA",  "S.A", "AS",  "A/S",   "AB",    "LP",  "L.P",  "Oy",  "SE",
      "SL",   "S.L", "KG",  "UG",  "Co",    "CO",    "Lda", "ASA",  "Oyj", "S.E",
      "Ltda", "LDA", "ApS", "OOO", "JSC",   "Kft",   "KFT", "e.V",  "e.G", "eG",
      "e.K",  "SCS", "SNC", "GIE", "S.N.C", "S.C.S", "SCA", "S.C.A"};
  return In(w, kExact);
}

struct Emitter {
  Context& c;
  void Emit(Entity type, size_t begin, size_t end, float score, std::string_view id) {
    if (score < 0.3f || end <= begin) return;
    c.out.push_back({type, begin, end, std::min(score, 0.95f), id});
  }
};

class RunAnalyzer {
 public:
  RunAnalyzer(Context& c, const TokenRun& run) : c_(c), run_(run), emit_{c} {}

  void Analyze() {
    const size_t n = run_.size;
    if (c_.person) VancouverAuthors();
    if (c_.org) {
      OrgsBySuffix();
      OrgsByKeyword();
      OrgsBySurnames();
      SignatureOrg();
    }
    // "Virginia Beach", "San Jose", "New York": a multi-word place before any person in it.
    if (c_.location) {
      for (size_t k = 0; k + 1 < n; ++k) {
        if (!used_[k] && (T(k).flags & kPlacePrefix) && T(k).place_words >= 2) Place(k, true);
      }
    }
    if (c_.person) {
      if (WholeTextPerson()) return;
      for (size_t k = 0; k < n; ++k) {
        if (used_[k]) continue;
        if (TitledName(k) || InvertedName(k) || FullName(k) || FamilyFirstName(k) ||
            ParticleName(k) || InitialsName(k) || TownGivenName(k)) {
          continue;
        }
      }
      SlotNames();
      for (size_t k = 0; k < n; ++k) {
        if (!used_[k]) ProseName(k);
      }
      for (size_t k = 0; k < n; ++k) {
        if (!used_[k]) LoneName(k);
      }
    }
    if (c_.org) LabelledOrg();
    if (c_.location) {
      for (size_t k = 0; k < n; ++k) {
        if (!used_[k]) Place(k, false);
      }
    }
    if (c_.org && c_.hint.org) WholeTextOrg();
  }

 private:
  const Token& T(size_t k) const { return run_.tokens[k]; }
  bool CoversWholeText() const {
    std::string_view before = c_.text.substr(0, T(0).begin);
    std::string_view after = c_.text.substr(T(run_.size - 1).end);
    return ascii::Trim(before).empty() && (ascii::Trim(after).empty() || ascii::Trim(after) == ".");
  }
  // The word before, on the same line unless cross_lines ("Regards,\nJane").
  std::string_view Prev(size_t begin, bool cross_lines = false) {
    return PrevWord(c_.text, begin, prev_buf_, sizeof prev_buf_, cross_lines);
  }
  std::string_view Next(size_t end) { return NextWord(c_.text, end, next_buf_, sizeof next_buf_); }

  bool AllCommon(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k) {
      const Token& t = T(k);
      if (t.shape == Shape::kConnector) continue;
      if (!(t.flags & (kCommon | kFunction | kAmbiguous))) return false;
    }
    return true;
  }

  bool AllWords(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k) {
      const Token& t = T(k);
      if (t.shape == Shape::kConnector) continue;
      if (!(t.flags & (kCommon | kFunction | kAmbiguous | kWord))) return false;
    }
    return true;
  }

  // "ACAP ACAP Media": a word written twice is a heading or a label before the name, not a part
  // of it.
  bool Repeats(size_t k) const {
    return k + 1 < run_.size && TokenText(c_, T(k)) == TokenText(c_, T(k + 1));
  }

  void Use(size_t from, size_t to) {
    for (size_t k = from; k <= to; ++k) used_[k] = true;
  }

  size_t StripLeading(size_t start, size_t limit) const {
    while (start < limit &&
           (T(start).shape == Shape::kConnector || (T(start).flags & (kFunction | kTitle))) &&
           !StartsPlace(start)) {
      ++start;
    }
    return start;
  }

  // "Orders for Northwind Company", "Shares of Lehman Brothers": everyday words and "for" or "of"
  // before a name proper are the sentence's, not the firm's ("Bank of America", "Institute for
  // Fiscal Studies" keep theirs: an organisation word or a place leads them).
  size_t StripEverydayLead(size_t start, size_t limit) const {
    size_t c = start;
    while (c < limit && T(c).shape != Shape::kConnector) {
      constexpr uint32_t kNamed = kOrgKeyword | kLegalSuffix | kPlacePrefix | kCity | kCountry |
                                  kRegion | kFirst | kSurname;
      if (!(T(c).flags & (kCommon | kWord)) || (T(c).flags & kNamed)) return start;
      ++c;
    }
    if (c == start || c >= limit) return start;
    const std::string_view connector = TokenText(c_, T(c));
    if (!ascii::EqualsIgnoreCase(connector, "of") && !ascii::EqualsIgnoreCase(connector, "for")) {
      return start;
    }
    for (size_t i = c + 1; i < limit; ++i) {
      // A name proper: no everyday or organisation word, nor words joined ("Open-Source")
      // unless they are names ("Roberts-Anderson").
      const uint32_t everyday = kCommon | kFunction | kWord | kOrgKeyword | kLegalSuffix;
      const bool joined = TokenText(c_, T(i)).find('-') != std::string_view::npos;
      if (T(i).shape != Shape::kConnector && !(T(i).flags & everyday) &&
          (!joined || (T(i).part_flags & (kFirst | kSurname)))) {
        return StripLeading(c + 1, limit);
      }
    }
    return start;
  }

  // "New" is a function word ("New Project"), but not where it starts a place's name: "New York
  // University", "NEW MEXICO STATE UNIVERSITY".
  bool StartsPlace(size_t i) const {
    if (!(T(i).flags & kPlacePrefix) || i + 1 >= run_.size) return false;
    char key[Lexicon::kMaxKey];
    const size_t len =
        Lexicon::LowerKey(c_.text.substr(T(i).begin, T(i + 1).end - T(i).begin), key, sizeof key);
    const WordInfo* info = len == 0 ? nullptr : Lexicon::Get().Find({key, len});
    return info != nullptr && (info->flags & (kCity | kCountry | kRegion));
  }

  void OrgsBySuffix() {
    const size_t n = run_.size;
    for (size_t k = 1; k < n; ++k) {
      const Token& s = T(k);
      if (used_[k] || s.shape == Shape::kConnector || !(s.flags & kLegalSuffix)) continue;
      // Short forms count only as written ("AG", not "ag"), and not after a comma without their
      // dots ("V, DV, AS: use checked"; "Igalia, S.L." is one) nor starting a hyphenated word
      // ("OCTET SE-\nQUENCE").
      if (s.flags & kRiskySuffix) {
        std::string_view w = TokenText(c_, s);
        bool dotted = w.find('.') != std::string_view::npos;
        if (!RiskySuffixAsWritten(w) || (s.comma_before && !dotted) ||
            (s.end < c_.text.size() && c_.text[s.end] == '-')) {
          continue;
        }
      }
      size_t end = k;
      // "Co., Ltd.", "Pty Ltd", "GmbH & Co. KG".
      while (end + 1 < n && !used_[end + 1]) {
        const Token& x = T(end + 1);
        if (x.shape != Shape::kConnector && (x.flags & kLegalSuffix) &&
            (!(x.flags & kRiskySuffix) || RiskySuffixAsWritten(TokenText(c_, x)))) {
          end++;
        } else if (x.shape == Shape::kConnector && end + 2 < n &&
                   (T(end + 2).flags & kLegalSuffix)) {
          end += 2;
        } else {
          break;
        }
      }
      size_t start = k;
      while (start > 0 && !used_[start - 1] && k - start < 6) {
        if (T(start).comma_before && start != k) break;
        if (T(start - 1).flags & kLegalSuffix && start - 1 != 0) break;
        // "BETWEEN ACME CORP", "IS ACME INC": function words end a name (connectors do not).
        if ((T(start - 1).flags & kFunction) && T(start - 1).shape != Shape::kConnector) break;
        if (PersonOf(start - 1)) break;
        --start;
      }
      start = StripEverydayLead(StripLeading(start, k), k);
      if (start >= k) continue;
      start = PartnersBefore(start, k);
      bool generic = ascii::EqualsIgnoreCase(TokenText(c_, s), "company") ||
                     ascii::EqualsIgnoreCase(TokenText(c_, s), "corporation") ||
                     ascii::EqualsIgnoreCase(TokenText(c_, s), "limited");
      float score = 0.85f;
      if ((s.flags & kRiskySuffix) && AllWords(start, k)) continue;  // "SUCH AS", "NOTE CO"
      if (AllCommon(start, k)) {
        // "Parent Company", "Holding Corporation"; but "International Business Machines Corp."
        if (generic && k - start < 3) continue;
        score = 0.6f;
      }
      if (In(Prev(T(start).begin), kOrgBefore)) score += 0.05f;
      if (c_.hint.org) score += 0.1f;
      emit_.Emit(Entity::ORGANIZATION, T(start).begin, T(end).end, score, kIdOrgSuffix);
      Use(start, end);
      k = end;
    }
  }

  // "Ms Fiona McAllister of Brightwater Legal LLP", "Jane Doe of Acme Inc": a person of the firm
  // before its "of", a given name and a surname, or a title and a name, none of them a word that
  // names an organisation ("Bank of America", "Church of England"). `of` is the connector.
  bool PersonOf(size_t of) const {
    if (of < 2 || TokenText(c_, T(of)) != "of") return false;
    const Token& surname = T(of - 1);
    const Token& before = T(of - 2);
    constexpr uint32_t kOrgWord = kOrgKeyword | kLegalSuffix | kOrgLead;
    if (surname.shape != Shape::kCap || ((surname.flags | before.flags) & kOrgWord)) return false;
    if (before.flags & kTitle) return true;
    return before.shape == Shape::kCap && (before.flags & kFirst) &&
           ((surname.flags & kSurname) || surname.flags == 0) && !(surname.flags & kPlace);
  }

  void OrgsByKeyword() {
    const size_t n = run_.size;
    for (size_t k = 0; k < n; ++k) {
      const Token& kw = T(k);
      if (used_[k] || kw.shape == Shape::kConnector || !(kw.flags & kOrgKeyword)) continue;
      if (kw.shape != Shape::kCap && kw.shape != Shape::kUpper) continue;
      // "C. Chambers and D. Ungar", "J. Banks": after initials the word is a surname.
      if (k > 0 && T(k - 1).shape == Shape::kInitial && T(k - 1).dot_after && !kw.comma_before) {
        continue;
      }
      size_t start = k;
      // A word that leads its name ("Banco", "Caisse") does not end one: "Michael Caisse".
      const bool leads = LeadsName(kw);
      // A family firm is named across its "and": "Borman and Sons", "Carlier et Fils".
      if (k >= 2 && IsAnd(T(k - 1)) && !used_[k - 2] && T(k - 2).shape != Shape::kConnector &&
          !(T(k - 2).flags & kFunction) && FamilyWord(TokenText(c_, kw))) {
        start = k - 2;
      }
      // Not across "and": "Windows Server and Amazon Web Services" names two things. Nor across
      // a function word that is no connector: in capitals a whole clause is one run
      // ("PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES", "DEALINGS IN THE SOFTWARE").
      while (!leads && start > 0 && !used_[start - 1] && !T(start).comma_before && k - start < 5 &&
             !(T(start - 1).flags & kTitle) && !Repeats(start - 1) &&
             !((T(start - 1).flags & kFunction) && T(start - 1).shape != Shape::kConnector &&
               !StartsPlace(start - 1)) &&
             !(T(start - 1).shape == Shape::kConnector &&
               c_.text.substr(T(start - 1).begin, 3) == "and") &&
             !PersonOf(start - 1)) {
        --start;
      }
      start = StripEverydayLead(StripLeading(start, k), k);
      // "Hughes, Morgan & Partners", "Dodaro, Longhi e Durante Group": the partners' list. Not
      // before a family firm, which has one name ("Geochemist, Taylor and Sons").
      if (start < k && !FamilyWord(TokenText(c_, kw))) start = PartnersBefore(start, k);
      size_t end = k;
      // "Bank of America", "University of Leeds", "Institute for Fiscal Studies"; not "Hospital
      // on Monday": "on" and "upon" join places ("Newcastle upon Tyne"), not organisations.
      const bool family = FamilyWord(TokenText(c_, kw));  // the last word: "and Sons"
      if (!family && k + 2 < n && T(k + 1).shape == Shape::kConnector && !used_[k + 2] &&
          !T(k + 2).comma_before && !(T(k + 2).flags & kCalendar) &&
          !((T(k + 2).flags & kFunction) && T(k + 2).shape != Shape::kConnector) &&
          !ascii::EqualsIgnoreCase(TokenText(c_, T(k + 1)), "on") &&
          !ascii::EqualsIgnoreCase(TokenText(c_, T(k + 1)), "upon")) {
        end = k + 2;
        while (end + 1 < n && !used_[end + 1] && !T(end + 1).comma_before &&
               T(end + 1).shape != Shape::kConnector && end - k < 4) {
          end++;
        }
      }
      // "Banco Santander", "Universidad de Chile": a kind of organisation named after it.
      if (start == k && end == k && leads) end = NameAfterLeadingWord(k);
      // Further keywords: "Northwind Capital Partners".
      while (end + 1 < n && !used_[end + 1] && !T(end + 1).comma_before &&
             (T(end + 1).flags & kOrgKeyword) && T(end + 1).shape == kw.shape &&
             !LeadsName(T(end + 1))) {
        end++;
      }
      if (start == k && end == k) continue;
      bool proper = false;
      for (size_t i = start; i <= end; ++i) {
        if (i == k || T(i).shape == Shape::kConnector) continue;
        if (!(T(i).flags & (kCommon | kFunction | kOrgKeyword))) proper = true;
      }
      float score = proper ? 0.7f : 0.4f;
      // "Mercy General Hospital", "Royal Free Hospital": an institution's name is often made of
      // everyday words; two or more of them before the word are a name, not a phrase ("Community
      // College", "Working Capital").
      if (!proper && k - start >= 2 && InstitutionWord(TokenText(c_, kw))) score = 0.55f;
      if (In(Prev(T(start).begin), kOrgBefore)) score += 0.15f;
      if (c_.hint.org) score += 0.2f;
      emit_.Emit(Entity::ORGANIZATION, T(start).begin, T(end).end, score, kIdOrgKeyword);
      Use(start, end);
      k = end;
    }
  }

  // A surname that is nothing else a list knows: "Johnson", "Moore" (a given name too is fine).
  // A surname the lists know as nothing else; in a partners' list also a frequent surname that
  // is a word or a town too ("Smith", "Miller", "Davis", "Moore").
  bool PlainSurname(const Token& t, bool in_list = false) const {
    if (t.shape != Shape::kCap) return false;
    const uint32_t f = t.flags | t.part_flags;
    if (!(f & kSurname) || (f & (kCalendar | kCountry | kRegion | kThing | kNotNamePart))) {
      return false;
    }
    if (!(f & (kCommon | kAmbiguous | kWord | kCity))) return true;
    return in_list && (f & kSurnameTop);
  }

  int Everyday(const Token& t) const {
    return ((t.flags | t.part_flags) & (kCommon | kAmbiguous | kWord)) ? 1 : 0;
  }

  // The partners of a professional firm, after its founder's name and "&": "Müller & Partner",
  // "Weber & Kollegen", "Moreau & Cie", "Roca y Asociados".
  bool PartnerWord(const Token& t) const {
    static constexpr std::string_view kWords[] = {"Partner",   "Partners",  "Kollegen",
                                                  "Cie",       "Associés",  "Asociados",
                                                  "Associati", "Associates"};
    const std::string_view w = TokenText(c_, t);
    for (std::string_view p : kWords) {
      if (w == p) return true;
    }
    return false;
  }

  static bool FamilyWord(std::string_view w) {
    for (std::string_view f : kFamilyFirmWords) {
      if (ascii::EqualsIgnoreCase(w, f)) return true;
    }
    return false;
  }

  bool IsAnd(const Token& t) const {
    std::string_view w = TokenText(c_, t);
    return t.shape == Shape::kConnector &&
           (w == "and" || w == "&" || w == "et" || w == "e" || w == "y" || w == "und");
  }

  // "Skadden, Arps, Slate, Meagher & Flom LLP", "Dodaro, Longhi e Durante S.p.A.": a firm named
  // after its partners lists them with commas up to the last two, joined by "and". Only where the
  // name before the legal form (or the organisation word) has that "and", and only single-word
  // items: "However, Meagher & Flom LLP" and "Jane Smith, Meagher & Flom LLP" keep their first
  // words.
  size_t PartnersBefore(size_t start, size_t k) const {
    bool joined = false;
    for (size_t i = start; i < k; ++i) joined = joined || IsAnd(T(i));
    if (!joined) return start;
    size_t s = start;
    while (s > 0 && start - s < 4 && T(s).comma_before && !used_[s - 1] && PartnerName(T(s - 1)) &&
           (s - 1 == 0 || T(s - 1).comma_before)) {
      --s;
    }
    return s;
  }

  // A word that can be a partner's surname in a firm's name: a surname, or a word no list knows.
  static bool PartnerName(const Token& t) {
    const uint32_t f = t.flags | t.part_flags;
    constexpr uint32_t kNever =
        kFunction | kTitle | kCalendar | kCountry | kRegion | kThing | kLegalSuffix | kOrgKeyword;
    return t.shape == Shape::kCap && !(f & kNever) &&
           ((f & kSurname) || !(f & (kCommon | kAmbiguous | kWord)));
  }

  // A partner in a firm named after three of them: a surname, or a capitalised word of one piece
  // that no list knows ("Cuevas, Somoza and Cantón").
  bool ListedPartner(const Token& t) const {
    return PlainSurname(t, true) ||
           (t.shape == Shape::kCap && !t.hyphen && (t.flags | t.part_flags) == 0);
  }

  // Firms named after their partners: "Johnson, Smith and Williams", "Procter & Gamble",
  // "Roberts-Anderson" (two surnames joined, no given name before them). Two surnames joined by
  // "and" may be two people, so that takes the comma form of three.
  void OrgsBySurnames() {
    const size_t n = run_.size;
    for (size_t k = 0; k < n; ++k) {
      if (used_[k] || !ListedPartner(T(k))) continue;
      // The firm's name stands alone in its run: "Paho Lurie-Gregg", "Amitay Isaacs & Martin
      // Schwenke" are people.
      if (k > 0 && !T(k).comma_before && !(T(k - 1).flags & kFunction) &&
          T(k - 1).shape != Shape::kConnector) {
        continue;
      }
      if (k + 1 == n && OnlyOrgBefore(T(k).begin)) {
        if (const size_t dashed = DashedPartnerEnd(T(k)); dashed > 0) {
          emit_.Emit(Entity::ORGANIZATION, T(k).begin, dashed, c_.hint.org ? 0.85f : 0.75f,
                     kIdOrgContext);
          Use(k, k);
          continue;
        }
      }
      const bool surname = PlainSurname(T(k), true);
      size_t end = k;
      float score = 0;
      if (k + 3 < n && !used_[k + 1] && T(k + 1).comma_before && ListedPartner(T(k + 1)) &&
          IsAnd(T(k + 2)) && ListedPartner(T(k + 3)) && !used_[k + 3] &&
          ThreePartners(T(k), T(k + 1), T(k + 3))) {
        end = k + 3;
        score = 0.8f;
      } else if (surname && k + 2 < n && !used_[k + 2] &&
                 ((TokenText(c_, T(k + 1)) == "&" && PlainSurname(T(k + 2), true) &&
                   !T(k + 2).comma_before && Everyday(T(k)) + Everyday(T(k + 2)) <= 1) ||
                  (IsAnd(T(k + 1)) && PartnerWord(T(k + 2))))) {
        // "Procter & Gamble"; "Müller & Partner", "Weber und Kollegen", "Moreau & Cie".
        end = k + 2;
        score = 0.8f;
      } else if (T(k).hyphen && (k + 1 == n || T(k + 1).comma_before)) {
        const bool org_before = In(Prev(T(k).begin), kOrgBefore);
        if (HyphenedSurnames(T(k), org_before)) score = org_before ? 0.75f : 0.55f;
      }
      // "Rossi e figli", "Martin et fils": the family after the last partner, in lower case.
      size_t family_end = 0;
      if ((score > 0 || surname) && end + 1 == n) family_end = FamilyTail(T(end).end);
      if (score == 0 && family_end == 0) continue;
      if (score == 0) score = 0.8f;
      if (family_end == 0 && end + 1 < n && !T(end + 1).comma_before) continue;
      // "Larry & Moe": given names on both sides are two people.
      if (end == k + 2 && (T(k).flags & kFirst) && (T(end).flags & kFirst)) continue;
      if (c_.hint.org) score += 0.1f;
      const size_t first = end == k ? k : PartnersBefore(k, end + 1);
      emit_.Emit(Entity::ORGANIZATION, T(first).begin, family_end > 0 ? family_end : T(end).end,
                 score, kIdOrgContext);
      Use(first, end);
      k = end;
    }
  }

  // A word right before `begin` that leads to an organisation alone, or "works for".
  bool OnlyOrgBefore(size_t begin) {
    const std::string_view prev = Prev(begin);
    if (In(prev, kOnlyOrgBefore)) return true;
    if (prev != "for") return false;
    std::string_view before = c_.text.substr(0, begin);
    before = ascii::Trim(before);
    before.remove_suffix(std::min<size_t>(3, before.size()));  // "for"
    before = ascii::Trim(before);
    for (std::string_view w : {"work", "works", "worked", "working"}) {
      if (before.size() >= w.size() &&
          ascii::EqualsIgnoreCase(before.substr(before.size() - w.size()), w) &&
          (before.size() == w.size() || !ascii::IsAlpha(before[before.size() - w.size() - 1]))) {
        return true;
      }
    }
    return false;
  }

  // "from Gottlieb - Larson", "at Swift – Schneider": two partners' surnames joined by a spaced
  // dash (which ends the run), only after a word that leads to an organisation alone: elsewhere a
  // spaced dash joins ranges and pairs ("London - Paris", "Monday - Friday"). The end of the
  // second surname, or 0.
  size_t DashedPartnerEnd(const Token& first) const {
    std::string_view rest = c_.text.substr(first.end);
    size_t i = 0;
    if (rest.starts_with(" - ")) {
      i = 3;
    } else if (rest.starts_with(" \xE2\x80\x93 ")) {  // an en dash
      i = 5;
    } else {
      return 0;
    }
    const size_t begin = i;
    if (begin >= rest.size() || !ascii::IsUpper(rest[begin])) return 0;
    auto letter = [&](size_t at) {
      return at < rest.size() &&
             (ascii::IsAlpha(rest[at]) || static_cast<unsigned char>(rest[at]) >= 0x80);
    };
    while (letter(i) || (i + 1 < rest.size() && rest[i] == '-' && ascii::IsUpper(rest[i + 1]))) {
      ++i;
    }
    if (i < rest.size() && (ascii::IsDigit(rest[i]) || rest[i] == '_')) return 0;
    const std::string_view second = rest.substr(begin, i - begin);
    constexpr uint32_t kNever = kFunction | kTitle | kCalendar | kCountry | kRegion | kCity |
                                kThing | kLegalSuffix | kOrgKeyword | kPlacePrefix;
    int everyday = Everyday(first);
    bool given = (first.flags & kFirst) != 0;
    bool both_given = given;
    // Each half of a double-barrelled second name: "Monahan-Bergnaum".
    for (size_t from = 0; from < second.size();) {
      size_t dash = second.find('-', from);
      if (dash == std::string_view::npos) dash = second.size();
      const uint32_t f = Lexicon::Get().Lookup(second.substr(from, dash - from)).flags;
      if ((f & kNever) || (f != 0 && !(f & kSurname))) return 0;
      everyday += (f & (kCommon | kAmbiguous | kWord)) ? 1 : 0;
      both_given = both_given && (f & kFirst);
      from = dash + 1;
    }
    if (everyday > 1 || both_given) return 0;  // "Brown - White", "Paul - Mathieu"
    return first.end + i;
  }

  // Three partners' names: surnames, at most one of them also an everyday word ("Black, White
  // and Brown" are colours); or at most two everyday words where another partner is a surname of
  // one piece and nothing else ("Hubbard, Miller and Colon", not "Hewlett-Packard, Kodak and
  // Sanyo").
  bool ThreePartners(const Token& a, const Token& b, const Token& c) const {
    const int everyday = Everyday(a) + Everyday(b) + Everyday(c);
    if (everyday <= 1 && PlainSurname(a, true) && PlainSurname(b, true) && PlainSurname(c, true)) {
      return true;
    }
    auto plain = [&](const Token& t) { return !t.hyphen && PlainSurname(t); };
    return everyday <= 2 && (plain(a) || plain(b) || plain(c));
  }

  // The end of " e figli", " et fils", " & Sons" right after `at`, or 0.
  size_t FamilyTail(size_t at) const {
    std::string_view rest = c_.text.substr(at);
    size_t i = 0;
    auto spaces = [&] {
      size_t from = i;
      while (i < rest.size() && rest[i] == ' ') ++i;
      return i > from;
    };
    if (!spaces()) return 0;
    size_t word = i;
    while (i < rest.size() && (ascii::IsAlpha(rest[i]) || rest[i] == '&')) ++i;
    std::string_view conj = rest.substr(word, i - word);
    if (conj != "e" && conj != "et" && conj != "y" && conj != "and" && conj != "&" &&
        conj != "und") {
      return 0;
    }
    if (!spaces()) return 0;
    word = i;
    while (i < rest.size() && ascii::IsAlpha(rest[i])) ++i;
    if (i < rest.size() && ascii::IsWordByte(rest[i])) return 0;
    return FamilyWord(rest.substr(word, i - word)) ? at + i : 0;
  }

  // "Roberts-Anderson": both halves of a hyphenated word are surnames, the first nothing else.
  // After a word that leads to an organisation ("at Young-Smith") both may be common surnames
  // that are also words or towns.
  bool HyphenedSurnames(const Token& t, bool org_before) const {
    std::string_view w = TokenText(c_, t);
    size_t dash = w.find('-');
    if (dash == std::string_view::npos || w.find('-', dash + 1) != std::string_view::npos) {
      return false;
    }
    auto flags = [](std::string_view half) { return Lexicon::Get().Lookup(half).flags; };
    constexpr uint32_t kElse = kCommon | kAmbiguous | kWord | kCity | kCountry | kRegion | kThing;
    if (t.flags & kElse) return false;  // the whole word: "Winston-Salem"
    const uint32_t first = flags(w.substr(0, dash));
    if ((first & kSurname) && !(first & kElse) && (t.part_flags & kSurname)) return true;
    if (!org_before) return false;
    constexpr uint32_t kNever = kCountry | kRegion | kThing | kCalendar | kFunction;
    const uint32_t second = flags(w.substr(dash + 1));
    return (first & kSurnameTop) && (second & kSurnameTop) && !((first | second) & kNever);
  }

  static bool LeadsName(const Token& t) { return (t.flags & kOrgLead) != 0; }

  // The capitalised words after a leading organisation word, across connectors ("de", "du",
  // "de la") that a capitalised word follows: "Université de Montréal", "Grupo Bimbo".
  size_t NameAfterLeadingWord(size_t k) const {
    size_t end = k;
    for (size_t i = k + 1; i < run_.size && i - k <= 5; ++i) {
      const Token& t = T(i);
      if (used_[i] || t.comma_before || IsAnd(t)) break;  // "Grupo Bimbo and Groupe Renault"
      if (t.shape == Shape::kConnector) continue;         // kept only if a word follows
      if ((t.shape != Shape::kCap && t.shape != Shape::kUpper) ||
          (t.flags & (kFunction | kCalendar | kTitle)) || LeadsName(t)) {
        break;
      }
      // In capitals a licence's clause runs on: "STICHTING MATHEMATISCH CENTRUM DISCLAIMS".
      if (t.shape == Shape::kUpper && (t.flags & (kCommon | kWord))) break;
      end = i;
    }
    return end;
  }

  static bool InstitutionWord(std::string_view word) {
    for (std::string_view w : {"hospital", "university", "college", "clinic", "institute",
                               "foundation", "academy", "infirmary"}) {
      if (ascii::EqualsIgnoreCase(word, w)) return true;
    }
    return false;
  }

  // "Client: Northwind Traders", "employed by Globex": the label makes the run an organisation.
  void LabelledOrg() {
    size_t start = StripLeading(0, run_.size);
    if (start >= run_.size || used_[start]) return;
    size_t end = start;
    while (end + 1 < run_.size && !used_[end + 1] && !T(end + 1).comma_before) end++;
    if (T(end).shape == Shape::kConnector || AllCommon(start, end + 1)) return;
    size_t i = T(start).begin;
    while (i > 0 && (c_.text[i - 1] == ' ' || c_.text[i - 1] == '\t')) --i;
    bool colon = i > 0 && c_.text[i - 1] == ':';
    std::string_view label = Prev(T(start).begin);
    bool labelled = colon && In(label, kOrgLabels);
    if (!labelled && label == "by") {
      size_t j = T(start).begin;
      while (j > 0 && c_.text[j - 1] == ' ') --j;
      j = j >= 2 ? j - 2 : 0;
      labelled = PrevWordIs(j, "employed") || PrevWordIs(j, "acquired") || PrevWordIs(j, "owned");
    }
    if (!labelled) return;
    emit_.Emit(Entity::ORGANIZATION, T(start).begin, T(end).end, 0.65f, kIdOrgContext);
    Use(start, end);
  }

  // The organisation of a signature block (names/slots.h): the run's last item, ending its line
  // under the job title or after it on the title's line ("Head of Finance, Northwind Traders").
  void SignatureOrg() {
    const size_t n = run_.size;
    size_t start = n - 1;
    while (start > 0 && !T(start).comma_before) --start;
    for (size_t k = start; k < n; ++k) {
      if (used_[k]) return;
    }
    const Token& first = T(start);
    if (first.shape == Shape::kConnector || AllCommon(start, n)) return;
    size_t after = T(n - 1).end;
    while (after < c_.text.size() && (c_.text[after] == ' ' || c_.text[after] == '.')) ++after;
    if (after < c_.text.size() && c_.text[after] != '\n' && c_.text[after] != '\r') return;
    // A town on the line under the title is the office's place ("London"): Place reads it.
    if (start + 1 == n && (first.flags & (kCity | kCountry | kRegion))) return;
    if (!SignatureOrgSlot(c_.text, first.begin, T(n - 1).end)) return;
    emit_.Emit(Entity::ORGANIZATION, first.begin, T(n - 1).end, 0.7f, kIdOrgContext);
    Use(start, n - 1);
  }

  bool PrevWordIs(size_t end, std::string_view word) {
    char buf[16];
    return PrevWord(c_.text, end, buf, sizeof buf) == word;
  }

  void WholeTextOrg() {
    if (!CoversWholeText() || run_.size > 8) return;
    for (size_t k = 0; k < run_.size; ++k) {
      if (used_[k]) return;
    }
    size_t start = StripLeading(0, run_.size);
    if (start >= run_.size) return;
    // "Internal", "Other", "Various" under "Client" or "Vendor": a kind of party, not a party.
    if (run_.size - start == 1) {
      static constexpr std::array<std::string_view, 26> kKindsOfParty = {
          "internal", "external", "other",  "others",     "various",   "unknown",  "none",
          "pending",  "private",  "public", "individual", "multiple",  "personal", "general",
          "default",  "misc",     "self",   "same",       "tbd",       "tba",      "direct",
          "new",      "existing", "all",    "any",        "unassigned"};
      char key[Lexicon::kMaxKey];
      const size_t n = Lexicon::LowerKey(TokenText(c_, T(start)), key, sizeof key);
      if (In(std::string_view(key, n), kKindsOfParty)) return;
    }
    emit_.Emit(Entity::ORGANIZATION, T(start).begin, T(run_.size - 1).end, 0.75f, kIdOrgContext);
    Use(0, run_.size - 1);
  }

  float PersonContext(size_t begin, size_t end) {
    float boost = 0;
    if (MentionBefore(c_.text, begin) || In(Prev(begin, true), kGreetings) ||
        In(Prev(begin), kPersonBefore)) {
      boost = 0.15f;
    }
    std::string_view next = Next(end);
    if (In(next, kPersonAfter)) boost = 0.15f;
    if (end < c_.text.size() && c_.text[end] == ' ' && end + 1 < c_.text.size() &&
        c_.text[end + 1] == '(') {
      boost = std::max(boost, 0.1f);  // "Jane Doe (CFO)"
    }
    if (boost < 0.25f && PersonSlot(c_.text, begin, end) == Slot::kHeader) boost = 0.25f;
    if (c_.hint.person) boost += 0.15f;
    return boost;
  }

  // The whole cell is a name under a name column: "Xiang Zhao", "Jane".
  bool WholeTextPerson() {
    if (!c_.hint.person || !CoversWholeText() || run_.size > 4) return false;
    for (size_t k = 0; k < run_.size; ++k) {
      const Token& t = T(k);
      if (used_[k] || (t.flags & (kFunction | kLegalSuffix | kOrgKeyword)) ||
          t.shape == Shape::kMixed) {
        return false;
      }
    }
    size_t start = StripLeading(0, run_.size);
    if (start >= run_.size) return false;
    float score = 0.75f;
    if (run_.size - start == 1) {
      uint32_t f = T(start).flags | T(start).part_flags;
      bool known = (c_.hint.given && (f & kFirst)) || (c_.hint.surname && (f & kSurname)) ||
                   (f & (kFirst | kSurname));
      // "Species", "Moscow" under "Name": a word or a place that no list knows as a name labels
      // a row, it names no one. Under "Surname" the column says what the word is.
      bool told = c_.hint.given || c_.hint.surname;
      if (!known && !told && (f & (kCommon | kWord | kCity | kCountry | kRegion))) return false;
      score = known ? 0.8f : 0.6f;
    } else {
      // "Xiang Zhao" yes, "Quarterly Report" or "Project Phoenix" under "Name" no.
      constexpr uint32_t kKnownElse = kCommon | kWord | kAmbiguous | kCity | kCountry | kRegion;
      auto fits = [](const Token& t, uint32_t want) {
        uint32_t f = t.flags | t.part_flags;
        return (f & want) || !(f & kKnownElse) || t.shape == Shape::kInitial;
      };
      const Token& first = T(start);
      const Token& last = T(run_.size - 1);
      if (!fits(first, kFirst) || !fits(last, kSurname)) return false;
      bool known = ((first.flags | first.part_flags) & kFirst) ||
                   ((last.flags | last.part_flags) & kSurname);
      // A name column is as strong a place as an email header: enough to seed propagation.
      score = known ? 0.85f : 0.8f;
    }
    emit_.Emit(Entity::PERSON, T(start).begin, T(run_.size - 1).end, score, kIdNameContext);
    Use(0, run_.size - 1);
    return true;
  }

  bool NamePart(const Token& t, bool upper) const {
    if (t.flags & kNotNamePart) return false;
    if (upper) return t.shape == Shape::kUpper || t.shape == Shape::kInitial;
    return t.shape == Shape::kCap || t.shape == Shape::kInitial ||
           (t.shape == Shape::kConnector && (t.flags & kParticle));
  }

  // Mr. Doe, Dr Jane Doe, Prof. J. Doe.
  bool TitledName(size_t k) {
    const Token& title = T(k);
    if (!(title.flags & kTitle) || title.shape == Shape::kConnector) return false;
    bool upper = title.shape == Shape::kUpper;
    size_t end = k;
    for (size_t j = k + 1; j < run_.size && j <= k + 4; ++j) {
      if (used_[j] || T(j).comma_before || !NamePart(T(j), upper)) break;
      end = j;
    }
    while (end > k && T(end).shape != Shape::kCap && T(end).shape != Shape::kUpper) --end;
    if (end == k) return false;
    float score = 0.85f + (end > k + 1 ? 0.05f : 0.0f) + (c_.hint.person ? 0.05f : 0.0f);
    emit_.Emit(Entity::PERSON, T(k + 1).begin, T(end).end, score, kIdNameContext);
    Use(k, end);
    return true;
  }

  // Doe, Jane (and "Doe, Jane Q.") as in lists and reference lines.
  // The surname may be in capitals, as records and rosters write it: "SMITH, John".
  bool InvertedName(size_t k) {
    if (k + 1 >= run_.size) return false;
    const Token& last = T(k);
    const Token& first = T(k + 1);
    if ((last.shape != Shape::kCap && last.shape != Shape::kUpper) || first.shape != Shape::kCap ||
        !first.comma_before) {
      return false;
    }
    uint32_t lf = last.flags | last.part_flags, ff = first.flags | first.part_flags;
    if (!(ff & kFirst) || ((lf | ff) & kNotNamePart)) return false;
    // "Chief of Staff, Wade-Lee": a word after "of" is the end of a title or a name of a thing.
    if (k > 0 && T(k - 1).shape == Shape::kConnector && !last.comma_before) return false;
    // "Lyon, France", "Austin, Texas" and "Jackson, Georgia" are places; "Walker, Sarah" (Walker,
    // Minnesota) and "Brown, Mary" (Mary, Turkmenistan) are people: a frequent given name that
    // is only a town's name says so.
    const bool given_place = (ff & (kCountry | kRegion)) || ((ff & kCity) && !(ff & kFirstTop));
    const bool surname_place = (lf & (kCountry | kRegion)) || ((lf & kCity) && !(ff & kFirstTop));
    if ((given_place || surname_place) && !c_.hint.person) return false;
    if (ff & kCalendar) return false;  // "Krakow, Poland, June 2004"
    size_t end = k + 1;
    // A second given name: "GARCIA LOPEZ, Ana Maria", "Brown, Mary Ann"; but not a surname
    // written in small letters, which more likely starts the next name of a list ("Markus Kuhn,
    // Colin Watson").
    const uint32_t second = end + 1 < run_.size ? T(end + 1).flags : 0;
    if (end + 1 < run_.size && T(end + 1).shape == Shape::kCap && !T(end + 1).comma_before &&
        (second & kFirst) && !(second & (kNotNamePart | kPlace)) &&
        (!(second & kSurname) || last.shape == Shape::kUpper)) {
      end++;
    }
    if (end + 1 < run_.size && T(end + 1).shape == Shape::kInitial && !T(end + 1).comma_before)
      end++;
    // A column after it ("SMITH, John   DOB: ...") ends the name as a comma does.
    if (end + 1 < run_.size && !T(end + 1).comma_before &&
        c_.text.substr(T(end).end, T(end + 1).begin - T(end).end).find("  ") ==
            std::string_view::npos) {
      return false;
    }
    // A surname no list knows ("Okafor, John") where a label or a greeting says it is a person.
    if (!(lf & kSurname) &&
        (lf != 0 || !(ff & kFirstTop) || PersonContext(last.begin, T(end).end) < 0.15f)) {
      return false;
    }
    // A surname of two words, as Spain and Latin America write it: "GARCIA LOPEZ, Ana".
    size_t start = k;
    if (k > 0 && !used_[k - 1] && !last.comma_before && T(k - 1).shape == last.shape &&
        (T(k - 1).flags & kSurname) && !(T(k - 1).flags & (kNotNamePart | kPlace | kCommon))) {
      start = k - 1;
    }
    float score = 0.35f;
    if (!(ff & (kCommon | kAmbiguous))) {
      score = (lf & (kCommon | kAmbiguous)) ? 0.65f : 0.8f;  // "Doe, Jane" vs "Okafor, Jane"
    }
    score += PersonContext(T(start).begin, T(end).end);
    emit_.Emit(Entity::PERSON, T(start).begin, T(end).end, score, kIdNameGazetteer);
    Use(start, end);
    return true;
  }

  // "Panthers", "Operations", "Companies": the plural of an English word.
  bool PluralOfWord(const Token& t) const {
    char key[Lexicon::kMaxKey];
    size_t n = Lexicon::LowerKey(TokenText(c_, t), key, sizeof key);
    if (n < 4 || key[n - 1] != 's') return false;
    const Lexicon& lex = Lexicon::Get();
    auto word = [&](std::string_view stem) {
      const WordInfo* w = lex.Find(stem);
      return w != nullptr && (w->flags & (kCommon | kWord));
    };
    std::string_view k(key, n);
    if (word(k.substr(0, n - 1))) return true;
    if (n >= 5 && k.substr(n - 2) == "es" && word(k.substr(0, n - 2))) return true;
    if (n >= 5 && k.substr(n - 3) == "ies") {
      key[n - 3] = 'y';
      return word(std::string_view(key, n - 2));
    }
    return false;
  }

  float FullNameScore(size_t k, size_t e) const {
    const Token& a = T(k);
    const Token& last = T(e);
    bool upper = a.shape == Shape::kUpper;
    if (last.shape == Shape::kInitial || last.shape == Shape::kConnector) return 0;
    // "Thu May 30", "Sun Mar 23": a date as `date` and diff write it, though Thu and Sun are
    // given names and May a surname.
    if (((a.flags | a.part_flags) & kCalendar) && ((last.flags | last.part_flags) & kCalendar)) {
      return 0;
    }
    // "Mac Pascal", "Ruby Rails": two names of things (software, languages) are a thing.
    if ((a.flags & kThing) && (last.flags & kThing)) return 0;
    float score = 0.55f;
    uint32_t ff = a.flags | a.part_flags;
    bool first_clear = !(ff & (kCommon | kAmbiguous));
    if (first_clear) score += (ff & kFirstTop) ? 0.25f : 0.2f;
    for (size_t m = k + 1; m < e; ++m) {
      const Token& mid = T(m);
      uint32_t mf = mid.flags | mid.part_flags;
      if (mid.shape == Shape::kInitial) {
        score += 0.1f;
      } else if (mid.shape == Shape::kConnector || (mf & (kFirst | kSurname))) {
        // "van", "Ann" in Mary Ann Smith
      } else if (mf & (kCommon | kAmbiguous | kWord)) {
        return 0;
      }
    }
    uint32_t lf = last.flags | last.part_flags;
    bool surname = lf & kSurname;
    bool everyday = lf & (kCommon | kAmbiguous);
    // A rarer word ("Lamp", "Online", "Panthers") is no surname unless the surname list says so.
    if (!surname && !everyday && ((lf & kWord) || PluralOfWord(last))) everyday = true;
    int last_class;  // 1 clear surname, 2 surname that is a word, 3 unknown name, 4 a word
    if (surname && !everyday) {
      last_class = 1;
      score += 0.2f;
    } else if (surname) {
      last_class = 2;
      score += 0.1f;
    } else if (!everyday) {
      last_class = 3;
      score += 0.1f;
    } else {
      last_class = 4;
      score -= 0.35f;
    }
    if (upper) score -= 0.15f;
    if (!first_clear) {
      // "Jack Smith" is a person, "Rose Garden" is not: both words must be frequent as names.
      bool frequent = (ff & kFirstTop) && !(ff & kAmbiguous) && (lf & kSurnameTop);
      if (last_class == 2 && frequent) {
        score = std::min(score, 0.6f);
      } else if (last_class >= 2) {
        score = std::min(score, 0.45f);
      }
      if (SentenceStart(c_.text, a.begin)) score -= 0.1f;
    }
    return score;
  }

  bool FullName(size_t k) {
    const Token& a = T(k);
    if (a.shape != Shape::kCap && a.shape != Shape::kUpper) return false;
    if (!((a.flags | a.part_flags) & kFirst) || (a.flags & kNotNamePart)) return false;
    bool upper = a.shape == Shape::kUpper;
    float best = 0, best_at_end = 0;
    size_t best_end = k;
    for (size_t j = k + 1; j < run_.size && j <= k + 4; ++j) {
      if (used_[j] || T(j).comma_before) break;
      bool capital_surname = !upper && SurnameInCapitals(T(j)) && !AcronymAfter(a, T(j));
      if (!NamePart(T(j), upper) && !capital_surname &&
          !(j == k + 1 && !upper && SurnameThatIsAFunctionWord(T(j)))) {
        break;
      }
      // The longest reading unless it is clearly worse: "Martin Luther King", "Mary Ann Evans".
      float s = FullNameScore(k, j);
      if (s > 0 && s >= best - 0.1f) {
        best = std::max(best, s);
        best_end = j;
        best_at_end = s;
      }
      if (capital_surname) break;
    }
    if (best_end == k) return false;
    best = best_at_end + PersonContext(a.begin, T(best_end).end);
    if (upper) best = std::min(best, 0.75f);  // all-capitals headings say less
    // Too weak to report: leave the words to places ("Dallas Cowboys").
    if (best < c_.policy.Threshold(Entity::PERSON)) return false;
    emit_.Emit(Entity::PERSON, a.begin, T(best_end).end, best, kIdNameGazetteer);
    Use(k, best_end);
    return true;
  }

  // "Larry Page", "Julia Page": a surname that the word lists hold as a noun of documents, which
  // headings capitalise ("Page 3", "Part II"), right after a given name; not before a number. The
  // pronouns and verbs among function words that are surnames too ("He", "You", "Call") stay out.
  bool SurnameThatIsAFunctionWord(const Token& t) const {
    if (t.shape != Shape::kCap || (t.flags & kNotNamePart) != kFunction || !(t.flags & kSurname)) {
      return false;
    }
    static constexpr std::string_view kDocumentNouns[] = {
        "page", "part", "step", "note", "date", "section", "chapter", "table", "figure", "team"};
    char key[Lexicon::kMaxKey];
    const size_t n = Lexicon::LowerKey(TokenText(c_, t), key, sizeof key);
    bool noun = false;
    for (std::string_view w : kDocumentNouns) noun |= std::string_view(key, n) == w;
    if (!noun) return false;
    const size_t after = t.end;
    return !(after + 1 < c_.text.size() && c_.text[after] == ' ' &&
             ascii::IsDigit(c_.text[after + 1]));
  }

  // "Jean DUPONT", "HUANG Zihan": a surname written in capitals beside a given name that is not,
  // as forms, passports and many countries write them. Only a known surname that is no word:
  // "Contact IT", "Jane CFO" stay out.
  bool SurnameInCapitals(const Token& t) const {
    uint32_t f = t.flags | t.part_flags;
    return t.shape == Shape::kUpper && (f & kSurname) &&
           !(f & (kNotNamePart | kCommon | kAmbiguous | kWord | kCalendar | kCity | kCountry |
                  kRegion | kParticle | kConnector));
  }

  // "James SAX documentation", "the Ada ALI check", "(Ray NA)": three capitals or fewer after a
  // frequent given name or one that is also a word are an acronym; "Jiahao XU" is a name.
  bool AcronymAfter(const Token& given, const Token& t) const {
    uint32_t f = given.flags | given.part_flags;
    return t.end - t.begin <= 3 && (f & (kFirstTop | kCommon | kAmbiguous | kWord));
  }

  // Whether [k, e] stands apart in its run: nothing capitalised joins it before or after, as in
  // "Tanaka Hiroshi Memorial Fund" or "Acme Tjeerd van Dijk".
  bool StandsApart(size_t k, size_t e) const {
    bool before = k == 0 || T(k).comma_before || T(k - 1).shape == Shape::kConnector ||
                  (T(k - 1).flags & (kFunction | kTitle));
    bool after = e + 1 >= run_.size || T(e + 1).comma_before ||
                 T(e + 1).shape == Shape::kConnector || (T(e + 1).flags & kFunction);
    return before && after;
  }

  // "Huang Zihan", "Tanaka Hiroshi", "Park Seo-yeon", "Pham Minh Chinh": a family name first, as
  // Chinese, Japanese, Korean and Vietnamese names are often written, then one or two given
  // names. FullName has tried the given-first reading.
  bool FamilyFirstName(size_t k) {
    constexpr uint32_t kElse =
        kNotNamePart | kCalendar | kCity | kCountry | kRegion | kParticle | kConnector;
    constexpr uint32_t kEveryday = kCommon | kAmbiguous | kWord;
    auto given = [&](size_t i) {
      if (i >= run_.size || used_[i] || T(i).comma_before || T(i).shape != Shape::kCap) {
        return false;
      }
      uint32_t f = T(i).flags | T(i).part_flags;
      return (f & kFirst) && !(f & (kElse | kEveryday)) && !PluralOfWord(T(i));
    };
    if (!given(k + 1)) return false;
    size_t e = given(k + 2) ? k + 2 : k + 1;
    if (!StandsApart(k, e)) return false;
    const Token& a = T(k);
    uint32_t af = a.flags | a.part_flags;
    bool capitals = a.shape == Shape::kUpper && SurnameInCapitals(a);
    if ((a.shape != Shape::kCap && !capitals) || !(af & kSurname) || (af & kElse) ||
        PluralOfWord(a) || a.possessive) {
      return false;
    }
    // A surname that is also a word ("Park", "Lee") only before a Korean given name's shape:
    // "Park Seo-yeon", not "Young Jack".
    if ((af & kEveryday) && !(e == k + 1 && T(k + 1).hyphen)) return false;
    float score = 0.75f + PersonContext(a.begin, T(e).end);
    if (score < c_.policy.Threshold(Entity::PERSON)) return false;
    emit_.Emit(Entity::PERSON, a.begin, T(e).end, score, kIdNameGazetteer);
    Use(k, e);
    return true;
  }

  // "Tjeerd van Oostrum", "Khalid bin Rashed", "Gamal el-Din": a capitalised word, particles of
  // surnames (or a surname with its Arabic article), a capitalised word, neither of them a word of
  // English or a place: a name though neither word is listed. Particles that also join places and
  // organisations ("Casa de Campo", "Pont du Gard", "Huis ten Bosch") take a known given name
  // first, as FullName does, though that name be a word too ("Pat de Souza").
  bool ParticleName(size_t k) {
    size_t m = k + 1;
    while (m < run_.size && m < k + 3 && T(m).shape == Shape::kConnector && !used_[m]) ++m;
    bool article = m == k + 1 && m < run_.size && ArabicArticle(T(m));
    if ((m == k + 1 && !article) || m >= run_.size || used_[m] || T(m).comma_before) return false;
    if (!StandsApart(k, m)) return false;
    const Token& a = T(k);
    const Token& last = T(m);
    constexpr uint32_t kElse = kNotNamePart | kCalendar | kCity | kCountry | kRegion | kCommon |
                               kAmbiguous | kWord | kConnector | kParticle;
    if (a.shape != Shape::kCap || (a.flags & kElse) || PluralOfWord(a) || a.possessive) {
      return false;
    }
    if (last.shape != Shape::kCap || ((last.flags | (article ? 0 : last.part_flags)) & kElse) ||
        PluralOfWord(last)) {
      return false;
    }
    bool strong = article;
    for (size_t i = k + 1; i < m; ++i) {
      if (!(T(i).flags & kParticle)) return false;  // "Port of Spain"
      std::string_view p = TokenText(c_, T(i));
      // "v." ("Martin v. Loewis") also separates the parties of a case: "Smith v. Jones".
      if (p == "v") return false;
      strong = strong || p == "van" || p == "von" || p == "bin" || p == "ibn";
    }
    if (!strong && !(a.flags & kFirst)) return false;
    float score = 0.75f + PersonContext(a.begin, last.end);
    if (score < c_.policy.Threshold(Entity::PERSON)) return false;
    emit_.Emit(Entity::PERSON, a.begin, last.end, score, kIdNameGazetteer);
    Use(k, m);
    return true;
  }

  // "al-Rashidi", "el-Din": the scanner keeps the article, written in lower case, with the word.
  bool ArabicArticle(const Token& t) const {
    std::string_view w = TokenText(c_, t);
    return w.size() > 4 && (w.starts_with("al-") || w.starts_with("el-"));
  }

  // "J. Smith", "J. R. Okafor": initials, then a surname that is no everyday word.
  bool InitialsName(size_t k) {
    // "Option A. Johnson", "Appendix B. Davis": the letter belongs to the word before it.
    if (k > 0 && !T(k).comma_before) return false;
    size_t j = k;
    while (j < run_.size && j < k + 3 && T(j).shape == Shape::kInitial && T(j).dot_after &&
           (j == k || !T(j).comma_before) && !used_[j]) {
      ++j;
    }
    if (j == k || j >= run_.size || used_[j] || T(j).comma_before) return false;
    const Token& last = T(j);
    if (last.shape != Shape::kCap) return false;
    uint32_t lf = last.flags | last.part_flags;
    if (lf & (kNotNamePart | kCommon | kAmbiguous | kWord | kCountry | kRegion)) return false;
    float context = PersonContext(T(k).begin, last.end);
    float score;
    if (lf & kSurname) {
      score = 0.7f + context;
    } else if (context > 0 && !PluralOfWord(last)) {
      score = 0.55f + context;
    } else if (AuthorList() && !(lf & kCalendar) && !PluralOfWord(last)) {
      score = 0.7f;
    } else {
      return false;
    }
    if (score < c_.policy.Threshold(Entity::PERSON)) return false;
    // "J. Robert Oppenheimer", "M. Benoît Château": after an initial and a given name, the next
    // capitalised word is the surname, though it be a word too.
    size_t end = j;
    if ((lf & kFirst) && j + 1 < run_.size && !used_[j + 1] && !T(j + 1).comma_before &&
        T(j + 1).shape == Shape::kCap &&
        !((T(j + 1).flags | T(j + 1).part_flags) &
          (kNotNamePart | kCalendar | kCountry | kRegion | kThing))) {
      end = j + 1;
    }
    emit_.Emit(Entity::PERSON, T(k).begin, T(end).end, score, kIdNameGazetteer);
    Use(k, end);
    return true;
  }

  // The initials of a Vancouver-style author ("Moncada S", "Düzgün AP", "Yamamoto K."): one to
  // three capitals, without dots but for a full stop.
  bool VancouverInitials(size_t i) const {
    const Token& t = T(i);
    if (t.comma_before) return false;
    return t.shape == Shape::kInitial || (t.shape == Shape::kUpper && t.end - t.begin <= 3);
  }

  // "Moncada S, Higgs A, Furchgott R", "Kuyumcu A, Düzgün AP, Özmen MM": authors as medical and
  // scientific journals list them (the Vancouver style), surname then initials. Two or more such
  // items in a row, separated by commas; two need a surname the lists know. Lists whose every
  // "initials" are a legal form or a state ("Acme AG, Globex SA"; "Plano TX, Frisco TX") are
  // firms and places, and a surname is no country or thing, nor a word unless the lists know it
  // as a surname too ("Smith J", not "Windows XP, Office XP"); towns count ("Moncada S") where
  // not every item is one.
  void VancouverAuthors() {
    const size_t n = run_.size;
    size_t k = 0;
    while (k + 1 < n) {
      size_t items = 0, known = 0, towns = 0, j = k;
      bool plain_initials = false;
      while (j + 1 < n && (j == k || T(j).comma_before)) {
        const Token& name = T(j);
        const uint32_t f = name.flags | name.part_flags;
        if (name.shape != Shape::kCap ||
            (f & (kCalendar | kCountry | kRegion | kThing | kTitle | kFunction | kOrgKeyword |
                  kLegalSuffix)) ||
            ((f & (kCommon | kWord | kAmbiguous)) && !(f & kSurname))) {
          break;
        }
        if (!VancouverInitials(j + 1)) break;
        const Token& initials = T(j + 1);
        if (!(initials.flags & (kLegalSuffix | kRegion)) &&
            !validators::IsUsStateCode(TokenText(c_, initials))) {
          plain_initials = true;
        }
        if (f & kSurname) ++known;
        if ((f & kCity) && !(f & kSurname)) ++towns;
        ++items;
        j += 2;
      }
      if (plain_initials && ((items >= 3 && towns < items) || (items == 2 && known > 0))) {
        for (size_t i = k; i < j; i += 2) {
          emit_.Emit(Entity::PERSON, T(i).begin, T(i + 1).end, 0.8f, kIdNameGazetteer);
          Use(i, i + 1);
        }
        k = j;
      } else {
        ++k;
      }
    }
  }

  // "M. Islam, S. Niki, T. Sakurai, K. Akimoto": three or more items of initials and a
  // capitalised word, separated by commas, are a list of authors; a surname no list knows (or
  // that is also a town) is a surname there.
  bool AuthorList() {
    if (author_list_ < 0) {
      int items = 0;
      for (size_t k = 0; k + 1 < run_.size; ++k) {
        if (k > 0 && !T(k).comma_before) continue;
        size_t j = k;
        while (j < run_.size && T(j).shape == Shape::kInitial && T(j).dot_after &&
               (j == k || !T(j).comma_before)) {
          ++j;
        }
        if (j > k && j < run_.size && !T(j).comma_before && T(j).shape == Shape::kCap) ++items;
      }
      author_list_ = items >= 3 ? 1 : 0;
    }
    return author_list_ == 1;
  }

  // A word that can be part of a name nobody listed: a known name, or no word of English or place.
  bool UnlistedNamePart(const Token& t) const {
    if (t.shape != Shape::kCap || (t.flags & kNotNamePart)) return false;
    uint32_t f = t.flags | t.part_flags;
    if (f & kCalendar) return false;
    if (f & (kFirst | kSurname)) return true;
    return !(f & (kCommon | kWord | kAmbiguous | kCity | kCountry | kRegion | kThing)) &&
           !EnglishNoun(t);
  }

  // "Internationalization", "Management", "Darkness": a word built with a suffix of English nouns,
  // which the word lists do not all hold, and no name takes.
  bool EnglishNoun(const Token& t) const {
    char key[Lexicon::kMaxKey];
    size_t n = Lexicon::LowerKey(TokenText(c_, t), key, sizeof key);
    std::string_view w(key, n);
    for (std::string_view suffix :
         {"tion", "sion", "ment", "ness", "ship", "ity", "ism", "ology", "ware", "able", "ible"}) {
      if (w.size() >= suffix.size() + 4 && w.ends_with(suffix)) return true;
    }
    return false;
  }

  // "I spoke with Nuzathor Ninaisork", "Teididerk Stethoth will lead": two or three words that are
  // no English word, no place and no listed given name (FullName has those), next to a person cue.
  bool ProseName(size_t k) {
    size_t e = k;
    while (e < run_.size && e < k + 3 && !used_[e] && (e == k || !T(e).comma_before)) {
      const Token& t = T(e);
      uint32_t f = t.flags | t.part_flags;
      if (!UnlistedNamePart(t) || (f & (kCommon | kWord | kAmbiguous)) || PluralOfWord(t)) break;
      ++e;
      if (t.possessive) break;
    }
    if (e - k < 2) return false;
    if (k > 0 && !T(k).comma_before) return false;  // "Acme Zorblax Quintor": a longer name
    if (e < run_.size && !T(e).comma_before) return false;
    float context = PersonContext(T(k).begin, T(e - 1).end);
    if (context <= 0) {
      std::string_view next = Next(T(e - 1).end);
      size_t after = T(e - 1).end + next.size() + 1;
      if (next == "will" || (next == "was" && c_.text.substr(after, 5) == " born")) context = 0.15f;
    }
    if (context <= 0) return false;
    emit_.Emit(Entity::PERSON, T(k).begin, T(e - 1).end, 0.55f + context, kIdNameContext);
    Use(k, e - 1);
    return true;
  }

  // Names in places that hold names (email headers, labels, signatures, greetings, action items),
  // whether or not the gazetteers know them: "From: Tobror Fotouder <tf@x.com>".
  void SlotNames() {
    const size_t n = run_.size;
    for (size_t k = 0; k < n;) {
      size_t e = k + 1;
      while (e < n && !T(e).comma_before) ++e;  // [k, e) is one item of a list
      SlotName(k, e);
      k = e;
    }
  }

  void SlotName(size_t k, size_t e) {
    k = StripLeading(k, e);  // "Hi Sesais", "Dear Tokraith": the greeting is in the run
    if (k >= e || e - k > 4) return;
    // "Beste Jan,", "Dear April,": a given name that also names a month or a day, alone after a
    // greeting (elsewhere "Jan" is January).
    const Token& only = T(k);
    if (e - k == 1 && !used_[k] && only.shape == Shape::kCap && (only.flags & kFirst) &&
        (only.flags & kCalendar) && PersonSlot(c_.text, only.begin, only.end) == Slot::kGreeting) {
      emit_.Emit(Entity::PERSON, only.begin, only.end, 0.7f, kIdNameSlot);
      used_[k] = true;
      return;
    }
    bool any_clear = false;  // one word that is no everyday word: not "Sales Team"
    for (size_t i = k; i < e; ++i) {
      const Token& t = T(i);
      if (used_[i]) return;
      bool inner = i > k && i + 1 < e;
      if (inner &&
          (t.shape == Shape::kInitial || (t.shape == Shape::kConnector && (t.flags & kParticle)))) {
        continue;
      }
      if (t.possessive) return;
      // "Attendees: Shashi Prajapat": a small town's name first, before a name, is a given name
      // the lists lack (the gazetteer holds many towns named as people are).
      if (!UnlistedNamePart(t) && !(i == k && e - k >= 2 && TownWord(t))) return;
      if (!((t.flags | t.part_flags) & (kCommon | kWord | kAmbiguous)) && !PluralOfWord(t)) {
        any_clear = true;
      }
    }
    const Token& first = T(k);
    const Token& last = T(e - 1);
    uint32_t f = first.flags | first.part_flags;
    bool single = e - k == 1;
    // "- [ ] Will to follow up": a given name that is also a word, in a checklist.
    if (!any_clear && !(single && (f & kFirst))) return;
    Slot slot = PersonSlot(c_.text, first.begin, last.end);
    if (slot == Slot::kNone) return;
    float score = 0.85f;
    if (single) {
      // One word says less: never a header ("To: Finance"); unknown words only in a checklist or
      // after a greeting ("- Kestrel will ship" is a project).
      bool known = (f & kFirst) && any_clear;
      if (slot == Slot::kHeader) return;
      if (!any_clear && slot != Slot::kTaskItem) return;
      if (!known && !(f & kFirst) && slot == Slot::kActionItem) return;
      score = known ? 0.8f : (slot == Slot::kGreeting ? 0.75f : 0.7f);
    }
    emit_.Emit(Entity::PERSON, first.begin, last.end, score, kIdNameSlot);
    Use(k, e - 1);
  }

  // "I met Shashi Prajapat", "Copyright 2004 Vladimir Prus": a word the lists know only as a small
  // town's name, then a surname that is nothing else, the two alone in their run, are a given
  // name the lists lack and a surname; not "Boston Scientific", "Berlin Wall".
  bool TownGivenName(size_t k) {
    if (!TownWord(T(k)) || k + 1 >= run_.size || used_[k + 1] || T(k + 1).comma_before) {
      return false;
    }
    if (k + 2 < run_.size && !T(k + 2).comma_before) return false;
    if (k > 0 && !T(k).comma_before) return false;
    const Token& b = T(k + 1);
    const uint32_t f = b.flags | b.part_flags;
    if (b.shape != Shape::kCap || b.possessive || !(f & kSurname) ||
        (f & (kCommon | kWord | kAmbiguous | kCity | kCountry | kRegion | kCalendar | kThing |
              kNotNamePart | kOrgKeyword | kLegalSuffix))) {
      return false;
    }
    // Firms and schools are named after their founders so: "Carnegie Mellon requests" is the
    // university the text names in full elsewhere.
    if (NamesAnInstitution(T(k).begin, b.end)) return false;
    const float score = 0.7f + PersonContext(T(k).begin, b.end);
    if (score < c_.policy.Threshold(Entity::PERSON)) return false;
    emit_.Emit(Entity::PERSON, T(k).begin, b.end, score, kIdNameGazetteer);
    Use(k, k + 1);
    return true;
  }

  // The words text[begin, end) stand somewhere in the text before an organisation word: "Carnegie
  // Mellon University".
  bool NamesAnInstitution(size_t begin, size_t end) {
    const std::string_view text = c_.text;
    const std::string_view words = text.substr(begin, end - begin);
    for (const auto& [known, answer] : c_.institutions) {
      if (known == words) return answer;
    }
    // Each new name reads the whole text: past a few dozen (a crafted or enormous list of
    // names), the rest are taken as people, which fails closed.
    constexpr size_t kMaxNames = 32;
    if (c_.institutions.size() >= kMaxNames) return false;
    const bool answer = InstitutionAfter(words);
    c_.institutions.emplace_back(words, answer);
    return answer;
  }

  bool InstitutionAfter(std::string_view words) const {
    const std::string_view text = c_.text;
    for (size_t i = text.find(words); i != std::string_view::npos; i = text.find(words, i + 1)) {
      size_t w = i + words.size();
      if (w >= text.size() || text[w] != ' ') continue;
      ++w;
      size_t e = w;
      while (e < text.size() && ascii::IsAlpha(text[e])) ++e;
      char key[Lexicon::kMaxKey];
      const size_t n = Lexicon::LowerKey(text.substr(w, e - w), key, sizeof key);
      const WordInfo* info = n > 0 ? Lexicon::Get().Find({key, n}) : nullptr;
      if (info != nullptr && (info->flags & (kOrgKeyword | kLegalSuffix))) return true;
    }
    return false;
  }

  // A town's name and nothing else the lists know it as: no country, region, word or thing.
  static bool TownWord(const Token& t) {
    const uint32_t f = t.flags | t.part_flags;
    return t.shape == Shape::kCap && (f & kCity) &&
           !(f & (kCountry | kRegion | kCommon | kWord | kAmbiguous | kCalendar | kThing |
                  kNotNamePart));
  }

  // A given name alone: only after "Dear", "Hi", "@" and the like.
  void LoneName(size_t k) {
    const Token& t = T(k);
    if (t.shape != Shape::kCap || (t.flags & kNotNamePart)) return;
    uint32_t f = t.flags | t.part_flags;
    if (!(f & kFirst) || (f & kCalendar)) return;
    std::string_view prev = Prev(t.begin, true);
    bool strong = MentionBefore(c_.text, t.begin) || In(prev, kGreetings);
    if (prev == "you") {  // "Thank you, Jane"
      size_t i = t.begin;
      while (i > 0 && !ascii::IsAlpha(c_.text[i - 1]) && t.begin - i < 6) --i;
      strong = i >= 3 && PrevWordIs(i - 3, "thank");
    }
    bool clear = !(f & (kCommon | kAmbiguous | kCountry | kRegion));
    if (!strong) {
      // "Nancy said", "Ravi confirmed": a clear given name followed by a verb of speech; "ask
      // Tomasz to", "ping Ravi", "spouse Omar": preceded by a verb one does to a person, or a
      // word of kinship.
      if (clear && k + 1 == run_.size &&
          (In(Next(t.end), kPersonAfter) || (k == 0 && In(prev, kLoneNameBefore)))) {
        emit_.Emit(Entity::PERSON, t.begin, t.end, 0.6f, kIdNameContext);
        used_[k] = true;
      }
      return;
    }
    // "Hi Jane Doe" is found as a full name; here "Hi Jane," and "Dear April".
    if (k + 1 < run_.size && !used_[k + 1] && !T(k + 1).comma_before) return;
    float score = (f & (kCommon | kAmbiguous)) ? 0.6f : 0.8f;
    emit_.Emit(Entity::PERSON, t.begin, t.end, score, kIdNameContext);
    used_[k] = true;
  }

  float PlaceScore(const Token& t, uint32_t flags, uint8_t tier, bool multiword) const {
    float score = 0;
    if (flags & kCalendar) return 0;
    if (flags & (kCountry | kRegion)) {
      score = 0.85f;
    } else if (flags & kCity) {
      score = tier >= 3 ? 0.8f : tier == 2 ? 0.65f : 0.5f;
    } else {
      return 0;
    }
    if (multiword) return score + 0.05f;
    if (flags & kCity) {
      // Many surnames are towns; a large city is still most likely the city.
      if (flags & kFirstTop) {
        score -= 0.25f;
      } else if (flags & (kFirst | kSurname)) {
        score -= tier >= 2 ? 0.1f : 0.2f;
      }
    } else if (flags & kFirst) {
      score -= 0.1f;  // Georgia, Jordan
    }
    // "Reading", "Mobile", "Delta": an everyday word first. A country only when curated so
    // ("Turkey", "Chad"), or written "Us" rather than "US".
    uint32_t everyday = kAmbiguous;
    if (!(flags & kCountry)) {
      everyday |= kCommon | kWord;
    } else if (t.shape != Shape::kUpper) {
      everyday |= kCommon;
    }
    if (flags & everyday) score = std::min(score, 0.25f);
    // In capitals a city or region is mostly an acronym of the same letters: "URI" (the canton
    // Uri), "MIE" (Mie), "NICE", "BATH". Countries keep theirs ("USA", "UK" are how they are
    // written).
    if (t.shape == Shape::kUpper && !(flags & kCountry) && !Dateline(c_.text, t.begin, t.end)) {
      if (!CapitalsAround(c_.text, t.begin, t.end)) return 0;
      // Even in a heading ("MIE 1.1 FORMAT SPECIFICATION") it takes a cue: "OFFICES IN TEXAS".
      score -= 0.4f;
    }
    return score;
  }

  void Place(size_t k, bool multiword_only) {
    const Token& t = T(k);
    if (t.shape == Shape::kConnector || t.shape == Shape::kInitial) return;
    const Lexicon& lex = Lexicon::Get();
    size_t end = k;
    uint32_t flags = 0;
    uint8_t tier = 0;
    if ((t.flags & kPlacePrefix) && t.place_words >= 2) {
      char key[Lexicon::kMaxKey];
      for (size_t w = std::min<size_t>(t.place_words, run_.size - k); w >= 2; --w) {
        bool ok = true;
        for (size_t i = k + 1; i < k + w; ++i) ok = ok && !used_[i] && !T(i).comma_before;
        if (!ok) continue;
        size_t len =
            Lexicon::LowerKey(c_.text.substr(t.begin, T(k + w - 1).end - t.begin), key, sizeof key);
        const WordInfo* info = len == 0 ? nullptr : lex.Find({key, len});
        if (info != nullptr && (info->flags & (kCity | kCountry | kRegion))) {
          end = k + w - 1;
          flags = info->flags;
          tier = info->city_tier;
          break;
        }
      }
    }
    bool multiword = end > k;
    if (!multiword && multiword_only) return;
    if (!multiword) {
      if (t.shape == Shape::kMixed) return;
      flags = t.flags;
      tier = t.city_tier;
      // "Vladimir Batov", "Herve Drolon", "Paris Hilton": a town followed by a surname or by a
      // word no list knows is the given name of a person whose names the lists lack, not a
      // place. A town followed by a word ("London Bridge", "Boston Office") stays a place.
      if ((flags & kCity) && !(flags & (kCountry | kRegion)) && k + 1 < run_.size &&
          !used_[k + 1] && !T(k + 1).comma_before && T(k + 1).shape == Shape::kCap) {
        const uint32_t next = T(k + 1).flags;
        const bool word = next & (kCommon | kWord | kAmbiguous | kThing | kCalendar | kFunction |
                                  kConnector | kTitle | kOrgKeyword | kLegalSuffix);
        const bool place = next & (kCity | kCountry | kRegion | kPlacePrefix);
        if (!word && !place) return;
      }
    }
    float score = PlaceScore(t, flags, tier, multiword);
    if (score <= 0) {
      if (!multiword && !(flags & (kCity | kCountry | kRegion))) UnlistedPlace(k);
      return;
    }
    std::string_view id = kIdLocationGazetteer;
    float boost = 0;
    if (In(Prev(t.begin), kPlaceBefore)) boost += 0.25f;
    if (c_.hint.location) boost += 0.3f;
    if (k > 0 && T(k).comma_before && last_place_ == k - 1) boost += 0.2f;  // "Dublin, Ireland"
    // "Springfield, IL", "Austin, Texas", "Lyon, France".
    size_t after = T(end).end;
    if (end + 1 < run_.size && T(end + 1).comma_before) {
      const Token& x = T(end + 1);
      if ((x.flags & (kCountry | kRegion)) || (x.shape == Shape::kUpper && x.end - x.begin == 2)) {
        boost += 0.2f;
      }
    } else if (after + 2 < c_.text.size() && c_.text[after] == ',' && c_.text[after + 1] == ' ') {
      // Next run starts there: checked by the caller's order, so only state codes here.
      if (after + 4 <= c_.text.size() && ascii::IsUpper(c_.text[after + 2]) &&
          ascii::IsUpper(c_.text[after + 3]) &&
          (after + 4 == c_.text.size() || !ascii::IsAlpha(c_.text[after + 4]))) {
        boost += 0.2f;
      }
    }
    if (boost > 0 && score + boost >= 0.5f && score < 0.5f) id = kIdLocationContext;
    emit_.Emit(Entity::LOCATION, t.begin, T(end).end, score + boost, id);
    Use(k, end);
    if (score + boost >= c_.policy.Threshold(Entity::LOCATION)) last_place_ = end;
  }

  // "in Port Vanessatown", "from East Tessbury", "our Quarnchester office": a town no list holds,
  // told by how place names are built (a leading "Port" or "East", an ending such as -chester,
  // -mouth, -haven; names/place_shape.h) and by a word before it that places follow or one after
  // it that follows places. Neither alone: "Newton's law", "Port 8080", "Jane Tessbury".
  void UnlistedPlace(size_t k) {
    const Token& t = T(k);
    if (t.shape != Shape::kCap || t.possessive) return;
    auto shaped = [&](const Token& x) {
      if (x.flags & kNotPlaceShape) return false;
      char key[Lexicon::kMaxKey];
      const size_t n = Lexicon::LowerKey(TokenText(c_, x), key, sizeof key);
      return n > 0 && HasPlaceShape({key, n}, x.flags);
    };
    size_t end = k;
    if (IsPlaceLead(TokenText(c_, t))) {
      if (k + 1 >= run_.size || used_[k + 1] || T(k + 1).comma_before) return;
      const Token& name = T(k + 1);
      // "Port Vanessatown", "East Cheryl", "Lake Quarn"; not "New Balance", "Old Testament".
      constexpr uint32_t kEveryday = kCommon | kWord | kAmbiguous | kThing | kFunction | kCalendar |
                                     kOrgKeyword | kLegalSuffix | kTitle;
      const uint32_t f = name.flags | name.part_flags;
      if (name.shape != Shape::kCap || name.possessive ||
          ((f & kEveryday) && !(f & (kFirst | kSurname)) && !shaped(name))) {
        return;
      }
      end = k + 1;
    } else if (!shaped(t)) {
      return;
    }
    const bool before = In(Prev(t.begin), kPlaceBefore);
    const bool after = end + 1 == run_.size && In(Next(T(end).end), kPlaceAfter);
    const int cues = int{before} + int{after} + int{c_.hint.location};
    if (cues == 0) return;
    emit_.Emit(Entity::LOCATION, t.begin, T(end).end, cues > 1 ? 0.7f : 0.6f, kIdLocationContext);
    Use(k, end);
  }

  Context& c_;
  const TokenRun& run_;
  Emitter emit_;
  bool used_[TokenRun::kMax] = {};
  int author_list_ = -1;  // AuthorList(), once a run: -1 not yet known
  size_t last_place_ = TokenRun::kMax;
  char prev_buf_[16];
  char next_buf_[16];
};

}  // namespace

const NameFinder& NameFinder::Default() {
  static const NameFinder finder;
  Lexicon::Get();  // built here, once, rather than in the first scan
  return finder;
}

namespace {

void FindWithKind(std::string_view text, HintKind kind, const Policy& policy,
                  std::vector<Finding>& out) {
  Context c{text,
            policy,
            kind,
            out,
            policy.Enabled(Entity::PERSON),
            policy.Enabled(Entity::ORGANIZATION),
            policy.Enabled(Entity::LOCATION),
            {}};
  RunScanner scanner(text);
  TokenRun run;
  while (scanner.Next(run)) {
    RunAnalyzer(c, run).Analyze();
  }
}

// A table read as text: each cell with its column's kind, as the CSV adapter would read it.
void FindInTable(std::string_view text, const CsvText& table, const Policy& policy,
                 std::vector<Finding>& out) {
  FindWithKind(text.substr(0, table.body()), HintKind{}, policy, out);
  table.ForEachCell(text, [&](const CsvCell& cell) {
    size_t first = out.size();
    FindWithKind(text.substr(cell.begin, cell.end - cell.begin), table.Column(cell.column), policy,
                 out);
    for (size_t i = first; i < out.size(); ++i) {
      out[i].begin += cell.begin;
      out[i].end += cell.begin;
    }
  });
}

}  // namespace

void NameFinder::Find(std::string_view text, std::string_view hint, const Policy& policy,
                      std::vector<Finding>& out) const {
  if (!policy.Enabled(Entity::PERSON) && !policy.Enabled(Entity::ORGANIZATION) &&
      !policy.Enabled(Entity::LOCATION)) {
    return;
  }
  if (hint.empty()) {
    thread_local CsvText table;
    if (CsvText::Detect(text, table)) {
      FindInTable(text, table, policy, out);
      return;
    }
    FindWithKind(text, HintKind{}, policy, out);
    return;
  }
  // Cells of a row's columns repeat the same few hints: classify each once per thread.
  struct CachedHint {
    std::string hint;
    HintKind kind;
    bool set = false;
  };
  thread_local std::array<CachedHint, 16> cache;
  thread_local size_t next_slot = 0;
  hint = hint.substr(0, 128);  // all ClassifyHint reads
  const CachedHint* hit = nullptr;
  for (const CachedHint& h : cache) {
    if (h.set && h.hint == hint) {
      hit = &h;
      break;
    }
  }
  if (hit == nullptr) {
    CachedHint& slot = cache[next_slot++ % cache.size()];
    slot.hint.assign(hint);
    slot.kind = ClassifyHint(hint);
    slot.set = true;
    hit = &slot;
  }
  FindWithKind(text, hit->kind, policy, out);
}

}  // namespace deskbench::names
