#include "review/access.h"

#include <sodium.h>

#include "core/ascii.h"

namespace deskbench::review {

namespace {

// Compared in constant time: how long a refusal takes says nothing about the token.
bool SameSecret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

std::string CookieValue(std::string_view cookies, std::string_view name) {
  size_t pos = 0;
  while (pos < cookies.size()) {
    size_t end = cookies.find(';', pos);
    if (end == std::string_view::npos) end = cookies.size();
    std::string_view item = ascii::Trim(cookies.substr(pos, end - pos));
    if (item.size() > name.size() && item.substr(0, name.size()) == name &&
        item[name.size()] == '=') {
      return std::string(item.substr(name.size() + 1));
    }
    pos = end + 1;
  }
  return "";
}

Access::Access(std::string token, int port)
    : token_(std::move(token)), port_(port), cookie_("deskbench_review_" + std::to_string(port)) {}

std::optional<std::string> Access::Refusal(const RequestFacts& r) const {
  std::string port = ":" + std::to_string(port_);
  if (r.host != "127.0.0.1" + port && r.host != "localhost" + port) {
    return "This page only answers at 127.0.0.1" + port + ".";
  }
  std::string given = r.token_param    ? *r.token_param
                      : r.token_header ? *r.token_header
                                       : CookieValue(r.cookies, cookie_);
  if (!SameSecret(given, token_)) {
    return "This review page needs the address deskbench printed (with its token). Open that "
           "address again.";
  }
  if (r.method != "GET" && r.method != "HEAD") {
    if (r.content_type.rfind("application/json", 0) != 0 ||
        (!r.origin.empty() && r.origin != "http://" + r.host)) {
      return "Changes are accepted only from the review page.";
    }
  }
  return std::nullopt;
}

std::string Access::SetCookie() const {
  return cookie_ + "=" + token_ + "; Path=/; HttpOnly; SameSite=Strict";
}

}  // namespace deskbench::review
