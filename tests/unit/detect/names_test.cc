#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "detect/engine.h"
#include "detect/names/name_finder.h"

namespace deskbench {
namespace {

using names::NameFinder;

Policy NamesOnly() {
  Policy p;
  p.enabled.fill(false);
  for (Entity e : {Entity::PERSON, Entity::ORGANIZATION, Entity::LOCATION}) {
    p.enabled[static_cast<size_t>(e)] = true;
  }
  return p;
}

struct Found {
  Entity type;
  std::string text;
  bool operator==(const Found&) const = default;
};

void PrintTo(const Found& f, std::ostream* os) {
  *os << EntityName(f.type) << ":" << f.text;
}

// Findings of the real engine, with the policy enabling only the three name types.
std::vector<Found> Scan(std::string_view text, std::string_view hint = {}) {
  static const Engine engine(NamesOnly());
  auto scanner = engine.NewScanner();
  std::vector<Found> out;
  for (const Finding& f : scanner.Scan(text, hint)) {
    out.push_back({f.type, std::string(text.substr(f.begin, f.end - f.begin))});
  }
  return out;
}

std::vector<std::string> Of(Entity type, std::string_view text, std::string_view hint = {}) {
  std::vector<std::string> out;
  for (const Found& f : Scan(text, hint)) {
    if (f.type == type) out.push_back(f.text);
  }
  return out;
}

using Strings = std::vector<std::string>;
constexpr Entity kPerson = Entity::PERSON;
constexpr Entity kOrg = Entity::ORGANIZATION;
constexpr Entity kLoc = Entity::LOCATION;

// --- PERSON ------------------------------------------------------------------------------------

TEST(NamesPerson, FullNamesInAnEmail) {
  std::string text =
      "From: Margaret Ellison\n"
      "To: Daniel Okafor; Priya Raman\n"
      "Subject: Quarterly Revenue Report\n\n"
      "Dear Daniel,\n\n"
      "Attached is the draft. Kevin Hartley said the numbers for March look fine, and Jane Q. "
      "Doe will review them on Monday.\n\n"
      "Best regards,\nMargaret Ellison\nSenior Analyst\n";
  EXPECT_EQ(Of(kPerson, text),
            (Strings{"Margaret Ellison", "Daniel Okafor", "Priya Raman", "Daniel", "Kevin Hartley",
                     "Jane Q. Doe", "Margaret Ellison"}));
}

// Records and rosters write the surname first, often in capitals, with a column after the
// name; a surname of two words, a second given name; one no list knows where a label says so.
// A surname the word lists hold as a noun of documents ("page") after a given name; headings
// and page references stay out, as do pronouns that are surnames too.
TEST(NamesPerson, SurnamesThatAreNounsOfDocuments) {
  EXPECT_EQ(Of(kPerson, "Copyright 2009 Adrian Page and others"), (Strings{"Adrian Page"}));
  EXPECT_EQ(Of(kPerson, "Name: Julia Page"), (Strings{"Julia Page"}));
  EXPECT_TRUE(Of(kPerson, "See Page 3 for details.").empty());
  EXPECT_EQ(Of(kPerson, "Larry Page 3"), (Strings{}));
  for (const std::string& name : Of(kPerson, "I met Larry He and the team.")) {
    EXPECT_NE(name, "Larry He");
  }
}

TEST(NamesPerson, InvertedNamesOfRecords) {
  EXPECT_EQ(Of(kPerson, "Patient: SMITH, John   DOB: 03/07/1958"), (Strings{"SMITH, John"}));
  EXPECT_EQ(Of(kPerson, "Employee: WALKER, Sarah (ID 4471)"), (Strings{"WALKER, Sarah"}));
  EXPECT_EQ(Of(kPerson, "Name: GARCIA LOPEZ, Ana Maria"), (Strings{"GARCIA LOPEZ, Ana Maria"}));
  EXPECT_EQ(Of(kPerson, "Attendees: Smith, John; Brown, Mary Ann"),
            (Strings{"Smith, John", "Brown, Mary Ann"}));
  EXPECT_EQ(Of(kPerson, "Patient: Okafor, John"), (Strings{"Okafor, John"}));
  EXPECT_EQ(Of(kPerson, "Reviewer: Walker, Sarah"), (Strings{"Walker, Sarah"}));
  // A list of full names is no inverted name with a second given name.
  EXPECT_EQ(Of(kPerson, "Thanks to Markus Kuhn, Colin Watson"),
            (Strings{"Markus Kuhn", "Colin Watson"}));
  for (std::string_view text :
       {"Jackson, Georgia", "Lyon, France is nice.", "Krakow, Poland, June 2004", "Okafor, John",
        "See TABLE, Figure 3", "Smith, John and Mary came."}) {
    EXPECT_TRUE(Of(kPerson, text).empty()) << text;
  }
}

// Forms of address and greetings of the gazetteers' other languages.
TEST(NamesPerson, TitlesAndGreetingsOfOtherLanguages) {
  EXPECT_EQ(Of(kPerson, "Bonjour Madame Lef\xC3\xA8vre, merci."), (Strings{"Lef\xC3\xA8vre"}));
  EXPECT_EQ(Of(kPerson, "Bitte an Herrn Oberhuber senden."), (Strings{"Oberhuber"}));
  EXPECT_EQ(Of(kPerson,
               "la Sra. D\xC3\xB1"
               "a. Mar\xC3\xAD"
               "a Ortega firmar\xC3\xA1"),
            (Strings{"Mar\xC3\xAD"
                     "a Ortega"}));
  EXPECT_EQ(Of(kPerson, "Il Dott. Bianchi conferma."), (Strings{"Bianchi"}));
  EXPECT_EQ(Of(kPerson, "Hola Javier,\ngracias."), (Strings{"Javier"}));
  EXPECT_EQ(Of(kPerson, "Bonjour Camille,\nmerci."), (Strings{"Camille"}));
  // A given name that names a month, alone after a greeting; elsewhere it is the month.
  EXPECT_EQ(Of(kPerson, "Beste Jan,\nbedankt."), (Strings{"Jan"}));
  EXPECT_EQ(Of(kPerson, "Dear April,\nthanks."), (Strings{"April"}));
  EXPECT_TRUE(Of(kPerson, "Jan 2024 report; see May figures.").empty());
  EXPECT_TRUE(Of(kPerson, "Dear Sir,\nthanks.").empty());
}

TEST(NamesPerson, TitlesAndInvertedNames) {
  EXPECT_EQ(Of(kPerson, "Please ask Dr. Helen Castillo or Mr. Brennan about it."),
            (Strings{"Helen Castillo", "Brennan"}));
  EXPECT_EQ(Of(kPerson, "Reviewer: Whitaker, Susan"), (Strings{"Whitaker, Susan"}));
  EXPECT_EQ(Of(kPerson, "From: \"Doe, Jane\" <jane.doe@example.com>"), (Strings{"Doe, Jane"}));
  EXPECT_EQ(Of(kPerson, "Prof Wilson presented the findings."), (Strings{"Wilson"}));
  EXPECT_EQ(Of(kPerson, "Approved: J. R. Okafor; filed by M. Castellano"),
            (Strings{"J. R. Okafor", "M. Castellano"}));
  EXPECT_TRUE(Of(kPerson, "Plan B. Introduction").empty());
  // A list of authors: surnames no list knows, or that are towns too, are surnames there.
  EXPECT_EQ(Of(kPerson, "[4] S. Niki, T. Sakurai, K. Tanabe, Thin Solid Films 517 (2009)."),
            (Strings{"S. Niki", "T. Sakurai", "K. Tanabe"}));
  EXPECT_TRUE(Of(kLoc, "[4] S. Niki, T. Sakurai, K. Tanabe, Thin Solid Films 517 (2009).").empty());
  // Two are no list, and sections or words are no surnames in one.
  EXPECT_TRUE(Of(kPerson, "See T. Sakurai, K. Tanabe").empty());
  EXPECT_TRUE(Of(kPerson, "A. Introduction, B. Methods, C. Results, D. Discussion").empty());
  // A small town's name before a surname that is nothing else: a given name the lists lack.
  EXPECT_EQ(Of(kPerson, "Copyright 2004 Vladimir Prus"), (Strings{"Vladimir Prus"}));
  EXPECT_EQ(Of(kPerson, "I met Shashi Prajapat yesterday."), (Strings{"Shashi Prajapat"}));
  // Not an institution named after its founders, named in full in the same text.
  EXPECT_TRUE(
      Of(kPerson, "grant Carnegie Mellon the rights. (c) Carnegie Mellon University").empty());
  EXPECT_TRUE(Of(kPerson, "Boston Scientific and the Berlin Wall").empty());
  // Vancouver style: surname, then initials without dots. Surnames that are words or towns too.
  EXPECT_EQ(Of(kPerson, "1. Moncada S, Higgs A, Furchgott R: Nitric oxide. Pharmacol Rev."),
            (Strings{"Moncada S", "Higgs A", "Furchgott R"}));
  EXPECT_EQ(Of(kPerson, "Kuyumcu A, Düzgün AP, Özmen MM. Travma ve enfeksiyon."),
            (Strings{"Kuyumcu A", "Düzgün AP", "Özmen MM"}));
  EXPECT_EQ(Of(kPerson, "17. Yamamoto K., Kondo T, Kimata A. Effects."),
            (Strings{"Yamamoto K", "Kondo T", "Kimata A"}));
  EXPECT_EQ(Of(kPerson, "Smith J, Brown AB. A study of things."), (Strings{"Smith J", "Brown AB"}));
  EXPECT_TRUE(Of(kOrg, "Smith J, Jones AB. A study of things.").empty());
  // Firms with their legal forms, towns with their states, products with their versions.
  EXPECT_TRUE(Of(kPerson, "Acme AG, Globex SA, Initech BV").empty());
  EXPECT_TRUE(Of(kPerson, "Plano TX, Frisco TX, Allen TX").empty());
  EXPECT_TRUE(Of(kPerson, "Windows XP, Office XP, Vista SP").empty());
  EXPECT_TRUE(Of(kPerson, "Zorblat Q, Mirrovin K").empty());  // two unknown surnames: no list
  // After initials, an organisation word is a surname: no firm "C. Chambers and D. Ungar".
  EXPECT_TRUE(Of(kOrg, "[9] C. Chambers and D. Ungar. Customization, In PLDI, 1989.").empty());
  EXPECT_TRUE(Of(kPerson, "See Option A. Johnson County is next.").empty());
  // A job title and an employer under a signature: "Staff" ends the title, it is no surname.
  for (const std::string& found : Of(kPerson, "Kind regards,\nBryan\nChief of Staff, Wade-Lee")) {
    EXPECT_EQ(found.find("Staff"), std::string::npos) << found;
  }
}

TEST(NamesPerson, LoneGivenNameNeedsStrongContext) {
  EXPECT_EQ(Of(kPerson, "Hi Rebecca, thanks for the update."), (Strings{"Rebecca"}));
  EXPECT_EQ(Of(kPerson, "Thanks @Brandon for the fix"), (Strings{"Brandon"}));
  EXPECT_EQ(Of(kPerson, "Thank you,\nPatricia"), (Strings{"Patricia"}));
  EXPECT_TRUE(Of(kPerson, "Did you Mark it?").empty());
  EXPECT_TRUE(Of(kPerson, "Rebecca will send the invoice.").empty());
  EXPECT_EQ(Of(kPerson, "Rebecca", "First name"), (Strings{"Rebecca"}));
  EXPECT_EQ(Of(kPerson, "Xiang Zhao", "Contact"), (Strings{"Xiang Zhao"}));
  EXPECT_EQ(Of(kPerson, "Doe, Jane", "Name"), (Strings{"Doe, Jane"}));
  EXPECT_TRUE(Of(kPerson, "French, German, Italian, Portuguese, Swedish, and Dutch").empty());
  EXPECT_EQ(Of(kPerson, "Brown", "Last name"), (Strings{"Brown"}));
  EXPECT_TRUE(Of(kPerson, "Quarterly Report", "Name").empty());
  EXPECT_TRUE(Of(kPerson, "Rebecca", "File name").empty());
  // A row's label or a place under a name column, and a spreadsheet's named range.
  EXPECT_TRUE(Of(kPerson, "Species", "name").empty());
  EXPECT_TRUE(Of(kPerson, "Moscow", "Name").empty());
  EXPECT_EQ(Of(kPerson, "Moscow", "Last name"), (Strings{"Moscow"}));
  EXPECT_EQ(Of(kPerson, "Okonkwo", "Name"), (Strings{"Okonkwo"}));
  EXPECT_TRUE(Of(kPerson, "Sales", "defined name").empty());
}

// Column headers and labels in the gazetteers' other languages.
TEST(NamesPerson, ColumnsAndLabelsOfOtherLanguages) {
  EXPECT_EQ(Of(kPerson, "J\xC3\xBCrgen", "Vorname"), (Strings{"J\xC3\xBCrgen"}));
  EXPECT_EQ(Of(kPerson, "Oberhuber", "Nachname"), (Strings{"Oberhuber"}));
  EXPECT_EQ(Of(kPerson, "Dupont", "Nom"), (Strings{"Dupont"}));
  EXPECT_EQ(Of(kPerson, "Camille", "Pr\xC3\xA9nom"), (Strings{"Camille"}));
  EXPECT_EQ(Of(kPerson, "Ortega", "Apellidos"), (Strings{"Ortega"}));
  EXPECT_EQ(Of(kPerson, "Bianchi", "Cognome"), (Strings{"Bianchi"}));
  EXPECT_EQ(Of(kPerson, "Ansprechpartner: Hildegard Vogelsang"), (Strings{"Hildegard Vogelsang"}));
  EXPECT_TRUE(Of(kPerson, "Kran", "Produktname").empty());
  EXPECT_TRUE(Of(kPerson, "Widgets", "Family").empty());
  EXPECT_TRUE(Of(kPerson, "Dupont", "Nom du fichier").empty());
  EXPECT_EQ(Of(kOrg, "Oberhuber Bau", "Firma"), (Strings{"Oberhuber Bau"}));
}

TEST(NamesPerson, MeetingNotesAndSignatures) {
  std::string notes =
      "Meeting notes, 14 March\n"
      "Attendees: Gregory Fontaine, Alicia Moreno, Tom Becker\n"
      "- Alicia Moreno presented the hiring plan.\n"
      "- Action: Gregory to follow up with Legal.\n"
      "Prepared by Natalie Kowalski\n";
  EXPECT_EQ(Of(kPerson, notes), (Strings{"Gregory Fontaine", "Alicia Moreno", "Tom Becker",
                                         "Alicia Moreno", "Natalie Kowalski"}));
}

TEST(NamesPerson, AllCapsNamesScoreLower) {
  std::vector<Finding> out;
  NameFinder::Default().Find("SIGNED: JENNIFER WALSH", "", NamesOnly(), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].type, kPerson);
  std::vector<Finding> mixed;
  NameFinder::Default().Find("Signed: Jennifer Walsh", "", NamesOnly(), mixed);
  ASSERT_EQ(mixed.size(), 1u);
  EXPECT_LT(out[0].score, mixed[0].score);
  EXPECT_GE(mixed[0].score, 0.85f);
}

TEST(NamesPerson, UnicodeNames) {
  EXPECT_EQ(Of(kPerson, "Signed by François Lefèvre and Łukasz Nowak."),
            (Strings{"François Lefèvre", "Łukasz Nowak"}));
  EXPECT_EQ(Of(kPerson, "“Sarah O’Connor” wrote back."), (Strings{"Sarah O’Connor"}));
  // Text of PDFs set in TeX's old fonts: the accent is a glyph of its own before the letter.
  EXPECT_EQ(Of(kPerson, "Written by Martin Schr¨oder and Rainer Sch¨opf."),
            (Strings{"Martin Schr¨oder", "Rainer Sch¨opf"}));
}

// Names from outside the US Census lists (data/*_intl.txt), in sentences written for this test.
TEST(NamesPerson, InternationalNames) {
  struct Case {
    std::string_view text;
    Strings names;
  };
  const Case cases[] = {
      {"The contract was signed by Björn Lindqvist and Amara Okafor.",
       {"Björn Lindqvist", "Amara Okafor"}},
      {"Written by Keisuke Nishida.", {"Keisuke Nishida"}},
      {"We met Ludwig van Beethoven at the archive.", {"Ludwig van Beethoven"}},
      {"Please forward the invoice to Dmitri Volkov in accounts.", {"Dmitri Volkov"}},
      {"Sergei Kuznetsov signed the non-disclosure agreement.", {"Sergei Kuznetsov"}},
      {"Approved by Oluwaseun Adebayo on behalf of the board.", {"Oluwaseun Adebayo"}},
      {"Mehmet Öztürk will handle the customs paperwork.", {"Mehmet Öztürk"}},
      {"Hiroshi Tanabe and Yuko Morimoto reviewed the draft.", {"Hiroshi Tanabe", "Yuko Morimoto"}},
      {"Elif Yıldız approved the marketing plan.", {"Elif Yıldız"}},
      {"Ingrid Halvorsen, Zsófia Kovács and Ayanda Ndlovu will attend.",
       {"Ingrid Halvorsen", "Zsófia Kovács", "Ayanda Ndlovu"}},
      // Accented names match written without their accents, and German umlauts with an e.
      {"The audit was led by Jurgen Hofmann and Juergen Brandt.",
       {"Jurgen Hofmann", "Juergen Brandt"}},
      {"Signed: Lukasz Wisniewski", {"Lukasz Wisniewski"}},
      // Chinese in pinyin, Korean given names joined or hyphenated.
      {"The lease was signed by Zihan Huang and Minjun Kim.", {"Zihan Huang", "Minjun Kim"}},
      {"Seo-yeon Park and Ji-hoon Lee will attend.", {"Seo-yeon Park", "Ji-hoon Lee"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Of(kPerson, c.text), c.names) << c.text;
  // The new names must leave everyday and technical text alone.
  for (std::string_view text : {
           "The quarterly report is attached for your review.",
           "Please submit the expense claims before Friday.",
           "Install the update and restart the server.",
           "Upstream-Name: Free Pascal Compiler",
           "Supported scripts: Thai, Georgian, Latin and Kanji.",
           "Upstream-Contact: Samba Developers",
           "IN NESSUN CASO, SALVO CHE SIA ESPRESSAMENTE CONVENUTO DALLA LEGGE",
       }) {
    EXPECT_TRUE(Of(kPerson, text).empty()) << text;
  }
}

TEST(NamesPerson, DiacriticsAndSpeechVerbs) {
  EXPECT_EQ(Of(kPerson, "Invoice approved by José García."), (Strings{"José García"}));
  EXPECT_EQ(Of(kPerson, "Heads up: Nancy said the office moves."), (Strings{"Nancy"}));
  EXPECT_EQ(Of(kPerson, "Cheers,\nBen"), (Strings{"Ben"}));
}

// A lone given name after a verb one does to a person; not a given name that is also a word or a
// country ("ask Will", "call Jordan"), nor a name followed by more capitalised words.
// Romanised Chinese and Korean given names are two syllables joined by a hyphen, the first often
// no name on its own ("Chih-Wei Huang"); two names of software are no person ("Mac Pascal"), nor
// a definition in a manual ("Constant Struct:").
// An initial, a given name and a capitalised word: the word is the surname, though it be a word
// too ("Château"), so the name is replaced whole rather than up to the given name.
TEST(NamesPerson, InitialGivenNameSurname) {
  EXPECT_EQ(Of(kPerson, "J. Robert Oppenheimer led it."), (Strings{"J. Robert Oppenheimer"}));
  EXPECT_EQ(Of(kPerson, "Veuillez contacter M. Beno\xC3\xAEt Ch\xC3\xA2teau au bureau."),
            (Strings{"M. Beno\xC3\xAEt Ch\xC3\xA2teau"}));
  EXPECT_EQ(Of(kPerson, "Copyright 2004 D. Richard Hipp"), (Strings{"D. Richard Hipp"}));
  EXPECT_EQ(Of(kPerson, "M. Warner signed."), (Strings{"M. Warner"}));
}

TEST(NamesPerson, HyphenatedSyllablesAndThings) {
  EXPECT_EQ(Of(kPerson, "Copyright (C) 2000 Chih-Wei Huang <cw@example.org>"),
            (Strings{"Chih-Wei Huang"}));
  EXPECT_EQ(Of(kPerson, "Copyright 1996 Chih-Hao Tsai @ Beckman Institute"),
            (Strings{"Chih-Hao Tsai"}));
  EXPECT_TRUE(Of(kPerson, "a 16 bit Turbo Pascal and Mac Pascal compatible compiler").empty());
  EXPECT_TRUE(Of(kPerson, "Constant Struct: struct nettle_hash nettle_md2").empty());
  EXPECT_TRUE(Of(kPerson, "Shares of Rolls-Royce Holdings fell").empty());
}

TEST(NamesPerson, LoneNameAfterAskOrPing) {
  EXPECT_EQ(Of(kPerson, "Can you ask Tomasz to rerun the model?"), (Strings{"Tomasz"}));
  EXPECT_EQ(Of(kPerson, "I will ping Priyanka tomorrow."), (Strings{"Priyanka"}));
  EXPECT_TRUE(Of(kPerson, "Please ask Will to sign.").empty());
  EXPECT_TRUE(Of(kPerson, "We should call Jordan about the visa.").empty());
  EXPECT_TRUE(Of(kPerson, "Ask Marketing for the deck.").empty());
  EXPECT_EQ(Of(kPerson, "VIP since 2019; spouse Omar"), (Strings{"Omar"}));
  EXPECT_EQ(Of(kPerson, "He lives with his daughter Priyanka in Leeds."), (Strings{"Priyanka"}));
  EXPECT_TRUE(Of(kPerson, "Our partner Acme renewed.").empty());
}

// Holders of accounts, cards and policies are people, and so are tenants, guests, passengers;
// a name no list knows is taken under those labels and keys.
TEST(NamesPerson, HoldersTenantsAndGuests) {
  EXPECT_EQ(Of(kPerson, "Account holder: Quorvane Tilsbeck; IBAN on file."),
            (Strings{"Quorvane Tilsbeck"}));
  EXPECT_EQ(Of(kPerson, "Quorvane Tilsbeck", "cardholder"), (Strings{"Quorvane Tilsbeck"}));
  EXPECT_EQ(Of(kPerson, "Quorvane Tilsbeck", "Tenant"), (Strings{"Quorvane Tilsbeck"}));
  EXPECT_EQ(Of(kPerson, "Quorvane Tilsbeck", "guest_name"), (Strings{"Quorvane Tilsbeck"}));
  // An account's other fields stay what they were.
  EXPECT_TRUE(Of(kPerson, "Quarterly Savings", "account name").empty());
  EXPECT_TRUE(Of(kPerson, "Quorvane Tilsbeck", "account").empty());
}

// The name of a shape, a style or a font is no person's name; a person named in one still is.
TEST(NamesPerson, NamesOfThingsInADocument) {
  EXPECT_TRUE(Of(kPerson, "Simple", "shape name").empty());
  EXPECT_TRUE(Of(kPerson, "Quorvane Tilsbeck", "style name").empty());
  EXPECT_TRUE(Of(kPerson, "Garamond", "font name").empty());
  EXPECT_EQ(Of(kPerson, "Photo of Margaret Hollingsworth", "shape name"),
            (Strings{"Margaret Hollingsworth"}));
}

TEST(NamesPerson, ScoresSaySureFromUnsure) {
  auto score = [](std::string_view text) {
    std::vector<Finding> out;
    NameFinder::Default().Find(text, "", NamesOnly(), out);
    return out.size() == 1 && out[0].type == kPerson ? out[0].score : 0.0f;
  };
  EXPECT_GE(score("We hired Gregory Fontaine."), 0.85f);
  EXPECT_GE(score("Then Jack Smith arrived."), 0.5f);
  EXPECT_LE(score("Then Jack Smith arrived."), 0.7f);
  EXPECT_LT(score("the Rose Garden renovation"), 0.5f);
}

TEST(NamesPerson, RecognizerIds) {
  std::vector<Finding> out;
  NameFinder::Default().Find("Dear Jane, Kevin Hartley called.", "", NamesOnly(), out);
  ASSERT_EQ(out.size(), 2u);
  std::sort(out.begin(), out.end(),
            [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  EXPECT_EQ(out[0].recognizer, "name_slot");
  EXPECT_EQ(out[1].recognizer, "name_gazetteer");
}

TEST(NamesPerson, NoFalsePositivesOnEverydayCapitals) {
  for (std::string_view text : {
           "Quarterly Revenue Report",
           "Will we meet in May?",
           "Grant Proposal Review, due Friday",
           "Summer Sale starts in June.",
           "Mark the invoice as paid.",
           "Bill Of Materials",
           "The Christian Values Committee",
           "Rose Garden Renovation Plan",
           "Install Microsoft Office and open PowerPoint.",
           "Monday, April 3: Project Kickoff",
           "Reading list for the Annual General Meeting",
           "Frank Discussion About Budgets",
           "Lincoln Center Gala",
           "Hello Team, Good Morning Everyone, Kind Regards",
           "Terms and Conditions; Privacy Policy; Limitation of Liability",
           "MAY 2024 UPDATE: BILL OF LADING",
       }) {
    EXPECT_TRUE(Of(kPerson, text).empty()) << text;
  }
}

TEST(NamesPerson, WeekdayAndMonthAreADate) {
  EXPECT_TRUE(Of(kPerson, "--- inttypes.h.orig\tThu May 30 01:00:00 1996").empty());
  EXPECT_TRUE(Of(kPerson, "+++ inttypes.h\tSun Mar 23 00:20:36 2003").empty());
}

TEST(NamesPerson, ParticlesAndMiddleNames) {
  EXPECT_EQ(Of(kPerson, "Signed by Maria de la Cruz and Anna van der Berg."),
            (Strings{"Maria de la Cruz", "Anna van der Berg"}));
  EXPECT_EQ(Of(kPerson, "Speakers: Mary Ann Evans; Gabriel García Márquez"),
            (Strings{"Mary Ann Evans", "Gabriel García Márquez"}));
}

// Chinese, Japanese, Korean and Vietnamese names are often written family name first: a known
// surname, then a known given name, is a name without any cue around it.
TEST(NamesPerson, FamilyNameFirst) {
  EXPECT_EQ(Of(kPerson, "Huang Zihan and Tanaka Hiroshi liked the new layout."),
            (Strings{"Huang Zihan", "Tanaka Hiroshi"}));
  EXPECT_EQ(Of(kPerson, "Park Seo-yeon liked it too."), (Strings{"Park Seo-yeon"}));
  EXPECT_EQ(Of(kPerson, "Copyright 2019 Nguyen Van Minh"), (Strings{"Nguyen Van Minh"}));
  EXPECT_EQ(Of(kPerson, "Pham Minh Chinh liked it."), (Strings{"Pham Minh Chinh"}));
  // The family name in capitals, either side: "HUANG Zihan", "Jean DUPONT".
  EXPECT_EQ(Of(kPerson, "HUANG Zihan and TANAKA Hiroshi liked it."),
            (Strings{"HUANG Zihan", "TANAKA Hiroshi"}));
  EXPECT_EQ(Of(kPerson, "Zihan HUANG and Jean DUPONT liked it."),
            (Strings{"Zihan HUANG", "Jean DUPONT"}));
  EXPECT_EQ(Of(kPerson, "Patch by Jiahao XU."), (Strings{"Jiahao XU"}));
  // A surname that is an everyday word takes a given name of the Korean shape, not any name.
  for (std::string_view text : {
           "Young Jack was late again.",
           "Walk down Park Avenue to Long Island.",
           "Huang River Delta Survey",
           "Tanaka Corporation results",
           "Rust Julia bindings",
           "Grace PERIOD ends; Contact IT or Mark CFO; see Jane FAQ.",
           "YOUNG Jack and PARK Avenue",
           "Disable the Ada ALI check; fix a link to James SAX documentation (Ray NA).",
       }) {
    EXPECT_TRUE(Of(kPerson, text).empty()) << text;
  }
}

// Between two capitalised words, a lower-case particle of surnames (van, von, bin, "v.") makes
// a name though neither word is listed; of, de and the like also join places and organisations.
TEST(NamesPerson, ParticleBetweenCapitalisedWords) {
  EXPECT_EQ(Of(kPerson, "The letters of Tjeerd van Oostrumhuis were found."),
            (Strings{"Tjeerd van Oostrumhuis"}));
  EXPECT_EQ(Of(kPerson, "Reviewed by Hinrich von Dalwigkstein."),
            (Strings{"Hinrich von Dalwigkstein"}));
  EXPECT_EQ(Of(kPerson, "Khalid bin Rashwadi chaired the meeting."),
            (Strings{"Khalid bin Rashwadi"}));
  EXPECT_EQ(Of(kPerson, "Patch by Martin v. Loewis, 2003."), (Strings{"Martin v. Loewis"}));
  EXPECT_EQ(Of(kPerson, "Letter from Ahmed al-Rashidi to the board."),
            (Strings{"Ahmed al-Rashidi"}));
  EXPECT_EQ(Of(kPerson, "Sent to Khaloud al-Wazzani yesterday."), (Strings{"Khaloud al-Wazzani"}));
  for (std::string_view text : {
           "Flights to Rio de Janeiro and Port of Spain",
           "an account at Bank of America",
           "a grant from the University of Leeds",
           "Museum van Loon opening hours",
           "The Casa de Campo park, the Pont du Gard and the Universidade de Lisboa replied.",
           "Trip to Huis ten Bosch in spring.",
           "Smith v. Jones was decided in 1990.",
           "Release Notes for Version de Luxe",
       }) {
    EXPECT_TRUE(Of(kPerson, text).empty()) << text;
  }
}

// A tab separates the columns of a table written as text: a name does not run on into the next
// column.
TEST(NamesPerson, TabsEndANameRun) {
  EXPECT_EQ(Of(kPerson, " Joachim Strömbergson\tChacha implementation."),
            (Strings{"Joachim Strömbergson"}));
  EXPECT_EQ(Of(kPerson, "Jane Doe\tGregory Fontaine\n"), (Strings{"Jane Doe", "Gregory Fontaine"}));
  EXPECT_EQ(Of(kOrg, "ACAP\tACAP Media"), (Strings{"ACAP Media"}));
}

// Words built like English nouns ("Internationalization", "Management") are no unlisted names,
// and an acronym written twice is not part of an organisation's name.
TEST(NamesPerson, ProjectsAndTeamsAreNoPeople) {
  for (std::string_view text : {
           "From: Debian Internationalization <debian-i18n@lists.debian.org>",
           "Maintainer: Ubuntu Localization <ubuntu-l10n@example.org>",
           "I spoke with Quorvex Management about it.",
           "Please contact the [Debian Internationalization (i18n) team](https://example.org).",
           "Maintainer: Openwall Linux <owl@example.org>",
           "\tIntel Yonah (Core Duo/Core Solo),",
           "on a server running Linux Debian (`Linux version 4.14`)",
           "Translations to Brazilian Portuguese (pt_BR), German (de), Estonian",
       }) {
    EXPECT_TRUE(Of(kPerson, text).empty()) << text;
  }
  EXPECT_EQ(Of(kOrg, "Sponsored by ACAP ACAP Media."), (Strings{"ACAP Media"}));
}

TEST(NamesPerson, ContextStaysOnItsLine) {
  EXPECT_EQ(Of(kPerson, "Jane Doe, CFO\nAshley Furniture Homestore"), (Strings{"Jane Doe"}));
}

TEST(NamesPerson, IdentifiersAreNotNames) {
  EXPECT_TRUE(Of(kPerson, "see Jane.Doe@example.com or jane_Doe and C:\\Users\\Jane\\Doe").empty());
  EXPECT_TRUE(Of(kPerson, "config.Jane Doe=1").size() <= 1);
}

// --- ORGANIZATION ------------------------------------------------------------------------------

TEST(NamesOrganization, LegalSuffixes) {
  EXPECT_EQ(Of(kOrg,
               "The contract between Northwind Traders Ltd and Acme Holdings, Inc. is "
               "signed."),
            (Strings{"Northwind Traders Ltd", "Acme Holdings, Inc"}));
  EXPECT_EQ(Of(kOrg, "Invoices go to Brauerei Keller GmbH & Co. KG in Munich."),
            (Strings{"Brauerei Keller GmbH & Co. KG"}));
  EXPECT_EQ(Of(kOrg, "Fabbrica Rossi S.p.A. and Van Dijk B.V. signed."),
            (Strings{"Fabbrica Rossi S.p.A", "Van Dijk B.V"}));
  EXPECT_EQ(Of(kOrg, "Our supplier is Kangaroo Freight Pty Ltd."),
            (Strings{"Kangaroo Freight Pty Ltd"}));
  EXPECT_EQ(Of(kOrg, "Tokyo Widgets K.K., Orkla AS and Banco Lusitano S.A. replied."),
            (Strings{"Tokyo Widgets K.K", "Orkla AS", "Banco Lusitano S.A"}));
  EXPECT_EQ(Of(kOrg, "THE COMPANY. First Bank of Ohio"), (Strings{"First Bank of Ohio"}));
  EXPECT_EQ(Of(kOrg, "THIS AGREEMENT IS MADE BETWEEN ACME CORP AND JOHN SMITH"),
            (Strings{"ACME CORP"}));
  EXPECT_EQ(Of(kOrg, "Invoices from Kallert Klapp GbR and Dietz Stiftung & Co. KGaA."),
            (Strings{"Kallert Klapp GbR", "Dietz Stiftung & Co. KGaA"}));
  EXPECT_EQ(Of(kOrg, "We signed with Nordlicht ApS, Volga Trading OOO and Farias Ltda."),
            (Strings{"Nordlicht ApS", "Volga Trading OOO", "Farias Ltda"}));
  // Everyday words and "for" or "of" before a firm are the sentence's; an organisation word or
  // a place leading the name keeps them.
  EXPECT_EQ(Of(kOrg, "Orders for Northwind Company go to Ann."), (Strings{"Northwind Company"}));
  EXPECT_EQ(Of(kOrg, "Innovations for Lucent Technologies"), (Strings{"Lucent Technologies"}));
  EXPECT_EQ(Of(kOrg, "The Institute for Fiscal Studies Ltd replied."),
            (Strings{"Institute for Fiscal Studies Ltd"}));
  // Everyday words joined are no name proper to cut down to: nothing learnt to propagate.
  for (const std::string& org : Of(kOrg, "License for Open-Source Software")) {
    EXPECT_NE(org, "Open-Source Software");
  }
  // Written otherwise, the short forms are words and codes.
  EXPECT_TRUE(Of(kOrg, "Mark the Ticket Ooo and the Rows Aps.").empty());
}

TEST(NamesOrganization, KeywordsWithContext) {
  EXPECT_EQ(Of(kOrg, "She worked at Harborview Capital Partners before joining us."),
            (Strings{"Harborview Capital Partners"}));
  EXPECT_EQ(Of(kOrg, "a loan from the Bank of Lisbon"), (Strings{"Bank of Lisbon"}));
  EXPECT_EQ(Of(kOrg, "an account at Bank of the West"), (Strings{"Bank of the West"}));
  EXPECT_EQ(Of(kOrg, "Donations to the Jane Doe Memorial Fund"),
            (Strings{"Jane Doe Memorial Fund"}));
  EXPECT_EQ(Of(kOrg, "Northwind Traders", "Company"), (Strings{"Northwind Traders"}));
  EXPECT_EQ(Of(kOrg, "Apple", "Client"), (Strings{"Apple"}));
  // A kind of party, not a party.
  for (std::string_view kind : {"Internal", "External", "Other", "Various", "TBD"}) {
    EXPECT_TRUE(Of(kOrg, kind, "Client").empty()) << kind;
  }
  EXPECT_EQ(Of(kOrg, "Client: Bluewater Stanton\nShe is employed by Globex."),
            (Strings{"Bluewater Stanton", "Globex"}));
  EXPECT_EQ(Scan("Client: Jane Doe"), (std::vector<Found>{{kPerson, "Jane Doe"}}));
}

TEST(NamesOrganization, UniversitiesAndAgencies) {
  EXPECT_EQ(Of(kOrg, "a grant from the University of Leeds"), (Strings{"University of Leeds"}));
  EXPECT_EQ(Of(kOrg, "Transferred from Harborview Medical Center."),
            (Strings{"Harborview Medical Center"}));
  EXPECT_EQ(Of(kOrg, "Admitted to Riverside Hospital on Monday."), (Strings{"Riverside Hospital"}));
  // Everyday words make an institution's name too, when there are two or more of them.
  EXPECT_EQ(Of(kOrg, "Admitted 11/02/2024 to Mercy General Hospital, Sacramento."),
            (Strings{"Mercy General Hospital"}));
  EXPECT_TRUE(
      Of(kOrg, "She went to High School in Ohio; the Community College board met.").empty());
  EXPECT_EQ(Of(kOrg, "Windows Server and Amazon Web Services"), (Strings{"Amazon Web Services"}));
  // Doctors' practices and barristers' chambers; not a practice of everyday words.
  EXPECT_EQ(Of(kOrg, "She is followed at Westgate Family Practice."),
            (Strings{"Westgate Family Practice"}));
  EXPECT_EQ(Of(kOrg, "Instructed by Essex Court Chambers."), (Strings{"Essex Court Chambers"}));
  EXPECT_TRUE(Of(kOrg, "This is Best Practice. After Cardiac Surgery she rested.").empty());
}

TEST(NamesOrganization, NoFalsePositives) {
  for (std::string_view text : {
           "Working Capital Review",
           "The Company shall indemnify the Customer.",
           "AS PER OUR DISCUSSION",
           "Customer Services Group",
           "See Section 4 of the Agreement.",
           "THIS IS AS GOOD AS IT GETS",
           "The Limited Company",
           "Parent Company guarantee",
           // Short legal forms after a comma or starting a hyphenated word.
           "Flags: V, DV, AS: use checked instead.",
           "the length of the contents of the OCTET SE-\nQUENCE",
       }) {
    EXPECT_TRUE(Of(kOrg, text).empty()) << text;
  }
  EXPECT_EQ(Of(kOrg, "Mitglied im Sportverein Rotweiss e.V. und der Volksbank Mittelhessen eG."),
            (Strings{"Sportverein Rotweiss e.V", "Volksbank Mittelhessen eG"}));
  EXPECT_TRUE(Of(kOrg, "Fruit e.g. Apples, and Nuts eg Walnuts.").empty());
  EXPECT_EQ(Of(kOrg, "Signed with Equinor ASA, Kongsberg AS and Igalia, S.L."),
            (Strings{"Equinor ASA", "Kongsberg AS", "Igalia, S.L"}));
  // Czech and Slovak forms in lower case with dots; French partnerships.
  EXPECT_EQ(Of(kOrg, "Dodavatel: Sokol s.r.o., Praha; odběratel Přibyl a.s. a Kysela v.o.s."),
            (Strings{"Sokol s.r.o", "Přibyl a.s", "Kysela v.o.s"}));
  EXPECT_EQ(Of(kOrg, "Payment to Novák spol. s r.o. is due."), (Strings{"Novák spol. s r.o"}));
  // Italian forms, as often in lower case.
  EXPECT_EQ(Of(kOrg, "Invoice from Alfa Costruzioni s.r.l. and Fratelli Bianchi s.p.a. paid."),
            (Strings{"Alfa Costruzioni s.r.l", "Fratelli Bianchi s.p.a"}));
  EXPECT_EQ(Of(kOrg, "Verdi & Figli s.n.c. and Neri s.a.s. signed."),
            (Strings{"Verdi & Figli s.n.c", "Neri s.a.s"}));
  EXPECT_TRUE(Of(kOrg, "Set the s.r.l. flag and the s.p.a. option.").empty());
  EXPECT_EQ(Of(kOrg, "Signed by Fournier SCS and Leroy GIE."),
            (Strings{"Fournier SCS", "Leroy GIE"}));
  EXPECT_EQ(Of(kOrg, "Agreement with Blanchard SCA."), (Strings{"Blanchard SCA"}));
  // Polish forms with their dots and spaces, in either case; the Swedish written out; a British
  // public company in lower case.
  EXPECT_EQ(Of(kOrg, "Invoices from Kowalski Sp. z o.o. and Nowak sp.k. and Adamski s.c. paid."),
            (Strings{"Kowalski Sp. z o.o", "Nowak sp.k", "Adamski s.c"}));
  EXPECT_EQ(Of(kOrg, "Supplier: Nordström Bygg Aktiebolag."),
            (Strings{"Nordström Bygg Aktiebolag"}));
  EXPECT_EQ(Of(kOrg, "Shares of Marks and Spencer plc fell."), (Strings{"Marks and Spencer plc"}));
  EXPECT_TRUE(Of(kOrg, "Speak to Jan about the s.c. values and sp. k. constants.").empty());
  EXPECT_TRUE(Of(kOrg, "Same as. Rotate x.y. Values a.b.c. Ask Jane s.v.p.").empty());
  // "Vos" is a surname; only "v.o.s." is the form.
  EXPECT_TRUE(Of(kOrg, "Copyright: 2013, Koen Vos.").empty());
}

// Licence texts are written in capitals, so a whole clause is one run of capitalised words; a
// keyword at its end ("SERVICES", "SOFTWARE") does not make the clause an organisation.
TEST(NamesOrganization, ClausesInCapitalsAreNotNames) {
  for (std::string_view text : {
           "BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE",
           "ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER "
           "DEALINGS IN THE SOFTWARE.",
           "THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE",
       }) {
    EXPECT_TRUE(Of(kOrg, text).empty()) << text;
  }
  EXPECT_EQ(Of(kOrg, "IN NO EVENT SHALL THE OPENLDAP FOUNDATION BE LIABLE"),
            (Strings{"OPENLDAP FOUNDATION"}));
  EXPECT_EQ(Of(kOrg, "PROVIDED BY CARNEGIE MELLON UNIVERSITY"),
            (Strings{"CARNEGIE MELLON UNIVERSITY"}));
  EXPECT_EQ(Of(kOrg, "She studied at New York University."), (Strings{"New York University"}));
}

// Languages that put the kind of organisation first: the name follows the word, across "de",
// "di", "du" but not across "and" nor into the next organisation; German foundations end theirs.
TEST(NamesOrganization, KindOfOrganisationFirst) {
  EXPECT_EQ(Of(kOrg, "We bank with Banco Santander and Banque Populaire."),
            (Strings{"Banco Santander", "Banque Populaire"}));
  EXPECT_EQ(Of(kOrg, "She studied at Universidad de Chile and Universität Wien."),
            (Strings{"Universidad de Chile", "Universität Wien"}));
  EXPECT_EQ(Of(kOrg, "Grants from Fondation Mérieux and Robert Bosch Stiftung arrived."),
            (Strings{"Fondation Mérieux", "Robert Bosch Stiftung"}));
  EXPECT_EQ(Of(kOrg, "Merged with Grupo Bimbo Groupe Renault"),
            (Strings{"Grupo Bimbo", "Groupe Renault"}));
  // A word alone, a clause in capitals, a surname that is also a savings bank's word.
  EXPECT_TRUE(Of(kOrg, "Banco de pruebas. Escuela y familia.").empty());
  EXPECT_EQ(Of(kOrg, "STICHTING MATHEMATISCH CENTRUM DISCLAIMS ALL WARRANTIES"),
            (Strings{"STICHTING MATHEMATISCH CENTRUM"}));
  EXPECT_TRUE(Of(kOrg, "Thanks to Michael Caisse for the review.").empty());
  EXPECT_TRUE(Of(kOrg, "See the Hospital Discharge Summary.").empty());
}

// A possessive ends a person's name but not an institution's.
TEST(NamesOrganization, PossessiveInsideAnInstitutionsName) {
  EXPECT_EQ(Of(kOrg, "She was admitted to St. Mary's Medical Center last night."),
            (Strings{"St. Mary's Medical Center"}));
  EXPECT_EQ(Of(kOrg, "He works at Children’s Hospital of Philadelphia."),
            (Strings{"Children’s Hospital of Philadelphia"}));
  EXPECT_EQ(Of(kOrg, "Offices of McDonald's Corporation."), (Strings{"McDonald's Corporation"}));
  EXPECT_TRUE(Of(kOrg, "Jane's Report was late. Ask Bob's Team Lead.").empty());
}

// Firms named after their partners, as law and accounting firms (and generated test data) are:
// three surnames in a list, two joined by "&", or two joined by a hyphen with no given name.
TEST(NamesOrganization, PartnersNames) {
  EXPECT_EQ(Of(kOrg, "The contract with Johnson, Smith and Williams was signed."),
            (Strings{"Johnson, Smith and Williams"}));
  EXPECT_EQ(Of(kOrg, "Please send the invoice to Miller, Davis and Moore."),
            (Strings{"Miller, Davis and Moore"}));
  EXPECT_EQ(Of(kOrg, "I work at Roberts-Anderson in the finance team."),
            (Strings{"Roberts-Anderson"}));
  EXPECT_EQ(Of(kOrg, "Shares of Procter & Gamble rose."), (Strings{"Procter & Gamble"}));
  // Partners listed with commas up to the last two, with or without a legal form; only
  // single-word items, and only where the last two are joined by "and".
  EXPECT_EQ(Of(kOrg, "We retained Skadden, Arps, Slate, Meagher & Flom LLP for the deal."),
            (Strings{"Skadden, Arps, Slate, Meagher & Flom LLP"}));
  EXPECT_EQ(Of(kOrg, "Counsel: Wachtell, Lipton, Rosen & Katz."),
            (Strings{"Wachtell, Lipton, Rosen & Katz"}));
  EXPECT_EQ(Of(kOrg, "She joined Dodaro, Longhi e Durante S.p.A. in Milan."),
            (Strings{"Dodaro, Longhi e Durante S.p.A"}));
  EXPECT_EQ(Of(kOrg, "However, Meagher & Flom LLP declined."), (Strings{"Meagher & Flom LLP"}));
  EXPECT_EQ(Of(kOrg, "Copied: Jane Smith, Meagher & Flom LLP."), (Strings{"Meagher & Flom LLP"}));
  EXPECT_EQ(Of(kOrg, "Hosted by Kessler, Acme Widgets LLC."), (Strings{"Acme Widgets LLC"}));
  EXPECT_EQ(Of(kOrg, "Copyright: 2021 Amitay Isaacs & Martin Schwenke, IBM Corporation"),
            (Strings{"IBM Corporation"}));
  for (std::string_view text : {
           "Black, White and Brown are colours.",
           "Copyright (c) 2011, H.Merijn Brand & Tony Cook",
           " 2014 Paho Lurie-Gregg",
           "Larry & Moe came in.",
           "Jane Roberts-Anderson signed.",
       }) {
    EXPECT_TRUE(Of(kOrg, text).empty()) << text;
  }
}

// Partners whose names are also words, or in no list, where one of them is a surname and nothing
// else; a family firm's "e figli" or "et fils" in lower case; two common surnames joined by a
// hyphen where a word leads to an organisation.
TEST(NamesOrganization, PartnersNamesThatAreWordsOrUnknown) {
  EXPECT_EQ(Of(kOrg, "I forwarded your CV to Jane Smith at Hubbard, Miller and Colon."),
            (Strings{"Hubbard, Miller and Colon"}));
  EXPECT_EQ(Of(kOrg, "The audit was done by Cuevas, Somoza and Cantón last year."),
            (Strings{"Cuevas, Somoza and Cantón"}));
  EXPECT_EQ(Of(kOrg, "Ordered from Giuliani e figli in March."), (Strings{"Giuliani e figli"}));
  EXPECT_EQ(Of(kOrg, "Wine from Moreau et fils arrived."), (Strings{"Moreau et fils"}));
  EXPECT_EQ(Of(kOrg, "A quote from Fiore-Marchetti e figli."),
            (Strings{"Fiore-Marchetti e figli"}));
  EXPECT_EQ(Of(kOrg, "Employee Mark Jones joined Young-Smith on 12/03/2020."),
            (Strings{"Young-Smith"}));
  EXPECT_EQ(Of(kOrg, "Send it to Jane Smith at Ferguson-Rodriguez."),
            (Strings{"Ferguson-Rodriguez"}));
  // Three firms listed stay three: a hyphenated name is no partner's.
  EXPECT_EQ(Of(kOrg, "Cameras from FujiFilm, Hewlett-Packard, Kodak and Sanyo."),
            (Strings{"Hewlett-Packard"}));
  for (std::string_view text : {
           "Rose, Hunter and Wolf are words.",
           "We used Python, Jenkins and Ruby.",
           "Our offices in Paris, Berlin and Rome.",
           "Giuliani e amici came to dinner.",
           "Plotted as Young-Smith curves.",
       }) {
    EXPECT_TRUE(Of(kOrg, text).empty()) << text;
  }
}

// A professional firm named after its founder and partners.
TEST(NamesOrganization, FounderAndPartners) {
  EXPECT_EQ(Of(kOrg, "Bitte an M\xC3\xBCller & Partner senden."),
            (Strings{"M\xC3\xBCller & Partner"}));
  EXPECT_EQ(Of(kOrg, "Roca y Asociados firm\xC3\xB3."), (Strings{"Roca y Asociados"}));
  EXPECT_EQ(Of(kOrg, "Published by O'Reilly and Associates in 1997."),
            (Strings{"O'Reilly and Associates"}));
  EXPECT_TRUE(Of(kOrg, "Managing Partner & Partner Relations").empty());
}

// A person of the firm before its "of" is no part of the firm's name.
TEST(NamesOrganization, PersonOfTheFirmStaysAPerson) {
  const std::string_view text =
      "I spoke to Ms Fiona McAllister of Brightwater Legal LLP and Dr Jane Doe of Northside "
      "Hospital; Christos Zoulas of Cornell University wrote.";
  EXPECT_EQ(Of(kOrg, text),
            (Strings{"Brightwater Legal LLP", "Northside Hospital", "Cornell University"}));
  EXPECT_EQ(Of(kPerson, text), (Strings{"Fiona McAllister", "Jane Doe", "Christos Zoulas"}));
  EXPECT_EQ(Of(kOrg, "The Royal Bank of Scotland plc and University of Michigan Hospital"),
            (Strings{"Royal Bank of Scotland plc", "University of Michigan Hospital"}));
}

// Two partners' surnames joined by a spaced dash, after a word that leads to an organisation
// alone; ranges, pairs and results of a match are not firms.
TEST(NamesOrganization, PartnersJoinedBySpacedDash) {
  EXPECT_EQ(Of(kOrg, "I met Jane Smith from Gottlieb - Larson yesterday."),
            (Strings{"Gottlieb - Larson"}));
  EXPECT_EQ(Of(kOrg, "Maria Lopez works for Borer \xE2\x80\x93 Monahan-Bergnaum in Boston."),
            (Strings{"Borer \xE2\x80\x93 Monahan-Bergnaum"}));
  EXPECT_EQ(Of(kOrg, "Client: Mayert - Effertz"), (Strings{"Mayert - Effertz"}));
  for (std::string_view text : {
           "Trains from London - Paris run hourly.",
           "Open from Monday - Friday.",
           "The results of Smith - Jones were close.",
           "A quote from Brown - White, the painters.",
           "A call from Paul - Mathieu rang twice.",
           "Flights from Gottlieb - 2024 schedule.",
       }) {
    EXPECT_TRUE(Of(kOrg, text).empty()) << text;
  }
}

// Family firms, named across their "and" in several languages; partners joined by "e", "et", "y"
// or "und" as by "and".
TEST(NamesOrganization, FamilyFirmsAndPartnersInOtherLanguages) {
  EXPECT_EQ(Of(kOrg, "Skinner announced that Borman and Sons will merge."),
            (Strings{"Borman and Sons"}));
  EXPECT_EQ(Of(kOrg, "The contract went to Salmon Carlier et Fils."),
            (Strings{"Salmon Carlier et Fils"}));
  EXPECT_EQ(Of(kOrg, "Farias Oliveira e Filhos announced results."),
            (Strings{"Farias Oliveira e Filhos"}));
  EXPECT_EQ(Of(kOrg, "In 2008 Lehman Brothers failed."), (Strings{"Lehman Brothers"}));
  // The partners' list before an organisation word, as before a legal form.
  EXPECT_EQ(Of(kOrg, "The report by Dodaro, Longhi e Durante Group is attached."),
            (Strings{"Dodaro, Longhi e Durante Group"}));
  EXPECT_EQ(Of(kOrg, "We hired Hughes, Morgan & Partners for the audit."),
            (Strings{"Hughes, Morgan & Partners"}));
  EXPECT_EQ(Of(kOrg, "However, Morgan & Partners won."), (Strings{"Morgan & Partners"}));
  EXPECT_EQ(Of(kOrg, "Job: Geochemist, Taylor and Sons"), (Strings{"Taylor and Sons"}));
  for (std::string_view text : {
           "Fathers and Sons is a novel.",
           "We met Jack and his Sons.",
           "The Brothers Karamazov is a novel.",
       }) {
    EXPECT_TRUE(Of(kOrg, text).empty()) << text;
  }
}

// --- LOCATION ----------------------------------------------------------------------------------

TEST(NamesLocation, GazetteerPlaces) {
  EXPECT_EQ(Of(kLoc, "Our offices in London, Toronto and São Paulo will close."),
            (Strings{"London", "Toronto", "São Paulo"}));
  EXPECT_EQ(Of(kLoc, "She moved from New York to California last year."),
            (Strings{"New York", "California"}));
  EXPECT_EQ(Of(kLoc, "Shipping to Germany and Japan"), (Strings{"Germany", "Japan"}));
}

TEST(NamesLocation, AmbiguousPlacesNeedContext) {
  EXPECT_TRUE(Of(kLoc, "Reading the report, I found a Split in the data.").empty());
  EXPECT_TRUE(Of(kLoc, "Mobile app redesign; Orange buttons look Nice.").empty());
  EXPECT_EQ(Of(kLoc, "The team is based in Reading."), (Strings{"Reading"}));
  EXPECT_EQ(Of(kLoc, "Springfield", "City"), (Strings{"Springfield"}));
  EXPECT_EQ(Of(kLoc, "Turkey", "Country"), (Strings{"Turkey"}));
  EXPECT_TRUE(Of(kLoc, "Turkey sandwiches").empty());
}

TEST(NamesLocation, PairsAndCalendarWords) {
  EXPECT_EQ(Of(kLoc, "Ship to Springfield, IL by Friday, then Lyon, France."),
            (Strings{"Springfield", "Lyon", "France"}));
  EXPECT_TRUE(Of(kLoc, "In March, April and May we focus on Sales.").empty());
  EXPECT_EQ(Of(kLoc, "Revenue in Europe and Asia grew."), (Strings{"Europe", "Asia"}));
}

// Written in capitals amid ordinary words, a city or region's name is an acronym: the MIE
// format, a URI (the canton Uri), a NICE guideline. In a heading in capitals it is still a place,
// when a cue says so, and countries are written so ("USA", "UK").
TEST(NamesLocation, CapitalsAreAcronymsUnlessTheLineIsInCapitals) {
  EXPECT_TRUE(Of(kLoc, "Each MIE file holds a URI in MIE format, per the NICE guideline.").empty());
  EXPECT_EQ(Of(kLoc, "OUR OFFICES IN TEXAS"), (Strings{"TEXAS"}));
  EXPECT_TRUE(Of(kLoc, "MIE 1.1 FORMAT SPECIFICATION (2007-01-21)").empty());
  EXPECT_EQ(Of(kLoc, "Shipped from the USA to the UK."), (Strings{"USA", "UK"}));
}

// A town followed by a surname or by a word no list knows is a person whose given name the
// lists lack ("Vladimir" is a city too); followed by an everyday word it is still the place.
TEST(NamesLocation, TownBeforeAnUnknownNameIsNoPlace) {
  EXPECT_TRUE(Of(kLoc, "Copyright 2004 Vladimir Batovsky\n").empty());
  EXPECT_TRUE(Of(kLoc, "(c) 2005, Herve Drolon, FreeImage Team").empty());
  EXPECT_EQ(Of(kLoc, "Meet me at the London Office tomorrow."), (Strings{"London"}));
  EXPECT_EQ(Of(kLoc, "She flew from Vladimir to Moscow."), (Strings{"Vladimir", "Moscow"}));
}

// A news dateline names its place in capitals at the start of a line, before a date, a source or
// a dash; a version after an acronym is no date.
TEST(NamesLocation, DatelinesInCapitals) {
  EXPECT_EQ(Of(kLoc, "BRUSSELS 1996-08-22\nThe Commission said"), (Strings{"BRUSSELS"}));
  EXPECT_EQ(Of(kLoc, "LONDON (Reuters) - Shares fell."), (Strings{"LONDON"}));
  EXPECT_EQ(Of(kLoc, "TORONTO, March 3 - Talks resumed."), (Strings{"TORONTO"}));
  EXPECT_TRUE(Of(kLoc, "MIE 1.1 FORMAT SPECIFICATION").empty());
  EXPECT_TRUE(Of(kLoc, "See the URI 2020 notes").empty());
  EXPECT_EQ(Of(kLoc, "from Britain and France"), (Strings{"Britain", "France"}));
}

// A town no list holds, told by how place names are built and by a word that places follow or
// precede; the shape alone, or the cue alone, is not enough.
TEST(NamesLocation, UnlistedTownsByTheirShape) {
  EXPECT_EQ(Of(kLoc, "Jane works for Acme in Port Quarnistown."), (Strings{"Port Quarnistown"}));
  EXPECT_EQ(Of(kLoc, "Meeting tomorrow at our Tessbrettshire office."),
            (Strings{"Tessbrettshire"}));
  EXPECT_EQ(Of(kLoc, "We sold units in West Quarnburgh and in Tesscherbury."),
            (Strings{"West Quarnburgh", "Tesscherbury"}));
  EXPECT_EQ(Of(kLoc, "The team in Quarnes-sur-Tessy agreed."), (Strings{"Quarnes-sur-Tessy"}));
  EXPECT_EQ(Of(kLoc, "Our branch in East Cheryl opened."), (Strings{"East Cheryl"}));
  EXPECT_TRUE(Of(kLoc, "Tesscherbury is lovely.").empty());          // a shape, no cue
  EXPECT_TRUE(Of(kLoc, "Notes in Quarnity and Tessel.").empty());    // a cue, no shape
  EXPECT_TRUE(Of(kLoc, "We deployed to Port 8080 today.").empty());  // a lead, then a number
  EXPECT_TRUE(Of(kLoc, "It is stored in Lake Formation.").empty());  // then an everyday word
  EXPECT_TRUE(Of(kLoc, "Data in New Relic and in Excel.").empty());
  EXPECT_TRUE(Of(kLoc, "The bug in Quarnberg's code.").empty());  // a possessive: a person's
  EXPECT_TRUE(Of(kLoc, "A report in Downtown style.").empty());   // an English word
}

TEST(NamesLocation, PersonWinsOverPlace) {
  EXPECT_EQ(Scan("Jordan Whitfield signed the lease."),
            (std::vector<Found>{{kPerson, "Jordan Whitfield"}}));
}

// --- Robustness ---------------------------------------------------------------------------------

TEST(NamesFinder, AnyBytesNeverCrash) {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk.push_back(static_cast<char>((i * 131) ^ (i >> 3)));
  junk += "Jane Doe \xC3";  // truncated UTF-8 at the end
  std::vector<Finding> out;
  NameFinder::Default().Find(junk, "name", NamesOnly(), out);
  for (const Finding& f : out) {
    EXPECT_LE(f.begin, f.end);
    EXPECT_LE(f.end, junk.size());
  }
  Scan(junk);
  Scan("");
  Scan("A");
  Scan("Jane");
  Scan("Mr.");
}

TEST(NamesFinder, OnlyEnabledTypesAreReported) {
  Policy p = NamesOnly();
  p.enabled[static_cast<size_t>(Entity::PERSON)] = false;
  std::vector<Finding> out;
  NameFinder::Default().Find("Jane Doe of Acme Inc lives in Paris, France.", "", p, out);
  for (const Finding& f : out) EXPECT_NE(f.type, kPerson);
  EXPECT_FALSE(out.empty());
}

}  // namespace
}  // namespace deskbench
