#pragma once
// RFC 4180 records over a byte buffer, keeping the raw byte span of every field so that untouched
// fields are written back exactly as they were (quoting, line ends and all).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::csv {

struct FieldSpan {
  size_t begin;  // raw bytes of the field, quotes included
  size_t end;
  bool quoted;
};

struct Record {
  size_t begin = 0;
  size_t content_end = 0;  // where the line end starts
  size_t end = 0;          // after the line end
  std::vector<FieldSpan> fields;
};

enum class ParseStatus { kRecord, kNeedMore, kMalformed };

// Parses the record starting at data[pos]. at_end says no bytes follow data; kNeedMore asks for
// more bytes; kMalformed sets *error (an unterminated quote, text after a closing quote).
ParseStatus ParseRecord(std::string_view data, size_t pos, char delimiter, bool at_end,
                        Record& record, std::string* error);

// The value of a field: quotes removed and "" unescaped. origins[i] is the offset in raw of value
// byte i (with origins[value.size()] the closing quote); empty when value == raw.
void DecodeField(std::string_view raw, bool quoted, std::string& value,
                 std::vector<uint64_t>& origins, uint64_t base);

// The field for value, quoted only when it must be (delimiter, quote, line end, leading space).
std::string QuoteIfNeeded(std::string_view value, char delimiter);

// Picks the delimiter (',', ';', '\t' or '|') that splits the first lines of head into the most
// columns consistently; fallback when nothing splits.
char SniffDelimiter(std::string_view head, char fallback);

}  // namespace deskbench::csv
