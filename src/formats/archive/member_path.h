#pragma once
// Paths of archive members are untrusted: an entry named "../../.bashrc" or "/etc/passwd", or a
// link pointing out of the archive, would write outside the folder an archive is unpacked into.

#include <optional>
#include <string>
#include <string_view>

namespace deskbench::archive {

// Why a member path is unsafe (absolute, a drive letter, a ".." component, empty), or "" when it
// is a plain relative path. Backslashes count as separators: Windows tools read them so.
std::string UnsafePathReason(std::string_view path);

// Where a symbolic link stored at `link` and pointing to `target` leads, as a path from the
// archive root, or nullopt when it leads out of the archive (absolute, or too many "..").
std::optional<std::string> ResolveLink(std::string_view link, std::string_view target);

}  // namespace deskbench::archive
