#include "detect/field_code.h"

#include "core/ascii.h"

namespace deskbench {

namespace {

// Keywords whose first argument names something in the document or its data source.
constexpr std::string_view kNamingKeywords[] = {"docvariable", "docproperty", "mergefield",  "ref",
                                                "pageref",     "noteref",     "seq",         "set",
                                                "gotobutton",  "styleref",    "macrobutton", "ask"};

struct Token {
  size_t begin, end;
  bool quoted;
};

// The next token at or after i: a quoted string (with its quotes) or a run of non-spaces.
bool NextToken(std::string_view s, size_t& i, Token& t) {
  while (i < s.size() && ascii::IsSpace(s[i])) ++i;
  if (i >= s.size()) return false;
  t.begin = i;
  if (s[i] == '"') {
    size_t close = s.find('"', i + 1);
    t.end = close == std::string_view::npos ? s.size() : close + 1;
    t.quoted = true;
  } else {
    while (i < s.size() && !ascii::IsSpace(s[i]) && s[i] != '"') ++i;
    t.end = i;
    t.quoted = false;
  }
  i = t.end;
  return true;
}

bool Naming(std::string_view keyword) {
  for (std::string_view k : kNamingKeywords) {
    if (ascii::EqualsIgnoreCase(keyword, k)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> FieldCodeSyntax(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0;
  Token t{};
  if (!NextToken(s, i, t) || t.quoted) return out;
  out.emplace_back(t.begin, t.end);  // the keyword
  const bool naming = Naming(s.substr(t.begin, t.end - t.begin));
  bool first_argument = true;
  bool format_argument = false;
  while (NextToken(s, i, t)) {
    if (!t.quoted && s[t.begin] == '\\') {
      out.emplace_back(t.begin, t.end);
      const char kind = t.end > t.begin + 1 ? s[t.begin + 1] : '\0';
      format_argument = kind == '*' || kind == '@' || kind == '#';
      first_argument = false;
      continue;
    }
    if (!t.quoted && (format_argument || (naming && first_argument))) {
      out.emplace_back(t.begin, t.end);
    }
    format_argument = false;
    first_argument = false;
  }
  return out;
}

}  // namespace deskbench
