#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/engine.h"
#include "detect/validators/phone.h"

namespace deskbench {
namespace {

Policy Only(std::initializer_list<Entity> types) {
  Policy p;
  p.enabled.fill(false);
  for (Entity e : types) p.enabled[static_cast<size_t>(e)] = true;
  return p;
}

// The matched substrings of `text` for a policy enabling only `type`.
std::vector<std::string> Find(Entity type, std::string_view text, std::string_view hint = {}) {
  Engine engine(Only({type}));
  auto scanner = engine.NewScanner();
  std::vector<std::string> out;
  for (const Finding& f : scanner.Scan(text, hint)) {
    EXPECT_EQ(f.type, type);
    out.emplace_back(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

using Strings = std::vector<std::string>;

// ---- EMAIL ----

TEST(Email, FindsAddressesInProse) {
  EXPECT_EQ(
      Find(Entity::EMAIL, "Write to jane.doe+invoices@mail.example.co.uk, or J_Smith@Example.ORG."),
      (Strings{"jane.doe+invoices@mail.example.co.uk", "J_Smith@Example.ORG"}));
  EXPECT_EQ(Find(Entity::EMAIL, "<mailto:ops-team@xn--bcher-kva.example> (IDN)"),
            (Strings{"ops-team@xn--bcher-kva.example"}));
  EXPECT_EQ(Find(Entity::EMAIL, "user@sub.domain.xn--p1ai"), (Strings{"user@sub.domain.xn--p1ai"}));
}

// Spelled out against harvesters, with "at" and "dot" in brackets.
TEST(Email, SpelledOutAddresses) {
  EXPECT_EQ(
      Find(Entity::EMAIL, "Contact: jane.doe [at] acme [dot] com, or write to jane(at)acme.com."),
      (Strings{"jane.doe [at] acme [dot] com", "jane(at)acme.com"}));
  EXPECT_EQ(Find(Entity::EMAIL, "J.Smith {AT} mail {DOT} example {DOT} org"),
            (Strings{"J.Smith {AT} mail {DOT} example {DOT} org"}));
  for (std::string_view text : {"the [at] sign; meet (at) noon", "foo [at] bar",
                                "look at [dot] com", "x [at] host.123", "[at] example.com"}) {
    EXPECT_TRUE(Find(Entity::EMAIL, text).empty()) << text;
  }
}

TEST(Email, RejectsNearMisses) {
  EXPECT_TRUE(Find(Entity::EMAIL, "user@localhost and user@host.c and @handle").empty());
  EXPECT_TRUE(Find(Entity::EMAIL, "version 1.2@3.4 and a..b@example.com").empty());
  EXPECT_TRUE(Find(Entity::EMAIL, "git@github.com:org/repo is fine? x@y.123").size() == 1);
  EXPECT_TRUE(Find(Entity::EMAIL, "caf\xc3\xa9name@example.com").empty());
  // File names with an '@': retina images, TeX's \csname ver@array.sty\endcsname.
  EXPECT_TRUE(Find(Entity::EMAIL, "icon@2x.png, logo@3x.PNG, ver@array.sty, a@b.min.js").empty());
  // A file named after an address: the address, without the extension.
  EXPECT_EQ(Find(Entity::EMAIL, "open('/home/user/margaret.h@example.com.csv')"),
            (Strings{"margaret.h@example.com"}));
  EXPECT_TRUE(Find(Entity::EMAIL, "report@host.123.csv").empty());
  // Real top-level domains that are also extensions in some languages are still addresses.
  EXPECT_EQ(Find(Entity::EMAIL, "ana@empresa.com.py, ion@firma.md"),
            (Strings{"ana@empresa.com.py", "ion@firma.md"}));
}

TEST(Email, PasswordAndHostOfAUrlAreNoAddress) {
  // "user:password@host" closes a URL's credentials; the SECRET and URL rules own those bytes.
  for (std::string_view text : {
           "DATABASE_URL=postgres://app:pm0CT%w3KM1D7ovqB@db.internal:5432/app",
           "connecting to postgres://app:BoiEn1U*R8yEU8@db-01.internal:5432/crm",
           "mirror: https://svc_backup:Tq8r-Lw2x@files.example.com/repo.git",
           "amqp://guest:Gx7#pQ2m@rabbit.example.net:5672/",
       }) {
    EXPECT_TRUE(Find(Entity::EMAIL, text).empty()) << text;
  }
  // Addresses inside URLs without credentials, or after a URL on the same line, still count.
  EXPECT_EQ(Find(Entity::EMAIL, "https://example.com/unsubscribe?u=ana.lima@example.org"),
            (Strings{"ana.lima@example.org"}));
  EXPECT_EQ(Find(Entity::EMAIL, "see https://example.com/a:b then mail bo@example.net"),
            (Strings{"bo@example.net"}));
  EXPECT_EQ(Find(Entity::EMAIL, "mailto:ops:desk@example.com"), (Strings{"desk@example.com"}));
}

// ---- PHONE ----

TEST(Phone, ValidatorUsesRegionsInOrder) {
  std::vector<std::string> us = {"US"}, gb = {"GB"};
  EXPECT_TRUE(PhoneNumberValid("(415) 555-2671", us));
  EXPECT_FALSE(PhoneNumberValid("(123) 456-7890", us));
  EXPECT_TRUE(PhoneNumberValid("020 7946 0958", gb));
  EXPECT_FALSE(PhoneNumberValid("020 7946 0958", us));
  EXPECT_TRUE(PhoneNumberValid("+44 20 7946 0958", us));
  EXPECT_TRUE(PhoneNumberValid("0044 20 7946 0958", us));
  EXPECT_FALSE(PhoneNumberValid("+44 20 7946", us));
}

TEST(Phone, CandidateEndFollowsGroupsAndExtensions) {
  auto end = [](std::string_view s, size_t begin = 0) {
    return std::string(s.substr(begin, PhoneCandidateEnd(s, begin) - begin));
  };
  EXPECT_EQ(end("+44 (0)20 7946 0958, then"), "+44 (0)20 7946 0958");
  EXPECT_EQ(end("(415) 555-2671 ext. 12 ok"), "(415) 555-2671 ext. 12");
  EXPECT_EQ(end("415.555.2671. Next"), "415.555.2671");
  EXPECT_EQ(end("415-555-2671 xylophone"), "415-555-2671");
  EXPECT_EQ(end("415-555-2671 x1234567"), "415-555-2671");
  EXPECT_EQ(end("514 287-9787, poste 796."), "514 287-9787, poste 796");
  EXPECT_EQ(end("089 1234567, Durchwahl 12"), "089 1234567, Durchwahl 12");
  EXPECT_EQ(end("415--555"), "415");
  EXPECT_EQ(end("1234 5678 9012 3456 7890"), "");  // more than 15 digits
  EXPECT_EQ(end("abc"), "");
  EXPECT_EQ(end("+"), "");
  EXPECT_EQ(end("(12"), "");
  EXPECT_EQ(end("(01632) 960123"), "(01632) 960123");
  // The trunk prefix in parentheses right after the country code, as British, German and Dutch
  // numbers are often written.
  EXPECT_EQ(end("+44(0)1632 960 497."), "+44(0)1632 960 497");
  EXPECT_EQ(end("+49(0)30 1234567"), "+49(0)30 1234567");
  EXPECT_EQ(end("+4412(0)30"), "+4412");
  EXPECT_EQ(end("(016320) 960123"), "");
}

TEST(Phone, ShapeRejectsLookAlikes) {
  auto shape = [](std::string_view s) { return PhoneShapePlausible(s, 0, s.size()); };
  EXPECT_TRUE(shape("415-555-2671"));
  EXPECT_FALSE(shape("2024-01-15"));
  EXPECT_FALSE(shape("15.01.2024"));
  EXPECT_FALSE(shape("192.168.100.200"));
  EXPECT_FALSE(shape("123-456"));
  EXPECT_FALSE(shape("1234567890123456"));
  // A citation's year and article number; a parenthesised area code is not a year.
  EXPECT_FALSE(shape("(2005) 084903"));
  EXPECT_FALSE(shape("(1998) 1234567"));
  EXPECT_TRUE(shape("(0201) 123456"));
  EXPECT_TRUE(shape("(201) 555-0123"));
  std::string_view text = "INV-415-555-2671";
  EXPECT_FALSE(PhoneShapePlausible(text, 4, text.size()));
  text = "4111 415 555 2671";
  EXPECT_FALSE(PhoneShapePlausible(text, 5, text.size()));
}

TEST(Phone, FindsNationalAndInternationalNumbers) {
  EXPECT_EQ(Find(Entity::PHONE, "Call me at (415) 555-2671 or 415.555.2672 after 5pm."),
            (Strings{"(415) 555-2671", "415.555.2672"}));
  EXPECT_EQ(Find(Entity::PHONE, "London office: +44 20 7946 0958; Berlin +49 30 901820."),
            (Strings{"+44 20 7946 0958", "+49 30 901820"}));
  EXPECT_EQ(Find(Entity::PHONE, "UK mobile 07911 123456, switchboard 020 7946 0958 ext. 42"),
            (Strings{"07911 123456", "020 7946 0958 ext. 42"}));
  // An extension in another language: the number is judged without it, and found with it.
  EXPECT_EQ(Find(Entity::PHONE, "T\xC3\xA9l. : 514 287-9787, poste 796"),
            (Strings{"514 287-9787, poste 796"}));
  EXPECT_EQ(Find(Entity::PHONE, "Toll-free 1-800-555-0199, or +44 (0)20 7946 0958 in the UK"),
            (Strings{"1-800-555-0199", "+44 (0)20 7946 0958"}));
  EXPECT_EQ(Find(Entity::PHONE, "HQ +1 (415) 555-2671 x204, desk 415-555-2672 #12."),
            (Strings{"+1 (415) 555-2671 x204", "415-555-2672 #12"}));
  EXPECT_EQ(Find(Entity::PHONE, "Paris: +33 1 42 68 53 00"), (Strings{"+33 1 42 68 53 00"}));
  EXPECT_EQ(Find(Entity::PHONE, "Mobile +61.481.456.054 or 10.481.456.054"),
            (Strings{"+61.481.456.054"}));
  EXPECT_EQ(Find(Entity::PHONE, "Dial 0044 20 7946 0958 from abroad"),
            (Strings{"0044 20 7946 0958"}));
}

// A national number of a country outside the configured regions (US, GB) counts after a phone
// word on its line, in the languages of those countries; not when the word is on another line,
// comes after it, or the number has the shape of another kind of number.
TEST(Phone, OtherCountriesNationalNumbersAfterAPhoneWord) {
  EXPECT_EQ(Find(Entity::PHONE, "T\xC3\xA9l. : 01 42 68 53 00"), (Strings{"01 42 68 53 00"}));
  EXPECT_EQ(Find(Entity::PHONE, "Telefon: 030 1234567"), (Strings{"030 1234567"}));
  EXPECT_EQ(Find(Entity::PHONE, "contacter M. Benoit au 01.42.68.53.00"),
            (Strings{"01.42.68.53.00"}));
  EXPECT_TRUE(Find(Entity::PHONE, "01 42 68 53 00").empty());
  EXPECT_EQ(Find(Entity::PHONE, "Tel 030 1234567 a\nOrder 030 1234567"), (Strings{"030 1234567"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Order 030 1234567, call us").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "On the call: SSN 666-70-4757").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Phone plan 2016-2020").empty());
  // Unbroken, the same.
  EXPECT_EQ(Find(Entity::PHONE, "Please contact Megan at 0140920093 about it."),
            (Strings{"0140920093"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Please contact Megan about it.\n0140920093").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Please contact Megan about it.\nRef 0140920093").empty());
}

// An international number whose first digits its country's plan (as libphonenumber knows it)
// does not list is still a phone number when a phone word introduces it; not on its own.
TEST(Phone, LabelledInternationalNumbersNeedOnlyAPossibleLength) {
  EXPECT_EQ(Find(Entity::PHONE, "Phone: +39 937 11433856"), (Strings{"+39 937 11433856"}));
  EXPECT_EQ(Find(Entity::PHONE, "Call me back on +55 11 9284-4911."),
            (Strings{"+55 11 9284-4911"}));
  EXPECT_EQ(Find(Entity::PHONE, "Tel. +44(0)1632 960 497"), (Strings{"+44(0)1632 960 497"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Reading +39 937 11433856 as a number").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Phone: +39 9").empty());  // too short
  // Failing closed: labelled and written as a phone number, it is one though no country has the
  // code (mistyped, or invented for a test), or no plan the national number.
  EXPECT_EQ(Find(Entity::PHONE, "Phone: +999 1234 5678 901"), (Strings{"+999 1234 5678 901"}));
  EXPECT_EQ(Find(Entity::PHONE, "Can we talk? My number is 0976 127 7671."),
            (Strings{"0976 127 7671"}));
  EXPECT_EQ(Find(Entity::PHONE, "She rang from 0339806496 twice"), (Strings{"0339806496"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Reading +999 1234 5678 901 as a number").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Ref 0976 127 7671").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Phone: 00 1234 5678").empty());  // no trunk prefix 0 alone
}

TEST(Phone, UnbrokenDigitsNeedAPhoneWord) {
  EXPECT_EQ(Find(Entity::PHONE, "tel: 4155552671"), (Strings{"4155552671"}));
  EXPECT_EQ(Find(Entity::PHONE, "4155552671", "Mobile"), (Strings{"4155552671"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Total 4155552671 units").empty());
  // With the word in the text the number must also be valid.
  EXPECT_TRUE(Find(Entity::PHONE, "tel: 1115552671").empty());
}

TEST(Phone, ContextRaisesScore) {
  Engine engine(Only({Entity::PHONE}));
  auto scanner = engine.NewScanner();
  auto plain = scanner.Scan("Call 415-555-2671 today");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_GE(plain[0].score, 0.9f);
  auto bare = scanner.Scan("Notes 415-555-2671 today");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_LT(bare[0].score, 0.9f);
  EXPECT_GE(bare[0].score, 0.5f);
}

TEST(Phone, NumberNamedByWhatItReaches) {
  // "number" alone may introduce a policy or member number; a word before it says which.
  EXPECT_EQ(Find(Entity::PHONE, "My US number is (415) 555-0132, and my"),
            (Strings{"(415) 555-0132"}));
  EXPECT_EQ(Find(Entity::PHONE, "Home number: 020 7946 0958"), (Strings{"020 7946 0958"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Policy number 415 555 0132 renewed").empty());
  // The phone word belongs to the number after it, not to one further on.
  EXPECT_EQ(Find(Entity::PHONE, "Direct line: 617.388.9124. Checking account no. 4084342301."),
            (Strings{"617.388.9124"}));
  EXPECT_EQ(Find(Entity::PHONE, "Order ORD-96442496 for reference. Direct line: +61 402 236 823."),
            (Strings{"+61 402 236 823"}));
}

TEST(Phone, ALabelRightBeforeTakesAnotherPlansNumberWithoutItsTrunkPrefix) {
  // Spanish and Mexican numbers have no trunk 0; with the word right before them they are taken.
  EXPECT_EQ(Find(Entity::PHONE, "My number is 612345678."), (Strings{"612345678"}));
  EXPECT_EQ(Find(Entity::PHONE, "Vanessa rang from 5512345678 about it"), (Strings{"5512345678"}));
  // A digit between the word and the number, or no word: an order or an amount.
  EXPECT_TRUE(Find(Entity::PHONE, "Call log 2024: 612345678").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Invoice total 612345678 EUR").empty());
  // A number that no plan without a trunk prefix accepts is still refused.
  EXPECT_TRUE(Find(Entity::PHONE, "My number is 1115552671.").empty());
  // Danish and Norwegian numbers are eight digits, written unbroken after "Tlf." or "Mob.".
  EXPECT_EQ(Find(Entity::PHONE, "Tlf. 21182958"), (Strings{"21182958"}));
  EXPECT_EQ(Find(Entity::PHONE, "Mobil: 41234567"), (Strings{"41234567"}));
  EXPECT_EQ(Find(Entity::PHONE, "21182958", "Telefon"), (Strings{"21182958"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Build 20240115 was released.").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Call log 20240115").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Call us about order 21182958.").empty());
  // A medical record's next of kin: the number after the name is theirs.
  EXPECT_EQ(Find(Entity::PHONE, "Next of kin: Eubert Andre, 0462902387"), (Strings{"0462902387"}));
  // A signature's one- or two-letter labels, in capitals right before the number.
  EXPECT_EQ(Find(Entity::PHONE, "Senior Associate\nDD: 0462 902 387 | M: 07700 900461"),
            (Strings{"0462 902 387", "07700 900461"}));
  EXPECT_EQ(Find(Entity::PHONE, "Marie Dubois\nT. 06 12 34 56 78"), (Strings{"06 12 34 56 78"}));
  EXPECT_TRUE(Find(Entity::PHONE, "Section P. 12 34 56 78 90 is long").empty());
  EXPECT_TRUE(Find(Entity::PHONE, "Part AM: 0462 902 387 units").empty());
}

TEST(Phone, NoFalseHitsOnOtherNumbers) {
  const char* texts[] = {
      "Upgraded to version 1.2.3.4 and 10.20.30.40 on 2024-01-15 (15/01/2024).",
      "Invoice total $1,234,567.89 paid 2023-12-31.",
      "Order 415-555-2671 shipped; invoice INV-2024-00123; ref 020 7946 0958.",
      "UUID 550e8400-e29b-41d4-a716-446655440000 and 123e4567-e89b-12d3-a456-426614174000",
      "ISBN 978-3-16-148410-0 and ISBN 0-306-40615-2",
      "Server at 192.168.100.200 and 10.0.0.1",
      "Card 4111 1111 1111 1111 and account 123456789012",
      "Dated 15.01.2024 and 2024.01.15 and 01-15-2024",
      "Sum of 12 345 678 items",
      "Hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
  };
  for (const char* t : texts) EXPECT_EQ(Find(Entity::PHONE, t), Strings{}) << t;
}

// ---- URL ----

TEST(Url, PlainUrlsScoreModerately) {
  Engine engine(Only({Entity::URL}));
  auto scanner = engine.NewScanner();
  std::string text =
      "See https://example.com/docs/page?id=7#top, www.example.org/about. "
      "(Also ftp://files.example.net/pub/x.tar.gz).";
  auto found = scanner.Scan(text);
  std::vector<std::string> spans;
  for (const auto& f : found) {
    spans.emplace_back(text.substr(f.begin, f.end - f.begin));
    EXPECT_EQ(f.recognizer, "url");
    EXPECT_NEAR(f.score, 0.6f, 1e-6);
  }
  EXPECT_EQ(spans, (Strings{"https://example.com/docs/page?id=7#top", "www.example.org/about",
                            "ftp://files.example.net/pub/x.tar.gz"}));
}

TEST(Url, NestedUrlsAndTrailingBrackets) {
  EXPECT_EQ(Find(Entity::URL, "go to www.example.com/r?u=https://other.example/x today"),
            (Strings{"www.example.com/r?u=https://other.example/x"}));
  std::string closers = "see (https://example.com/a" + std::string(5000, ')') + " ok";
  EXPECT_EQ(Find(Entity::URL, closers), (Strings{"https://example.com/a"}));
}

TEST(Url, KeepsBalancedParentheses) {
  EXPECT_EQ(Find(Entity::URL, "[wiki](https://en.wikipedia.org/wiki/Foo_(bar)) end"),
            (Strings{"https://en.wikipedia.org/wiki/Foo_(bar)"}));
}

TEST(Url, CredentialsAndTokensScoreHigh) {
  Engine engine(Only({Entity::URL}));
  auto scanner = engine.NewScanner();
  for (std::string url :
       {"https://admin:s3cret@db.example.com:5432/prod",
        "https://api.example.com/v1/items?limit=5&access_token=abc123",
        "https://example.com/cb?token=xyz", "https://maps.example.com/api?api_key=AIzaSyD",
        "https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Signature=0a1b2c",
        "https://files.example.com/f?sv=2020&sig=abcd%2Bef",
        "https://ghp_W3nP8qL2xZ7mK4vR9tY1bC6hJ5dS0gAeFuQo@github.com/acme/tool.git",
        "https://3f9a1c7e2b8d4f6a0c5e9b1d7a3f8c2e6b0d4a9f@github.com/acme/tool.git"}) {
    std::string text = "Open " + url + " now";
    auto found = scanner.Scan(text);
    ASSERT_EQ(found.size(), 1u) << url;
    EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), url);
    EXPECT_EQ(found[0].recognizer, "url_with_credentials") << url;
    EXPECT_GE(found[0].score, 0.9f);
  }
  // A user name alone, or an empty token, is not a credential.
  for (std::string url :
       {"https://user@example.com/x", "https://firstname.lastname.contractor@example.com/x",
        "https://john-smith-2023-contractor@example.com/x",
        "https://jsmith2023contractor@example.com/x",
        "https://example.com/?token=", "https://example.com/?tokenizer=bpe"}) {
    auto found = scanner.Scan(url);
    ASSERT_EQ(found.size(), 1u) << url;
    EXPECT_EQ(found[0].recognizer, "url") << url;
  }
}

TEST(Url, TypographicQuotesEndAUrl) {
  EXPECT_EQ(Find(Entity::URL,
                 "see \xe2\x80\x98http://x.org/spec\xe2\x80\x99 and "
                 "\xe2\x80\x9chttp://y.org/a.\xe2\x80\x9d or \xc2\xabhttp://z.org/\xc2\xbb"),
            (Strings{"http://x.org/spec", "http://y.org/a", "http://z.org/"}));
}

// Profiles written without a scheme, as CVs and signatures write them; only hosts whose paths are
// people's handles ("github.com/org/repo" is a Go import as often).
TEST(Url, ProfilesWithoutAScheme) {
  EXPECT_EQ(Find(Entity::URL, "jane.doe@gmail.com | linkedin.com/in/janedoe | Chicago"),
            (Strings{"linkedin.com/in/janedoe"}));
  EXPECT_EQ(Find(Entity::URL, "Follow twitter.com/jdoe, x.com/jdoe and medium.com/@jdoe."),
            (Strings{"twitter.com/jdoe", "x.com/jdoe", "medium.com/@jdoe"}));
  EXPECT_EQ(Find(Entity::URL, "see https://x.com/jdoe"), (Strings{"https://x.com/jdoe"}));
  EXPECT_TRUE(Find(Entity::URL, "import github.com/pkg/errors; max.com/foo; box.com/bar").empty());
}

TEST(Url, RejectsNonUrls) {
  EXPECT_TRUE(
      Find(Entity::URL, "https:// nothing, www. dot, http://-bad/ and wwwexample.com").empty());
  EXPECT_TRUE(
      Find(Entity::URL, "www.?token=x, http://www.92/, http://a..b.com, http://x.c/").empty());
  EXPECT_EQ(Find(Entity::URL, "http://192.168.1.20:8080/admin and http://localhost:3000/"),
            (Strings{"http://192.168.1.20:8080/admin", "http://localhost:3000/"}));
}

// ---- IP_ADDRESS ----

TEST(IpAddress, FindsIpv4) {
  EXPECT_EQ(
      Find(Entity::IP_ADDRESS, "Login from 203.0.113.45 and 10.0.0.1:8080; gw 192.168.1.254."),
      (Strings{"203.0.113.45", "10.0.0.1", "192.168.1.254"}));
}

TEST(IpAddress, RejectsIpv4LookAlikes) {
  const char* texts[] = {"version 1.2.3.4", "v1.2.3.4", "build 10.0.19041.1", "256.1.1.1",
                         "1.2.3.4.5",       "0.0.0.0",  "01.02.03.04",        "2024.01.15",
                         "1.2.3",           "a1.2.3.4"};
  for (const char* t : texts) EXPECT_EQ(Find(Entity::IP_ADDRESS, t), Strings{}) << t;
}

TEST(IpAddress, SectionNumbersAreNotAddressesUnlessSaidSo) {
  EXPECT_EQ(Find(Entity::IP_ADDRESS, "2.2.2.1 Configuration\n2.2.2.2 Running cobc"), Strings{});
  EXPECT_EQ(Find(Entity::IP_ADDRESS, "Set the DNS server to 9.9.9.9 first."), (Strings{"9.9.9.9"}));
}

TEST(IpAddress, FindsIpv6InAllForms) {
  EXPECT_EQ(Find(Entity::IP_ADDRESS, "host 2001:0db8:85a3:0000:0000:8a2e:0370:7334 up"),
            (Strings{"2001:0db8:85a3:0000:0000:8a2e:0370:7334"}));
  EXPECT_EQ(
      Find(Entity::IP_ADDRESS, "peer 2001:db8::8a2e:370:7334, link fe80::1ff:fe23:4567:890a%eth0"),
      (Strings{"2001:db8::8a2e:370:7334", "fe80::1ff:fe23:4567:890a%eth0"}));
  EXPECT_EQ(Find(Entity::IP_ADDRESS, "mapped ::ffff:192.0.2.128 here"),
            (Strings{"::ffff:192.0.2.128"}));
  EXPECT_EQ(Find(Entity::IP_ADDRESS, "url http://[2001:db8::1]:8443/x"), (Strings{"2001:db8::1"}));
  EXPECT_EQ(Find(Entity::IP_ADDRESS, "ends with 2001:db8:0:0:1::1: done"),
            (Strings{"2001:db8:0:0:1::1"}));
}

TEST(IpAddress, RejectsIpv6LookAlikes) {
  const char* texts[] = {"std::string and a::b::c",
                         "a::b",
                         "dead::beef",
                         "Foo::add",
                         "at 12:30:45 today",
                         "loopback ::1 and ::",
                         "mac 00:1a:2b:3c:4d:5e",
                         "1:2:3:4:5:6:7:8:9",
                         "Note: see ratio 3:2",
                         "2001:db8:::1"};
  for (const char* t : texts) EXPECT_EQ(Find(Entity::IP_ADDRESS, t), Strings{}) << t;
}

// ---- MAC_ADDRESS ----

TEST(MacAddress, FindsAllThreeForms) {
  EXPECT_EQ(Find(Entity::MAC_ADDRESS,
                 "eth0 00:1A:2B:3C:4D:5E, wlan 00-1a-2b-3c-4d-5f, sw 001a.2b3c.4d60."),
            (Strings{"00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5f", "001a.2b3c.4d60"}));
}

TEST(MacAddress, RejectsLookAlikes) {
  const char* texts[] = {"00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "00:1A:2B:3C:4D:5E:6F",
                         "00:1A-2B:3C:4D:5E", "1234.5678.9012",    "2001:db8::1a:2b",
                         "12:34:56"};
  for (const char* t : texts) EXPECT_EQ(Find(Entity::MAC_ADDRESS, t), Strings{}) << t;
  EXPECT_EQ(Find(Entity::MAC_ADDRESS, "MAC 1234.5678.9012"), (Strings{"1234.5678.9012"}));
}

// ---- Robustness ----

TEST(Contact, PathologicalInputsStayBounded) {
  Engine engine(
      Only({Entity::EMAIL, Entity::PHONE, Entity::URL, Entity::IP_ADDRESS, Entity::MAC_ADDRESS}));
  auto scanner = engine.NewScanner();
  std::string colons(100000, ':');
  std::string digits;
  for (int i = 0; i < 20000; ++i) digits += "12 ";
  std::string dots;
  for (int i = 0; i < 20000; ++i) dots += "1.";
  std::string ats = std::string(50000, 'a') + "@" + std::string(50000, 'b');
  std::string url = "https://example.com/" + std::string(100000, 'x');
  for (const std::string* s : {&colons, &digits, &dots, &ats}) {
    EXPECT_TRUE(scanner.Scan(*s).empty());
  }
  // A URL is taken to be at most 8 KiB long.
  auto found = scanner.Scan(url);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].end - found[0].begin, 8192u);
  std::string nested;
  for (int i = 0; i < 20000; ++i) nested += "http://";
  EXPECT_EQ(scanner.Scan(nested).size(), 0u);
  std::string junk;
  for (int i = 0; i < 65536; ++i) junk.push_back(static_cast<char>((i * 131) ^ (i >> 3)));
  scanner.Scan(junk);
}

}  // namespace
}  // namespace deskbench
