#include "formats/email/mail_headers.h"

#include <array>

#include "core/ascii.h"

namespace deskbench::email {
namespace {

// Received and its kin carry the internal host names and IP addresses of the mail route, which
// detection does not recognise as such; signatures no longer verify once anything is edited; the
// rest are tracking and spam-filter stamps of mail providers.
constexpr std::array<std::string_view, 12> kRemovedNames = {
    "received",
    "x-received",
    "dkim-signature",
    "domainkey-signature",
    "authentication-results",
    "received-spf",
    "x-originating-ip",
    "x-sender-ip",
    "thread-index",
    "x-ms-tnef-correlator",
    "x-originating-email",
    "x-forwarded-for",
};
constexpr std::array<std::string_view, 13> kRemovedPrefixes = {
    "arc-",   "x-google-",     "x-gm-",   "x-ms-",    "x-microsoft-", "x-forefront-", "x-mailgun-",
    "x-ses-", "x-proofpoint-", "x-spam-", "x-virus-", "x-apple-",     "x-gmail-",
};
constexpr std::array<std::string_view, 15> kAddressNames = {
    "from",          "to",          "cc",           "bcc",           "reply-to",
    "sender",        "resent-from", "resent-to",    "resent-cc",     "resent-bcc",
    "resent-sender", "return-path", "delivered-to", "x-original-to", "disposition-notification-to",
};

}  // namespace

HeaderKind ClassifyHeader(std::string_view name) {
  std::string lower = ascii::Lower(name);
  for (std::string_view n : kRemovedNames) {
    if (lower == n) return HeaderKind::kRemoved;
  }
  for (std::string_view p : kRemovedPrefixes) {
    if (lower.starts_with(p)) return HeaderKind::kRemoved;
  }
  for (std::string_view n : kAddressNames) {
    if (lower == n) return HeaderKind::kAddresses;
  }
  if (lower == "content-description") return HeaderKind::kText;  // free text: "Jane's CV"
  if (lower.starts_with("content-") || lower == "mime-version" || lower == "date") {
    return HeaderKind::kStructure;
  }
  return HeaderKind::kText;
}

}  // namespace deskbench::email
