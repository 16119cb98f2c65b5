#include "detect/names/org_book.h"

#include "core/ascii.h"
#include "detect/names/lexicon.h"

namespace deskbench::names {

namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && ascii::IsSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !ascii::IsSpace(s[j])) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

uint32_t Flags(std::string_view word) {
  char key[Lexicon::kMaxKey];
  size_t n = Lexicon::LowerKey(word, key, sizeof key);
  if (n == 0) return 0;
  return Lexicon::Get().FindFolded(std::string_view(key, n)).flags;
}

std::string Join(const std::vector<std::string>& words, size_t n) {
  std::string out;
  for (size_t i = 0; i < n && i < words.size(); ++i) {
    if (i > 0) out.push_back(' ');
    out += words[i];
  }
  return out;
}

// "Inc.", "LLC", "GmbH & Co. KG", trailing commas: the legal form after the name proper.
bool IsLegalTail(const std::string& word) {
  std::string w = word;
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
  if (w.empty() || w == "&") return true;
  return (Flags(w) & (kLegalSuffix | kRiskySuffix)) != 0;
}

}  // namespace

void OrgBook::Add(std::string_view full_name) {
  std::string_view trimmed = ascii::Trim(full_name);
  if (trimmed.empty()) return;
  for (const Org& o : orgs_) {
    if (ascii::EqualsIgnoreCase(o.full, trimmed)) return;
  }
  Org org{std::string(trimmed), Words(trimmed), 0};
  org.core = org.words.size();
  while (org.core > 1 && IsLegalTail(org.words[org.core - 1])) --org.core;
  // A trailing comma of the core word ("Acme, Inc.") is punctuation, not the name.
  while (!org.words[org.core - 1].empty() && org.words[org.core - 1].back() == ',') {
    org.words[org.core - 1].pop_back();
  }
  orgs_.push_back(std::move(org));
}

bool OrgBook::Distinctive(const std::string& word, const Org& self) const {
  if (word.size() < 4 || !ascii::IsUpper(word[0])) return false;
  constexpr uint32_t kEveryday = kCommon | kWord | kFunction | kFirst | kSurname | kCity |
                                 kCountry | kRegion | kOrgKeyword | kAmbiguous | kCalendar;
  if (Flags(word) & kEveryday) return false;
  for (const Org& o : orgs_) {
    if (&o != &self && ascii::EqualsIgnoreCase(o.words[0], word)) return false;
  }
  return true;
}

std::optional<OrgMention> OrgBook::Resolve(std::string_view mention) const {
  std::vector<std::string> m = Words(mention);
  if (m.empty()) return std::nullopt;
  std::string joined = Join(m, m.size());
  for (const Org& o : orgs_) {
    if (ascii::EqualsIgnoreCase(joined, o.full)) return OrgMention{o.full, o.words.size()};
  }
  for (const Org& o : orgs_) {
    if (m.size() <= o.core && ascii::EqualsIgnoreCase(joined, Join(o.words, m.size())) &&
        (m.size() > 1 || Distinctive(o.words[0], o))) {
      return OrgMention{o.full, m.size()};
    }
  }
  return std::nullopt;
}

std::vector<std::string> OrgBook::Variants() const {
  std::vector<std::string> out;
  for (const Org& o : orgs_) {
    out.push_back(o.full);
    if (o.core < o.words.size() && (o.core > 1 || Distinctive(o.words[0], o))) {
      out.push_back(Join(o.words, o.core));
    }
    if (o.core > 1 && Distinctive(o.words[0], o)) out.push_back(o.words[0]);
  }
  return out;
}

}  // namespace deskbench::names
