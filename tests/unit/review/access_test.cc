#include "review/access.h"

#include <gtest/gtest.h>

namespace deskbench::review {
namespace {

const std::string kToken(64, 'a');

RequestFacts Get(std::string host = "127.0.0.1:4242") {
  RequestFacts r;
  r.method = "GET";
  r.host = std::move(host);
  r.token_header = kToken;
  return r;
}

TEST(Access, TheTokenFromAnyOfItsPlaces) {
  Access a(kToken, 4242);
  EXPECT_FALSE(a.Refusal(Get()));
  RequestFacts r = Get();
  r.token_header.reset();
  EXPECT_TRUE(a.Refusal(r));
  r.token_param = kToken;
  EXPECT_FALSE(a.Refusal(r));
  r.token_param.reset();
  r.cookies = "theme=dark; deskbench_review_4242=" + kToken + "; other=1";
  EXPECT_FALSE(a.Refusal(r));
  // Another review page's cookie, a prefix of the token, an empty one: refused.
  r.cookies = "deskbench_review_4243=" + kToken;
  EXPECT_TRUE(a.Refusal(r));
  r.cookies = "deskbench_review_4242=" + kToken.substr(1);
  EXPECT_TRUE(a.Refusal(r));
  r.token_param = "";
  EXPECT_TRUE(a.Refusal(r));
}

TEST(Access, OnlyItsOwnLoopbackName) {
  Access a(kToken, 4242);
  EXPECT_FALSE(a.Refusal(Get("localhost:4242")));
  for (const char* host : {"evil.example:4242", "127.0.0.1", "127.0.0.1:4243", "",
                           "127.0.0.1:4242.evil.example", "[::1]:4242"}) {
    EXPECT_TRUE(a.Refusal(Get(host))) << host;
  }
}

TEST(Access, ChangesOnlyAsJsonFromThePage) {
  Access a(kToken, 4242);
  RequestFacts r = Get();
  r.method = "POST";
  EXPECT_TRUE(a.Refusal(r));
  r.content_type = "text/plain";
  EXPECT_TRUE(a.Refusal(r));
  r.content_type = "application/json";
  EXPECT_FALSE(a.Refusal(r));
  r.origin = "http://127.0.0.1:4242";
  EXPECT_FALSE(a.Refusal(r));
  r.origin = "http://evil.example";
  EXPECT_TRUE(a.Refusal(r));
  r.origin = "null";
  EXPECT_TRUE(a.Refusal(r));
}

TEST(Access, TheCookieIsStrictAndHidden) {
  Access a(kToken, 4242);
  EXPECT_EQ(a.SetCookie(),
            "deskbench_review_4242=" + kToken + "; Path=/; HttpOnly; SameSite=Strict");
  EXPECT_EQ(CookieValue(" a=1 ;b=2", "b"), "2");
  EXPECT_EQ(CookieValue("ab=1", "a"), "");
  EXPECT_EQ(CookieValue("", "a"), "");
}

}  // namespace
}  // namespace deskbench::review
