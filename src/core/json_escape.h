#pragma once
// The inside of a JSON string as nlohmann::json writes it: \b \t \n \f \r \" \\ escaped, other
// control characters as \u00xx (lower-case hex), every other byte as it is. Shared by the JSON
// format adapter (edits written back into documents) and the reports, which must agree with
// nlohmann byte for byte.

#include <string>
#include <string_view>

namespace deskbench::json {

void AppendEscaped(std::string& out, std::string_view utf8);

}  // namespace deskbench::json
