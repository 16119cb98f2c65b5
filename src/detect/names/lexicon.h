#pragma once
// The gazetteers as one read-only hash table from a lower-cased word (or multi-word place) to what
// it can be: given name, surname, common English word, city, country, legal suffix... The build
// makes the table from data/ (tools/lexicon_table.cc) and compiles its bytes into the binary, so
// that a run starts without building it (35-40 ms a run); lookups never allocate.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::names {

enum WordFlag : uint32_t {
  kFirst = 1u << 0,     // given name
  kFirstTop = 1u << 1,  // among the most frequent given names
  kSurname = 1u << 2,
  kSurnameTop = 1u << 3,  // among the most frequent surnames
  kCommon = 1u << 4,      // common English word
  kAmbiguous = 1u << 5,   // curated: a name or place that is also an everyday word
  kCity = 1u << 6,
  kCountry = 1u << 7,
  kRegion = 1u << 8,        // state, province, large region
  kPlacePrefix = 1u << 9,   // first word of a multi-word place
  kLegalSuffix = 1u << 10,  // Inc, LLC, GmbH...
  kOrgKeyword = 1u << 11,   // Bank, Group, University...
  kTitle = 1u << 12,        // Mr, Dr, Prof...
  kFunction = 1u << 13,     // the, at, our...: never part of a name
  kParticle = 1u << 14,     // van, de, von...: inside surnames
  kConnector = 1u << 15,    // of, and, &: inside organisation and place names
  kRiskySuffix = 1u << 16,  // AG, SA, AS...: a suffix only when written exactly so
  kCalendar = 1u << 17,     // months, weekdays, holidays: never a place or a lone name
  kWord = 1u << 18,         // less common English word
  // Software, languages, platforms, font styles, nationalities: proper nouns of things, some of
  // them names of people too (Mac, Ruby, Jenkins, Serif, German), never a name standing alone.
  kThing = 1u << 19,
  // An organisation word that starts its name, in the languages that put the kind first:
  // "Banco Santander", "Universidad de Chile" (always with kOrgKeyword).
  kOrgLead = 1u << 20,
};

// Organisation words that end a family firm's name, which reaches back over its "and": "Borman
// and Sons", "Lehman Brothers", "Carlier et Fils", "Farias e Filhos".
inline constexpr std::string_view kFamilyFirmWords[] = {"sons",  "brothers", "fils",
                                                        "figli", "filhos",   "hijos"};

struct WordInfo {
  uint32_t flags = 0;
  uint8_t city_tier = 0;    // 1..3, larger for larger cities
  uint8_t place_words = 0;  // with kPlacePrefix: words in the longest place starting here
};

class Lexicon {
 public:
  // The lexicon compiled into the binary (lexicon_table.cc).
  static const Lexicon& Get();
  // The lexicon built from the gazetteers compiled into the binary: what the build writes with
  // Serialize, and what the tests compare Get() with.
  static Lexicon Build();

  // The table as bytes, for the build; and a lexicon over such bytes, which must outlive it and
  // stay aligned as a uint32_t. Throws std::invalid_argument for bytes that are not such a table.
  std::string Serialize() const;
  static Lexicon View(std::string_view table);

  // Info for a key made by LowerKey, or nullptr.
  const WordInfo* Find(std::string_view key) const;
  // Find, then again with diacritics dropped ("josé" -> "jose"), as the Census lists are ASCII.
  WordInfo FindFolded(std::string_view key) const;
  // FindFolded of a word as written (LowerKey first); nothing when its key does not fit.
  WordInfo Lookup(std::string_view word) const;
  static size_t FoldDiacritics(std::string_view s, char* out, size_t cap);
  size_t size() const { return count_; }

  // Lower-cases s into out (Unicode-aware), dropping '.' and folding runs of spaces, so that
  // "St. Louis" and "st louis" give one key. Returns the key length, or 0 when it does not fit.
  static size_t LowerKey(std::string_view s, char* out, size_t cap);
  static constexpr size_t kMaxKey = 64;

  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) = delete;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;
  ~Lexicon();

 private:
  Lexicon() = default;
  // The entry of a key, added empty when new (while the lexicon is built).
  WordInfo& Insert(std::string_view key);
  void Grow();
  // Points slots_ and arena_ at the owned storage (after building or moving).
  void Own();
  static uint32_t Hash(std::string_view key);

  // 16 bytes, so that more of the table stays in cache. The arena holds each key as a length
  // byte followed by the key.
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = kEmpty;
    WordInfo info;
  };
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  // A built lexicon owns its table; a viewed one reads bytes compiled into the binary.
  std::vector<Slot> owned_slots_;
  std::string owned_arena_;
  const Slot* slots_ = nullptr;
  std::string_view arena_;
  size_t count_ = 0;
  uint64_t mask_ = 0;  // slots - 1; the slot count is a power of two
};

}  // namespace deskbench::names
