#pragma once
// libarchive converts member names through the C library's multibyte functions, which follow the
// calling thread's locale. In the "C" locale a name like "café/Zoë.txt" cannot be converted and
// libarchive's tar writer even crashes on it. While an archive is read or written, this thread
// uses C.UTF-8 for character types; nothing else in the process changes.

#include <locale.h>

namespace deskbench::archive {

class Utf8Locale {
 public:
  Utf8Locale() {
    utf8_ = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
    if (utf8_ == static_cast<locale_t>(nullptr)) {
      utf8_ = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", static_cast<locale_t>(nullptr));
    }
    if (utf8_ != static_cast<locale_t>(nullptr)) previous_ = uselocale(utf8_);
  }
  ~Utf8Locale() {
    if (utf8_ == static_cast<locale_t>(nullptr)) return;
    uselocale(previous_);
    freelocale(utf8_);
  }
  Utf8Locale(const Utf8Locale&) = delete;
  Utf8Locale& operator=(const Utf8Locale&) = delete;
  // False when no UTF-8 locale exists: names that are not ASCII are then refused.
  bool active() const { return utf8_ != static_cast<locale_t>(nullptr); }

 private:
  locale_t utf8_ = static_cast<locale_t>(nullptr);
  locale_t previous_ = static_cast<locale_t>(nullptr);
};

}  // namespace deskbench::archive
