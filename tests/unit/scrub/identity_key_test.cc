#include "scrub/identity_key.h"

#include <gtest/gtest.h>

#include "scrub/decisions.h"

namespace deskbench {
namespace {

TEST(IdentityKey, MentionsOfOnePersonShareOneKey) {
  names::IdentityBook people;
  people.Add("Jane Doe");
  people.Add("Mark Stone");
  names::OrgBook orgs;
  std::string jane = IdentityKey(Entity::PERSON, "Jane Doe", people, orgs);
  EXPECT_EQ(jane.rfind("person:", 0), 0u);
  EXPECT_EQ(IdentityKey(Entity::PERSON, "Doe", people, orgs), jane);
  EXPECT_EQ(IdentityKey(Entity::EMAIL, "jane.doe@brightline.com", people, orgs), jane);
  EXPECT_NE(IdentityKey(Entity::PERSON, "Mark Stone", people, orgs), jane);
}

TEST(IdentityKey, OrganisationsByTheirFullName) {
  names::IdentityBook people;
  names::OrgBook orgs;
  orgs.Add("Brightline Logistics Inc.");
  std::string full = IdentityKey(Entity::ORGANIZATION, "Brightline Logistics Inc.", people, orgs);
  EXPECT_EQ(full.rfind("org:", 0), 0u);
  EXPECT_EQ(IdentityKey(Entity::ORGANIZATION, "Brightline Logistics", people, orgs), full);
}

TEST(IdentityKey, AnythingElseIsItsOwnValue) {
  names::IdentityBook people;
  people.Add("Jane Doe");
  names::OrgBook orgs;
  EXPECT_EQ(IdentityKey(Entity::PHONE, "+1 415 555 0134", people, orgs),
            ValueId(Entity::PHONE, "+1 415 555 0134"));
  EXPECT_EQ(IdentityKey(Entity::PERSON, "Ann Smith", people, orgs),
            ValueId(Entity::PERSON, "Ann Smith"));
}

TEST(IdentityKey, GivenTheValueIdTheKeysAreTheSame) {
  names::IdentityBook people;
  people.Add("Jane Doe");
  names::OrgBook orgs;
  orgs.Add("Brightline Logistics Inc.");
  const std::pair<Entity, std::string_view> values[] = {
      {Entity::PERSON, "Jane Doe"},       {Entity::PERSON, "Doe"},
      {Entity::PERSON, "Ann Smith"},      {Entity::EMAIL, "jane.doe@brightline.com"},
      {Entity::EMAIL, "ops@example.org"}, {Entity::ORGANIZATION, "Brightline Logistics"},
      {Entity::ORGANIZATION, "Acme Ltd"}, {Entity::PHONE, "+1 415 555 0134"},
  };
  for (const auto& [type, value] : values) {
    EXPECT_EQ(IdentityKey(type, value, people, orgs, ValueId(type, value)),
              IdentityKey(type, value, people, orgs))
        << value;
  }
}

}  // namespace
}  // namespace deskbench
