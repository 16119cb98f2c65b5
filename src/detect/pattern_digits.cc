#include "detect/pattern_digits.h"

#include <bitset>
#include <optional>

#include "core/ascii.h"

namespace deskbench {

namespace {

using Bytes = std::bitset<256>;

Bytes Range(unsigned from, unsigned to) {
  Bytes b;
  for (unsigned c = from; c <= to; ++c) b.set(c);
  return b;
}

const Bytes kDigits = Range('0', '9');
const Bytes kWord = Range('0', '9') | Range('A', 'Z') | Range('a', 'z') | Range('_', '_');
const Bytes kSpace = Range('\t', '\r') | Range(' ', ' ');

// A recursive descent over the PCRE subset the recognizers are written in. Each part answers
// whether some string it matches holds no digit ("free"); nullopt means syntax it does not follow,
// and the whole pattern is then taken to need nothing.
class Analyzer {
 public:
  explicit Analyzer(std::string_view re) : re_(re) {}

  std::optional<bool> Free() {
    const std::optional<bool> free = Alternation();
    if (!free || pos_ != re_.size()) return std::nullopt;
    return free;
  }

 private:
  bool More() const { return pos_ < re_.size(); }
  char Peek() const { return re_[pos_]; }

  std::optional<bool> Alternation() {
    bool any = false;
    for (;;) {
      const std::optional<bool> free = Sequence();
      if (!free) return std::nullopt;
      any = any || *free;
      if (!More() || Peek() != '|') return any;
      ++pos_;
    }
  }

  std::optional<bool> Sequence() {
    bool all = true;
    while (More() && Peek() != '|' && Peek() != ')') {
      const std::optional<bool> atom = Atom();
      if (!atom) return std::nullopt;
      const std::optional<unsigned> min = Quantifier();
      if (!min) return std::nullopt;
      all = all && (*min == 0 || *atom);
    }
    return all;
  }

  // The least number of times the atom before it must match: 1 without a quantifier.
  std::optional<unsigned> Quantifier() {
    if (!More()) return 1u;
    unsigned min = 1;
    switch (Peek()) {
      case '*':
      case '?':
        min = 0;
        ++pos_;
        break;
      case '+':
        ++pos_;
        break;
      case '{': {
        size_t p = pos_ + 1;
        unsigned n = 0;
        size_t digits = 0;
        while (p < re_.size() && ascii::IsDigit(re_[p]) && digits < 6) {
          n = n * 10 + static_cast<unsigned>(re_[p++] - '0');
          ++digits;
        }
        if (digits == 0) return std::nullopt;  // "{" as a literal, or "{,n}": not followed
        if (p < re_.size() && re_[p] == ',') {
          ++p;
          while (p < re_.size() && ascii::IsDigit(re_[p])) ++p;
        }
        if (p >= re_.size() || re_[p] != '}') return std::nullopt;
        pos_ = p + 1;
        min = n;
        break;
      }
      default:
        return 1u;
    }
    if (More() && (Peek() == '?' || Peek() == '+')) ++pos_;  // lazy or possessive
    return min;
  }

  std::optional<bool> Atom() {
    const char c = re_[pos_++];
    switch (c) {
      case '(':
        return Group();
      case '[':
        return Class();
      case '\\':
        return Escape();
      case '.':
      case '^':
      case '$':
        return true;
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
      case '|':
        return std::nullopt;
      default:
        return !ascii::IsDigit(c);
    }
  }

  std::optional<bool> Group() {
    bool zero_width = false;
    if (More() && Peek() == '?') {
      ++pos_;
      if (!More()) return std::nullopt;
      if (Peek() == '=' || Peek() == '!') {
        zero_width = true;  // a lookahead consumes nothing: it can only narrow what matches
        ++pos_;
      } else if (Peek() == '<' && pos_ + 1 < re_.size() &&
                 (re_[pos_ + 1] == '=' || re_[pos_ + 1] == '!')) {
        zero_width = true;
        pos_ += 2;
      } else {
        // (?:...), (?i:...), (?-i:...), or flags alone "(?i)". Extended mode would make spaces
        // and comments mean nothing: not followed.
        while (More() && (ascii::IsAlpha(Peek()) || Peek() == '-')) {
          if (Peek() == 'x') return std::nullopt;
          ++pos_;
        }
        if (!More()) return std::nullopt;
        if (Peek() == ')') {
          ++pos_;
          return true;
        }
        if (Peek() != ':') return std::nullopt;
        ++pos_;
      }
    }
    const std::optional<bool> inner = Alternation();
    if (!inner || !More() || Peek() != ')') return std::nullopt;
    ++pos_;
    return zero_width ? true : *inner;
  }

  // An escape outside a class: a class of bytes, an assertion, or one byte.
  std::optional<bool> Escape() {
    if (!More()) return std::nullopt;
    const char e = re_[pos_];
    switch (e) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        ++pos_;
        return true;  // assertions consume nothing
      default:
        break;
    }
    const std::optional<Bytes> bytes = EscapedBytes(false);
    if (!bytes) return std::nullopt;
    return (*bytes & ~kDigits).any();
  }

  // The bytes an escape at pos_ (after the backslash) stands for, and moves past it.
  std::optional<Bytes> EscapedBytes(bool in_class) {
    const char e = re_[pos_++];
    switch (e) {
      case 'd':
        return kDigits;
      case 'D':
        return ~kDigits;
      case 'w':
        return kWord;
      case 'W':
        return ~kWord;
      case 's':
        return kSpace;
      case 'S':
        return ~kSpace;
      case 't':
        return Range('\t', '\t');
      case 'n':
        return Range('\n', '\n');
      case 'r':
        return Range('\r', '\r');
      case 'f':
        return Range('\f', '\f');
      case 'e':
        return Range(27, 27);
      case 'a':
        return Range(7, 7);
      case 'b':
        if (in_class) return Range(8, 8);  // backspace, inside a class
        return std::nullopt;
      case 'x': {
        if (pos_ + 1 >= re_.size()) return std::nullopt;
        const int hi = ascii::HexValue(re_[pos_]);
        const int lo = ascii::HexValue(re_[pos_ + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;  // "\x{...}" and one-digit forms: not followed
        pos_ += 2;
        const auto byte = static_cast<unsigned>(hi * 16 + lo);
        return Range(byte, byte);
      }
      default:
        // Any other escaped punctuation is itself ("\.", "\+", "\-"); letters and digits are
        // classes, properties, back references or octal: not followed.
        if (ascii::IsAlnum(e) || static_cast<unsigned char>(e) >= 0x80) return std::nullopt;
        return Range(static_cast<unsigned char>(e), static_cast<unsigned char>(e));
    }
  }

  // One member of a class: a byte, or (for an escape such as \d) a set of them; `single` says
  // whether it can be a range's end.
  std::optional<Bytes> ClassMember(bool& single) {
    single = true;
    if (Peek() == '\\') {
      ++pos_;
      if (!More()) return std::nullopt;
      const char e = Peek();
      single = !(e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S');
      return EscapedBytes(true);
    }
    if (Peek() == '[' && pos_ + 1 < re_.size() && re_[pos_ + 1] == ':') {
      return std::nullopt;  // POSIX classes: not followed
    }
    const auto b = static_cast<unsigned char>(re_[pos_++]);
    return Range(b, b);
  }

  std::optional<bool> Class() {
    Bytes set;
    bool negated = false;
    if (More() && Peek() == '^') {
      negated = true;
      ++pos_;
    }
    bool first = true;
    while (More() && (Peek() != ']' || first)) {
      first = false;
      bool single = false;
      std::optional<Bytes> from = ClassMember(single);
      if (!from) return std::nullopt;
      if (single && pos_ + 1 < re_.size() && Peek() == '-' && re_[pos_ + 1] != ']') {
        ++pos_;
        bool single_to = false;
        std::optional<Bytes> to = ClassMember(single_to);
        if (!to || !single_to) return std::nullopt;
        unsigned lo = 0, hi = 0;
        while (!(*from)[lo]) ++lo;
        while (!(*to)[hi]) ++hi;
        if (lo > hi) return std::nullopt;
        set |= Range(lo, hi);
        continue;
      }
      set |= *from;
    }
    if (!More()) return std::nullopt;
    ++pos_;  // the closing bracket
    if (negated) set = ~set;
    return (set & ~kDigits).any();
  }

  std::string_view re_;
  size_t pos_ = 0;
};

}  // namespace

bool PatternNeedsDigit(std::string_view regex) {
  const std::optional<bool> free = Analyzer(regex).Free();
  return free.has_value() && !*free;
}

}  // namespace deskbench
