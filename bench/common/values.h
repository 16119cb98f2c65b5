#pragma once
// Fake but well-formed values for every entity type, and near-misses that look alike but must not
// be reported. Built from the published formats; check digits come from checksums.h.

#include <string>

#include "common/rng.h"

namespace bench {

struct Person {
  std::string first;
  std::string last;
  std::string Full() const { return first + " " + last; }
};

struct Org {
  std::string name;    // "Northwind Logistics Ltd"
  std::string domain;  // "northwind-logistics.co.uk"
};

class Faker {
 public:
  explicit Faker(Rng& rng) : rng_(rng) {}
  Rng& rng() { return rng_; }

  // People, organisations, places, contact details (values_contact.cc).
  Person NewPerson();
  Org NewOrg();
  std::string Email(const Person& p, const Org& org);
  std::string Phone();
  std::string City();
  std::string Country();
  std::string StreetAddress();
  std::string Url(const Org& org);
  std::string UrlWithCredentials(const Org& org);
  std::string Ipv4();
  std::string Ipv6();
  std::string Mac();
  std::string BirthDate();  // a date in one of the usual written forms
  std::string JobTitle();

  // Financial and national identifiers, all with valid check digits (values_ids.cc).
  std::string CreditCard();
  std::string Iban();
  std::string UsSsn();
  std::string UsItin();
  std::string UsEin();
  std::string UsPassport();
  std::string UsDriverLicense();
  std::string AbaRouting();
  std::string BankAccount();
  std::string UkNino();
  std::string UkNhs();
  std::string CaSin();
  std::string AuTfn();
  std::string AuAbn();
  std::string AuMedicare();
  std::string InPan();
  std::string InAadhaar();
  std::string SgNric();
  std::string EsNif();
  std::string ItFiscalCode(const Person& p);
  std::string DeTaxId();
  std::string PlPesel();
  std::string FiHetu();
  std::string FrNir();
  std::string SePersonnummer();
  std::string NoFodselsnummer();
  std::string BeNationalNumber();
  std::string NlBsn();
  std::string DkCpr();
  std::string DeSvnr();
  std::string IdDocument();
  std::string CryptoWallet();
  std::string Vin();
  std::string Imei();
  std::string Coordinates();
  std::string MedicalRecordNumber();

  // Secrets and markers (values_secrets.cc).
  std::string AwsAccessKey();
  std::string AwsSecretKey();
  std::string GithubToken();
  std::string SlackToken();
  std::string StripeKey();
  std::string GoogleApiKey();
  std::string Jwt();
  std::string PrivateKeyBlock();
  std::string Password();
  std::string UrlPassword();  // Password() percent-encoded for a URL's userinfo
  std::string ConfidentialMarker();

  // Near-misses (values_near.cc): each returns a value and sets `kind` to what it imitates.
  std::string NearMiss(std::string& kind);
  std::string BadCard();
  std::string BadIban();
  std::string BadSsn();
  std::string OrderNumber();
  std::string InvoiceNumber();
  std::string Version();
  std::string Uuid();
  std::string GitSha();
  std::string PlainDate();
  std::string Amount();
  std::string TitleHeading();
  std::string PlaceholderSecret();
  std::string HexId(size_t n);
  std::string BadVin();
  std::string Measurements();

  // Filler prose with no entities in it (words.cc).
  std::string Sentence();
  std::string Word();

 private:
  Rng& rng_;
};

}  // namespace bench
