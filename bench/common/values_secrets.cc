// Provider-shaped credentials, in the formats their issuers document.

#include <string_view>

#include "common/checksums.h"
#include "common/values.h"

namespace bench {

namespace {
constexpr std::string_view kBase62 =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kAlnum =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::string_view kBase64 =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
}  // namespace

std::string Faker::AwsAccessKey() {
  return std::string(rng_.Chance(0.8) ? "AKIA" : "ASIA") +
         rng_.Of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
}

std::string Faker::AwsSecretKey() {
  return rng_.Of(kBase64, 40);
}

std::string Faker::GithubToken() {
  // 30 random characters and a 6-character base62 CRC-32 of them.
  std::string body = rng_.Of(kBase62, 30);
  uint32_t crc = check::Crc32(body);
  std::string tail(6, '0');
  for (size_t i = 6; i-- > 0;) {
    tail[i] = kBase62[crc % 62];
    crc /= 62;
  }
  return std::string(rng_.Pick({"ghp_", "ghp_", "gho_", "ghs_"})) + body + tail;
}

std::string Faker::SlackToken() {
  return std::string(rng_.Chance(0.7) ? "xoxb-" : "xoxp-") + rng_.Digits(12) + "-" +
         rng_.Digits(13) + "-" + rng_.Of(kAlnum, 24);
}

std::string Faker::StripeKey() {
  return std::string(rng_.Chance(0.7) ? "sk_live_" : "rk_live_") +
         rng_.Of(kAlnum, 24 + rng_.Below(2) * 75);
}

std::string Faker::GoogleApiKey() {
  return "AIza" + rng_.Of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 35);
}

std::string Faker::Jwt() {
  std::string header =
      rng_.Chance(0.7) ? R"({"alg":"HS256","typ":"JWT"})" : R"({"alg":"RS256","typ":"JWT"})";
  std::string payload = R"({"sub":")" + rng_.Digits(10) + R"(","iat":)" +
                        std::to_string(1600000000 + rng_.Below(100000000)) +
                        R"(,"scope":"read write"})";
  return check::Base64Url(header) + "." + check::Base64Url(payload) + "." +
         rng_.Of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43);
}

std::string Faker::PrivateKeyBlock() {
  std::string kind(
      rng_.Pick({"RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"}));
  std::string s = "-----BEGIN " + kind + "-----\n";
  int lines = rng_.Range(4, 12);
  for (int i = 0; i < lines; ++i) s += rng_.Of(kBase64, 64) + "\n";
  s += rng_.Of(kBase64, 20 + rng_.Below(40)) + "==\n";
  return s + "-----END " + kind + "-----";
}

std::string Faker::Password() {
  static constexpr std::string_view kSymbols = "!#%*-_";
  std::string p = rng_.Of(kAlnum, static_cast<size_t>(rng_.Range(10, 18)));
  p[rng_.Below(p.size())] = kSymbols[rng_.Below(kSymbols.size())];
  p[rng_.Below(p.size())] = rng_.Digit();
  return p;
}

std::string Faker::UrlPassword() {
  // Inside a URL, RFC 3986 requires '#' and '%' in the userinfo to be percent-encoded.
  std::string out;
  for (char c : Password()) {
    if (c == '#') {
      out += "%23";
    } else if (c == '%') {
      out += "%25";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string Faker::ConfidentialMarker() {
  return std::string(rng_.Pick({"CONFIDENTIAL", "STRICTLY CONFIDENTIAL", "INTERNAL USE ONLY",
                                "COMPANY CONFIDENTIAL - DO NOT DISTRIBUTE",
                                "PRIVILEGED & CONFIDENTIAL", "ATTORNEY-CLIENT PRIVILEGED",
                                "Confidential - Internal Only", "NOT FOR DISTRIBUTION"}));
}

}  // namespace bench
