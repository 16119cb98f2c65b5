#pragma once
// HTML character references: decoded for scanning (with origins back to the file), and the escaping
// a replacement needs at each place it is written.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace deskbench::html {

// Decodes character references in raw (file offset base). origins[i] is the file offset of the
// character or reference that produced text byte i; origins[text.size()] = base + raw.size().
// Returns false (and leaves origins empty, text == raw) when raw has no '&'.
bool DecodeEntities(std::string_view raw, uint64_t base, std::string& text,
                    std::vector<uint64_t>& origins);

// Where a replacement is written, which decides what must be escaped.
enum class Context { kText, kAttributeDouble, kAttributeSingle, kAttributeUnquoted, kRawText };

std::string EscapeFor(Context context, std::string_view utf8);
// The same, appended to out (runs that need no reference are appended whole).
void AppendEscaped(Context context, std::string_view utf8, std::string& out);

}  // namespace deskbench::html
