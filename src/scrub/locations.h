#pragma once
// Reading the locations adapters give back: the path of a file inside a container ("history
// 1a2b3c4d5e:src/app.py › line 3" is src/app.py of a repository) and the line a location ends with.

#include <cstdint>
#include <string>
#include <string_view>

namespace deskbench {

// The member's path, or "" when the location names no file inside a container.
std::string MemberPath(std::string_view location);

// The line a location ends with ("… line 12"), or 0.
uint64_t LocationLine(std::string_view location);

}  // namespace deskbench
