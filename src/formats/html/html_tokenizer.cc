#include "formats/html/html_tokenizer.h"

#include <algorithm>

#include "core/ascii.h"

namespace deskbench::html {
namespace {

bool IsTagSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Position of the first case-insensitive match of needle (lower case) at or after from, or npos.
size_t FindIgnoreCase(std::string_view s, std::string_view needle, size_t from) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    i = s.find('<', i);
    if (i == std::string_view::npos || i + needle.size() > s.size()) break;
    if (ascii::EqualsIgnoreCase(s.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

bool IsRawTextElement(std::string_view tag) {
  return tag == "script" || tag == "style" || tag == "xmp" || tag == "iframe" || tag == "noembed" ||
         tag == "noframes";
}

bool IsEscapableRawTextElement(std::string_view tag) {
  return tag == "title" || tag == "textarea";
}

class Tokenizer {
 public:
  Tokenizer(std::string_view s, const std::function<void(const Event&)>& fn)
      : s_(s), fn_(fn), last_gt_(s.rfind('>')) {}

  void Run() {
    size_t text_start = 0;
    size_t i = 0;
    const size_t n = s_.size();
    while (i < n) {
      i = s_.find('<', i);
      if (i == std::string_view::npos) break;
      // One event object is reused so that its attribute list keeps its capacity.
      Event& event = event_;
      event.kind = EventKind::kOther;
      event.begin = event.end = i;
      event.tag.clear();
      event.closing = event.self_closing = false;
      event.attributes.clear();
      if (!Markup(i, event)) {
        // A tag left open runs to the end of the file for a browser too; the rest is scanned as
        // text, which keeps the work linear on hostile input.
        if (unclosed_) break;
        ++i;
        continue;
      }
      Text(text_start, i, EventKind::kText, "");
      fn_(event);
      i = event.end;
      text_start = i;
      if (event.kind == EventKind::kTag && !event.closing && !event.self_closing) {
        bool raw = IsRawTextElement(event.tag);
        if (raw || IsEscapableRawTextElement(event.tag)) {
          std::string tag = event.tag;
          size_t close = FindIgnoreCase(s_, "</" + tag, i);
          if (close == std::string_view::npos) close = n;
          Text(i, close, raw ? EventKind::kRawText : EventKind::kText, tag);
          i = text_start = close;
        }
      }
    }
    Text(text_start, n, EventKind::kText, "");
  }

 private:
  void Text(size_t begin, size_t end, EventKind kind, std::string_view tag) {
    if (end <= begin) return;
    text_.kind = kind;
    text_.begin = begin;
    text_.end = end;
    text_.tag.assign(tag);
    fn_(text_);
  }

  // Recognises markup at s_[i] == '<' and fills event; false when the '<' is just text.
  bool Markup(size_t i, Event& event) {
    const size_t n = s_.size();
    std::string_view rest = s_.substr(i);
    if (rest.starts_with("<!--")) {
      size_t close = s_.find("-->", i + 4);
      event.kind = EventKind::kComment;
      event.end = close == std::string_view::npos ? n : close + 3;
      return true;
    }
    if (rest.starts_with("<![CDATA[")) {
      size_t close = s_.find("]]>", i + 9);
      event.end = close == std::string_view::npos ? n : close + 3;
      return true;
    }
    if (rest.size() >= 2 && (rest[1] == '!' || rest[1] == '?')) {
      size_t close = s_.find('>', i);
      event.end = close == std::string_view::npos ? n : close + 1;
      return true;
    }
    bool closing = rest.size() >= 2 && rest[1] == '/';
    size_t name_at = i + (closing ? 2 : 1);
    if (name_at >= n || !ascii::IsAlpha(s_[name_at])) return false;
    size_t j = name_at;
    while (j < n && !IsTagSpace(s_[j]) && s_[j] != '/' && s_[j] != '>') ++j;
    event.kind = EventKind::kTag;
    event.closing = closing;
    event.tag.assign(s_.substr(name_at, j - name_at));
    for (char& c : event.tag) c = ascii::ToLower(c);
    unclosed_ = !Attributes(j, event);
    return !unclosed_;
  }

  // Reads attributes from j to the closing '>'; false when the tag never closes (then it is text).
  bool Attributes(size_t j, Event& event) {
    // A tag that does not close within this many bytes is text: bounds the work hostile input
    // full of unclosed tags can cause.
    constexpr size_t kMaxTag = 4u << 20;
    if (last_gt_ == std::string_view::npos || j > last_gt_) return false;
    const size_t n = std::min(s_.size(), event.begin + kMaxTag);
    for (;;) {
      while (j < n && (IsTagSpace(s_[j]) || s_[j] == '/')) {
        event.self_closing = s_[j] == '/' && j + 1 < n && s_[j + 1] == '>';
        ++j;
      }
      if (j >= n) return false;
      if (s_[j] == '>') {
        event.end = j + 1;
        return true;
      }
      event.self_closing = false;
      size_t name_start = j++;  // the first character may be '=' or a quote: still a name
      while (j < n && !IsTagSpace(s_[j]) && s_[j] != '/' && s_[j] != '>' && s_[j] != '=') ++j;
      Attribute attribute;
      attribute.name = ascii::Lower(s_.substr(name_start, j - name_start));
      size_t k = j;
      while (k < n && IsTagSpace(s_[k])) ++k;
      if (k < n && s_[k] == '=') {
        ++k;
        while (k < n && IsTagSpace(s_[k])) ++k;
        if (k >= n) return false;
        attribute.has_value = true;
        if (s_[k] == '"' || s_[k] == '\'') {
          attribute.quote = s_[k];
          size_t close = s_.find(s_[k], k + 1);
          if (close == std::string_view::npos || close >= n) return false;
          attribute.value_begin = k + 1;
          attribute.value_end = close;
          j = close + 1;
        } else {
          attribute.value_begin = k;
          while (k < n && !IsTagSpace(s_[k]) && s_[k] != '>') ++k;
          attribute.value_end = k;
          j = k;
        }
      }
      if (!event.closing) event.attributes.push_back(std::move(attribute));
    }
  }

  std::string_view s_;
  const std::function<void(const Event&)>& fn_;
  size_t last_gt_;
  bool unclosed_ = false;
  Event event_{EventKind::kOther, 0, 0, "", false, false, {}};
  Event text_{EventKind::kText, 0, 0, "", false, false, {}};
};

}  // namespace

void Tokenize(std::string_view html, const std::function<void(const Event&)>& fn) {
  Tokenizer(html, fn).Run();
}

}  // namespace deskbench::html
