#pragma once
// Reading the locations adapters give back: the path of a file inside a container ("history
// 1a2b3c4d5e:src/app.py › line 3" is src/app.py of a repository) and the line a location ends with.

#include <cstdint>
#include <string>
#include <string_view>

namespace deskbench {

// The member's path, or "" when the location names no file inside a container. A repository's
// revision labels ("history 1a2b3c4d5e:", "stash@{0}:", "reflog 1a2b3c4d5e:",
// "refs/remotes/origin/wip 1a2b3c4d5e:") are not part of it.
std::string MemberPath(std::string_view location);

// True for a location in what a repository's output never holds but its report shows: a stash
// ("stash@{0}:notes.txt › line 1"), a commit only a reflog or a ref that is not carried over
// reaches ("reflog 1a2b3c4d5e message"), a remote URL ("remote origin url").
bool LeftBehindInRepository(std::string_view location);

// The line a location ends with ("… line 12"), or 0.
uint64_t LocationLine(std::string_view location);

}  // namespace deskbench
