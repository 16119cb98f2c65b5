#include "detect/names/csv_text.h"

#include "core/ascii.h"

namespace deskbench::names {

namespace {

constexpr size_t kMaxHeader = 2048;
constexpr size_t kMaxColumnName = 48;

// A column name: "first_name", "Full Name", "e-mail", "tax_id (EU)"; never prose.
bool ColumnName(std::string_view s) {
  s = ascii::Trim(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  if (s.empty() || s.size() > kMaxColumnName || !ascii::IsAlpha(s.front())) return false;
  size_t spaces = 0;
  for (char c : s) {
    if (c == ' ') {
      if (++spaces > 4) return false;
    } else if (!ascii::IsWordByte(c) && c != '_' && c != '-' && c != '.' && c != '/' && c != '(' &&
               c != ')' && c != '#') {
      return false;
    }
  }
  return true;
}

// Delimiters in a line outside quotes; stops at the line's end.
size_t CountDelimiters(std::string_view line, char delim) {
  size_t count = 0;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == delim && !quoted) ++count;
  }
  return count;
}

}  // namespace

bool CsvText::Detect(std::string_view text, CsvText& out) {
  size_t nl = text.substr(0, kMaxHeader).find('\n');
  if (nl == std::string_view::npos) return false;
  std::string_view header = text.substr(0, nl);
  if (!header.empty() && header.back() == '\r') header.remove_suffix(1);
  char delim = 0;
  size_t most = 0;
  for (char d : {',', ';', '\t', '|'}) {
    size_t count = CountDelimiters(header, d);
    if (count > most) {
      most = count;
      delim = d;
    }
  }
  if (most == 0) return false;
  size_t next_end = text.find('\n', nl + 1);
  std::string_view row =
      text.substr(nl + 1, next_end == std::string_view::npos ? text.npos : next_end - nl - 1);
  if (CountDelimiters(row, delim) != most) return false;
  out.columns_.clear();
  bool useful = false;
  size_t start = 0;
  for (size_t i = 0; i <= header.size(); ++i) {
    if (i < header.size() && header[i] != delim) continue;
    std::string_view name = header.substr(start, i - start);
    if (!ColumnName(name)) return false;
    HintKind kind = ClassifyHint(name);
    useful = useful || kind.person || kind.org || kind.location;
    out.columns_.push_back(kind);
    start = i + 1;
  }
  out.body_ = nl + 1;
  out.delim_ = delim;
  return useful;
}

}  // namespace deskbench::names
