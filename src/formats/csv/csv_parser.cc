#include "formats/csv/csv_parser.h"

#include <algorithm>

namespace deskbench::csv {

ParseStatus ParseRecord(std::string_view data, size_t pos, char delimiter, bool at_end,
                        Record& record, std::string* error) {
  record.fields.clear();
  record.begin = pos;
  const size_t n = data.size();
  size_t i = pos;
  for (;;) {
    FieldSpan field{i, i, false};
    if (i < n && data[i] == '"') {
      field.quoted = true;
      ++i;
      for (;;) {
        size_t quote = data.find('"', i);
        if (quote == std::string_view::npos) {
          if (!at_end) return ParseStatus::kNeedMore;
          if (error) *error = "a quoted field is never closed";
          return ParseStatus::kMalformed;
        }
        if (quote + 1 == n && !at_end) return ParseStatus::kNeedMore;
        if (quote + 1 < n && data[quote + 1] == '"') {
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      if (i < n && data[i] != delimiter && data[i] != '\r' && data[i] != '\n') {
        if (error) *error = "text follows the closing quote of a field";
        return ParseStatus::kMalformed;
      }
    } else {
      while (i < n && data[i] != delimiter && data[i] != '\r' && data[i] != '\n') ++i;
    }
    field.end = i;
    record.fields.push_back(field);
    if (i == n) {
      if (!at_end) return ParseStatus::kNeedMore;
      record.content_end = record.end = n;
      return ParseStatus::kRecord;
    }
    if (data[i] == delimiter) {
      ++i;
      continue;
    }
    record.content_end = i;
    if (data[i] == '\r') {
      if (i + 1 == n && !at_end) return ParseStatus::kNeedMore;
      record.end = (i + 1 < n && data[i + 1] == '\n') ? i + 2 : i + 1;
    } else {
      record.end = i + 1;
    }
    return ParseStatus::kRecord;
  }
}

void DecodeField(std::string_view raw, bool quoted, std::string& value,
                 std::vector<uint64_t>& origins, uint64_t base) {
  value.clear();
  origins.clear();
  if (!quoted || raw.size() < 2) {
    value.assign(raw);
    return;
  }
  for (size_t i = 1; i + 1 < raw.size(); ++i) {
    origins.push_back(base + i);
    value.push_back(raw[i]);
    if (raw[i] == '"' && i + 2 < raw.size() && raw[i + 1] == '"') ++i;
  }
  origins.push_back(base + raw.size() - 1);
}

std::string QuoteIfNeeded(std::string_view value, char delimiter) {
  bool needs =
      value.find_first_of(std::string{'"', '\r', '\n', delimiter}) != std::string_view::npos;
  if (!needs) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

char SniffDelimiter(std::string_view head, char fallback) {
  // Drop a last line that the head cut in two.
  if (size_t nl = head.rfind('\n'); nl != std::string_view::npos && nl + 1 < head.size()) {
    head = head.substr(0, nl + 1);
  }
  char best = fallback;
  size_t best_columns = 1;
  bool best_consistent = false;
  for (char candidate : {',', ';', '\t', '|'}) {
    Record record;
    size_t pos = 0;
    size_t columns = 0;
    bool consistent = true;
    int rows = 0;
    while (pos < head.size() && rows < 20) {
      if (ParseRecord(head, pos, candidate, true, record, nullptr) != ParseStatus::kRecord) break;
      if (record.fields.size() > 1 || record.content_end > record.begin) {
        if (rows == 0)
          columns = record.fields.size();
        else if (record.fields.size() != columns)
          consistent = false;
        ++rows;
      }
      pos = record.end;
    }
    if (rows == 0 || columns < 2) continue;
    bool better = (consistent && !best_consistent) ||
                  (consistent == best_consistent && columns > best_columns);
    if (better) {
      best = candidate;
      best_columns = columns;
      best_consistent = consistent;
    }
  }
  return best;
}

}  // namespace deskbench::csv
