#include "detect/engine.h"

#include <hs/hs.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_set>

#include "core/ascii.h"
#include "detect/context.h"
#include "detect/names/name_finder.h"
#include "detect/recognizer.h"

namespace deskbench {

namespace {

// One pattern of the database: a recognizer or a literal term.
struct Entry {
  const PatternRecognizer* recognizer = nullptr;
  const Term* term = nullptr;
};

struct RawMatch {
  unsigned id;
  size_t from;
  size_t to;
};

std::string EscapeLiteral(std::string_view s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (ascii::IsAlnum(c) || u >= 0x80 || c == ' ') {
      out.push_back(c);
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    }
  }
  return out;
}

// A term matches as a whole word; a plural or possessive ending may follow ("Acme's", "Globexes").
bool TermBoundaries(std::string_view text, size_t from, size_t to) {
  if (from > 0 && ascii::IsWordByte(text[from - 1])) return false;
  if (to >= text.size() || !ascii::IsWordByte(text[to])) return true;
  std::string_view rest = text.substr(to);
  for (std::string_view suffix : {"'s", "s", "es"}) {
    if (rest.size() >= suffix.size() &&
        ascii::EqualsIgnoreCase(rest.substr(0, suffix.size()), suffix) &&
        (rest.size() == suffix.size() || !ascii::IsWordByte(rest[suffix.size()]))) {
      return true;
    }
  }
  return false;
}

std::string_view TermRecognizer(Entity type) {
  switch (type) {
    case Entity::USER_TERM:
      return "deny_list";
    case Entity::PERSON:
      return "name_propagation";
    default:
      return "term";
  }
}

// Of overlapping findings: one that contains another wins, since replacing it replaces the inner
// one too (an email whose domain is a deny-list term, a URL holding a token, an address holding a
// city). Two that only partly overlap both stay, the weaker (lower score, then shorter) cut back
// to the part outside the stronger: every byte any recognizer flagged is still replaced, so a
// password that runs into what looks like an email never survives in part.
void ResolveOverlaps(std::string_view text, std::vector<Finding>& findings) {
  // What is left of a cut-back finding matters only if it holds a letter or digit: ", " between
  // a name and an overlapping name variant is nothing to replace.
  auto substantial = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      if (ascii::IsWordByte(text[i])) return true;
    }
    return false;
  };
  auto contains = [](const Finding& a, const Finding& b) {
    return a.begin <= b.begin && a.end >= b.end;
  };
  auto stronger = [](const Finding& a, const Finding& b) {
    if (a.score != b.score) return a.score > b.score;
    return (a.end - a.begin) >= (b.end - b.begin);
  };
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.score > b.score;
  });
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (Finding f : findings) {
    while (!kept.empty() && kept.back().end > f.begin) {
      Finding& last = kept.back();
      if (contains(last, f)) {
        f.end = f.begin;  // swallowed
        break;
      }
      if (contains(f, last)) {
        kept.pop_back();
        continue;
      }
      // Partial overlap: last starts first, f ends last.
      if (stronger(last, f)) {
        f.begin = last.end;
      } else {
        last.end = f.begin;
        if (!substantial(last.begin, last.end)) kept.pop_back();
      }
      break;
    }
    if (f.end > f.begin && substantial(f.begin, f.end)) kept.push_back(f);
  }
  findings.swap(kept);
}

}  // namespace

struct Engine::Compiled {
  Policy policy;
  std::vector<Entry> entries;
  hs_database_t* db = nullptr;
  std::unordered_set<std::string> allow;  // lower-case
  bool names = false;

  ~Compiled() {
    if (db != nullptr) hs_free_database(db);
  }
};

Engine::Engine(Policy policy) : compiled_(std::make_unique<Compiled>()) {
  Compiled& c = *compiled_;
  c.policy = std::move(policy);
  for (const auto& a : c.policy.allow) c.allow.insert(ascii::Lower(a));
  for (const auto& d : c.policy.deny) {
    if (!ascii::Trim(d).empty())
      c.policy.terms.push_back({std::string(ascii::Trim(d)), Entity::USER_TERM, 1.0f});
  }
  // A multi-word term is also found run together or joined by punctuation, as in emails and URLs:
  // "Acme Corp" finds "acmecorp", "acme-corp", "acme_corp" and "acme.corp".
  const size_t base_terms = c.policy.terms.size();
  for (size_t i = 0; i < base_terms; ++i) {
    const Term t = c.policy.terms[i];
    if (t.text.find(' ') == std::string::npos) continue;
    for (std::string_view joiner : {"", "-", "_", "."}) {
      std::string joined;
      for (char ch : t.text) {
        if (ch == ' ') {
          joined += joiner;
        } else {
          joined.push_back(ch);
        }
      }
      c.policy.terms.push_back({joined, t.type, t.score});
    }
  }

  std::vector<std::string> patterns;
  std::vector<unsigned> flags, ids;
  for (const PatternRecognizer& r : BuiltinRecognizers()) {
    if (!c.policy.builtin || !c.policy.Enabled(r.type)) continue;
    ids.push_back(static_cast<unsigned>(c.entries.size()));
    c.entries.push_back({&r, nullptr});
    patterns.emplace_back(r.regex);
    flags.push_back(HS_FLAG_SOM_LEFTMOST | (r.caseless ? HS_FLAG_CASELESS : 0u));
  }
  for (const Term& t : c.policy.terms) {
    if (!c.policy.Enabled(t.type) || t.text.empty()) continue;
    ids.push_back(static_cast<unsigned>(c.entries.size()));
    c.entries.push_back({nullptr, &t});
    patterns.push_back(EscapeLiteral(t.text));
    flags.push_back(HS_FLAG_SOM_LEFTMOST | HS_FLAG_CASELESS);
  }
  c.names = c.policy.builtin && (c.policy.Enabled(Entity::PERSON) || c.policy.Enabled(Entity::ORGANIZATION) ||
            c.policy.Enabled(Entity::LOCATION));
  if (patterns.empty()) return;

  std::vector<const char*> exprs;
  exprs.reserve(patterns.size());
  for (const auto& p : patterns) exprs.push_back(p.c_str());
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned>(exprs.size()),
                       HS_MODE_BLOCK, nullptr, &c.db, &err) != HS_SUCCESS) {
    std::string what = err != nullptr && err->message != nullptr ? err->message : "unknown error";
    std::string who = "the pattern set";
    if (err != nullptr && err->expression >= 0) {
      const Entry& e = c.entries[static_cast<size_t>(err->expression)];
      who = e.recognizer != nullptr ? "recognizer " + std::string(e.recognizer->id)
                                    : "term \"" + e.term->text + "\"";
    }
    hs_free_compile_error(err);
    throw std::runtime_error("cannot compile " + who + ": " + what);
  }
}

Engine::~Engine() = default;

const Policy& Engine::policy() const {
  return compiled_->policy;
}

struct Engine::Scanner::State {
  const Compiled* compiled = nullptr;
  hs_scratch_t* scratch = nullptr;
  std::vector<RawMatch> raw;
  std::vector<Finding> findings;

  ~State() {
    if (scratch != nullptr) hs_free_scratch(scratch);
  }
};

Engine::Scanner::Scanner(const Engine& engine) : state_(std::make_unique<State>()) {
  state_->compiled = engine.compiled_.get();
  if (state_->compiled->db != nullptr &&
      hs_alloc_scratch(state_->compiled->db, &state_->scratch) != HS_SUCCESS) {
    throw std::runtime_error("vectorscan: cannot allocate scratch space");
  }
}

Engine::Scanner::~Scanner() = default;
Engine::Scanner::Scanner(Scanner&&) noexcept = default;

Engine::Scanner Engine::NewScanner() const {
  return Scanner(*this);
}

const std::vector<Finding>& Engine::Scanner::Scan(std::string_view text, std::string_view hint) {
  State& s = *state_;
  const Compiled& c = *s.compiled;
  s.findings.clear();
  s.raw.clear();
  if (text.empty()) return s.findings;

  if (c.db != nullptr) {
    // Vectorscan takes an unsigned length; segments are bounded far below that (core/limits.h),
    // but scan in pieces anyway so nothing is silently skipped.
    constexpr size_t kMaxBlock = size_t{1} << 30;
    for (size_t off = 0; off < text.size(); off += kMaxBlock) {
      size_t len = std::min(kMaxBlock, text.size() - off);
      auto on_match = [](unsigned id, unsigned long long from, unsigned long long to, unsigned,
                         void* ctx) -> int {
        static_cast<std::vector<RawMatch>*>(ctx)->push_back(
            {id, static_cast<size_t>(from), static_cast<size_t>(to)});
        return 0;
      };
      size_t first = s.raw.size();
      hs_error_t rc = hs_scan(c.db, text.data() + off, static_cast<unsigned>(len), 0, s.scratch,
                              on_match, &s.raw);
      if (rc != HS_SUCCESS) throw std::runtime_error("vectorscan: scan failed");
      for (size_t i = first; i < s.raw.size(); ++i) {
        s.raw[i].from += off;
        s.raw[i].to += off;
      }
    }
    // Vectorscan reports every end offset of a match; keep the longest per pattern and start.
    std::sort(s.raw.begin(), s.raw.end(), [](const RawMatch& a, const RawMatch& b) {
      if (a.id != b.id) return a.id < b.id;
      if (a.from != b.from) return a.from < b.from;
      return a.to > b.to;
    });
    for (size_t i = 0; i < s.raw.size(); ++i) {
      const RawMatch& m = s.raw[i];
      if (i > 0 && s.raw[i - 1].id == m.id && s.raw[i - 1].from == m.from) continue;
      const Entry& e = c.entries[m.id];
      if (e.term != nullptr) {
        if (TermBoundaries(text, m.from, m.to)) {
          s.findings.push_back(
              {e.term->type, m.from, m.to, e.term->score, TermRecognizer(e.term->type)});
        }
        continue;
      }
      const PatternRecognizer& r = *e.recognizer;
      Match match{m.from, m.to, r.score};
      if (r.validate != nullptr && !r.validate(text, match, c.policy)) continue;
      if (match.begin >= match.end || match.end > text.size()) continue;
      if (!r.context.empty()) {
        bool has = HasContext(text, match.begin, match.end, hint, r.context);
        if (r.context_required && !has) continue;
        if (has) match.score = std::max(match.score, r.context_score);
      }
      s.findings.push_back({r.type, match.begin, match.end, match.score, r.id});
    }
  }

  if (c.names) names::NameFinder::Default().Find(text, hint, c.policy, s.findings);

  std::erase_if(s.findings, [&](const Finding& f) {
    if (!c.policy.Enabled(f.type) || f.score < c.policy.Threshold(f.type)) return true;
    if (!c.allow.empty() && c.allow.count(ascii::Lower(text.substr(f.begin, f.end - f.begin))))
      return true;
    return false;
  });
  ResolveOverlaps(text, s.findings);
  return s.findings;
}

}  // namespace deskbench
