#include "detect/names/token_run.h"

#include <unicode/uchar.h>

#include <cstring>

#include "core/ascii.h"
#include "core/utf8.h"

namespace deskbench::names {

namespace {

constexpr uint64_t kHigh = 0x8080808080808080ull;
constexpr uint64_t kOnes = 0x0101010101010101ull;

// True when one of 8 ASCII bytes is an upper-case letter, or any byte is not ASCII.
inline bool MayHoldCandidate(uint64_t w) {
  if (w & kHigh) return true;
  uint64_t ge_a = w + kOnes * (0x80 - 'A');
  uint64_t gt_z = w + kOnes * (0x80 - 'Z' - 1);
  return (ge_a & ~gt_z & kHigh) != 0;
}

bool LetterAt(std::string_view text, size_t i, size_t* len = nullptr, bool* upper = nullptr) {
  if (i >= text.size()) return false;
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    if (len != nullptr) *len = 1;
    if (upper != nullptr) *upper = ascii::IsUpper(static_cast<char>(c));
    return ascii::IsAlpha(static_cast<char>(c));
  }
  size_t n = utf8::SequenceLength(text, i);
  if (n == 0) return false;
  size_t k = i;
  auto cp = static_cast<UChar32>(utf8::Decode(text, k));
  if (len != nullptr) *len = n;
  if (upper != nullptr) *upper = u_isupper(cp);
  // Marks count as letters, combining ones and spacing ones alike: PDFs set in TeX's old fonts
  // draw "Schröder" as "Schr¨oder", and people type "O´Brien" with an acute accent.
  return u_isalpha(cp) || (U_GET_GC_MASK(cp) & (U_GC_M_MASK | U_GC_SK_MASK)) != 0;
}

bool IsApostropheAt(std::string_view text, size_t i, size_t* len) {
  if (i < text.size() && text[i] == '\'') {
    *len = 1;
    return true;
  }
  // U+2019 RIGHT SINGLE QUOTATION MARK, the typographic apostrophe.
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x99) {
    *len = 3;
    return true;
  }
  return false;
}

}  // namespace

bool UpperAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return ascii::IsUpper(static_cast<char>(c));
  if (c < 0xC2) return false;
  bool upper = false;
  return LetterAt(text, i, nullptr, &upper) && upper;
}

bool RunScanner::AtWordStart(size_t i) const {
  if (i == 0) return true;
  auto p = static_cast<unsigned char>(text_[i - 1]);
  if (p < 0x80) {
    if (ascii::IsAlnum(static_cast<char>(p)) || p == '_') return false;
    // "x.Name", "a/Name", "user@Host": part of a path, domain or address.
    if ((p == '.' || p == '/' || p == '\\' || p == '@' || p == '-' || p == '=') && i >= 2 &&
        ascii::IsWordByte(text_[i - 2])) {
      return false;
    }
    return true;
  }
  // A non-ASCII byte before: a letter of another script continues the word; punctuation such as
  // curly quotes does not.
  size_t k = i - 1;
  while (k > 0 && utf8::IsContinuation(static_cast<unsigned char>(text_[k])) && i - k < 4) --k;
  return !LetterAt(text_, k);
}

void RunScanner::SkipIdentifier(size_t i) {
  while (i < text_.size() && !ascii::IsSpace(text_[i])) ++i;
  pos_ = i;
}

bool RunScanner::ParseWord(size_t i, Token& t) {
  const size_t n = text_.size();
  t = Token{};
  t.begin = i;
  size_t j = i;
  size_t letters = 0, uppers = 0, seg_letters = 0;
  bool digits = false, dotted = false, inner_upper_ok = true;
  size_t len = 0;
  while (j < n) {
    bool upper = false;
    auto c = static_cast<unsigned char>(text_[j]);
    if (ascii::IsLower(static_cast<char>(c))) {  // the common case, kept cheap
      letters++;
      seg_letters++;
      j++;
      continue;
    }
    if (LetterAt(text_, j, &len, &upper)) {
      if (upper && letters > 0) {
        // McDonald, MacArthur, DeShawn, O'Brien, Smith-Jones: one more capital after a prefix.
        auto prev = static_cast<unsigned char>(text_[j - 1]);
        std::string_view head = text_.substr(i, j - i);
        bool ok = prev == '-' || prev == '\'' || prev == 0x99 || head == "Mc" || head == "Mac" ||
                  head == "De" || head == "Di" || head == "Da" || head == "La" || head == "Le" ||
                  head == "Van" || head == "Von";
        if (!ok) inner_upper_ok = false;
      }
      letters++;
      seg_letters++;
      uppers += upper;
      j += len;
      continue;
    }
    if (ascii::IsDigit(static_cast<char>(c))) {
      digits = true;
      j++;
      continue;
    }
    size_t alen = 0;
    if (IsApostropheAt(text_, j, &alen)) {
      if (j + alen < n && (text_[j + alen] == 's' || text_[j + alen] == 'S') &&
          !LetterAt(text_, j + alen + 1)) {
        t.possessive = true;
        break;
      }
      if (LetterAt(text_, j + alen)) {
        j += alen;
        continue;
      }
      break;
    }
    if (c == '-' && LetterAt(text_, j + 1)) {
      t.hyphen = true;
      seg_letters = 0;
      j++;
      continue;
    }
    // Dotted abbreviations: S.p.A, L.L.C, U.S.A, B.V.
    if (c == '.' && seg_letters == 1 && j + 1 < n && ascii::IsAlpha(text_[j + 1]) &&
        (j + 2 >= n || !ascii::IsAlpha(text_[j + 2]))) {
      dotted = true;
      seg_letters = 0;
      j++;
      continue;
    }
    // A/S, AT&T, P&G.
    if ((c == '/' || c == '&') && seg_letters == 1 && j + 1 < n && ascii::IsUpper(text_[j + 1]) &&
        (j + 2 >= n || !ascii::IsAlpha(text_[j + 2]))) {
      dotted = true;
      seg_letters = 0;
      j++;
      continue;
    }
    break;
  }
  t.end = j;
  if (letters == 0) {
    SkipIdentifier(j);
    return false;
  }
  if (j < n) {
    char c = text_[j];
    bool ident = c == '@' || c == '_' || c == '\\' || (c == '/' && !dotted) ||
                 (c == '.' && j + 1 < n && ascii::IsAlnum(text_[j + 1])) ||
                 (c == ':' && j + 1 < n && text_[j + 1] == '/');
    if (ident) {
      SkipIdentifier(j);
      return false;
    }
    t.dot_after = c == '.';
  }
  if (digits || dotted) {
    t.shape = Shape::kMixed;
  } else if (letters == 1) {
    t.shape = Shape::kInitial;
  } else if (uppers == letters) {
    t.shape = Shape::kUpper;
  } else if (uppers == 1 || inner_upper_ok) {
    t.shape = Shape::kCap;
  } else {
    t.shape = Shape::kMixed;
  }
  Classify(t);
  return true;
}

// True when one of the (up to three) capitalised words after the space at p is an organisation
// word or a legal form.
bool RunScanner::OrgWordAhead(size_t p) const {
  const size_t n = text_.size();
  for (int words = 0; words < 3; ++words) {
    if (p >= n || text_[p] != ' ' || !UpperAt(text_, p + 1)) return false;
    size_t e = p + 1;
    for (size_t len = 0; e < n && (LetterAt(text_, e, &len) || text_[e] == '.');) {
      e += text_[e] == '.' ? 1 : len;
    }
    char key[Lexicon::kMaxKey];
    const size_t k = Lexicon::LowerKey(text_.substr(p + 1, e - p - 1), key, sizeof key);
    const WordInfo* w = k == 0 ? nullptr : Lexicon::Get().Find({key, k});
    if (w != nullptr && (w->flags & (kOrgKeyword | kLegalSuffix))) return true;
    p = e;
  }
  return false;
}

// The end of the first of `forms` written at p (ASCII case ignored) and ending a word, or 0.
size_t RunScanner::FormAt(size_t p, std::initializer_list<std::string_view> forms) const {
  const size_t n = text_.size();
  for (std::string_view form : forms) {
    if (n - p < form.size() || !ascii::EqualsIgnoreCase(text_.substr(p, form.size()), form)) {
      continue;
    }
    const size_t e = p + form.size();
    if (e < n && ascii::IsAlnum(text_[e])) continue;
    return e;
  }
  return 0;
}

// "Kowalski Sp. z o.o.", "Nowak sp.k.", "Adamski s.c.": Polish companies and partnerships, in
// either case, with their dots and spaces (one token of the run, ending it).
size_t RunScanner::PolishLegalForm(size_t p) const {
  return FormAt(p, {"sp. z o.o.", "sp. z o. o.", "sp.k.", "sp. k.", "sp.j.", "sp. j.", "sp.p.",
                    "sp. p.", "s.c."});
}

// A legal-form token from p to e (its last dot, if any, after it).
size_t RunScanner::Suffix(size_t p, size_t e, Token& suffix) const {
  suffix = Token{};
  suffix.begin = p;
  suffix.dot_after = text_[e - 1] == '.';
  suffix.end = suffix.dot_after ? e - 1 : e;
  suffix.flags = kLegalSuffix;
  return e;
}

size_t RunScanner::LowerCaseLegalForm(size_t p, Token& suffix) const {
  const size_t n = text_.size();
  // "Sportverein Rotweiss e.V.", "Volksbank Mittelhessen eG", "e.K.": German forms, a lower-case
  // e and a capital, with the lexicon's flags (short forms, checked as written).
  if (text_[p] == 'e') {
    const size_t e = p + 1 < n && text_[p + 1] == '.' ? p + 2 : p + 1;
    if (e < n && (text_[e] == 'V' || text_[e] == 'G' || text_[e] == 'K') &&
        (e + 1 >= n || !ascii::IsAlnum(text_[e + 1]))) {
      const char key[2] = {'e', ascii::ToLower(text_[e])};
      if (const WordInfo* w = Lexicon::Get().Find({key, 2}); w != nullptr) {
        suffix = Token{};
        suffix.begin = p;
        suffix.end = e + 1;
        suffix.flags = w->flags;
        suffix.dot_after = e + 1 < n && text_[e + 1] == '.';
        return e + 1;
      }
    }
  }
  // "Tesco plc", "BP p.l.c.": the British public company as its register writes it.
  // (Most words after a name are neither: the first letter is checked before the forms.)
  if (text_[p] == 'p') {
    if (const size_t e = FormAt(p, {"plc", "p.l.c."}); e != 0) return Suffix(p, e, suffix);
  }
  if (text_[p] == 's') {
    if (const size_t e = PolishLegalForm(p); e != 0) return Suffix(p, e, suffix);
    // The Czech company written out: "Novák spol. s r.o.".
    if (const size_t e = FormAt(p, {"spol. s r.o.", "spol. s r. o."}); e != 0) {
      return Suffix(p, e, suffix);
    }
  }
  // "Sokol s.r.o.", "Přibyl a.s.", "Böhm a Kysela v.o.s.": Czech and Slovak forms, single letters
  // with dots; "Rossi s.r.l.", "Fratelli Bianchi s.p.a.", "Verdi s.n.c.": Italian ones, as often
  // written in lower case. Not in the lexicon ("Vos" is a surname); as written, none of a short
  // form's doubts.
  char key[8];
  size_t k = 0, e = p;
  while (k < sizeof key && e + 1 < n && ascii::IsLower(text_[e]) && text_[e + 1] == '.') {
    key[k++] = text_[e];
    e += 2;
  }
  const std::string_view form(key, k);
  if ((e < n && ascii::IsAlnum(text_[e])) ||
      !(form == "sro" || form == "as" || form == "vos" || form == "ks" || form == "srl" ||
        form == "srls" || form == "spa" || form == "sas" || form == "snc")) {
    return 0;
  }
  suffix = Token{};
  suffix.begin = p;
  suffix.end = e - 1;
  suffix.flags = kLegalSuffix;
  suffix.dot_after = true;
  return e;
}

void RunScanner::Classify(Token& t) const {
  char key[Lexicon::kMaxKey];
  const Lexicon& lex = Lexicon::Get();
  size_t k = Lexicon::LowerKey(text_.substr(t.begin, t.end - t.begin), key, sizeof key);
  if (k == 0) return;
  WordInfo w = lex.FindFolded({key, k});
  t.flags = w.flags;
  t.city_tier = w.city_tier;
  t.place_words = w.place_words;
  if (t.hyphen) {
    std::string_view whole(key, k);
    size_t first_dash = whole.find('-');
    size_t last_dash = whole.rfind('-');
    if (const WordInfo* a = lex.Find(whole.substr(0, first_dash))) {
      t.part_flags |= a->flags & (kFirst | kFirstTop);
    }
    const WordInfo* b = lex.Find(whole.substr(last_dash + 1));
    if (b != nullptr) t.part_flags |= b->flags & (kSurname | kSurnameTop);
    // "Chih-Wei", "Hsiao-Ling", "Ji-Hoon": two short syllables, the second a given name, are a
    // romanised East Asian given name though the first syllable is no name of its own.
    const size_t first_len = first_dash, second_len = whole.size() - last_dash - 1;
    const WordInfo* a = lex.Find(whole.substr(0, first_dash));
    constexpr uint32_t kWords = kCommon | kWord | kAmbiguous | kFunction | kThing;
    if (first_dash == last_dash && first_len >= 2 && first_len <= 5 && second_len >= 2 &&
        second_len <= 5 && b != nullptr && (b->flags & kFirst) && !(b->flags & kWords) &&
        (a == nullptr || !(a->flags & kWords))) {
      t.part_flags |= kFirst;
    }
  }
}

bool RunScanner::Next(TokenRun& run) {
  const size_t n = text_.size();
  const char* data = text_.data();
  run.size = 0;
  while (pos_ < n) {
    // Skip 8 bytes at a time while they hold neither capitals nor non-ASCII bytes.
    while (pos_ + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, data + pos_, 8);
      if (MayHoldCandidate(w)) break;
      pos_ += 8;
    }
    if (pos_ >= n) return false;
    auto c = static_cast<unsigned char>(data[pos_]);
    if (!(ascii::IsUpper(static_cast<char>(c)) || c >= 0xC2) || !UpperAt(text_, pos_) ||
        !AtWordStart(pos_)) {
      ++pos_;
      continue;
    }
    Token& first = run.tokens[0];
    if (!ParseWord(pos_, first)) continue;
    run.size = 1;
    pos_ = first.end;
    while (run.size < TokenRun::kMax) {
      const Token& last = run.tokens[run.size - 1];
      size_t p = last.end;
      // A possessive ends a name ("Jane's Report"), but not an institution's: "St. Mary's
      // Medical Center", "Children's Hospital of Philadelphia", "McDonald's Corporation".
      if (last.possessive) {
        size_t alen = 0;
        IsApostropheAt(text_, p, &alen);
        p += alen + 1;  // the apostrophe and the s
        if (!OrgWordAhead(p)) break;
      }
      if (last.dot_after) {
        bool keeps_going = last.shape == Shape::kInitial || (last.flags & kTitle) ||
                           last.shape == Shape::kConnector ||  // "Martin v. Loewis"
                           ((last.flags & kParticle) && last.shape == Shape::kCap) ||
                           ((last.flags & kLegalSuffix) && run.size > 1 &&
                            last.end - last.begin <= 4);  // "Co. Ltd", not "COMPANY. Next"
        if (!keeps_going) break;
        p++;
      }
      bool comma = false;
      if (p < n && text_[p] == ',') {
        comma = true;
        p++;
      }
      size_t spaces = 0;
      while (p < n && spaces < 3) {
        // A tab separates the columns of a table written as text ("Jane Doe<TAB>Chacha"): it ends
        // the run, as a cell's end does in CSV and TSV, which are read cell by cell.
        if (text_[p] == ' ') {
          p++;
          spaces++;
        } else if (p + 1 < n && static_cast<unsigned char>(text_[p]) == 0xC2 &&
                   static_cast<unsigned char>(text_[p + 1]) == 0xA0) {
          p += 2;  // no-break space
          spaces++;
        } else {
          break;
        }
      }
      if (spaces == 0 || p >= n) break;
      Token next;
      if (text_[p] == 'S' && !comma) {
        if (const size_t e = PolishLegalForm(p); e != 0) {
          Suffix(p, e, next);
          run.tokens[run.size++] = next;
          pos_ = e;
          break;
        }
      }
      if (UpperAt(text_, p)) {
        size_t saved = pos_;
        if (!ParseWord(p, next)) {
          pos_ = saved;
          break;
        }
        next.comma_before = comma;
        run.tokens[run.size++] = next;
        pos_ = next.end;
        continue;
      }
      if (comma || run.size + 3 >= TokenRun::kMax) break;  // room for "de la Cruz"
      // Lower-case glue ("of", "and", "&", "van", "de la") only when a capitalised word follows.
      size_t q = p;
      while (q < n && q - p < 6 && (ascii::IsLower(text_[q]) || text_[q] == '&')) q++;
      std::string_view lower = text_.substr(p, q - p);
      // "Ahmed al-Rashidi", "Gamal el-Din": the article is part of the surname, one word.
      if ((lower == "al" || lower == "el") && q + 1 < n && text_[q] == '-' &&
          UpperAt(text_, q + 1)) {
        size_t saved = pos_;
        if (!ParseWord(p, next)) {
          pos_ = saved;
          break;
        }
        run.tokens[run.size++] = next;
        pos_ = next.end;
        continue;
      }
      // A legal form written in lower case ends the name: "Rotweiss e.V.", "Sokol s.r.o.".
      Token suffix;
      if (const size_t after = LowerCaseLegalForm(p, suffix); after != 0) {
        run.tokens[run.size++] = suffix;
        pos_ = after;
        break;
      }
      // "Martin v. Loewis": "v." for von, between two capitalised words.
      if (lower == "v" && q + 2 < n && text_[q] == '.' && text_[q + 1] == ' ' &&
          UpperAt(text_, q + 2)) {
        Token glue;
        glue.begin = p;
        glue.end = q;
        glue.dot_after = true;
        glue.shape = Shape::kConnector;
        glue.flags = kParticle;
        run.tokens[run.size++] = glue;
        pos_ = q;
        continue;
      }
      if (q == p || q + 1 >= n || text_[q] != ' ') break;
      if (!UpperAt(text_, q + 1)) {
        size_t r = q + 1;  // a second glue word: "de la Cruz", "van der Berg"
        while (r < n && r - q < 5 && ascii::IsLower(text_[r])) r++;
        if (r == q + 1 || r + 1 >= n || text_[r] != ' ' || !UpperAt(text_, r + 1)) break;
        char key2[8];
        size_t k2 = Lexicon::LowerKey(text_.substr(q + 1, r - q - 1), key2, sizeof key2);
        const WordInfo* w2 = k2 == 0 ? nullptr : Lexicon::Get().Find({key2, k2});
        if (w2 == nullptr || !(w2->flags & (kParticle | kConnector))) break;
      }
      char key[8];
      size_t k = Lexicon::LowerKey(text_.substr(p, q - p), key, sizeof key);
      const WordInfo* w = k == 0 ? nullptr : Lexicon::Get().Find({key, k});
      if (w == nullptr || !(w->flags & (kConnector | kParticle))) break;
      Token glue;
      glue.begin = p;
      glue.end = q;
      glue.shape = Shape::kConnector;
      glue.flags = w->flags;
      run.tokens[run.size++] = glue;
      pos_ = q;
    }
    const Token& last = run.tokens[run.size - 1];
    if (last.dot_after && pos_ < n) pos_++;
    return true;
  }
  return false;
}

}  // namespace deskbench::names
