#pragma once
// A seeded random source whose output is the same on every platform: std::mt19937_64 is fully
// specified by the standard, but std::uniform_int_distribution and friends are not, so the
// sampling on top of it is done here.

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <string_view>

namespace bench {

class Rng {
 public:
  explicit Rng(uint64_t seed) : gen_(seed) {}

  uint64_t Next() { return gen_(); }

  // Uniform in [0, n); n > 0. Rejection sampling removes the modulo bias.
  uint64_t Below(uint64_t n) {
    const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do {
      x = gen_();
    } while (x >= limit);
    return x % n;
  }

  // Uniform in [lo, hi], both included.
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }

  // True with probability p.
  bool Chance(double p) { return static_cast<double>(gen_() >> 11) * 0x1.0p-53 < p; }

  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(items.size())];
  }
  template <typename T, size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }

  // Index drawn with the given relative weights (all >= 0, not all 0).
  size_t Weighted(std::span<const double> weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = static_cast<double>(gen_() >> 11) * 0x1.0p-53 * total;
    for (size_t i = 0; i < weights.size(); ++i) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.size() - 1;
  }

  char Digit() { return static_cast<char>('0' + Below(10)); }
  char Upper() { return static_cast<char>('A' + Below(26)); }
  char Lower() { return static_cast<char>('a' + Below(26)); }

  std::string Digits(size_t n) { return Of("0123456789", n); }
  std::string Of(std::string_view alphabet, size_t n) {
    std::string s(n, ' ');
    for (char& c : s) c = alphabet[Below(alphabet.size())];
    return s;
  }

 private:
  std::mt19937_64 gen_;
};

}  // namespace bench
