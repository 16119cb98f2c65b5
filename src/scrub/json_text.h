#pragma once
// JSON written piece by piece, byte for byte as nlohmann::json's dump(-1, ' ', false, replace)
// writes the same values: reports of many findings are written without building a JSON tree per
// finding (building, dumping and destroying those trees was a sixth of a scrub of small files).

#include <cstdint>
#include <string>
#include <string_view>

namespace deskbench::json_text {

// A JSON string (quotes included): the escapes nlohmann writes (\b \t \n \f \r \" \\ and \u00xx
// for other control characters), UTF-8 as it is; strings that are not valid UTF-8 get U+FFFD
// where nlohmann puts it (it writes those itself).
void AppendString(std::string& out, std::string_view s);
void AppendUnsigned(std::string& out, uint64_t v);
// As nlohmann writes a double (shortest round trip, ".0" on whole numbers).
void AppendDouble(std::string& out, double v);
// "key": with the comma before it unless first; first is cleared.
void AppendKey(std::string& out, std::string_view key, bool& first);

}  // namespace deskbench::json_text
