#include "detect/engine.h"

#include <hs/hs.h>

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/ascii.h"
#include "core/hints.h"
#include "detect/context.h"
#include "detect/database.h"
#include "detect/field_code.h"
#include "detect/names/name_finder.h"
#include "detect/pattern_digits.h"
#include "detect/recognizer.h"
#include "detect/term_index.h"

namespace deskbench {

namespace {

// What the rules below need of a term, without its text: a large task has millions of term
// variants, so the terms that share these facts share one entry (TermIndex reports where each
// match ends, and only the rare literal-database term needs its own, for its length).
struct TermKind {
  Entity type;
  float score;
  bool has_comma;  // "Walker, Sarah"
  bool one_word;   // nothing of " .-_,'" in it
  bool operator==(const TermKind&) const = default;
};

TermKind KindOf(const Term& t) {
  // One pass: a large task has hundreds of thousands of terms.
  bool comma = false, one_word = true;
  for (char c : t.text) {
    comma = comma || c == ',';
    one_word = one_word && c != ' ' && c != '.' && c != '-' && c != '_' && c != ',' && c != '\'';
  }
  return {t.type, t.score, comma, one_word};
}

// One pattern of the database: a recognizer, or terms of one kind.
struct Entry {
  const PatternRecognizer* recognizer = nullptr;
  TermKind term{};
  int hint_bit = -1;  // a hint-only recognizer's bit in Scanner::HintNames
};

struct RawMatch {
  unsigned id;
  size_t from;
  size_t to;
};

// A pattern of one of the built-in databases: its entry, and where its match starts when
// vectorscan does not track it.
struct PatternSlot {
  unsigned entry;
  bool som;        // compiled with HS_FLAG_SOM_LEFTMOST
  unsigned width;  // without: every match is this wide
};

struct BuiltinDatabase {
  Database db;
  std::vector<PatternSlot> slots;  // by pattern id
};

// Vectorscan scans ~270 patterns of mixed shapes (literal-led secrets, runs of digits, caseless
// keywords, the rest) as one database at a fraction of the speed it scans each shape as a database
// of its own: the shapes need different engines, and one database makes every byte pay for all
// of them (bench/RESULTS.md). Which database a recognizer goes to never changes what it finds.
enum class Shape { kSecret, kCaseless, kDigitRun, kOther, kCount };

// But a call costs vectorscan as much again whatever the length, and most texts are short:
// cells, fields, values, titles. Up to this length one database of every shape is the cheaper
// (bench/throughput BM_ScanPieces: +25 % at 16 bytes, +13 % at 64, even at 1 KiB).
constexpr size_t kShortText = 512;

// A table repeats its values under one header ("Yes", a department, a date, a JSON key), and a
// scan is a function of its text and hint alone (validators, context and names read nothing
// else): a scanner remembers what its short texts gave. 43 % of the scans of typical office
// documents and 73 % of the dense corpus's repeat one before them (bench/RESULTS.md).
constexpr size_t kMemoText = 128;
// Direct-mapped by hash: a slot's strings and vectors keep their capacity when another text takes
// it, so a scanner that has warmed up remembers without allocating; a hash map made a node, a key
// and two vectors for every text and freed them all when it filled (a tenth of a dense scan).
constexpr size_t kMemoSlots = 16384;

// "\b\d{3}[ -]?\d{2}[ -]?\d{4}\b": a case-sensitive pattern that starts with a digit after a word
// boundary, with no alternatives.
bool DigitRunPattern(std::string_view regex) {
  if (regex.find('|') != std::string_view::npos) return false;
  if (regex.starts_with("\\b\\d")) return true;
  return regex.size() >= 7 && regex.starts_with("\\b[") && ascii::IsDigit(regex[3]) &&
         regex[4] == '-' && ascii::IsDigit(regex[5]) && regex[6] == ']';
}

Shape ShapeOf(const PatternRecognizer& r) {
  if (r.type == Entity::SECRET) return Shape::kSecret;
  if (r.caseless) return Shape::kCaseless;
  if (DigitRunPattern(r.regex)) return Shape::kDigitRun;
  return Shape::kOther;
}

// A term matches as a whole word; a plural or possessive ending may follow ("Acme's", "Globexes").
// A person's name takes only the possessive: "Davis" is not the plural of a learned "Davi".
bool TermBoundaries(std::string_view text, size_t from, size_t to, Entity type) {
  if (from > 0 && ascii::IsWordByte(text[from - 1])) return false;
  if (to >= text.size() || !ascii::IsWordByte(text[to])) return true;
  std::string_view rest = text.substr(to);
  for (std::string_view suffix : {"'s", "s", "es"}) {
    if (type == Entity::PERSON && suffix != "'s") break;
    if (rest.size() >= suffix.size() &&
        ascii::EqualsIgnoreCase(rest.substr(0, suffix.size()), suffix) &&
        (rest.size() == suffix.size() || !ascii::IsWordByte(rest[suffix.size()]))) {
      return true;
    }
  }
  return false;
}

bool CapitalisedWordAt(std::string_view text, size_t i) {
  return i < text.size() && ascii::IsUpper(text[i]);
}

// "Walker, Sarah" (a variant of Sarah Walker) inside the list "Grace Walker, Sarah Byrne" is the
// end of one name and the start of another, not a mention of Sarah Walker.
bool SpansTwoNames(const TermKind& term, std::string_view text, size_t from, size_t to) {
  if (term.type != Entity::PERSON || !term.has_comma) return false;
  bool name_before = from >= 2 && text[from - 1] == ' ' && ascii::IsAlpha(text[from - 2]);
  bool name_after = to + 1 < text.size() && text[to] == ' ' && CapitalisedWordAt(text, to + 1);
  return name_before || name_after;
}

// A propagated name of one word ("Fotouder", "Brightline") is a name only where it is written as
// one, capitalised: "login" in "last_login_ip" is not the surname Login.
bool LowerCaseSingleName(const TermKind& term, std::string_view text, size_t from) {
  if (term.type != Entity::PERSON && term.type != Entity::ORGANIZATION) return false;
  if (!term.one_word) return false;
  return !ascii::IsUpper(text[from]);
}

// Nor is "VESA" the given name Vesa: a name of one word written in capitals and no longer than
// an acronym is one ("VESA", "ADA", "MAX"), where propagation alone would call it a person.
bool AcronymSingleName(const TermKind& term, std::string_view text, size_t from, size_t to) {
  if (term.type != Entity::PERSON || !term.one_word || to - from > 4) return false;
  for (size_t i = from; i < to; ++i) {
    if (!ascii::IsUpper(text[i])) return false;
  }
  return true;
}

// Nor is "LEN" in "MISC_LEN" the given name Len, or "Hellman" in "Diffie-Hellman" Martin
// Hellman: a one-word name joined to another word by an underscore or a hyphen is part of that
// compound (a double-barrelled name is found whole, as its own variant).
bool SingleNameInIdentifier(const TermKind& term, std::string_view text, size_t from, size_t to) {
  if (term.type != Entity::PERSON && term.type != Entity::ORGANIZATION) return false;
  if (!term.one_word) return false;
  if ((from > 0 && text[from - 1] == '_') || (to < text.size() && text[to] == '_')) return true;
  return (from > 1 && text[from - 1] == '-' && ascii::IsAlpha(text[from - 2])) ||
         (to + 1 < text.size() && text[to] == '-' && ascii::IsAlpha(text[to + 1]));
}

// A value learnt in pass 1 (scrub/pipeline.cc) or decided in a decisions file, found again.
constexpr std::string_view kValuePropagation = "value_propagation";

std::string_view TermRecognizer(Entity type) {
  switch (type) {
    case Entity::USER_TERM:
      return "deny_list";
    case Entity::PERSON:
      return "name_propagation";
    case Entity::ORGANIZATION:
      return "org_propagation";
    default:
      return kValuePropagation;
  }
}

// Of overlapping findings: one that contains another wins, since replacing it replaces the inner
// one too (an email whose domain is a deny-list term, a URL holding a token, an address holding a
// city). Two that only partly overlap both stay, the weaker (lower score, then shorter) cut back
// to the part outside the stronger: every byte any recognizer flagged is still replaced, so a
// password that runs into what looks like an email never survives in part.
void ResolveOverlaps(std::string_view text, std::vector<Finding>& findings,
                     std::vector<Finding>& kept) {
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
    if (a.score != b.score) return a.score > b.score;
    // Ties are broken by what the finding is, not by the order the recognizers ran in.
    if (a.type != b.type) return a.type < b.type;
    return a.recognizer < b.recognizer;
  });
  // Where a recognizer finds a value again that was propagated as one of its own type, the
  // finding is the recognizer's, which says why it was found (with the stronger score).
  for (size_t run = 0; run < findings.size();) {
    size_t end = run + 1;
    while (end < findings.size() && findings[end].begin == findings[run].begin &&
           findings[end].end == findings[run].end) {
      ++end;
    }
    Finding& first = findings[run];
    if (first.recognizer == kValuePropagation) {
      for (size_t j = run + 1; j < end; ++j) {
        if (findings[j].type == first.type && findings[j].recognizer != kValuePropagation) {
          findings[j].score = std::max(findings[j].score, first.score);
          std::swap(first, findings[j]);
          break;
        }
      }
    }
    run = end;
  }
  kept.clear();
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
  std::vector<Entry> entries;  // the built-in recognizers first, then the terms
  // The built-in recognizers' databases, one per Shape, the same for every policy that enables
  // the same types (so they can be loaded from the cache); the policy's terms in an index
  // (detect/term_index.h), but for the rare term that does not start with a word byte, in a
  // literal database.
  std::vector<BuiltinDatabase> builtin_dbs;
  BuiltinDatabase all_builtin;  // every built-in pattern in one database, for short texts
  // Those of them that can match where there is no digit, for the short texts without one (most
  // cells, titles and paragraphs): half what all_builtin costs them (bench/RESULTS.md).
  BuiltinDatabase digitless_builtin;
  TermIndex term_index;
  Database term_db;
  std::vector<unsigned> term_db_entries;  // the entry of each pattern of term_db
  std::vector<size_t> term_db_lengths;    // and its length
  std::unordered_set<std::string> allow;  // lower-case
  size_t longest_allow = 0;
  bool names = false;
  // The hint-only recognizers (at most 64), each a bit of a hint's mask; those with no pattern
  // take the whole segment under a hint that names them.
  std::vector<const PatternRecognizer*> hint_only;
  std::vector<unsigned> whole_segment;  // bits of hint_only
};

Engine::Engine(Policy policy) : compiled_(std::make_unique<Compiled>()) {
  Compiled& c = *compiled_;
  c.policy = std::move(policy);
  for (const auto& a : c.policy.allow) {
    c.allow.insert(ascii::Lower(a));
    c.longest_allow = std::max(c.longest_allow, a.size());
  }
  for (const auto& d : c.policy.deny) {
    if (!ascii::Trim(d).empty())
      c.policy.terms.push_back({std::string(ascii::Trim(d)), Entity::USER_TERM, 1.0f});
  }
  PatternSet builtin, terms;
  for (const PatternRecognizer& r : BuiltinRecognizers()) {
    if (!c.policy.builtin || !c.policy.Enabled(r.type)) continue;
    int bit = -1;
    if (r.hint_only && c.hint_only.size() < 64) {
      bit = static_cast<int>(c.hint_only.size());
      c.hint_only.push_back(&r);
    }
    if (r.regex.empty()) {
      if (bit >= 0 && r.validate != nullptr) c.whole_segment.push_back(static_cast<unsigned>(bit));
      continue;
    }
    c.entries.push_back({&r, {}, bit});
    builtin.patterns.emplace_back(r.regex);
    builtin.flags.push_back(r.caseless ? HS_FLAG_CASELESS : 0u);
  }
  const unsigned builtin_count = static_cast<unsigned>(c.entries.size());
  std::vector<std::pair<TermKind, unsigned>> kinds;  // the shared entry of each kind
  auto add_term = [&](std::string_view text, const TermKind& kind) {
    if (TermIndex::Indexable(text)) {
      auto it =
          std::find_if(kinds.begin(), kinds.end(), [&](const auto& k) { return k.first == kind; });
      if (it == kinds.end()) {
        it = kinds.insert(kinds.end(), {kind, static_cast<unsigned>(c.entries.size())});
        c.entries.push_back({nullptr, kind});
      }
      c.term_index.Add(text, it->second);
      return;
    }
    // No start-of-match tracking: a literal starts its length before its end.
    c.term_db_entries.push_back(static_cast<unsigned>(c.entries.size()));
    c.term_db_lengths.push_back(text.size());
    c.entries.push_back({nullptr, kind});
    terms.patterns.emplace_back(text);
    terms.flags.push_back(HS_FLAG_CASELESS);
  };
  size_t forms = 0, form_bytes = 0;
  for (const Term& t : c.policy.terms) {
    const size_t n = t.text.find(' ') == std::string::npos ? 1 : 5;  // with the joined forms
    forms += n;
    form_bytes += n * t.text.size();
  }
  c.term_index.Reserve(forms, form_bytes);
  for (const Term& t : c.policy.terms) {
    if (!c.policy.Enabled(t.type) || t.text.empty()) continue;
    add_term(t.text, KindOf(t));
    // A multi-word term is also found run together or joined by punctuation, as in emails and
    // URLs: "Acme Corp" finds "acmecorp", "acme-corp", "acme_corp" and "acme.corp".
    if (t.text.find(' ') == std::string::npos) continue;
    for (char joiner : {'\0', '-', '_', '.'}) {
      Term joined{std::string(), t.type, t.score};
      for (char ch : t.text) {
        if (ch != ' ') {
          joined.text.push_back(ch);
        } else if (joiner != '\0') {
          joined.text.push_back(joiner);
        }
      }
      add_term(joined.text, KindOf(joined));
    }
  }
  // Indexed, the terms' texts are no longer needed: they are most of a large task's memory.
  std::vector<Term>().swap(c.policy.terms);
  c.names = c.policy.builtin &&
            (c.policy.Enabled(Entity::PERSON) || c.policy.Enabled(Entity::ORGANIZATION) ||
             c.policy.Enabled(Entity::LOCATION));

  auto blame = [&](const PatternError& e, const std::vector<unsigned>& entry_of) {
    std::string who = "the pattern set";
    if (e.index >= 0) {
      const Entry& entry = c.entries[entry_of[static_cast<size_t>(e.index)]];
      who = entry.recognizer != nullptr ? "recognizer " + std::string(entry.recognizer->id)
                                        : "a term";
    }
    return std::runtime_error("cannot compile " + who + ": " + e.what());
  };
  std::vector<PatternWidth> widths;
  try {
    widths = LoadOrMeasureWidths(builtin);
  } catch (const PatternError& e) {
    std::vector<unsigned> entry_of(builtin_count);
    for (unsigned i = 0; i < builtin_count; ++i) entry_of[i] = i;
    throw blame(e, entry_of);
  }
  // Start-of-match tracking costs vectorscan much of its speed; a pattern whose matches all have
  // one width starts that width before its end, the same offset SOM_LEFTMOST would report.
  std::vector<PatternSet> sets(static_cast<size_t>(Shape::kCount));
  std::vector<std::vector<PatternSlot>> slots(sets.size());
  for (unsigned i = 0; i < builtin_count; ++i) {
    const auto shape = static_cast<size_t>(ShapeOf(*c.entries[i].recognizer));
    const bool som = !widths[i].Fixed();
    sets[shape].patterns.push_back(builtin.patterns[i]);
    sets[shape].flags.push_back(builtin.flags[i] | (som ? HS_FLAG_SOM_LEFTMOST : 0u));
    slots[shape].push_back({i, som, widths[i].min});
  }
  PatternSet all;
  std::vector<PatternSlot> all_slots;
  for (size_t g = 0; g < sets.size(); ++g) {
    all.patterns.insert(all.patterns.end(), sets[g].patterns.begin(), sets[g].patterns.end());
    all.flags.insert(all.flags.end(), sets[g].flags.begin(), sets[g].flags.end());
    all_slots.insert(all_slots.end(), slots[g].begin(), slots[g].end());
  }
  for (size_t g = 0; g < sets.size(); ++g) {
    if (sets[g].patterns.empty()) continue;
    try {
      c.builtin_dbs.push_back({LoadOrCompileDatabase(sets[g]), std::move(slots[g])});
    } catch (const PatternError& e) {
      std::vector<unsigned> entry_of;
      for (const PatternSlot& slot : slots[g]) entry_of.push_back(slot.entry);
      throw blame(e, entry_of);
    }
  }
  PatternSet digitless;
  std::vector<PatternSlot> digitless_slots;
  for (size_t i = 0; i < all.patterns.size(); ++i) {
    if (PatternNeedsDigit(all.patterns[i])) continue;
    digitless.patterns.push_back(all.patterns[i]);
    digitless.flags.push_back(all.flags[i]);
    digitless_slots.push_back(all_slots[i]);
  }
  // The same patterns as the shapes' databases, so they compile as surely.
  if (!all.patterns.empty()) c.all_builtin = {LoadOrCompileDatabase(all), std::move(all_slots)};
  if (!digitless.patterns.empty()) {
    c.digitless_builtin = {LoadOrCompileDatabase(digitless), std::move(digitless_slots)};
  }
  try {
    c.term_db = CompileLiterals(terms);
  } catch (const PatternError& e) {
    std::string who = e.index >= 0 ? "term \"" + terms.patterns[static_cast<size_t>(e.index)] + "\""
                                   : "the terms";
    throw std::runtime_error("cannot compile " + who + ": " + e.what());
  }
}

Engine::~Engine() = default;

struct Engine::Scanner::State {
  const Compiled* compiled = nullptr;
  hs_scratch_t* scratch = nullptr;  // sized for both databases
  std::vector<RawMatch> raw;
  std::vector<TermIndex::Hit> term_hits;
  std::vector<Finding> findings;
  std::vector<Finding> kept;   // ResolveOverlaps' working space
  std::vector<Finding> names;  // the name finder's findings of the last text (Names())
  std::string lowered;         // the allow-list check's working space
  std::string blanked;         // a field instruction with its syntax blanked
  // Which hint-only recognizers each hint names, by hint: a table's cells come row by row, so
  // their few column headers alternate.
  struct HintHash {
    using is_transparent = void;  // looked up by string_view, no string made
    size_t operator()(std::string_view h) const { return std::hash<std::string_view>{}(h); }
  };
  std::unordered_map<std::string, uint64_t, HintHash, std::equal_to<>> hint_names;
  // What short texts gave with their hints (kMemoText), by hash.
  struct Remembered {
    uint64_t hash = 0;
    std::string hint;
    std::string text;  // empty while the slot is unused: an empty text is never scanned
    std::vector<Finding> findings;
    std::vector<Finding> names;
  };
  std::vector<Remembered> memo;  // kMemoSlots once first used

  ~State() {
    if (scratch != nullptr) hs_free_scratch(scratch);
  }
};

Engine::Scanner::Scanner(const Engine& engine) : state_(std::make_unique<State>()) {
  state_->compiled = engine.compiled_.get();
  std::vector<const hs_database_t*> dbs = {state_->compiled->term_db.get(),
                                           state_->compiled->all_builtin.db.get(),
                                           state_->compiled->digitless_builtin.db.get()};
  for (const BuiltinDatabase& b : state_->compiled->builtin_dbs) dbs.push_back(b.db.get());
  for (const hs_database_t* db : dbs) {
    if (db != nullptr && hs_alloc_scratch(db, &state_->scratch) != HS_SUCCESS) {
      throw std::runtime_error("vectorscan: cannot allocate scratch space");
    }
  }
}

Engine::Scanner::~Scanner() = default;
Engine::Scanner::Scanner(Scanner&&) noexcept = default;

Engine::Scanner Engine::NewScanner() const {
  return Scanner(*this);
}

namespace {

struct MatchSink {
  std::vector<RawMatch>* raw;
  const std::vector<PatternSlot>* slots;  // null: the pattern id is the raw match's id
  size_t offset;
};

int OnMatch(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* ctx) {
  auto* sink = static_cast<MatchSink*>(ctx);
  if (sink->slots != nullptr) {
    const PatternSlot& slot = (*sink->slots)[id];
    id = slot.entry;
    if (!slot.som) from = to - slot.width;
  }
  sink->raw->push_back(
      {id, static_cast<size_t>(from) + sink->offset, static_cast<size_t>(to) + sink->offset});
  return 0;
}

void ScanDatabase(const hs_database_t* db, const std::vector<PatternSlot>* slots,
                  std::string_view text, hs_scratch_t* scratch, std::vector<RawMatch>& raw) {
  if (db == nullptr) return;
  // Vectorscan takes an unsigned length; segments are bounded far below that (core/limits.h),
  // but scan in pieces anyway so nothing is silently skipped.
  constexpr size_t kMaxBlock = size_t{1} << 30;
  for (size_t off = 0; off < text.size(); off += kMaxBlock) {
    size_t len = std::min(kMaxBlock, text.size() - off);
    MatchSink sink{&raw, slots, off};
    hs_error_t rc =
        hs_scan(db, text.data() + off, static_cast<unsigned>(len), 0, scratch, OnMatch, &sink);
    if (rc != HS_SUCCESS) throw std::runtime_error("vectorscan: scan failed");
  }
}

}  // namespace

const std::vector<Finding>& Engine::Scanner::Scan(std::string_view text, std::string_view hint) {
  return ScanWith(text, hint, nullptr);
}

const std::vector<Finding>& Engine::Scanner::Scan(std::string_view text, std::string_view hint,
                                                  std::span<const Finding> names) {
  return ScanWith(text, hint, &names);
}

const std::vector<Finding>& Engine::Scanner::Names() const {
  return state_->names;
}

uint64_t Engine::Scanner::HintNames(std::string_view hint) {
  State& s = *state_;
  const Compiled& c = *s.compiled;
  if (hint.empty() || c.hint_only.empty()) return 0;
  const auto it = s.hint_names.find(hint);
  if (it != s.hint_names.end()) return it->second;
  uint64_t mask = 0;
  for (size_t bit = 0; bit < c.hint_only.size(); ++bit) {
    if (HasContext({}, 0, 0, hint, c.hint_only[bit]->context)) mask |= uint64_t{1} << bit;
  }
  if (s.hint_names.size() >= 4096) s.hint_names.clear();  // bounded: hints are few but untrusted
  s.hint_names.emplace(hint, mask);
  return mask;
}

const std::vector<Finding>& Engine::Scanner::ScanWith(std::string_view text, std::string_view hint,
                                                      const std::span<const Finding>* given_names) {
  State& s = *state_;
  const Compiled& c = *s.compiled;
  // Looked up once a scan, when first needed.
  uint64_t hint_mask = 0;
  bool hint_known = false;
  auto hint_names = [&] {
    if (!hint_known) {
      hint_mask = HintNames(hint);
      hint_known = true;
    }
    return hint_mask;
  };
  s.findings.clear();
  s.raw.clear();
  s.names.clear();
  if (text.empty()) return s.findings;
  const bool memo = text.size() <= kMemoText && hint.size() <= kMemoText;
  State::Remembered* slot = nullptr;
  uint64_t memo_hash = 0;
  if (memo) {
    if (s.memo.empty()) s.memo.resize(kMemoSlots);
    const std::hash<std::string_view> hash;
    memo_hash = hash(text) ^ (hash(hint) * 0x9e3779b97f4a7c15ull);
    slot = &s.memo[memo_hash & (kMemoSlots - 1)];
    // Names given are what the name finder gives for this text; were they ever not, the text is
    // scanned again with them rather than answered from memory.
    if (slot->hash == memo_hash && slot->text == text && slot->hint == hint &&
        (given_names == nullptr || std::equal(given_names->begin(), given_names->end(),
                                              slot->names.begin(), slot->names.end()))) {
      s.findings = slot->findings;
      s.names = slot->names;
      return s.findings;
    }
  }

  if (text.size() <= kShortText) {
    const bool digit =
        std::any_of(text.begin(), text.end(), [](char ch) { return ascii::IsDigit(ch); });
    const BuiltinDatabase& b = digit ? c.all_builtin : c.digitless_builtin;
    ScanDatabase(b.db.get(), &b.slots, text, s.scratch, s.raw);
  } else {
    for (const BuiltinDatabase& b : c.builtin_dbs)
      ScanDatabase(b.db.get(), &b.slots, text, s.scratch, s.raw);
  }
  const size_t first_term = s.raw.size();
  ScanDatabase(c.term_db.get(), nullptr, text, s.scratch, s.raw);
  for (size_t i = first_term; i < s.raw.size(); ++i) {
    RawMatch& m = s.raw[i];
    m.from = m.to - c.term_db_lengths[m.id];
    m.id = c.term_db_entries[m.id];
  }
  s.term_hits.clear();
  c.term_index.Find(text, s.term_hits);
  for (const TermIndex::Hit& h : s.term_hits) s.raw.push_back({h.id, h.begin, h.end});
  // Vectorscan reports every end offset of a match; keep the longest per pattern and start.
  std::sort(s.raw.begin(), s.raw.end(), [](const RawMatch& a, const RawMatch& b) {
    if (a.id != b.id) return a.id < b.id;
    if (a.from != b.from) return a.from < b.from;
    return a.to > b.to;
  });
  for (size_t i = 0; i < s.raw.size(); ++i) {
    const RawMatch& m = s.raw[i];
    const Entry& e = c.entries[m.id];
    // Terms of one kind share an entry, and each of them ("Jane", "Jane Doe") is judged alone.
    if (i > 0 && s.raw[i - 1].id == m.id && s.raw[i - 1].from == m.from &&
        (e.recognizer != nullptr || s.raw[i - 1].to == m.to)) {
      continue;
    }
    if (e.recognizer == nullptr) {
      if (TermBoundaries(text, m.from, m.to, e.term.type) &&
          !SpansTwoNames(e.term, text, m.from, m.to) &&
          !LowerCaseSingleName(e.term, text, m.from) &&
          !AcronymSingleName(e.term, text, m.from, m.to) &&
          !SingleNameInIdentifier(e.term, text, m.from, m.to)) {
        s.findings.push_back(
            {e.term.type, m.from, m.to, e.term.score, TermRecognizer(e.term.type)});
      }
      continue;
    }
    const PatternRecognizer& r = *e.recognizer;
    Match match{m.from, m.to, r.score};
    if (r.hint_only) {
      if (e.hint_bit < 0 || !(hint_names() >> e.hint_bit & 1)) continue;
      match.score = std::max(match.score, r.context_score);
    }
    if (r.validate != nullptr && !r.validate(text, match, c.policy)) continue;
    if (match.begin >= match.end || match.end > text.size()) continue;
    // A context word only matters when it is required or would raise the score.
    if (!r.hint_only && !r.context.empty() &&
        (r.context_required || match.score < r.context_score)) {
      bool has = HasContext(text, match.begin, match.end, hint, r.context);
      if (r.context_required && !has) continue;
      if (has) match.score = std::max(match.score, r.context_score);
    }
    s.findings.push_back({r.type, match.begin, match.end, match.score, r.id});
  }
  if (!c.whole_segment.empty() && text.size() <= kShortText) {
    const uint64_t named = hint_names();
    for (unsigned bit : c.whole_segment) {
      if (!(named >> bit & 1)) continue;
      const PatternRecognizer& r = *c.hint_only[bit];
      Match match{0, text.size(), std::max(r.score, r.context_score)};
      if (!r.validate(text, match, c.policy) || match.begin >= match.end ||
          match.end > text.size()) {
        continue;
      }
      s.findings.push_back({r.type, match.begin, match.end, match.score, r.id});
    }
  }

  if (hint != kFieldCodeHint) {
    if (given_names != nullptr) {
      s.names.assign(given_names->begin(), given_names->end());
    } else if (c.names) {
      names::NameFinder::Default().Find(text, hint, c.policy, s.names);
    }
    s.findings.insert(s.findings.end(), s.names.begin(), s.names.end());
  } else {
    // Nothing may replace a field instruction's keyword, switches or the names it refers to;
    // names are looked for with them blanked, so that they neither join a name nor make one
    // ("AUTHOR Ann Lee", "DOCVARIABLE Company").
    const auto syntax = FieldCodeSyntax(text);
    if (c.names) {
      s.blanked.assign(text);
      for (const auto& [b, e] : syntax) s.blanked.replace(b, e - b, e - b, ' ');
      names::NameFinder::Default().Find(s.blanked, {}, c.policy, s.findings);
    }
    std::erase_if(s.findings, [&](const Finding& f) {
      for (const auto& [b, e] : syntax) {
        if (f.begin < e && f.end > b) return true;
      }
      return false;
    });
  }
  std::erase_if(s.findings, [&](const Finding& f) {
    if (!c.policy.Enabled(f.type) || f.score < c.policy.Threshold(f.type)) return true;
    if (!c.allow.empty() && f.end - f.begin <= c.longest_allow) {
      s.lowered.assign(text.substr(f.begin, f.end - f.begin));
      for (char& ch : s.lowered) ch = ascii::ToLower(ch);
      if (c.allow.count(s.lowered)) return true;
    }
    return false;
  });
  ResolveOverlaps(text, s.findings, s.kept);
  if (slot != nullptr) {
    slot->hash = memo_hash;
    slot->hint.assign(hint);
    slot->text.assign(text);
    slot->findings = s.findings;
    slot->names = s.names;
  }
  return s.findings;
}

}  // namespace deskbench
