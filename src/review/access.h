#pragma once
// Who may talk to the review server. Every request must name the server as 127.0.0.1:PORT or
// localhost:PORT (a site that rebinds its DNS name to 127.0.0.1 sends its own name) and carry the
// run's token: in the printed address once, then in a cookie only this page sends
// (HttpOnly, SameSite=Strict), or in an X-Deskbench-Token header. Changes must be JSON (which a
// form on another site cannot send without a preflight) and, when the browser names the origin,
// come from the page's own.

#include <optional>
#include <string>

namespace deskbench::review {

// What the access rules look at in a request.
struct RequestFacts {
  std::string method;                       // "GET", "POST"
  std::string host;                         // the Host header
  std::optional<std::string> token_param;   // ?token=
  std::optional<std::string> token_header;  // X-Deskbench-Token
  std::string cookies;                      // the Cookie header
  std::string content_type;
  std::string origin;  // the Origin header ("" when not sent)
};

class Access {
 public:
  Access(std::string token, int port);

  // Why the request is refused (answered 403, in words for the person who opened it), or
  // nullopt when it may go on.
  std::optional<std::string> Refusal(const RequestFacts& request) const;

  // The Set-Cookie value that carries the token from the printed address into the page.
  std::string SetCookie() const;
  const std::string& cookie_name() const { return cookie_; }

 private:
  std::string token_;
  int port_;
  std::string cookie_;  // named after the port: two review pages may be open at once
};

// The value of one cookie in a Cookie header ("" when absent).
std::string CookieValue(std::string_view cookies, std::string_view name);

}  // namespace deskbench::review
