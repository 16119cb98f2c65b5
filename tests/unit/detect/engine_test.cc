#include "detect/engine.h"

#include <gtest/gtest.h>

#include <thread>

namespace deskbench {
namespace {

std::vector<std::string> Texts(std::string_view text, const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

Policy DenyOnly(std::vector<std::string> deny) {
  Policy p;
  p.enabled.fill(false);
  p.enabled[static_cast<size_t>(Entity::USER_TERM)] = true;
  p.deny = std::move(deny);
  return p;
}

TEST(Engine, DenyTermsMatchCaseInsensitivelyAsWholeWords) {
  Engine engine(DenyOnly({"Acme Corp", "Bluebird"}));
  auto scanner = engine.NewScanner();
  std::string text =
      "ACME CORP's plan: project bluebird, Bluebirds, jane@acmecorp.com, acme-corp.io; "
      "not Bluebirdy or xBluebird.";
  auto found = Texts(text, scanner.Scan(text));
  EXPECT_EQ(found, (std::vector<std::string>{"ACME CORP", "bluebird", "Bluebird", "acmecorp",
                                             "acme-corp"}));
  for (const auto& f : scanner.Scan(text)) {
    EXPECT_EQ(f.type, Entity::USER_TERM);
    EXPECT_EQ(f.recognizer, "deny_list");
  }
}

// Names() gives what the name finder found in the last text; a second Scan given them takes them
// instead of looking again, and applies thresholds and overlaps to them as to its own.
TEST(Engine, NamesOfOneScanServeTheNext) {
  Engine engine{Policy{}};
  auto scanner = engine.NewScanner();
  const std::string text = "Please ask Margaret Thompson in Virginia Beach, jdoe@example.org.";
  const std::vector<std::string> looked = Texts(text, scanner.Scan(text));
  const std::vector<Finding> names = scanner.Names();
  ASSERT_FALSE(names.empty());
  for (const Finding& f : names) {
    EXPECT_TRUE(f.type == Entity::PERSON || f.type == Entity::ORGANIZATION ||
                f.type == Entity::LOCATION);
  }
  EXPECT_EQ(Texts(text, scanner.Scan(text, {}, names)), looked);
  // Given other names, it reports those: it did not look for itself.
  const std::vector<Finding> other = {{Entity::PERSON, 7, 10, 0.9f, "name_gazetteer"}};
  EXPECT_EQ(Texts(text, scanner.Scan(text, {}, other)),
            (std::vector<std::string>{"ask", "jdoe@example.org"}));
  EXPECT_EQ(scanner.Names().size(), 1u);
}

// A scanner remembers what its short texts gave: a repeat gives the same, and neither another
// hint, a text that only joins hint and text the other way, nor the memory filling up mixes them.
TEST(Engine, RepeatedTextsGiveWhatTheyGaveBefore) {
  Engine engine{Policy{}};
  auto scanner = engine.NewScanner();
  auto scan = [&](std::string_view text, std::string_view hint) {
    std::vector<std::string> out;
    for (const Finding& f : scanner.Scan(text, hint)) {
      out.push_back(std::string(EntityName(f.type)) + ":" +
                    std::string(text.substr(f.begin, f.end - f.begin)));
    }
    return out;
  };
  const auto zip = scan("94105", "ZIP code");
  ASSERT_EQ(zip, (std::vector<std::string>{"STREET_ADDRESS:94105"}));
  EXPECT_TRUE(scan("94105", "Amount").empty());
  EXPECT_EQ(scan("94105", "ZIP code"), zip);
  // Hint and text joined would be the same bytes: what a fresh scanner finds, not the ZIP code.
  auto fresh = engine.NewScanner();
  const std::vector<Finding> joined = fresh.Scan("ZIP code94105", "");
  EXPECT_EQ(scanner.Scan("ZIP code94105", ""), joined);
  const std::string sentence = "Call Margaret Thompson on +1 212 555 0199.";
  const auto first = scan(sentence, "");
  const std::vector<Finding> names = scanner.Names();
  ASSERT_FALSE(first.empty());
  for (int i = 0; i < 20000; ++i) scan("row " + std::to_string(i), "Note");
  EXPECT_EQ(scan(sentence, ""), first);
  EXPECT_EQ(scanner.Names(), names);
  EXPECT_EQ(scan(sentence, ""), first);  // from memory this time
  EXPECT_EQ(scanner.Names(), names);
}

TEST(Engine, AllowListSuppressesExactValues) {
  Policy p = DenyOnly({"Bluebird"});
  p.allow = {"bluebird"};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  EXPECT_TRUE(scanner.Scan("Bluebird").empty());
}

TEST(Engine, ThresholdFiltersLowScores) {
  Policy p;
  p.enabled.fill(false);
  p.enabled[static_cast<size_t>(Entity::PERSON)] = true;
  p.terms = {{"jane doe", Entity::PERSON, 0.4f}};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  // Lower case, so that only the term can match (the name finder wants capitals).
  EXPECT_TRUE(scanner.Scan("jane doe").empty());
}

// Short texts go through one database of every pattern, longer ones through a database per
// shape: which way a text goes must never change what is found in it.
TEST(Engine, ShortAndLongTextsFindTheSame) {
  Engine engine{Policy{}};
  auto scanner = engine.NewScanner();
  const std::vector<std::string> samples = {
      "Email jane.doe@example.org or call +44 20 7946 0958.",
      "SSN 536-22-8470, card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32.",
      "AKIAIOSFODNN7QWERTYU and ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
      "Server 192.168.10.24, MAC 00:1A:2B:3C:4D:5E, https://user:hunter22@db.example.com/x",
      "Dear Margaret Okafor, CONFIDENTIAL. Born 14/03/1987. 221B Baker Street, London NW1 6XE",
      "password = \"Zq8#vL2!mK9@pR4t\"",
      "Ann",
  };
  for (const std::string& sample : samples) {
    const std::vector<Finding> short_found = scanner.Scan(sample);
    std::string padded = sample + std::string(2048, ' ');
    const std::vector<Finding>& long_found = scanner.Scan(padded);
    ASSERT_EQ(short_found.size(), long_found.size()) << sample;
    for (size_t i = 0; i < short_found.size(); ++i) {
      EXPECT_EQ(short_found[i].type, long_found[i].type) << sample;
      EXPECT_EQ(short_found[i].begin, long_found[i].begin) << sample;
      EXPECT_EQ(short_found[i].end, long_found[i].end) << sample;
      EXPECT_EQ(short_found[i].recognizer, long_found[i].recognizer) << sample;
    }
  }
  // And the samples are found at all, so the comparison compares something.
  std::string all;
  for (const std::string& sample : samples) all += sample + "\n";
  EXPECT_GE(scanner.Scan(all).size(), 15u);
}

TEST(Engine, ScannersWorkFromManyThreads) {
  Engine engine(DenyOnly({"Bluebird"}));
  std::vector<std::thread> threads;
  std::atomic<int> total{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      auto scanner = engine.NewScanner();
      for (int i = 0; i < 1000; ++i) total += static_cast<int>(scanner.Scan("a Bluebird b").size());
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(total.load(), 4000);
}

TEST(Engine, EmptyAndBinaryTextNeverCrash) {
  Engine engine(Policy{});
  auto scanner = engine.NewScanner();
  EXPECT_TRUE(scanner.Scan("").empty());
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>(i * 37));
  scanner.Scan(junk);
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(Engine, ContainingFindingWinsAndPartialOverlapsLeaveNothingUncovered) {
  Policy p;
  p.enabled.fill(false);
  p.enabled[static_cast<size_t>(Entity::USER_TERM)] = true;
  p.enabled[static_cast<size_t>(Entity::PERSON)] = true;
  p.builtin = false;
  // "acme" lies inside "jane acme"; "doe x" overlaps "x ray" partly.
  p.terms = {{"acme", Entity::USER_TERM, 1.0f},
             {"jane acme", Entity::PERSON, 0.9f},
             {"doe x", Entity::PERSON, 0.9f},
             {"x ray", Entity::USER_TERM, 1.0f}};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  std::string text = "jane acme; doe x ray";
  auto found = Texts(text, scanner.Scan(text));
  EXPECT_EQ(found, (std::vector<std::string>{"jane acme", "doe ", "x ray"}));
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(Engine, ReversedNameVariantDoesNotSpanTwoNamesOfAList) {
  Policy p;
  p.builtin = false;
  p.terms = {{"Walker, Sarah", Entity::PERSON, 0.9f}};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  EXPECT_TRUE(scanner.Scan("Attendees: Grace Walker, Sarah Byrne").empty());
  std::string alone = "Signed: Walker, Sarah.";
  EXPECT_EQ(Texts(alone, scanner.Scan(alone)), (std::vector<std::string>{"Walker, Sarah"}));
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(Engine, PropagatedSingleWordNamesMustBeCapitalised) {
  Policy p;
  p.builtin = false;
  p.terms = {{"Login", Entity::PERSON, 0.9f}, {"jane.doe", Entity::PERSON, 0.9f}};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  std::string text = "last_login_ip for Login; LOGIN; mail jane.doe@example.org";
  EXPECT_EQ(Texts(text, scanner.Scan(text)),
            (std::vector<std::string>{"Login", "LOGIN", "jane.doe"}));
}

// "MISC_LEN = 7" after "Len Tower" was named: an identifier, not the given name; a deny-list
// term is still found there.
TEST(Engine, PropagatedSingleWordNamesAreNotPartsOfIdentifiers) {
  Policy p;
  p.builtin = false;
  p.terms = {{"Len", Entity::PERSON, 0.9f}, {"Globex", Entity::USER_TERM, 1.0f}};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  std::string text = "MISC_LEN = 7; LEN_MAX; GLOBEX_KEY; ask Len.";
  EXPECT_EQ(Texts(text, scanner.Scan(text)), (std::vector<std::string>{"GLOBEX", "Len"}));
  // Nor joined by a hyphen to another word: "Diffie-Hellman" after Martin Hellman was named.
  Policy h;
  h.builtin = false;
  h.terms = {{"Hellman", Entity::PERSON, 0.9f}};
  Engine hellman(h);
  auto s2 = hellman.NewScanner();
  std::string kx = "Diffie-Hellman key exchange, Hellman-style; by Hellman - 1976";
  EXPECT_EQ(Texts(kx, s2.Scan(kx)), (std::vector<std::string>{"Hellman"}));
}

// "VESA" after Vesa Karvonen was named, "ADA" after Ada Lovelace: a one-word name written in
// capitals no longer than an acronym is one; a longer one, a deny-list term or an organisation
// is still found.
TEST(Engine, PropagatedSingleWordNamesInCapitalsOfAnAcronymsLength) {
  Policy p;
  p.builtin = false;
  p.terms = {{"Vesa", Entity::PERSON, 0.9f},
             {"Ada", Entity::PERSON, 0.9f},
             {"Karvonen", Entity::PERSON, 0.9f},
             {"Kiwi", Entity::USER_TERM, 1.0f},
             {"Acme", Entity::ORGANIZATION, 0.9f}};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  std::string text = "VESA mount; ADA rules; ask Vesa or Ada; KARVONEN; KIWI; ACME";
  EXPECT_EQ(Texts(text, scanner.Scan(text)),
            (std::vector<std::string>{"Vesa", "Ada", "KARVONEN", "KIWI", "ACME"}));
}

// A deny-list term is found in its plural ("Globexes"); a learned name only with a possessive:
// "Davis" is no plural of the given name "Davi".
TEST(Engine, PluralEndingsFollowTermsButNotNames) {
  Policy p;
  p.builtin = false;
  p.terms = {{"Davi", Entity::PERSON, 0.9f}, {"Globex", Entity::USER_TERM, 1.0f}};
  Engine engine(p);
  auto scanner = engine.NewScanner();
  std::string text = "Davis_preprint by Davi; Davi's notes; Globexes and Globex";
  EXPECT_EQ(Texts(text, scanner.Scan(text)),
            (std::vector<std::string>{"Davi", "Davi", "Globex", "Globex"}));
}

}  // namespace
}  // namespace deskbench
