#include "formats/html/html_document.h"

#include <algorithm>
#include <array>

#include "core/ascii.h"
#include "core/error.h"
#include "formats/html/html_tokenizer.h"
#include "formats/splice.h"

namespace deskbench::html {
namespace {

constexpr std::array<std::string_view, 16> kVoidElements = {
    "area", "base", "br",    "col",    "embed", "hr",  "img",    "input",
    "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont",
};

// Elements a new one of the same name implicitly closes (<p>one<p>two), so that documents that
// rely on it do not look deeply nested.
constexpr std::array<std::string_view, 9> kSelfClosingSiblings = {
    "p", "li", "td", "th", "tr", "option", "dt", "dd", "tbody",
};

constexpr std::array<std::string_view, 14> kClosesParagraph = {
    "div", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "form", "dl",
};

// Attributes whose values are text people read or addresses that identify someone.
constexpr std::array<std::string_view, 17> kTextAttributes = {
    "href",
    "src",
    "title",
    "alt",
    "value",
    "placeholder",
    "action",
    "content",
    "aria-label",
    "label",
    "cite",
    "poster",
    "summary",
    "abbr",
    "formaction",
    "srcset",
    "aria-description",
};

bool Contains(std::span<const std::string_view> list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool IsScannedAttribute(std::string_view name) {
  return name.starts_with("data-") || Contains(kTextAttributes, name);
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return ascii::IsSpace(c); });
}

Context AttributeContext(char quote) {
  if (quote == '"') return Context::kAttributeDouble;
  if (quote == '\'') return Context::kAttributeSingle;
  return Context::kAttributeUnquoted;
}

}  // namespace

HtmlDocument::HtmlDocument(const ByteSource& source, const Limits& limits)
    : name_(source.name()), bytes_(source.ReadAll(limits.max_document_bytes)), limits_(limits) {
  if (bytes_.starts_with("\xFF\xFE") || bytes_.starts_with("\xFE\xFF")) {
    throw Refusal(name_, "UTF-16 HTML is not supported yet; save it as UTF-8");
  }
  Walk([](const Segment&, size_t, size_t, Context) {}, [](size_t, size_t) {});
}

void HtmlDocument::Walk(const SegmentFn& on_segment, const CommentFn& on_comment) {
  std::string_view all(bytes_);
  std::vector<std::string> open;
  uint64_t line = 1;
  size_t counted = 0;  // bytes before this offset are counted in line
  std::string text;
  std::vector<uint64_t> origins;
  std::string location;
  std::string hint;
  std::string meta_hint;
  auto segment = [&](std::string_view raw, size_t begin, bool decode) {
    Segment seg;
    if (decode && DecodeEntities(raw, begin, text, origins)) {
      seg.text = text;
      seg.origins = origins;
    } else {
      seg.text = raw;
      seg.origin = begin;
    }
    return seg;
  };
  Tokenize(all, [&](const Event& event) {
    line += static_cast<uint64_t>(std::count(all.begin() + static_cast<long>(counted),
                                             all.begin() + static_cast<long>(event.begin), '\n'));
    counted = event.begin;
    switch (event.kind) {
      case EventKind::kComment:
        on_comment(event.begin, event.end);
        return;
      case EventKind::kOther:
        return;
      case EventKind::kText:
      case EventKind::kRawText: {
        std::string_view raw = all.substr(event.begin, event.end - event.begin);
        if (IsBlank(raw)) return;
        bool is_raw = event.kind == EventKind::kRawText;
        Segment seg = segment(raw, event.begin, !is_raw);
        location = "line " + std::to_string(line);
        if (!event.tag.empty()) location += ", <" + event.tag + ">";
        seg.location = location;
        seg.hint = event.tag;
        on_segment(seg, event.begin, event.end, is_raw ? Context::kRawText : Context::kText);
        return;
      }
      case EventKind::kTag:
        break;
    }
    if (event.closing) {
      auto it = std::find(open.rbegin(), open.rend(), event.tag);
      if (it != open.rend()) open.erase(std::next(it).base(), open.end());
      return;
    }
    meta_hint = "content";
    if (event.tag == "meta") {
      for (const Attribute& a : event.attributes) {
        if (a.name == "name" || a.name == "property" || a.name == "http-equiv" ||
            a.name == "itemprop") {
          meta_hint = ascii::Lower(all.substr(a.value_begin, a.value_end - a.value_begin));
        }
      }
    }
    for (const Attribute& a : event.attributes) {
      if (!a.has_value || a.value_end <= a.value_begin || !IsScannedAttribute(a.name)) continue;
      std::string_view raw = all.substr(a.value_begin, a.value_end - a.value_begin);
      Segment seg = segment(raw, a.value_begin, true);
      location = "line " + std::to_string(line) + ", <" + event.tag + " " + a.name + ">";
      hint = a.name == "content" ? meta_hint : a.name;
      seg.location = location;
      seg.hint = hint;
      on_segment(seg, a.value_begin, a.value_end, AttributeContext(a.quote));
    }
    if (event.self_closing || Contains(kVoidElements, event.tag)) return;
    if (Contains(kSelfClosingSiblings, event.tag)) {
      // <li> closes the open <li>, <td> the open <td> (and a new <p> the open <p>) even when an
      // inline element was left open in between.
      auto it = std::find(open.rbegin(), open.rend(), event.tag);
      if (it != open.rend()) open.erase(std::next(it).base(), open.end());
    }
    if (!open.empty() && open.back() == "p" && Contains(kClosesParagraph, event.tag)) {
      open.pop_back();
    }
    open.push_back(event.tag);
    if (open.size() > limits_.max_depth) {
      throw Refusal(name_, "HTML elements nested deeper than " + std::to_string(limits_.max_depth) +
                               " levels (line " + std::to_string(line) + ")");
    }
  });
}

void HtmlDocument::Scan(const SegmentVisitor& visit) {
  const size_t max = limits_.max_segment_bytes;
  Walk([&](const Segment& seg, size_t, size_t, Context) { VisitPieces(seg, max, visit); },
       [](size_t, size_t) {});
}

void HtmlDocument::Write(const SegmentEditor& edits, Sink& out) {
  const size_t max = limits_.max_segment_bytes;
  std::string_view all(bytes_);
  std::string result;
  char last_flushed = 0;  // the byte before result, once result has been handed to out
  auto flush = [&] {
    if (result.size() < (1u << 20)) return;
    last_flushed = result.back();
    out.Write(result);
    result.clear();
  };
  size_t cursor = 0;
  size_t comments = 0;
  Walk(
      [&](const Segment& seg, size_t begin, size_t end, Context context) {
        std::vector<Edit> list = EditPieces(seg, max, edits);
        if (list.empty()) return;
        result.append(all.substr(cursor, begin - cursor));
        Encoder encode = [&](std::string_view s) {
          std::string escaped = EscapeFor(context, s);
          // Text such as "a <" followed by a replacement starting with a letter would open a tag.
          char previous = result.empty() ? last_flushed : result.back();
          if (context == Context::kText && previous == '<' && !escaped.empty() &&
              (ascii::IsAlpha(escaped[0]) || escaped[0] == '/' || escaped[0] == '!' ||
               escaped[0] == '?')) {
            escaped.replace(0, 1, "&#" + std::to_string(static_cast<int>(escaped[0])) + ";");
          }
          return escaped;
        };
        SpliceEdits(seg, all.substr(begin, end - begin), begin, list, encode, result);
        cursor = end;
        flush();
      },
      [&](size_t begin, size_t end) {
        result.append(all.substr(cursor, begin - cursor));
        cursor = end;
        ++comments;
        flush();
      });
  result.append(all.substr(cursor));
  out.Write(result);
  notes_.clear();
  if (comments > 0) {
    notes_.push_back({comments == 1 ? "HTML comment" : std::to_string(comments) + " HTML comments",
                      "removed (hidden text)"});
  }
}

}  // namespace deskbench::html
