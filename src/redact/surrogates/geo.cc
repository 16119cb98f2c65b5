// GPS_COORDINATES surrogates: another place written the same way. Each number keeps its digit
// count, sign, marks and hemisphere letter; degrees stay below 90 for the latitude (the first
// number) and 180 for the longitude, minutes and seconds below 60, so the result still reads as
// coordinates and still parses.

#include <algorithm>

#include "core/ascii.h"
#include "redact/keyed.h"
#include "redact/shape.h"
#include "redact/surrogates/surrogates.h"

namespace deskbench::redact {

namespace {

// True when the digits at i follow a degree or minute mark (one blank allowed): minutes or
// seconds, not the degrees of the next coordinate.
bool AfterMark(std::string_view s, size_t i) {
  if (i > 0 && s[i - 1] == ' ') --i;
  const std::string_view before = s.substr(0, i);
  for (std::string_view mark : {"\xC2\xB0", "\xC2\xBA", "'", "\xE2\x80\xB2", "\xE2\x80\x99"}) {
    if (before.ends_with(mark)) return true;
  }
  return false;
}

// A keyed number of `n` digits below `limit`, zero-padded; of n digits' magnitude when the
// original's first digit was not 0 and the limit allows it.
void Draw(std::string& s, size_t begin, size_t n, unsigned limit, Keyed& keyed) {
  unsigned top = 1;
  for (size_t k = 0; k < n && top < 100000; ++k) top *= 10;
  unsigned hi = std::min(top, limit);
  unsigned lo = (n > 1 && s[begin] != '0') ? top / 10 : 0;
  if (lo >= hi) lo = 0;
  unsigned v = lo + keyed.Below(hi - lo);
  for (size_t k = n; k-- > 0;) {
    s[begin + k] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
}

}  // namespace

std::string FakeCoordinates(const SurrogateKey& sk, std::string_view value) {
  Keyed keyed(sk.key, "gps", NormalizeText(value));
  return Distinct(value, [&] {
    std::string s(value);
    size_t numbers = 0;  // degrees seen: the first is the latitude
    for (size_t i = 0; i < s.size();) {
      if (!ascii::IsDigit(s[i])) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < s.size() && ascii::IsDigit(s[end])) ++end;
      const size_t n = end - i;
      if (i > 0 && s[i - 1] == '.') {
        for (size_t k = i; k < end; ++k) s[k] = keyed.Digit();
      } else if (AfterMark(s, i)) {
        Draw(s, i, n, 60, keyed);
      } else {
        Draw(s, i, n, numbers == 0 && n < 3 ? 90 : 180, keyed);
        ++numbers;
      }
      i = end;
    }
    return s;
  });
}

}  // namespace deskbench::redact
