#pragma once
// A small validating JSON walker that reports the byte span of every string, key and number, so
// that edits can be applied to the original bytes and everything else (whitespace, key order,
// number spelling) is kept exactly.

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::json {

enum class TokenKind { kString, kKey, kNumber };

struct Token {
  TokenKind kind;
  size_t begin;  // raw span in the document; strings and keys include their quotes
  size_t end;
  std::string_view path;  // "$.users[0].email"
  std::string_view key;   // the member name of the value or of its array ("" at the top)
};

class ParseError : public std::runtime_error {
 public:
  ParseError(size_t offset, const std::string& what) : std::runtime_error(what), offset_(offset) {}
  size_t offset() const { return offset_; }

 private:
  size_t offset_;
};

// Walks one JSON text (surrounding white space allowed; an empty or blank text has no tokens),
// calling fn for each string, key and number in document order. Throws ParseError on invalid JSON
// or nesting deeper than max_depth.
void Walk(std::string_view json, uint32_t max_depth, const std::function<void(const Token&)>& fn);

// Decodes a string token (quotes included). origins[i] = base + offset in raw of the character or
// escape that produced text byte i; origins[text.size()] = the closing quote. Returns false when
// the token has no escapes (text is then the bytes between the quotes).
bool DecodeString(std::string_view raw, uint64_t base, std::string& text,
                  std::vector<uint64_t>& origins);

// UTF-8 to the inside of a JSON string: quotes, backslashes and control characters escaped.
std::string Escape(std::string_view utf8);

// True when s is a JSON number literal.
bool IsNumber(std::string_view s);

// "line L, column C" of a byte offset, for error messages.
std::string Position(std::string_view text, size_t offset);

}  // namespace deskbench::json
