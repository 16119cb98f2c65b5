#include "scrub/locations.h"

namespace deskbench {

namespace {
constexpr std::string_view kMemberSeparator = " \u203a ";
}  // namespace

std::string MemberPath(std::string_view location) {
  size_t sep = location.find(kMemberSeparator);
  if (sep == std::string_view::npos) return "";
  std::string_view member = location.substr(0, sep);
  if (member.starts_with("history ")) member.remove_prefix(8);
  size_t colon = member.find(':');
  if (colon != std::string_view::npos && colon >= 7 &&
      member.substr(0, colon).find_first_not_of("0123456789abcdef") == std::string_view::npos) {
    member.remove_prefix(colon + 1);
  }
  return std::string(member);
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
