#pragma once
// A tolerant HTML tokenizer over the original bytes: it never rewrites anything, it only reports
// where text, tags, attributes and comments are, so an adapter can copy every other byte as is.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::html {

enum class EventKind {
  kText,     // character data, references decoded by the reader
  kRawText,  // contents of <script> and <style>: no references
  kComment,  // <!-- ... -->
  kTag,      // a start or end tag
  kOther,    // doctype, processing instruction, CDATA: kept as is
};

struct Attribute {
  std::string name;        // lower case
  size_t value_begin = 0;  // raw value without its quotes
  size_t value_end = 0;
  char quote = 0;  // '"', '\'' or 0 when unquoted
  bool has_value = false;
};

struct Event {
  EventKind kind;
  size_t begin;
  size_t end;
  std::string tag;  // lower case, for kTag and for the element around kRawText
  bool closing = false;
  bool self_closing = false;
  std::vector<Attribute> attributes;
};

// Calls fn for each piece of html in order; together the events cover every byte exactly once.
void Tokenize(std::string_view html, const std::function<void(const Event&)>& fn);

}  // namespace deskbench::html
