// CONFIDENTIAL_MARKER: banners and phrases that say a document is confidential, privileged or
// restricted. Unambiguous phrases ("Strictly Confidential", "Attorney-Client Privileged") score
// 0.9; single words that are also ordinary English ("Restricted", "Proprietary") count only when
// they stand like a banner: at the start of a line, in capitals, or followed by a colon.

#include <algorithm>
#include <utility>

#include "core/ascii.h"
#include "detect/recognizers/groups.h"

namespace deskbench::recognizers {

namespace {

// Bytes that may precede a banner on its line: indentation, bullets, markup and brackets.
bool BannerLead(char c) {
  return c == ' ' || c == '\t' || c == '*' || c == '#' || c == '-' || c == '=' || c == '_' ||
         c == '[' || c == '(' || c == '|' || c == '>' || c == '"' || c == '\'' || c == '~';
}

bool AtLineStart(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0 && BannerLead(text[i - 1])) --i;
  return i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r';
}

bool AllCaps(std::string_view s) {
  size_t letters = 0;
  for (char c : s) {
    if (ascii::IsLower(c)) return false;
    letters += ascii::IsUpper(c) ? 1 : 0;
  }
  return letters >= 3;
}

bool ColonAfter(std::string_view text, size_t end) {
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return end < text.size() && text[end] == ':';
}

// Nothing but blanks and punctuation after `end` on its line.
bool AtLineEnd(std::string_view text, size_t end) {
  for (size_t i = end; i < text.size() && text[i] != '\n' && text[i] != '\r'; ++i) {
    if (ascii::IsAlnum(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// A single word is a banner only in capitals or when it starts its line and either ends it or
// heads a colon ("Restricted: board members"). At the start of a hard-wrapped line of prose, or
// before a colon mid-sentence ("these features are restricted:"), it is just a word.
bool StandsAlone(std::string_view text, const Match& m) {
  return AllCaps(text.substr(m.begin, m.end - m.begin)) ||
         (AtLineStart(text, m.begin) && (ColonAfter(text, m.end) || AtLineEnd(text, m.end)));
}

bool LooksLikeBanner(std::string_view text, const Match& m) {
  return AtLineStart(text, m.begin) || AllCaps(text.substr(m.begin, m.end - m.begin)) ||
         ColonAfter(text, m.end);
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         ascii::EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

// "not confidential", "non-confidential": the opposite of a marker.
bool Negated(std::string_view text, size_t begin) {
  std::string_view before = text.substr(0, begin);
  return EndsWithIgnoreCase(before, "non-") || EndsWithIgnoreCase(before, "non ") ||
         EndsWithIgnoreCase(before, "not ");
}

// ---- Chained banners ---------------------------------------------------------------------------
// "Confidential - Internal Only" and "COMPANY CONFIDENTIAL - DO NOT DISTRIBUTE" are one banner
// built from two marker phrases joined by a dash, bar, slash or colon. Every part's finding is
// widened to the whole chain, so the banner comes out as one finding instead of one per part.

// Phrases that banners chain (lower-case; a blank stands for blanks, a dash for a dash or blanks).
// Longer phrases first where one ends another.
constexpr std::string_view kChainablePhrases[] = {
    "strictly confidential",
    "highly confidential",
    "company confidential",
    "business confidential",
    "privileged and confidential",
    "privileged & confidential",
    "proprietary and confidential",
    "attorney-client privileged",
    "for internal use only",
    "internal use only",
    "internal only",
    "for official use only",
    "do not distribute",
    "do not forward",
    "do not copy",
    "do not share",
    "do not disclose",
    "not for distribution",
    "need-to-know",
    "confidential",
    "privileged",
    "proprietary",
    "restricted",
};

bool IsBlank(char c) {
  return c == ' ' || c == '\t';
}

// Where `phrase` written at `pos` ends, or npos. Matched forwards or, for `backwards`, with its
// last byte at pos - 1 (then the result is where it begins).
size_t MatchPhrase(std::string_view text, size_t pos, std::string_view phrase, bool backwards) {
  size_t i = pos;
  for (size_t k = 0; k < phrase.size(); ++k) {
    const char want = phrase[backwards ? phrase.size() - 1 - k : k];
    if (want == ' ' || want == '-') {
      size_t moved = 0;
      while (backwards ? i > 0 && (IsBlank(text[i - 1]) || text[i - 1] == '-')
                       : i < text.size() && (IsBlank(text[i]) || text[i] == '-')) {
        backwards ? --i : ++i;
        ++moved;
      }
      if (moved == 0) return std::string_view::npos;
      continue;
    }
    if (backwards ? i == 0 : i >= text.size()) return std::string_view::npos;
    const char got = backwards ? text[i - 1] : text[i];
    if (ascii::ToLower(got) != want) return std::string_view::npos;
    backwards ? --i : ++i;
  }
  // A whole phrase, not the start or end of a longer word.
  if (backwards ? i > 0 && ascii::IsAlnum(text[i - 1]) : i < text.size() && ascii::IsAlnum(text[i]))
    return std::string_view::npos;
  return i;
}

// The separator of a chained banner after `pos` (or, `backwards`, before it): blanks, one or two
// of - / | : or an en/em dash, blanks. Returns the far side of it, or npos.
size_t MatchSeparator(std::string_view text, size_t pos, bool backwards) {
  auto at = [&](size_t i) { return backwards ? text[i - 1] : text[i]; };
  auto more = [&](size_t i) { return backwards ? i > 0 : i < text.size(); };
  auto step = [&](size_t& i, size_t n) { backwards ? i -= n : i += n; };
  size_t i = pos;
  while (more(i) && IsBlank(at(i))) step(i, 1);
  size_t marks = 0;
  while (marks < 2 && more(i)) {
    const char c = at(i);
    if (c == '-' || c == '/' || c == '|' || c == ':') {
      step(i, 1);
    } else if (!backwards && i + 2 < text.size() && text.compare(i, 2, "\xE2\x80") == 0 &&
               (text[i + 2] == '\x93' || text[i + 2] == '\x94')) {
      step(i, 3);
    } else if (backwards && i >= 3 && text.compare(i - 3, 2, "\xE2\x80") == 0 &&
               (text[i - 1] == '\x93' || text[i - 1] == '\x94')) {
      step(i, 3);
    } else {
      break;
    }
    ++marks;
  }
  if (marks == 0) return std::string_view::npos;
  while (more(i) && IsBlank(at(i))) step(i, 1);
  return i;
}

// The far end of the longest chainable phrase next to `pos`, or npos.
size_t ChainablePhrase(std::string_view text, size_t pos, bool backwards) {
  size_t best = std::string_view::npos;
  for (std::string_view phrase : kChainablePhrases) {
    const size_t end = MatchPhrase(text, pos, phrase, backwards);
    if (end == std::string_view::npos) continue;
    if (best == std::string_view::npos || (backwards ? end < best : end > best)) best = end;
  }
  return best;
}

// Widens an accepted marker over the marker phrases chained to it on either side; a chain is a
// banner, so it scores as one.
bool Chained(std::string_view text, Match& m) {
  bool chained = false;
  for (int links = 0; links < 4; ++links) {
    const size_t sep = MatchSeparator(text, m.end, false);
    if (sep == std::string_view::npos || sep == text.size()) break;
    const size_t end = ChainablePhrase(text, sep, false);
    if (end == std::string_view::npos) break;
    m.end = end;
    chained = true;
  }
  for (int links = 0; links < 4; ++links) {
    const size_t sep = MatchSeparator(text, m.begin, true);
    if (sep == std::string_view::npos || sep == 0) break;
    const size_t begin = ChainablePhrase(text, sep, true);
    if (begin == std::string_view::npos || Negated(text, begin)) break;
    m.begin = begin;
    chained = true;
  }
  if (chained) m.score = std::max(m.score, 0.9f);
  return true;
}

// A phrase that is a marker anywhere; as a banner it is certain.
bool Phrase(std::string_view text, Match& m, const Policy&) {
  if (Negated(text, m.begin)) return false;
  if (LooksLikeBanner(text, m)) m.score = std::max(m.score, 0.9f);
  return Chained(text, m);
}

// An acronym or capitals-only phrase: always written like a banner, so no boost.
bool Acronym(std::string_view text, Match& m, const Policy&) {
  return !Negated(text, m.begin);
}

// Steps back over blanks and then `word` (lower-case) ending at pos; npos when it is not there.
size_t WordBefore(std::string_view text, size_t pos, std::string_view word) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  if (pos < word.size() ||
      !ascii::EqualsIgnoreCase(text.substr(pos - word.size(), word.size()), word))
    return std::string_view::npos;
  pos -= word.size();
  if (pos > 0 && ascii::IsAlnum(text[pos - 1])) return std::string_view::npos;
  return pos;
}

// "internal use only" and "official use only", widened over a leading "for": the regexes do not
// start at "for", which would wake them up in every sentence.
bool WithFor(std::string_view text, Match& m, const Policy& policy) {
  if (size_t p = WordBefore(text, m.begin, "for"); p != std::string_view::npos) m.begin = p;
  return Phrase(text, m, policy);
}

// "under NDA", "subject to the non-disclosure agreement": widened to include the preposition.
bool UnderNda(std::string_view text, Match& m, const Policy&) {
  size_t pos = m.begin;
  for (std::string_view article : {"an", "a", "the", "our", "mutual"}) {
    if (size_t p = WordBefore(text, pos, article); p != std::string_view::npos) {
      pos = p;
      break;
    }
  }
  static constexpr std::pair<std::string_view, std::string_view> kLeads[] = {
      {"", "under"}, {"subject", "to"}, {"covered", "by"}, {"bound", "by"}};
  for (const auto& [first, second] : kLeads) {
    size_t p = WordBefore(text, pos, second);
    if (p != std::string_view::npos && !first.empty()) p = WordBefore(text, p, first);
    if (p != std::string_view::npos) {
      m.begin = p;
      return true;
    }
  }
  return false;
}

// An ordinary word that is a marker only as a banner.
bool BannerOnly(std::string_view text, Match& m, const Policy&) {
  if (Negated(text, m.begin) || !StandsAlone(text, m)) return false;
  if (AllCaps(text.substr(m.begin, m.end - m.begin))) m.score += 0.05f;
  return Chained(text, m);
}

// "Confidential": a banner (0.85) or a word in a sentence ("keep this confidential", 0.55), which
// still says the text around it is sensitive.
bool ConfidentialWord(std::string_view text, Match& m, const Policy&) {
  if (Negated(text, m.begin)) return false;
  m.score = StandsAlone(text, m) ? 0.85f : 0.55f;
  return Chained(text, m);
}

// "need to know" is everyday English; "need-to-know", "need to know basis" and the banner are not.
bool NeedToKnow(std::string_view text, Match& m, const Policy&) {
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  std::string_view after = text.substr(m.end, std::min<size_t>(16, text.size() - m.end));
  size_t i = 0;
  while (i < after.size() && (after[i] == ' ' || after[i] == '\t')) ++i;
  const bool basis = after.size() - i >= 5 && ascii::EqualsIgnoreCase(after.substr(i, 5), "basis");
  if (basis || s.find('-') != std::string_view::npos || LooksLikeBanner(text, m))
    return Chained(text, m);
  return false;
}

// "embargoed until ...", "under embargo" and the banner are markers; "embargoed goods" less so.
bool Embargo(std::string_view text, Match& m, const Policy&) {
  std::string_view s = text.substr(m.begin, m.end - m.begin);
  if (EndsWithIgnoreCase(s, "until") || EndsWithIgnoreCase(s, "embargo") ||
      LooksLikeBanner(text, m)) {
    m.score = 0.9f;
  }
  return true;
}

// Dashes between the words of a banner: spaces, '-', '/', en dash and em dash (UTF-8).
#define SEP R"((?:[ \t]|-|/|\xE2\x80[\x93\x94])+)"

constexpr PatternRecognizer kMarkers[] = {
    {"marker_strictly_confidential",
     Entity::CONFIDENTIAL_MARKER,
     R"(\b(?:strictly|highly|company|business|corporate)[ \t]+confidential\b)"
     R"(|\bcommercial[ -]in[ -]confidence\b)",
     0.9f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_proprietary_and_confidential",
     Entity::CONFIDENTIAL_MARKER,
     R"(\b(?:proprietary|privileged)[ \t]+(?:and|&|&amp;)[ \t]+confidential\b)"
     R"(|\bconfidential[ \t]+(?:and|&|&amp;)[ \t]+(?:proprietary|privileged)\b)",
     0.9f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_attorney_client_privileged",
     Entity::CONFIDENTIAL_MARKER,
     R"(\battorney)" SEP R"(client)" SEP R"((?:privileged?|communications?)\b)",
     0.9f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_attorney_work_product",
     Entity::CONFIDENTIAL_MARKER,
     R"(\battorney)" SEP R"(work)" SEP R"(product\b)",
     0.9f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_internal_use_only",
     Entity::CONFIDENTIAL_MARKER,
     R"(\binternal[ \t]+(?:use[ \t]+)?only\b)",
     0.9f,
     WithFor,
     {},
     1.0f,
     false,
     true},
    {"marker_do_not_distribute",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bdo[ \t]+not[ \t]+(?:distribute|forward|copy|share|disclose|reproduce|circulate)\b)"
     R"(|\bnot[ \t]+for[ \t]+(?:distribution|circulation|public[ \t]+release|external[ \t]+use)\b)",
     0.7f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_need_to_know",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bneed[ \t-]+to[ \t-]+know\b)",
     0.8f,
     NeedToKnow,
     {},
     1.0f,
     false,
     true},
    {"marker_mnpi", Entity::CONFIDENTIAL_MARKER, R"(\bMNPI\b)", 0.9f, Acronym},
    {"marker_material_nonpublic_information",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bmaterial[ \t]+non[ \t-]?public[ \t]+information\b)",
     0.9f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_embargoed",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bembargoed\b(?:[ \t]+until)?|\bunder[ \t]+embargo\b)",
     0.6f,
     Embargo,
     {},
     1.0f,
     false,
     true},
    {"marker_trade_secret",
     Entity::CONFIDENTIAL_MARKER,
     R"(\btrade[ \t]+secrets?\b)",
     0.75f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    // Anchored on "NDA" itself: a regex starting at "under"/"subject to" wakes up on every
    // sentence; the validator reads the words before it.
    {"marker_under_nda", Entity::CONFIDENTIAL_MARKER,
     R"(\bNDAs?\b|\b(?i:non-?disclosure[ \t]+agreements?)\b)", 0.85f, UnderNda},
    {"marker_nda", Entity::CONFIDENTIAL_MARKER, R"(\bNDAs?\b)", 0.6f, Acronym},
    {"marker_draft_confidential",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bdraft[ \t]*(?:-|:|/|\xE2\x80[\x93\x94])?[ \t]*confidential\b|\bconfidential[ \t]+draft\b)",
     0.9f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_government_classification", Entity::CONFIDENTIAL_MARKER,
     R"(\b(?:TOP[ \t]+SECRET(?://[A-Z]+)?|FOUO|OFFICIAL[ -]SENSITIVE|SECRET//[A-Z]+)\b)", 0.9f,
     Acronym},
    {"marker_official_use_only",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bofficial[ \t]+use[ \t]+only\b|\bcontrolled[ \t]+unclassified[ \t]+information\b)",
     0.9f,
     WithFor,
     {},
     1.0f,
     false,
     true},
    // The same banners in the languages whose names, addresses and identity numbers are found:
    // German, French, Spanish, Italian, Dutch, Portuguese, Nordic and Finnish.
    {"marker_confidential_phrase_other_languages",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bstreng[ \t]+vertraulich\b|\bnur[ \t]+f(?:\xc3\xbc|ue?)r[ \t]+den[ \t]+)"
     R"((?:internen[ \t]+|dienst)gebrauch\b|\bnur[ \t]+zur[ \t]+internen[ \t]+verwendung\b|)"
     R"(\bnicht[ \t]+zur[ \t]+weitergabe\b|\bvs[ \t-]+nfd\b|\bstrictement[ \t]+)"
     R"(confidentiel(?:le)?\b|\bdiffusion[ \t]+restreinte\b|\busage[ \t]+interne[ \t]+)"
     R"(uniquement\b|\bne[ \t]+pas[ \t]+diffuser\b|\bestrictamente[ \t]+confidencial\b|)"
     R"(\bestritamente[ \t]+confidencial\b|\bsolo[ \t]+para[ \t]+uso[ \t]+interno\b|)"
     R"(\bno[ \t]+distribuir\b|\bn(?:\xc3\xa3|a)o[ \t]+divulgar\b|\bstrettamente[ \t]+)"
     R"((?:riservat[oa]|confidenziale)\b|\bsolo[ \t]+per[ \t]+uso[ \t]+interno\b|)"
     R"(\bnon[ \t]+divulgare\b|\bstrikt[ \t]+vertrouwelijk\b|\balleen[ \t]+voor[ \t]+)"
     R"(intern[ \t]+gebruik\b|\bniet[ \t]+verspreiden\b|\bstrengt[ \t]+fortroligt?\b)",
     0.9f,
     Phrase,
     {},
     1.0f,
     false,
     true},
    {"marker_confidential_other_languages",
     Entity::CONFIDENTIAL_MARKER,
     R"(\b(?:vertraulich|confidentiel(?:le)?|confidencial|confidenziale|vertrouwelijk|)"
     R"(fortroligt?|konfidentiel(?:lt?|t)?|luottamuksellinen)\b)",
     0.55f,
     ConfidentialWord,
     {},
     1.0f,
     false,
     true},
    // Italian "riservato" is as often a reserved seat: a banner only.
    {"marker_riservato",
     Entity::CONFIDENTIAL_MARKER,
     R"(\briservat[oa]\b)",
     0.7f,
     BannerOnly,
     {},
     1.0f,
     false,
     true},
    {"marker_confidential",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bconfidential\b)",
     0.55f,
     ConfidentialWord,
     {},
     1.0f,
     false,
     true},
    {"marker_restricted",
     Entity::CONFIDENTIAL_MARKER,
     R"(\brestricted\b)",
     0.7f,
     BannerOnly,
     {},
     1.0f,
     false,
     true},
    {"marker_proprietary",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bproprietary\b)",
     0.7f,
     BannerOnly,
     {},
     1.0f,
     false,
     true},
    {"marker_privileged",
     Entity::CONFIDENTIAL_MARKER,
     R"(\bprivileged\b)",
     0.7f,
     BannerOnly,
     {},
     1.0f,
     false,
     true},
};

#undef SEP

}  // namespace

std::span<const PatternRecognizer> Markers() {
  return kMarkers;
}

}  // namespace deskbench::recognizers
