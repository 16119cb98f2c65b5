#include "scrub/locations.h"

namespace deskbench {

namespace {
constexpr std::string_view kMemberSeparator = " \u203a ";

bool IsCommitId(std::string_view s) {
  return s.size() >= 7 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// "stash@{0}".
bool IsStash(std::string_view s) {
  if (!s.starts_with("stash@{") || !s.ends_with('}') || s.size() < 9) return false;
  return s.substr(7, s.size() - 8).find_first_not_of("0123456789") == std::string_view::npos;
}

// A label of a commit left behind: "reflog 1a2b3c4d5e" or "refs/remotes/origin/wip 1a2b3c4d5e".
bool IsLeftBehindCommit(std::string_view s) {
  size_t space = s.rfind(' ');
  if (space == std::string_view::npos || !IsCommitId(s.substr(space + 1))) return false;
  std::string_view by = s.substr(0, space);
  return by == "reflog" || (by.starts_with("refs/") && by.find(' ') == std::string_view::npos);
}

// The revision label a location starts with ("history 1a2b3c4d5e", "stash@{0}"), ending at
// the ':' before a path or the ' ' before a field; "" when there is none.
std::string_view RevisionLabel(std::string_view location) {
  size_t end = location.find_first_of(": ");
  if (IsStash(location.substr(0, end))) return location.substr(0, end);
  if (location.starts_with("history ") || location.starts_with("reflog ") ||
      location.starts_with("refs/")) {
    end = location.find_first_of(": ", location.find(' ') + 1);
  }
  std::string_view label = location.substr(0, end);
  if (IsCommitId(label) || IsLeftBehindCommit(label) ||
      (label.starts_with("history ") && IsCommitId(label.substr(8)))) {
    return label;
  }
  return {};
}

}  // namespace

std::string MemberPath(std::string_view location) {
  size_t sep = location.find(kMemberSeparator);
  if (sep == std::string_view::npos) return "";
  std::string_view member = location.substr(0, sep);
  std::string_view label = RevisionLabel(member);
  if (!label.empty() && label.size() < member.size() && member[label.size()] == ':') {
    member.remove_prefix(label.size() + 1);
  }
  return std::string(member);
}

bool LeftBehindInRepository(std::string_view location) {
  std::string_view label = RevisionLabel(location);
  if (IsStash(label) || IsLeftBehindCommit(label)) return true;
  if (!location.starts_with("remote ") ||
      location.find(kMemberSeparator) != std::string_view::npos) {
    return false;
  }
  return location.ends_with(" url") || location.ends_with(" pushurl");
}

uint64_t LocationLine(std::string_view location) {
  size_t at = location.rfind("line ");
  if (at == std::string_view::npos) return 0;
  std::string_view digits = location.substr(at + 5);
  if (digits.empty() || digits.size() > 12 ||
      digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return 0;
  }
  return std::stoull(std::string(digits));
}

}  // namespace deskbench
