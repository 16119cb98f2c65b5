#include "formats/image/ocr_memo.h"

#include <deque>
#include <map>
#include <mutex>

#include "core/hash.h"

namespace deskbench::image {
namespace {

constexpr size_t kRemembered = 1024;

struct Memo {
  std::mutex mutex;
  std::map<std::string, std::vector<OcrLine>> lines;
  std::deque<std::string> order;  // oldest first
};

Memo& TheMemo() {
  static Memo memo;
  return memo;
}

}  // namespace

std::vector<OcrLine> RecognizeOnce(std::string_view bytes, int orientation, const std::string& lang,
                                   const std::function<Pixels()>& pixels) {
  std::string key = Sha256Hex(bytes) + "/" + std::to_string(orientation) + "/" + lang;
  Memo& memo = TheMemo();
  {
    std::lock_guard lock(memo.mutex);
    auto it = memo.lines.find(key);
    if (it != memo.lines.end()) return it->second;
  }
  std::vector<OcrLine> lines = Recognize(pixels(), lang);
  std::lock_guard lock(memo.mutex);
  if (memo.lines.emplace(key, lines).second) {
    memo.order.push_back(key);
    if (memo.order.size() > kRemembered) {
      memo.lines.erase(memo.order.front());
      memo.order.pop_front();
    }
  }
  return lines;
}

}  // namespace deskbench::image
