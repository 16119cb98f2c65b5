// CONFIDENTIAL_MARKER rules through the real Engine: banners, phrases, scores and near misses.

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "detect/engine.h"
#include "detect/recognizers/groups.h"

namespace deskbench {
namespace {

Engine& MarkerEngine() {
  static Engine engine([] {
    Policy p;
    p.enabled.fill(false);
    p.enabled[static_cast<size_t>(Entity::CONFIDENTIAL_MARKER)] = true;
    return p;
  }());
  return engine;
}

struct Found {
  std::string text;
  std::string recognizer;
  float score;
};

std::vector<Found> Scan(std::string_view text) {
  auto scanner = MarkerEngine().NewScanner();
  std::vector<Found> out;
  for (const Finding& f : scanner.Scan(text)) {
    EXPECT_EQ(f.type, Entity::CONFIDENTIAL_MARKER);
    out.push_back(
        {std::string(text.substr(f.begin, f.end - f.begin)), std::string(f.recognizer), f.score});
  }
  return out;
}

struct Case {
  std::string id;
  std::string text;
  std::string expected;
  float min_score;
};

TEST(Markers, EveryRuleFindsItsPhrase) {
  const std::vector<Case> cases = {
      {"marker_strictly_confidential", "STRICTLY CONFIDENTIAL\nQ3 plan", "STRICTLY CONFIDENTIAL",
       0.9f},
      {"marker_strictly_confidential", "This memo is highly confidential.", "highly confidential",
       0.9f},
      {"marker_strictly_confidential", "Commercial-in-Confidence", "Commercial-in-Confidence",
       0.9f},
      {"marker_proprietary_and_confidential", "Footer: Proprietary and Confidential",
       "Proprietary and Confidential", 0.9f},
      {"marker_proprietary_and_confidential", "Privileged & Confidential",
       "Privileged & Confidential", 0.9f},
      {"marker_attorney_client_privileged", "Attorney-Client Privileged",
       "Attorney-Client Privileged", 0.9f},
      {"marker_attorney_client_privileged",
       "attorney\xE2\x80\x93"
       "client privilege applies",
       "attorney\xE2\x80\x93"
       "client privilege",
       0.9f},
      {"marker_attorney_client_privileged", "ATTORNEY CLIENT PRIVILEGED",
       "ATTORNEY CLIENT PRIVILEGED", 0.9f},
      {"marker_attorney_work_product", "Prepared as attorney work product", "attorney work product",
       0.9f},
      {"marker_internal_use_only", "For internal use only", "For internal use only", 0.9f},
      {"marker_internal_use_only", "Slides (internal only)", "internal only", 0.9f},
      {"marker_do_not_distribute", "DO NOT DISTRIBUTE", "DO NOT DISTRIBUTE", 0.9f},
      {"marker_do_not_distribute", "Please do not forward this email.", "do not forward", 0.7f},
      {"marker_do_not_distribute", "Not for distribution", "Not for distribution", 0.9f},
      {"marker_need_to_know", "Shared on a need to know basis", "need to know", 0.8f},
      {"marker_need_to_know", "need-to-know only", "need-to-know", 0.8f},
      {"marker_mnpi", "This deck contains MNPI.", "MNPI", 0.9f},
      {"marker_material_nonpublic_information", "may include material non-public information",
       "material non-public information", 0.9f},
      {"marker_embargoed", "Embargoed until 9:00 ET", "Embargoed until", 0.9f},
      {"marker_embargoed", "The release is under embargo", "under embargo", 0.9f},
      {"marker_trade_secret", "contains trade secrets of Acme", "trade secrets", 0.75f},
      {"marker_under_nda", "Shared under NDA with the vendor", "under NDA", 0.85f},
      {"marker_under_nda", "subject to the non-disclosure agreement",
       "subject to the non-disclosure agreement", 0.85f},
      {"marker_nda", "Send the NDA to legal", "NDA", 0.6f},
      {"marker_draft_confidential", "Draft \xE2\x80\x93 Confidential",
       "Draft \xE2\x80\x93 Confidential", 0.9f},
      {"marker_draft_confidential", "CONFIDENTIAL DRAFT v2", "CONFIDENTIAL DRAFT", 0.9f},
      {"marker_government_classification", "TOP SECRET//NOFORN", "TOP SECRET//NOFORN", 0.9f},
      {"marker_government_classification", "Marked TOP SECRET.", "TOP SECRET", 0.9f},
      {"marker_official_use_only", "For Official Use Only", "For Official Use Only", 0.9f},
      {"marker_confidential", "CONFIDENTIAL", "CONFIDENTIAL", 0.85f},
      {"marker_confidential", "  * Confidential\nbody", "Confidential", 0.85f},
      {"marker_confidential", "Status: Confidential", "Confidential", 0.55f},
      {"marker_restricted", "RESTRICTED", "RESTRICTED", 0.75f},
      {"marker_restricted", "Restricted: board members", "Restricted", 0.7f},
      {"marker_proprietary", "Proprietary\nAcme Corp", "Proprietary", 0.7f},
      {"marker_privileged", "PRIVILEGED", "PRIVILEGED", 0.75f},
      {"marker_confidential_phrase_other_languages", "Streng vertraulich", "Streng vertraulich",
       0.9f},
      {"marker_confidential_phrase_other_languages", "VS-NfD", "VS-NfD", 0.9f},
      {"marker_confidential_phrase_other_languages", "Nur f\xC3\xBCr den internen Gebrauch",
       "Nur f\xC3\xBCr den internen Gebrauch", 0.9f},
      {"marker_confidential_phrase_other_languages", "Document : usage interne uniquement",
       "usage interne uniquement", 0.9f},
      {"marker_confidential_phrase_other_languages", "Solo para uso interno",
       "Solo para uso interno", 0.9f},
      {"marker_confidential_phrase_other_languages", "Strettamente riservato",
       "Strettamente riservato", 0.9f},
      {"marker_confidential_phrase_other_languages", "Strikt vertrouwelijk", "Strikt vertrouwelijk",
       0.9f},
      {"marker_confidential_other_languages", "CONFIDENTIEL", "CONFIDENTIEL", 0.85f},
      {"marker_confidential_other_languages", "Ce document est confidentiel.", "confidentiel",
       0.55f},
      {"marker_confidential_other_languages", "Luottamuksellinen", "Luottamuksellinen", 0.85f},
      {"marker_riservato", "RISERVATO", "RISERVATO", 0.75f},
  };
  std::set<std::string> covered;
  for (const Case& c : cases) {
    covered.insert(c.id);
    bool hit = false;
    for (const Found& f : Scan(c.text)) {
      if (f.recognizer == c.id && f.text == c.expected) {
        hit = true;
        EXPECT_GE(f.score, c.min_score) << c.text;
      }
    }
    EXPECT_TRUE(hit) << c.id << " missed \"" << c.expected << "\" in \"" << c.text << "\"";
  }
  for (const PatternRecognizer& r : recognizers::Markers()) {
    EXPECT_TRUE(covered.count(std::string(r.id))) << "no case for " << r.id;
  }
}

TEST(Markers, OrdinaryWordsAreNotBanners) {
  for (std::string_view text : {
           "Access to the lab is restricted to staff.",
           "Il posto riservato alla stampa.",
           "una sala riservata",
           "We use a proprietary algorithm.",
           "You need to know the basics first.",
           "This document is not confidential.",
           "A non-confidential summary follows.",
           "the privileged few",
           "Secretary of State",
           "nda is lower case here",
           "Confidentiality is a value we hold.",
           "the licence allows use in\nproprietary programs as well",
           "some modes are\nrestricted to administrators",
           "the following permissions are restricted:",
       }) {
    EXPECT_TRUE(Scan(text).empty()) << text;
  }
}

TEST(Markers, ConfidentialInASentenceScoresLowerThanABanner) {
  auto sentence = Scan("Please keep this confidential between us.");
  ASSERT_EQ(sentence.size(), 1u);
  EXPECT_EQ(sentence[0].recognizer, "marker_confidential");
  EXPECT_LT(sentence[0].score, 0.6f);
  auto banner = Scan("CONFIDENTIAL");
  ASSERT_EQ(banner.size(), 1u);
  EXPECT_GT(banner[0].score, sentence[0].score);
}

TEST(Markers, StrongerPhraseWinsOverTheSingleWord) {
  auto found = Scan("Draft - Confidential");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].recognizer, "marker_draft_confidential");
  found = Scan("Proprietary and Confidential");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].recognizer, "marker_proprietary_and_confidential");
}

TEST(Markers, ChainedBannerIsOneFinding) {
  for (std::string_view banner : {
           "Confidential - Internal Only",
           "COMPANY CONFIDENTIAL - DO NOT DISTRIBUTE",
           "CONFIDENTIAL | INTERNAL USE ONLY | DO NOT FORWARD",
           "Strictly Confidential \xE2\x80\x94 Not for Distribution",
           "Privileged & Confidential // Attorney-Client Privileged",
       }) {
    const std::string text = "Subject: Q3 plan\n\n" + std::string(banner) + "\n\nHi Ana,";
    auto found = Scan(text);
    ASSERT_EQ(found.size(), 1u) << banner;
    EXPECT_EQ(found[0].text, banner);
    EXPECT_GE(found[0].score, 0.9f);
  }
  // Mid-sentence, the chain is still one banner.
  auto found = Scan("the deck (confidential - do not forward) is attached");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "confidential - do not forward");
}

TEST(Markers, UnchainedNeighboursStaySeparate) {
  // A sentence break or plain words between two markers is no chain.
  auto found = Scan("This is confidential. Internal only after review.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "confidential");
  EXPECT_EQ(found[1].text, "Internal only");
  // "internal" alone is not a marker phrase: the banner ends at "Confidential".
  found = Scan("Confidential - internal tools team");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "Confidential");
  // "not confidential" is no marker, so nothing chains onto it.
  EXPECT_TRUE(Scan("Status: not confidential - see legal").empty());
}

TEST(Markers, ArbitraryBytesNeverCrash) {
  std::string junk;
  for (int i = 0; i < 10000; ++i) junk.push_back(static_cast<char>((i * 131) ^ (i >> 3)));
  Scan(junk + "CONFIDENTIAL");
  Scan("need to know");
  Scan("embargoed");
  Scan("- confidential -");
  Scan("confidential -");
  Scan("- internal only");
  Scan(junk + "Confidential - Internal Only -- " + junk);
}

}  // namespace
}  // namespace deskbench
