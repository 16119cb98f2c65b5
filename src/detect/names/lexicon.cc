#include "detect/names/lexicon.h"

#include <unicode/uchar.h>

#include <cstring>
#include <stdexcept>

#include "core/utf8.h"

namespace deskbench::names {

namespace {

void EncodeUtf8(char32_t cp, char* out, size_t& n) {
  if (cp < 0x80) {
    out[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    out[n++] = static_cast<char>(0xC0 | (cp >> 6));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out[n++] = static_cast<char>(0xE0 | (cp >> 12));
    out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out[n++] = static_cast<char>(0xF0 | (cp >> 18));
    out[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The serialised table: this header, the slots, then the arena.
struct TableHeader {
  char magic[8];
  uint64_t count;
  uint64_t slots;
  uint64_t arena_bytes;
};
constexpr char kTableMagic[8] = {'d', 'b', 'l', 'e', 'x', '1', 0, 0};

}  // namespace

uint32_t Lexicon::Hash(std::string_view key) {
  uint64_t h = 14695981039346656037ull;
  for (char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return static_cast<uint32_t>(h ^ (h >> 29));
}

size_t Lexicon::LowerKey(std::string_view s, char* out, size_t cap) {
  size_t n = 0;
  size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && !space) {  // the common case
      if (n + 1 > cap) return 0;
      out[n++] = static_cast<char>(c | 0x20);
      ++i;
      continue;
    }
    if (c < 0x80) {
      ++i;
      if (c == '.') continue;
      if (c == ' ' || c == '\t' || c == ',') {
        space = n > 0;
        continue;
      }
      if (space) {
        if (n + 1 > cap) return 0;
        out[n++] = ' ';
        space = false;
      }
      if (n + 1 > cap) return 0;
      out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      continue;
    }
    char32_t cp = utf8::Decode(s, i);
    if (cp == 0x2019) cp = '\'';  // typographic apostrophe, as in O’Brien
    cp = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    if (space) {
      if (n + 1 > cap) return 0;
      out[n++] = ' ';
      space = false;
    }
    if (n + 4 > cap) return 0;
    EncodeUtf8(cp, out, n);
  }
  return n;
}

Lexicon::Lexicon(Lexicon&& other) noexcept
    : owned_slots_(std::move(other.owned_slots_)),
      owned_arena_(std::move(other.owned_arena_)),
      slots_(other.slots_),
      arena_(other.arena_),
      count_(other.count_),
      mask_(other.mask_) {
  if (!owned_slots_.empty()) Own();
  other.slots_ = nullptr;
  other.arena_ = {};
  other.count_ = 0;
}

Lexicon::~Lexicon() = default;

void Lexicon::Own() {
  slots_ = owned_slots_.data();
  arena_ = owned_arena_;
}

std::string Lexicon::Serialize() const {
  static_assert(sizeof(Slot) == 16 && sizeof(TableHeader) == 32);
  TableHeader header{};
  std::memcpy(header.magic, kTableMagic, sizeof kTableMagic);
  header.count = count_;
  header.slots = mask_ + 1;
  header.arena_bytes = arena_.size();
  std::string out(reinterpret_cast<const char*>(&header), sizeof header);
  out.reserve(sizeof header + (mask_ + 1) * sizeof(Slot) + arena_.size());
  // Field by field over zeroed bytes: a slot's padding is whatever was in memory, and the table
  // must be the same bytes whenever it is made (the tests compare).
  for (uint64_t i = 0; i <= mask_; ++i) {
    Slot copy;
    std::memset(static_cast<void*>(&copy), 0, sizeof copy);
    copy.hash = slots_[i].hash;
    copy.offset = slots_[i].offset;
    copy.info.flags = slots_[i].info.flags;
    copy.info.city_tier = slots_[i].info.city_tier;
    copy.info.place_words = slots_[i].info.place_words;
    out.append(reinterpret_cast<const char*>(&copy), sizeof copy);
  }
  out.append(arena_);
  return out;
}

Lexicon Lexicon::View(std::string_view table) {
  TableHeader header{};
  if (table.size() < sizeof header) throw std::invalid_argument("lexicon table: too short");
  std::memcpy(&header, table.data(), sizeof header);
  const uint64_t slots = header.slots;
  if (std::memcmp(header.magic, kTableMagic, sizeof kTableMagic) != 0 || slots == 0 ||
      (slots & (slots - 1)) != 0 || header.count >= slots ||
      table.size() != sizeof header + slots * sizeof(Slot) + header.arena_bytes ||
      reinterpret_cast<uintptr_t>(table.data()) % alignof(Slot) != 0) {
    throw std::invalid_argument("lexicon table: not a table of this build");
  }
  Lexicon lex;
  lex.slots_ = reinterpret_cast<const Slot*>(table.data() + sizeof header);
  lex.arena_ = table.substr(sizeof header + slots * sizeof(Slot));
  lex.count_ = header.count;
  lex.mask_ = slots - 1;
  return lex;
}

WordInfo Lexicon::Lookup(std::string_view word) const {
  char key[kMaxKey];
  const size_t len = LowerKey(word, key, sizeof key);
  return len == 0 ? WordInfo{} : FindFolded({key, len});
}

WordInfo Lexicon::FindFolded(std::string_view key) const {
  WordInfo out;
  if (const WordInfo* w = Find(key)) out = *w;
  bool ascii = true;
  for (char c : key) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return out;
  char buf[kMaxKey];
  size_t n = FoldDiacritics(key, buf, sizeof buf);
  if (n == 0 || std::string_view(buf, n) == key) return out;
  // Only what a name can be: "josé" is a given name though "José C. Paz" makes it a place prefix.
  if (const WordInfo* w = Find({buf, n}))
    out.flags |= w->flags & (kFirst | kFirstTop | kSurname | kSurnameTop);
  return out;
}

size_t Lexicon::FoldDiacritics(std::string_view s, char* out, size_t cap) {
  // Base letters of U+00E0..U+00FF and U+0100..U+017F (lower case; '.' keeps a letter unfolded).
  static constexpr char kLatin1[] = "aaaaaa.ceeeeiiii.nooooo.ouuuuy.y";
  static constexpr char kExtA[] =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.lllllll"
      "lllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  size_t n = 0, i = 0;
  while (i < s.size()) {
    if (n + 4 > cap) return 0;
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out[n++] = s[i++];
      continue;
    }
    size_t start = i;
    char32_t cp = utf8::Decode(s, i);
    char base = 0;
    if (cp >= 0xE0 && cp <= 0xFF) base = kLatin1[cp - 0xE0];
    if (cp >= 0x100 && cp <= 0x17F) base = kExtA[cp - 0x100];
    if (cp == 0xDF) {  // ß
      out[n++] = 's';
      out[n++] = 's';
      continue;
    }
    if (base != 0 && base != '.') {
      out[n++] = base;
      continue;
    }
    for (size_t k = start; k < i; ++k) out[n++] = s[k];
  }
  return n;
}

const WordInfo* Lexicon::Find(std::string_view key) const {
  if (key.empty() || key.size() > kMaxKey || slots_ == nullptr) return nullptr;
  const uint32_t h = Hash(key);
  for (size_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.offset == kEmpty) return nullptr;
    if (s.hash == h) {
      const char* stored = arena_.data() + s.offset;
      if (static_cast<unsigned char>(stored[0]) == key.size()) {
        size_t k = 0;
        while (k < key.size() && stored[1 + k] == key[k]) ++k;  // short keys: no libc call
        if (k == key.size()) return &s.info;
      }
    }
  }
}

}  // namespace deskbench::names
