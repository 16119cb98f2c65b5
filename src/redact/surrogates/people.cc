// Fake people. Each part of a name is keyed on its own normalised text so that every form of one
// person ("Jane Doe", "JANE DOE", "Doe, Jane", "J. Doe", "Doe", "jane.doe") maps to forms of one
// fake person, with or without the IdentityBook: the surname is keyed on the surname alone (so
// relatives stay relatives), the given name on given name + surname (so two Janes do not become
// linked), an initial on what is known of the given name + surname.

#include <array>
#include <functional>

#include "core/ascii.h"
#include "redact/fake_names.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

std::string_view StripDot(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
  for (auto w : list) {
    if (ascii::EqualsIgnoreCase(word, w)) return true;
  }
  return false;
}

bool IsTitle(std::string_view w) {
  return InList(StripDot(w), {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord",
                              "lady", "rev", "hon", "mme", "mlle", "herr", "frau", "capt", "col"});
}

bool IsSuffix(std::string_view w) {
  return InList(StripDot(w),
                {"jr", "sr", "ii", "iii", "iv", "phd", "ph.d", "md", "esq", "dds", "mba", "rn"});
}

// Lower-case name particles stay as they are: they say little and keep the name's look.
bool IsParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kParticles = {
      "van", "von", "de",  "der", "den", "da",  "di",  "del", "della", "du",
      "la",  "le",  "bin", "ibn", "al",  "dos", "das", "ten", "ter",   "st."};
  for (auto p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

bool IsInitial(std::string_view w) {
  w = StripDot(w);
  return w.size() == 1 && ascii::IsAlpha(w[0]);
}

// The key text of a name part: ASCII-folded letters (non-ASCII bytes kept), dots dropped.
std::string Fold(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c != '.') out.push_back(ascii::ToLower(c));
  }
  return out;
}

// A fake name part: never the part it replaces, nor a given name or surname of anyone else the
// task names ("Fairweather" in the list must not stand in for someone beside a real Fairweather).
std::string_view Pick(Keyed& keyed, std::span<const std::string_view> list, std::string_view avoid,
                      const names::IdentityBook* people) {
  auto usable = [&](std::string_view w) {
    return !ascii::EqualsIgnoreCase(w, avoid) && (people == nullptr || !people->Names(w));
  };
  for (int i = 0; i < 16; ++i) {
    std::string_view w = keyed.Pick(list);
    if (usable(w)) return w;
  }
  for (std::string_view w : list) {
    if (usable(w)) return w;
  }
  return ascii::EqualsIgnoreCase(list[0], avoid) ? list[1] : list[0];
}

char PickLetter(Keyed& keyed, char avoid) {
  for (;;) {
    char c = keyed.Upper();
    if (c != ascii::ToUpper(avoid)) return c;
  }
}

std::string RenderLike(std::string_view word, std::string_view original) {
  Case c = CaseOf(original);
  return ApplyCase(word, c == Case::kOther ? Case::kTitle : c);
}

// Hyphenated surnames map part by part, so "Smith-Jones" and "Jones" stay related.
std::string FakeSurnameToken(const SurrogateKey& sk, std::string_view token) {
  std::string out;
  size_t start = 0;
  while (start <= token.size()) {
    size_t dash = token.find('-', start);
    if (dash == std::string_view::npos) dash = token.size();
    std::string_view part = token.substr(start, dash - start);
    if (!part.empty()) {
      std::string folded = Fold(part);
      Keyed keyed(sk.key, "person.last", folded);
      out += RenderLike(Pick(keyed, fake::Surnames(), folded, sk.people), part);
    }
    if (dash == token.size()) break;
    out.push_back('-');
    start = dash + 1;
  }
  return out;
}

std::string FakeFirstName(const SurrogateKey& sk, std::string_view first, std::string_view last) {
  std::string seed = Fold(first) + '\x1f' + Fold(last);
  Keyed keyed(sk.key, "person.first", seed);
  return std::string(Pick(keyed, fake::FirstNames(), Fold(first), sk.people));
}

// The fake initial of a given name known only by its initial.
char FakeInitial(const SurrogateKey& sk, std::string_view domain, char initial,
                 std::string_view last) {
  std::string seed(1, ascii::ToLower(initial));
  seed += '\x1f';
  seed += Fold(last);
  Keyed keyed(sk.key, domain, seed);
  return PickLetter(keyed, initial);
}

std::string RenderInitial(char fake, std::string_view original) {
  std::string out(1, ascii::IsLower(original[0]) ? ascii::ToLower(fake) : fake);
  if (original.back() == '.') out.push_back('.');
  return out;
}

enum class Role { kFirst, kMiddle, kLast };

struct Part {
  size_t begin, end;
  Role role;
};

struct Identity {
  std::string first, middle, last;  // folded; any may be empty or an initial
};

std::string FakeGiven(const SurrogateKey& sk, const Identity& id, std::string_view token,
                      bool middle) {
  const std::string& known = middle ? id.middle : id.first;
  std::string_view domain = middle ? "person.middle-initial" : "person.first-initial";
  if (IsInitial(token)) {
    // An initial of a known full name is that fake name's initial.
    if (known.size() > 1) {
      std::string fake = middle ? FakeFirstName(sk, "middle " + known, id.last)
                                : FakeFirstName(sk, known, id.last);
      return RenderInitial(fake[0], token);
    }
    return RenderInitial(FakeInitial(sk, domain, token[0], id.last), token);
  }
  std::string fake = middle ? FakeFirstName(sk, "middle " + Fold(token), id.last)
                            : FakeFirstName(sk, known.empty() ? Fold(token) : known, id.last);
  return RenderLike(fake, token);
}

}  // namespace

std::string FakePerson(const SurrogateKey& sk, std::string_view mention) {
  struct Token {
    size_t begin, end;
  };
  std::vector<Token> tokens;
  size_t comma_at = std::string_view::npos;
  for (size_t i = 0; i < mention.size();) {
    char c = mention[i];
    if (ascii::IsSpace(c) || c == ',') {
      if (c == ',' && comma_at == std::string_view::npos) comma_at = i;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < mention.size() && !ascii::IsSpace(mention[j]) && mention[j] != ',') ++j;
    tokens.push_back({i, j});
    i = j;
  }
  auto text = [&](const Token& t) { return mention.substr(t.begin, t.end - t.begin); };

  // The name tokens, without leading titles, trailing suffixes and particles.
  std::vector<size_t> names;
  size_t before_comma = 0;
  bool only_suffixes_after_comma = true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view t = text(tokens[i]);
    bool after_comma = comma_at != std::string_view::npos && tokens[i].begin > comma_at;
    if (after_comma && !IsSuffix(t)) only_suffixes_after_comma = false;
    if (names.empty() && IsTitle(t)) continue;
    if (IsSuffix(t) && !names.empty()) continue;
    if (IsParticle(t)) continue;
    if (!after_comma) ++before_comma;
    names.push_back(i);
  }
  if (names.empty()) {
    Keyed keyed(sk.key, "person.shape", Fold(mention));
    return KeepShape(mention, keyed);
  }

  // Roles: "Last, First Middle" when a comma follows the surname, else "First Middle Last".
  std::vector<Part> parts;
  bool inverted = comma_at != std::string_view::npos && !only_suffixes_after_comma &&
                  before_comma >= 1 && before_comma < names.size();
  for (size_t k = 0; k < names.size(); ++k) {
    Role role;
    if (inverted) {
      role = k < before_comma ? Role::kLast : (k == before_comma ? Role::kFirst : Role::kMiddle);
    } else if (names.size() == 1) {
      role = Role::kLast;
    } else {
      role = k == 0 ? Role::kFirst : (k + 1 == names.size() ? Role::kLast : Role::kMiddle);
    }
    parts.push_back({tokens[names[k]].begin, tokens[names[k]].end, role});
  }

  Identity id;
  std::optional<names::PersonName> resolved;
  if (sk.people != nullptr) resolved = sk.people->Resolve(mention);
  if (resolved) {
    id = {Fold(resolved->first), Fold(resolved->middle), Fold(resolved->last)};
    // A lone word of a resolved person is the part it matches.
    if (parts.size() == 1) {
      std::string w = Fold(mention.substr(parts[0].begin, parts[0].end - parts[0].begin));
      if (w == id.first) {
        parts[0].role = Role::kFirst;
      } else if (w != id.last && !IsInitial(w)) {
        if (auto user = FakeUserName(sk, mention)) return *user;
      }
    }
  } else {
    std::string last_text;
    for (const Part& p : parts) {
      std::string_view t = mention.substr(p.begin, p.end - p.begin);
      if (p.role == Role::kFirst) id.first = Fold(t);
      if (p.role == Role::kMiddle && id.middle.empty()) id.middle = Fold(t);
      if (p.role == Role::kLast) {
        if (!last_text.empty()) last_text += ' ';
        last_text += Fold(t);
      }
    }
    id.last = last_text;
    // "jane.doe" as a person mention is a user name.
    if (parts.size() == 1 && comma_at == std::string_view::npos) {
      std::string_view t = mention.substr(parts[0].begin, parts[0].end - parts[0].begin);
      if (t.find_first_of("._") != std::string_view::npos) {
        if (auto user = FakeUserName(sk, t)) {
          return std::string(mention.substr(0, parts[0].begin)) + *user +
                 std::string(mention.substr(parts[0].end));
        }
      }
    }
  }

  std::string out;
  size_t at = 0;
  for (const Part& p : parts) {
    out.append(mention.substr(at, p.begin - at));
    std::string_view t = mention.substr(p.begin, p.end - p.begin);
    switch (p.role) {
      case Role::kFirst:
        out += FakeGiven(sk, id, t, false);
        break;
      case Role::kMiddle:
        out += FakeGiven(sk, id, t, true);
        break;
      case Role::kLast:
        if (IsInitial(t)) {
          Keyed keyed(sk.key, "person.last", id.last.empty() ? Fold(t) : id.last);
          std::string fake(Pick(keyed, fake::Surnames(), "", sk.people));
          out +=
              RenderInitial(fake[0] == ascii::ToUpper(t[0]) ? PickLetter(keyed, t[0]) : fake[0], t);
        } else {
          out += FakeSurnameToken(sk, t);
        }
        break;
    }
    at = p.end;
  }
  out.append(mention.substr(at));
  return out;
}

std::optional<std::string> FakeUserName(const SurrogateKey& sk, std::string_view local) {
  // Trailing digits ("jdoe42") are kept in shape but replaced.
  size_t core_end = local.size();
  while (core_end > 0 && ascii::IsDigit(local[core_end - 1])) --core_end;
  std::string_view core = local.substr(0, core_end);
  std::string_view digits = local.substr(core_end);
  if (core.empty()) return std::nullopt;

  std::vector<std::string_view> runs;  // alphabetic runs
  std::string seps;                    // the separators between them
  for (size_t i = 0; i < core.size();) {
    if (ascii::IsAlpha(core[i])) {
      size_t j = i;
      while (j < core.size() && ascii::IsAlpha(core[j])) ++j;
      runs.push_back(core.substr(i, j - i));
      i = j;
    } else if (core[i] == '.' || core[i] == '_' || core[i] == '-') {
      if (runs.empty() || seps.size() >= runs.size()) return std::nullopt;
      seps.push_back(core[i]);
      ++i;
    } else {
      return std::nullopt;
    }
  }
  if (runs.empty() || seps.size() + 1 != runs.size()) return std::nullopt;

  std::string first, last;
  std::optional<names::PersonName> resolved;
  if (sk.people != nullptr) resolved = sk.people->Resolve(core);
  if (resolved && !resolved->last.empty()) {
    first = Fold(resolved->first);
    last = Fold(resolved->last);
  } else if (runs.size() == 2 || runs.size() == 3) {
    first = Fold(runs.front());
    last = Fold(runs.back());
  } else {
    return std::nullopt;
  }

  std::string fake_first = first.size() > 1 ? ascii::Lower(FakeFirstName(sk, first, last)) : "";
  std::string fake_last = ascii::Lower(FakeSurnameToken(sk, last));
  if (fake_first.empty()) {
    char c = first.empty() ? 'a' : first[0];
    fake_first = std::string(1, ascii::ToLower(FakeInitial(sk, "person.first-initial", c, last)));
  }

  // Which pattern the local part follows, matched on the real identity, rendered on the fake.
  std::string lower = ascii::Lower(core);
  using Builder = std::function<std::string(const std::string&, const std::string&)>;
  std::vector<Builder> patterns;
  for (std::string sep : {".", "_", "-", ""}) {
    patterns.push_back([sep](auto& f, auto& l) { return f + sep + l; });
    patterns.push_back([sep](auto& f, auto& l) { return l + sep + f; });
    patterns.push_back([sep](auto& f, auto& l) { return f.substr(0, 1) + sep + l; });
    patterns.push_back([sep](auto& f, auto& l) { return f + sep + l.substr(0, 1); });
  }
  patterns.push_back([](auto& f, auto&) { return f; });
  patterns.push_back([](auto&, auto& l) { return l; });

  std::string matched;
  for (auto& build : patterns) {
    std::string real = build(first, last);
    if (real == lower && !real.empty()) {
      matched = build(fake_first, fake_last);
      break;
    }
  }
  if (matched.empty()) {
    if (resolved) return std::nullopt;
    // Unresolved "jane.doe.smith": first and last by position, separators kept.
    matched = fake_first;
    for (size_t i = 1; i < runs.size(); ++i) {
      matched += seps[i - 1];
      matched += i + 1 == runs.size() ? fake_last : ascii::Lower(FakeSurnameToken(sk, runs[i]));
    }
  }

  // The original's case, run by run when the runs line up, else as a whole.
  std::string out;
  std::vector<std::string_view> fake_runs;
  for (size_t i = 0; i < matched.size();) {
    size_t j = i;
    while (j < matched.size() && ascii::IsAlpha(matched[j])) ++j;
    if (j > i) fake_runs.push_back(std::string_view(matched).substr(i, j - i));
    i = j == i ? i + 1 : j;
  }
  if (fake_runs.size() == runs.size()) {
    size_t r = 0;
    for (size_t i = 0; i < matched.size();) {
      if (ascii::IsAlpha(matched[i])) {
        Case c = CaseOf(runs[r]);
        out += ApplyCase(fake_runs[r], c == Case::kOther ? Case::kLower : c);
        i += fake_runs[r].size();
        ++r;
      } else {
        out.push_back(matched[i++]);
      }
    }
  } else {
    out = CaseOf(core) == Case::kUpper ? ascii::Upper(matched) : matched;
  }
  if (!digits.empty()) {
    Keyed keyed(sk.key, "person.user-digits", Fold(local));
    out += KeepShape(digits, keyed, false);
  }
  return out;
}

}  // namespace deskbench::redact
