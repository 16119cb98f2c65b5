#include "detect/names/identity.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>

#include "core/ascii.h"
#include "core/large_array.h"
#include "core/tag_table.h"
#include "detect/names/lexicon.h"

namespace deskbench::names {

namespace {

std::string Fold(std::string_view s) {
  char buf[Lexicon::kMaxKey];
  size_t n = Lexicon::LowerKey(s, buf, sizeof buf);
  return n == 0 ? ascii::Lower(s) : std::string(buf, n);
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    if (ascii::IsAlpha(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

bool IsTitle(std::string_view w) {
  std::string f = Fold(w);
  const WordInfo* info = Lexicon::Get().Find(f);
  return info != nullptr && (info->flags & kTitle);
}

bool IsGenerationalSuffix(std::string_view w) {
  std::string f = Fold(w);
  return f == "jr" || f == "sr" || f == "ii" || f == "iii" || f == "iv" || f == "phd" ||
         f == "md" || f == "esq";
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (ascii::IsSpace(s[i]) || s[i] == ',')) ++i;
    size_t start = i;
    while (i < s.size() && !ascii::IsSpace(s[i]) && s[i] != ',') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// "J." and "J" are initials.
bool IsInitial(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w.size() == 1 && ascii::IsAlpha(w[0]);
}

char InitialOf(std::string_view w) {
  return w.empty() ? '\0' : ascii::ToLower(w[0]);
}

// A mention split into name words, with "Doe, Jane" turned around and titles dropped.
std::vector<std::string_view> NameWords(std::string_view text) {
  text = ascii::Trim(text);
  std::vector<std::string_view> words;
  size_t comma = text.find(',');
  if (comma != std::string_view::npos) {
    auto last = Words(text.substr(0, comma));
    auto rest = Words(text.substr(comma + 1));
    // "Doe, Jane" but not "Jane Doe, Jr."
    if (last.size() == 1 && !rest.empty() && !IsGenerationalSuffix(rest[0])) {
      words = rest;
      words.push_back(last[0]);
    } else {
      words = Words(text);
    }
  } else {
    words = Words(text);
  }
  while (!words.empty() && IsTitle(words.front())) words.erase(words.begin());
  while (!words.empty() && IsGenerationalSuffix(words.back())) words.pop_back();
  std::erase_if(words, [](std::string_view w) { return !HasLetter(w); });
  return words;
}

std::string StripDot(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return std::string(w);
}

// Keeps ASCII letters and digits of a folded name: "O'Brien" -> "obrien" for email parts.
std::string Compact(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if (ascii::IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80) out.push_back(c);
  }
  return out;
}

// ASCII letters for an email address: "García" -> "garcia".
std::string Plain(std::string_view name) {
  std::string folded = Compact(Fold(name));
  char buf[Lexicon::kMaxKey];
  size_t n = Lexicon::FoldDiacritics(folded, buf, sizeof buf);
  return n == 0 ? folded : std::string(buf, n);
}

// Email local parts people are given: jane.doe, jdoe, janedoe, doe.jane, jane_doe... from the
// Plain forms of the given name and the surname.
std::vector<std::string> LocalParts(const std::string& f, const std::string& l) {
  if (f.empty() || l.empty()) return {};
  std::string fi(1, f[0]);
  return {f + "." + l, f + "_" + l, f + "-" + l,        f + l, fi + l, fi + "." + l, l + "." + f,
          l + "_" + f, l + f,       f + l.substr(0, 1), l + fi};
}

// The lexicon's flags of a word as Fold writes it, 0 when it has none: one lookup answers every
// question below.
uint32_t LexiconFlags(std::string_view w) {
  const WordInfo* info = Lexicon::Get().Find(Fold(w));
  return info != nullptr ? info->flags : 0;
}

// Any English word of the lexicon, common or not.
constexpr uint32_t kAnyWord = kCommon | kWord | kAmbiguous | kFunction;
// "Jan" of Jan Schmidt would be found in every "Jan 04, 2008": a month or a weekday is one too.
constexpr uint32_t kEverydayWord =
    kCommon | kAmbiguous | kFunction | kCity | kCountry | kRegion | kCalendar;

// A given name or surname that may be searched for alone: no word, no everyday word, and no
// thing ("Mac" of Mac Lagan would be found in every "Mac OS", "Jenkins" of Ada Jenkins in every
// CI log, "Serif" of Serif Yilmaz in every font list).
bool SearchableAlone(std::string_view w) {
  return w.size() >= 3 && (LexiconFlags(w) & (kAnyWord | kEverydayWord | kThing)) == 0;
}

}  // namespace

namespace {

// The people named in both sorted lists' union, in the order they were added.
std::vector<uint32_t> Union(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace

void IdentityBook::IndexPerson(uint32_t i) {
  const PersonName& p = people_[i];
  const std::string first = Fold(p.first), last = Fold(p.last);
  by_full_.Add(first + '\0' + last, i);
  by_first_.Add(first, i);
  by_last_.Add(last, i);
  for (const std::string& part : LocalParts(Plain(p.first), Plain(p.last))) by_local_.Add(part, i);
}

void IdentityBook::Add(std::string_view full_name) {
  auto words = NameWords(full_name);
  if (words.size() < 2) return;
  PersonName p;
  p.first = StripDot(words.front());
  p.last = StripDot(words.back());
  if (IsInitial(p.first) || IsInitial(p.last)) return;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (!p.middle.empty()) p.middle += ' ';
    p.middle += words[i];
  }
  if (const uint32_t same = by_full_.First(Fold(p.first) + '\0' + Fold(p.last));
      same != Index::kNone) {
    PersonName& q = people_[same];
    if (q.middle.empty()) q.middle = p.middle;
    return;
  }
  people_.push_back(std::move(p));
  IndexPerson(static_cast<uint32_t>(people_.size() - 1));
}

bool IdentityBook::Names(std::string_view word) const {
  const std::string folded = Fold(word);
  return by_first_.Contains(folded) || by_last_.Contains(folded);
}

std::optional<PersonName> IdentityBook::Resolve(std::string_view mention) const {
  mention = ascii::Trim(mention);
  if (size_t at = mention.find('@'); at != std::string_view::npos) mention = mention.substr(0, at);
  if (mention.empty()) return std::nullopt;
  std::vector<const PersonName*> hits;
  auto unique = [&]() -> std::optional<PersonName> {
    if (hits.size() != 1) return std::nullopt;
    return *hits[0];
  };

  bool spaced =
      mention.find(' ') != std::string_view::npos || mention.find(',') != std::string_view::npos;
  if (!spaced) {
    std::string folded = Fold(mention);
    if (const std::vector<uint32_t> local = by_local_.Find(folded); !local.empty()) {
      for (uint32_t i : local) hits.push_back(&people_[i]);
      return unique();
    }
    // A single word: a surname or a given name, if only one person has it.
    for (uint32_t i : Union(by_last_.Find(folded), by_first_.Find(folded))) {
      hits.push_back(&people_[i]);
    }
    return unique();
  }

  auto words = NameWords(mention);
  if (words.empty()) return std::nullopt;
  if (words.size() == 1) return Resolve(words[0]);
  std::string first = Fold(StripDot(words.front())), last = Fold(StripDot(words.back()));
  bool initial = IsInitial(words.front());
  for (uint32_t i : by_last_.Find(last)) {
    const PersonName& p = people_[i];
    std::string pf = Fold(p.first);
    if (initial ? InitialOf(pf) != InitialOf(first) : pf != first) continue;
    if (words.size() > 2 && !p.middle.empty()) {
      // "Jane Q. Doe" against "Jane Quinn Doe": the middle names must agree on their initial.
      if (InitialOf(Fold(words[1])) != InitialOf(Fold(p.middle))) continue;
    }
    hits.push_back(&p);
  }
  return unique();
}

namespace {

// The variants made for a book, each once, in the order first made, with how many people made
// it. An open-addressing table of indexes into one vector: a dense task makes hundreds of
// thousands of variants, and a hash node each (made, looked up again and freed, each a cache
// miss) was most of the time between the passes.
class MadeVariants {
 public:
  explicit MadeVariants(size_t expected) {
    table_.Reserve(expected);
    made_.reserve(expected);
  }

  // The index of `key`, which is added, with the variant it stands for, when it is new.
  uint32_t Find(std::string&& key, std::string&& variant) {
    const auto tag = static_cast<uint32_t>(std::hash<std::string_view>{}(key));
    // The tag first: a variant's text is a cache miss away.
    const uint32_t found = table_.Find(tag, [&](uint32_t m) { return made_[m].key == key; });
    if (found != TagTable::kNone) return found;
    const auto index = static_cast<uint32_t>(made_.size());
    made_.push_back({std::move(key), std::move(variant), 0});
    table_.Insert(tag, index);
    return index;
  }
  void Own(uint32_t index) { ++made_[index].owners; }

  // The variants only one person made, in the order they were first made.
  std::vector<std::string> Unshared() && {
    std::vector<std::string> out;
    for (Made& m : made_) {
      if (m.owners == 1) out.push_back(std::move(m.variant));
    }
    return out;
  }

 private:
  struct Made {
    std::string key;  // lower-cased
    std::string variant;
    uint32_t owners;
  };

  LargeArray<Made> made_;
  TagTable table_;  // indexes into made_, by their key's hash
};

}  // namespace

std::vector<std::string> IdentityBook::Variants() const {
  MadeVariants made(people_.size() * 16);
  std::vector<uint32_t> mine;  // what the person at hand made, once each
  auto add = [&](std::string v) {
    std::string key = ascii::Lower(v);  // keeps '.', unlike Fold: "jane.doe" != "janedoe"
    if (key.empty()) return;
    const uint32_t index = made.Find(std::move(key), std::move(v));
    if (std::find(mine.begin(), mine.end(), index) != mine.end()) return;
    mine.push_back(index);
    made.Own(index);
  };
  for (const PersonName& p : people_) {
    mine.clear();
    if (!p.middle.empty()) add(p.first + " " + p.middle + " " + p.last);
    add(p.first + " " + p.last);
    add(p.first.substr(0, 1) + ". " + p.last);
    add(p.last + ", " + p.first);
    if (by_last_.Count(Fold(p.last)) == 1 && SearchableAlone(p.last)) {
      add(p.last);  // a surname alone, unless it is also a word ("Login", "Baker")
    }
    if (by_first_.Count(Fold(p.first)) == 1 && SearchableAlone(p.first)) add(p.first);
    const std::string plain_first = Plain(p.first), plain_last = Plain(p.last);
    const std::string first_l = plain_first + plain_last.substr(0, 1);
    const std::string last_f = plain_last + plain_first.substr(0, 1);
    for (std::string& part : LocalParts(plain_first, plain_last)) {
      // "janel", "doej": too short and too likely to be something else. A local part that is a
      // word ("login" from Lo Gin) would be found in every other sentence, one that is a place
      // ("xinjiang" of Xin Jiang) in every mention of it; one of hex letters only ("bade",
      // "fede") inside every UUID and hash.
      bool hex = part.find_first_not_of("abcdef") == std::string::npos;
      if (part.size() < 4 || hex || part == first_l || part == last_f) continue;
      const uint32_t flags = LexiconFlags(part);
      if ((flags & kAnyWord) == 0 &&
          (part.find_first_of("._-") != std::string::npos || (flags & kEverydayWord) == 0)) {
        add(std::move(part));
      }
    }
  }
  return std::move(made).Unshared();
}

}  // namespace deskbench::names
