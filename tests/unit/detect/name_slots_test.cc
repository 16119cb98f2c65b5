// Names nobody listed, found by where they stand: email headers, display names, labels, signature
// lines, greetings, checklists and tables read as text. All names here are made up for the tests.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "detect/engine.h"
#include "detect/names/slots.h"

namespace deskbench {
namespace {

Policy NamesOnly() {
  Policy p;
  p.enabled.fill(false);
  for (Entity e : {Entity::PERSON, Entity::ORGANIZATION, Entity::LOCATION}) {
    p.enabled[static_cast<size_t>(e)] = true;
  }
  return p;
}

struct Hit {
  std::string text;
  float score;
};

std::vector<Hit> People(std::string_view text, std::string_view hint = {}) {
  static const Engine engine(NamesOnly());
  auto scanner = engine.NewScanner();
  std::vector<Hit> out;
  for (const Finding& f : scanner.Scan(text, hint)) {
    if (f.type == Entity::PERSON) {
      out.push_back({std::string(text.substr(f.begin, f.end - f.begin)), f.score});
    }
  }
  return out;
}

std::vector<std::string> Texts(const std::vector<Hit>& hits) {
  std::vector<std::string> out;
  for (const Hit& h : hits) out.push_back(h.text);
  return out;
}

using Strings = std::vector<std::string>;

// Strong enough to seed the identity book (pass 1 takes PERSON findings at 0.8 and above).
void ExpectSeeds(const std::vector<Hit>& hits) {
  for (const Hit& h : hits) EXPECT_GE(h.score, 0.8f) << h.text;
}

TEST(NameSlots, EmailHeadersAndDisplayNames) {
  auto hits = People(
      "From: Quorvane Tilsbeck <qt@example.com>\n"
      "To: Ardeth Vonnemar <ardeth.v@example.org>, \"Isolde Praxmoor\" <ip@example.net>\n"
      "Cc: Melkor Dastridge <md@example.com>\n"
      "Subject: Budget\n");
  EXPECT_EQ(Texts(hits), (Strings{"Quorvane Tilsbeck", "Ardeth Vonnemar", "Isolde Praxmoor",
                                  "Melkor Dastridge"}));
  ExpectSeeds(hits);
}

TEST(NameSlots, KnownSurnameAfterAnUnlistedGivenName) {
  auto hits = People("From: Zephrine Okafor <zo@example.com>\n");
  EXPECT_EQ(Texts(hits), (Strings{"Zephrine Okafor"}));
  ExpectSeeds(hits);
}

TEST(NameSlots, PersonLabels) {
  auto hits = People(
      "Prepared by: Ysolde Kartavian\n"
      "Owner: Brannoch Tiellow\n"
      "// Maintainer: Quorvane Tilsbeck\n"
      "Attendees: Orvald Pensky, Trinka Gallowmere (Finance), Dravik Omenthal\n"
      "{\"id\": 7, \"name\": \"Ardeth Vonnemar\", \"team\": \"Ops\"}\n");
  EXPECT_EQ(Texts(hits),
            (Strings{"Ysolde Kartavian", "Brannoch Tiellow", "Quorvane Tilsbeck", "Orvald Pensky",
                     "Trinka Gallowmere", "Dravik Omenthal", "Ardeth Vonnemar"}));
  ExpectSeeds(hits);
}

TEST(NameSlots, SignatureSpeakerAndBillTo) {
  auto hits = People(
      "The numbers look right.\n\nBest regards,\nTessaly Vornhagen\nAccount Manager\n\n"
      "Dravik Omenthal: we agreed to ship on Friday.\n\n"
      "Bill to:\nBrannoch Tiellow\n");
  EXPECT_EQ(Texts(hits), (Strings{"Tessaly Vornhagen", "Dravik Omenthal", "Brannoch Tiellow"}));
  ExpectSeeds(hits);
}

// A small town's name before a name in a slot is a given name the lists lack ("Shashi" and "Moa"
// are towns of the gazetteer); a town before an everyday word is still no person.
TEST(NameSlots, TownNamesAsGivenNames) {
  EXPECT_EQ(Texts(People("Attendees: Shashi Prajapat, Moa S\xC3\xB6"
                         "derberg\n")),
            (Strings{"Shashi Prajapat",
                     "Moa S\xC3\xB6"
                     "derberg"}));
  EXPECT_TRUE(People("Owner: Boston Team\nAttendees: Paris Operations, London Office\n").empty());
}

TEST(NameSlots, GreetingsAndChecklists) {
  EXPECT_EQ(Texts(People("Hi Quorvane,\n\nThe draft is attached.\n")), (Strings{"Quorvane"}));
  EXPECT_EQ(Texts(People("Dear Tessaly,\n")), (Strings{"Tessaly"}));
  // A short message starts on the greeting's line.
  EXPECT_EQ(Texts(People("Hi Quorvane, can you call me back?\n")), (Strings{"Quorvane"}));
  EXPECT_EQ(Texts(People("Hello Tessaly! The draft is attached.\n")), (Strings{"Tessaly"}));
  EXPECT_TRUE(People("Hi Team, the build is green.\nHello World, this is a test.\n").empty());
  EXPECT_TRUE(People("Hi there, thanks. Hi All, see below.\n").empty());
  EXPECT_TRUE(People("Hi Quorvane and the rest.\n").empty());
  EXPECT_EQ(Texts(People("## Action Items\n- [ ] Ysolde to send the draft\n"
                         "- [ ] Tobias to book the room\n")),
            (Strings{"Ysolde", "Tobias"}));
}

TEST(NameSlots, UnlistedNamesInProseNeedACue) {
  EXPECT_EQ(Texts(People("I spoke with Quorvane Tilsbeck about the handover.\n")),
            (Strings{"Quorvane Tilsbeck"}));
  EXPECT_EQ(Texts(People("Any questions? Ardeth Vonnemar will lead the workstream.\n")),
            (Strings{"Ardeth Vonnemar"}));
  EXPECT_EQ(Texts(People("Audit done. Isolde Praxmoor was born on 2 May 1980.\n")),
            (Strings{"Isolde Praxmoor"}));
  EXPECT_TRUE(People("The Zentrix Vorlax release is late.\n").empty());
  EXPECT_TRUE(People("Then Zentrix Vorlax was bought.\n").empty());
}

TEST(NameSlots, NotPeopleInStrongPlaces) {
  const char* texts[] = {
      "From: Finance Team <finance@example.com>\n",
      "To: Customer Support <support@example.com>\n",
      "From: Zentrix <noreply@example.com>\n",
      "Owner: Platform Engineering\n",
      "Project Phoenix\n\nQuarterly Report\n",
      "Subject: Project Phoenix Kickoff\n",
      "Thanks,\nAcme Holdings Ltd\n",
      "Best regards,\nThe Operations Team\n",
      "Best regards,\nSales Operations\n",
      "Hi Team,\n",
      "Dear Customer,\n",
      "Hi All,\n",
      "- Kestrel will ship in March\n",
      "- [ ] Legal to review the contract\n",
      "Attendees: Legal, Finance, Sales\n",
      "Agenda: Product Roadmap, Budget Review\n",
      "- Recognizers: `name_slot`\n",
      "Status Update: Project Phoenix\n",
      "Location: Paris\n",
      "Prepared for: Board of Directors\n",
  };
  for (const char* t : texts) EXPECT_TRUE(People(t).empty()) << t;
}

TEST(NameSlots, TableReadAsText) {
  std::string csv =
      "id,first_name,last_name,product_name,city\n"
      "7,Quorvane,Tilsbeck,Zentrix Turbo,Dublin\n"
      "8,Ardeth,\"Vonnemar\",\"Vorlax, Pro\",Lyon\n";
  EXPECT_EQ(Texts(People(csv)), (Strings{"Quorvane", "Tilsbeck", "Ardeth", "Vonnemar"}));
  auto full = People("customer_id,full_name,email\n1,Isolde Praxmoor,ip@example.net\n");
  EXPECT_EQ(Texts(full), (Strings{"Isolde Praxmoor"}));
  ExpectSeeds(full);
  // A first line of prose is no header.
  EXPECT_TRUE(People("Hello, this is the update, as promised\nQuorvane,Tilsbeck,Dublin\n").empty());
}

std::vector<std::string> Orgs(std::string_view text) {
  static const Engine engine(NamesOnly());
  auto scanner = engine.NewScanner();
  std::vector<std::string> out;
  for (const Finding& f : scanner.Scan(text, {})) {
    if (f.type == Entity::ORGANIZATION) {
      out.emplace_back(text.substr(f.begin, f.end - f.begin));
    }
  }
  return out;
}

// A signature names its organisation under the job title or after it on the title's line,
// whatever the organisation's words are.
TEST(NameSlots, SignatureOrganisations) {
  EXPECT_EQ(Orgs("Best regards,\nArdeth Vonnemar\nHead of Finance\nQuarnwell Tessing\n+1 212"),
            (Strings{"Quarnwell Tessing"}));
  EXPECT_EQ(Orgs("Kind regards,\nArdeth Vonnemar\nAccountant, chartered, Quarnwell-Tessing\n"),
            (Strings{"Quarnwell-Tessing"}));
  EXPECT_EQ(Orgs("Cheers,\nYsolde Marr\nSenior Counsel | Quarnwell Tessing\nys@example.com"),
            (Strings{"Quarnwell Tessing"}));
  EXPECT_EQ(Orgs("Thanks,\nYsolde Marr\nProduct Manager at Tessbright"), (Strings{"Tessbright"}));
  for (std::string_view text : {
           // No sign-off: a name, a title and a line anywhere.
           "Ardeth Vonnemar\nHead of Finance\nQuarnwell Tessing\n",
           // No job title above it.
           "Best regards,\nArdeth Vonnemar\nSee you Monday\nQuarnwell Tessing\n",
           // A sentence, not a line of its own; a town is a place.
           "Best regards,\nArdeth Vonnemar\nHead of Finance\nQuarnwell Tessing will call.\n",
           "Regards,\nYsolde Marr\nDirector\nLondon\n",
       }) {
    EXPECT_TRUE(Orgs(text).empty()) << text;
  }
  EXPECT_FALSE(names::SignatureOrgSlot("", 0, 0));
  EXPECT_FALSE(names::SignatureOrgSlot("Tessing", 0, 7));  // no lines above
  EXPECT_FALSE(names::SignatureOrgSlot("\nTessing", 1, 8));
}

TEST(NameSlots, SlotOfPositions) {
  using names::PersonSlot;
  using names::Slot;
  std::string_view t = "To: Ardeth Vonnemar\nHi Ysolde,\n- [ ] Tobias to call\nplain Tobias text";
  auto at = [&](std::string_view word) {
    size_t b = t.find(word);
    return PersonSlot(t, b, b + word.size());
  };
  EXPECT_EQ(at("Ardeth Vonnemar"), Slot::kHeader);
  EXPECT_EQ(at("Ysolde"), Slot::kGreeting);
  EXPECT_EQ(at("Tobias"), Slot::kTaskItem);
  EXPECT_EQ(PersonSlot(t, t.rfind("Tobias"), t.rfind("Tobias") + 6), Slot::kNone);
  // Any bytes, any offsets: never a crash.
  std::string junk(300, '\n');
  junk[150] = ':';
  for (size_t b = 0; b < junk.size(); b += 7) {
    EXPECT_EQ(PersonSlot(junk, b, b + 1), Slot::kNone);
  }
  EXPECT_EQ(PersonSlot("", 0, 0), Slot::kNone);
  EXPECT_EQ(PersonSlot("abc", 2, 9), Slot::kNone);
}

// Tables and slots built from random pieces: findings stay inside the text, nothing crashes.
TEST(NameSlots, RandomPiecesNeverBreakOffsets) {
  const char* pieces[] = {"first_name", "name",   ",",      ";",        "\"",       "\"\"",
                          "\n",         "\r\n",   "From: ", "<",        ">",        "@x.io",
                          "Hi ",        "- [ ] ", " to ",   "Quorvane", "Tilsbeck", " ",
                          ":",          "\xC3",   "\xA9",   "Best,\n",  "Owner:"};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    size_t n = rng() % 40;
    for (size_t i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    static const Engine engine(NamesOnly());
    auto scanner = engine.NewScanner();
    for (const Finding& f : scanner.Scan(text)) {
      ASSERT_LE(f.begin, f.end) << text;
      ASSERT_LE(f.end, text.size()) << text;
    }
  }
}

}  // namespace
}  // namespace deskbench
