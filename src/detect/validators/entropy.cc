#include "detect/validators/entropy.h"

#include <array>
#include <cmath>
#include <string>

#include "core/ascii.h"

namespace deskbench::validators {

namespace {

// Fragments that only documentation, templates and redacted samples contain (lower-case).
constexpr std::string_view kPlaceholderFragments[] = {
    "example",
    "xxxx",
    "your",
    "changeme",
    "change_me",
    "change-me",
    "dummy",
    "placeholder",
    "sample",
    "redacted",
    "replace",
    "insert",
    "fake",
    "${",
    "{{",
    "%(",
    "$(",
    "<",
    ">",
    "****",
    "....",
    "\xE2\x80\xA6" /* … */,
    "\xE2\x80\xA2\xE2\x80\xA2" /* •• */,
    "process.env",
    "os.environ",
    "getenv",
    "env(",
    "env[",
    "secrets.",
    "vault(",
    "lorem",
};

// A printf template: "%s", "user:%s", "%-12s|%s". A conversion ends where the template goes on
// with other bytes ("%sJx7" is no conversion), is lower-case (printf's string is %s), and leaves
// fewer than 8 literal bytes around it: "Xk29fLq0%s" at the end of a random password is still
// a password. Chained checks stay allocation-free.
bool IsPrintfTemplate(std::string_view s) {
  size_t conversions = 0, literal = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t k = i + 1;
    if (s[i] == '%') {
      while (k < s.size() && k - i <= 4 && (s[k] == '-' || ascii::IsDigit(s[k]))) ++k;
      if (k < s.size() && s[k] == 's' && (k + 1 == s.size() || !ascii::IsAlnum(s[k + 1]))) {
        ++conversions;
        i = k;
        continue;
      }
    }
    ++literal;
  }
  return conversions > 0 && literal < 8;
}

// Whole values that are words, not secrets (lower-case).
constexpr std::string_view kPlaceholderValues[] = {
    "password", "passwd", "secret",    "token", "apikey", "api_key", "null",   "none",     "nil",
    "true",     "false",  "undefined", "pass",  "admin",  "root",    "string", "required",
};

// Words whose repetition, with digits and punctuation, makes a test value ("test123", "demodemo").
constexpr std::string_view kTestWords[] = {"test",    "sample", "demo", "dummy",
                                           "example", "foo",    "bar",  "abc"};

bool OnlyTestWords(std::string_view s) {
  size_t other_alnum = 0;
  size_t i = 0;
  while (i < s.size()) {
    bool word = false;
    for (std::string_view w : kTestWords) {
      if (s.size() - i >= w.size()) {
        size_t k = 0;
        while (k < w.size() && ascii::ToLower(s[i + k]) == w[k]) ++k;
        if (k == w.size()) {
          i += w.size();
          word = true;
          break;
        }
      }
    }
    if (word) continue;
    if (ascii::IsAlpha(s[i])) ++other_alnum;
    ++i;
  }
  return other_alnum < 3;
}

}  // namespace

double ShannonEntropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<uint32_t, 256> counts{};
  for (char c : s) ++counts[static_cast<unsigned char>(c)];
  const double n = static_cast<double>(s.size());
  double bits = 0;
  for (uint32_t k : counts) {
    if (k == 0) continue;
    const double p = k / n;
    bits -= p * std::log2(p);
  }
  return bits;
}

int CharClasses(std::string_view s) {
  bool lower = false, upper = false, digit = false, other = false;
  for (char c : s) {
    if (ascii::IsLower(c)) {
      lower = true;
    } else if (ascii::IsUpper(c)) {
      upper = true;
    } else if (ascii::IsDigit(c)) {
      digit = true;
    } else {
      other = true;
    }
  }
  return int{lower} + int{upper} + int{digit} + int{other};
}

bool IsMonotonous(std::string_view s) {
  if (s.size() < 2) return true;
  std::array<uint32_t, 256> counts{};
  uint32_t top = 0;
  size_t distinct = 0;
  for (char c : s) {
    uint32_t& k = counts[static_cast<unsigned char>(c)];
    if (k++ == 0) ++distinct;
    if (k > top) top = k;
  }
  if (top * 2 > s.size()) return true;
  if (s.size() >= 6 && distinct <= 2) return true;
  // The longest run stepping by +1 or -1 ("123456", "fedcba").
  size_t run = 1, longest = 1;
  int step = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    const int d = static_cast<unsigned char>(s[i]) - static_cast<unsigned char>(s[i - 1]);
    if ((d == 1 || d == -1) && (run == 1 || d == step)) {
      step = d;
      ++run;
    } else if (d == 1 || d == -1) {
      step = d;
      run = 2;
    } else {
      run = 1;
    }
    if (run > longest) longest = run;
  }
  return longest * 2 > s.size() || longest >= 8;
}

bool LooksLikePlaceholder(std::string_view s) {
  for (std::string_view v : kPlaceholderValues) {
    if (ascii::EqualsIgnoreCase(s, v)) return true;
  }
  // One lower-cased copy, then the library's find (memchr and memcmp) for each fragment: this runs
  // for every secret candidate, and fragments are many.
  thread_local std::string lower;
  lower.assign(s);
  for (char& c : lower) c = ascii::ToLower(c);
  for (std::string_view f : kPlaceholderFragments) {
    if (!f.empty() && std::string_view(lower).find(f) != std::string_view::npos) return true;
  }
  if (IsPrintfTemplate(s)) return true;
  // A reference to a shell or template variable: "$DB_PASSWORD".
  if (s.size() >= 2 && s[0] == '$' && (ascii::IsAlpha(s[1]) || s[1] == '_')) return true;
  return IsMonotonous(s) || OnlyTestWords(s);
}

bool LooksRandom(std::string_view s, size_t min_len, int min_classes, double max_bits) {
  if (s.size() < min_len || LooksLikePlaceholder(s)) return false;
  const double n = static_cast<double>(s.size());
  const double wanted = std::min(max_bits, 0.8 * std::log2(n));
  return ShannonEntropy(s) >= wanted && CharClasses(s) >= min_classes;
}

}  // namespace deskbench::validators
