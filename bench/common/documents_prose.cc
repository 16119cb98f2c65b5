// Prose documents: emails, memos, meeting notes and invoices.

#include <string_view>

#include "common/documents.h"

namespace bench {

using deskbench::Entity;

namespace {

// Types a sentence of prose can carry (USER_TERM comes from the user's list, not from text).
constexpr Entity kProseTypes[] = {Entity::EMAIL,
                                  Entity::PHONE,
                                  Entity::CREDIT_CARD,
                                  Entity::IBAN,
                                  Entity::US_SSN,
                                  Entity::US_ITIN,
                                  Entity::US_EIN,
                                  Entity::US_PASSPORT,
                                  Entity::US_DRIVER_LICENSE,
                                  Entity::US_BANK_ROUTING,
                                  Entity::US_BANK_ACCOUNT,
                                  Entity::UK_NINO,
                                  Entity::UK_NHS,
                                  Entity::CA_SIN,
                                  Entity::AU_TFN,
                                  Entity::AU_ABN,
                                  Entity::AU_MEDICARE,
                                  Entity::IN_PAN,
                                  Entity::IN_AADHAAR,
                                  Entity::SG_NRIC,
                                  Entity::ES_NIF,
                                  Entity::IT_FISCAL_CODE,
                                  Entity::DE_TAX_ID,
                                  Entity::PL_PESEL,
                                  Entity::FI_PERSONAL_ID,
                                  Entity::FR_NIR,
                                  Entity::SE_PERSONNUMMER,
                                  Entity::NO_FODSELSNUMMER,
                                  Entity::BE_NATIONAL_NUMBER,
                                  Entity::NL_BSN,
                                  Entity::DK_CPR,
                                  Entity::DE_SOCIAL_SECURITY,
                                  Entity::ID_DOCUMENT,
                                  Entity::IP_ADDRESS,
                                  Entity::MAC_ADDRESS,
                                  Entity::URL,
                                  Entity::CRYPTO_WALLET,
                                  Entity::VIN,
                                  Entity::IMEI,
                                  Entity::GPS_COORDINATES,
                                  Entity::DATE_OF_BIRTH,
                                  Entity::MEDICAL_RECORD_NUMBER,
                                  Entity::STREET_ADDRESS,
                                  Entity::PERSON,
                                  Entity::ORGANIZATION,
                                  Entity::LOCATION,
                                  Entity::SECRET,
                                  Entity::CONFIDENTIAL_MARKER};

// "Label: value." with one of the given labels.
void Labeled(Faker& f, Doc& d, std::initializer_list<std::string_view> labels, Entity type,
             const std::string& value) {
  std::string_view label = labels.begin()[f.rng().Below(labels.size())];
  d << label;
  d.Put(type, value);
  d << ".";
}

}  // namespace

void PlantFact(Faker& f, Doc& d, Entity type) {
  Rng& r = f.rng();
  switch (type) {
    case Entity::EMAIL: {
      Person p = f.NewPerson();
      d << "You can reach ";
      d.Put(Entity::PERSON, p.Full());
      d << " at ";
      d.Put(Entity::EMAIL, f.Email(p, f.NewOrg()));
      d << ".";
      break;
    }
    case Entity::PHONE:
      Labeled(f, d, {"Call me on ", "Direct line: ", "Mobile: ", "Please ring the front desk on "},
              type, f.Phone());
      break;
    case Entity::CREDIT_CARD:
      Labeled(f, d,
              {"Card number: ", "Please charge the corporate card ", "Card on file ",
               "The payment card used was "},
              type, f.CreditCard());
      break;
    case Entity::IBAN:
      Labeled(f, d, {"IBAN: ", "Please wire the deposit to IBAN ", "Bank details (IBAN) "}, type,
              f.Iban());
      break;
    case Entity::US_SSN:
      Labeled(f, d, {"SSN: ", "Her social security number is ", "Social Security No. "}, type,
              f.UsSsn());
      break;
    case Entity::US_ITIN:
      Labeled(f, d, {"ITIN: ", "Individual taxpayer identification number (ITIN) "}, type,
              f.UsItin());
      break;
    case Entity::US_EIN:
      Labeled(f, d, {"EIN: ", "Employer Identification Number ", "Federal EIN "}, type, f.UsEin());
      break;
    case Entity::US_PASSPORT:
      Labeled(f, d, {"Passport number: ", "US passport no. ", "Passport # "}, type, f.UsPassport());
      break;
    case Entity::US_DRIVER_LICENSE:
      Labeled(f, d, {"Driver's license number: ", "Driver license # ", "DL number "}, type,
              f.UsDriverLicense());
      break;
    case Entity::US_BANK_ROUTING:
      Labeled(f, d, {"Routing number: ", "ABA routing number ", "Bank routing # "}, type,
              f.AbaRouting());
      break;
    case Entity::US_BANK_ACCOUNT:
      Labeled(f, d, {"Account number: ", "Checking account no. ", "Bank account # "}, type,
              f.BankAccount());
      break;
    case Entity::UK_NINO:
      Labeled(f, d, {"National Insurance number: ", "NI number ", "NINO: "}, type, f.UkNino());
      break;
    case Entity::UK_NHS:
      Labeled(f, d, {"NHS number: ", "NHS No. "}, type, f.UkNhs());
      break;
    case Entity::CA_SIN:
      Labeled(f, d, {"SIN: ", "Social Insurance Number "}, type, f.CaSin());
      break;
    case Entity::AU_TFN:
      Labeled(f, d, {"Tax file number: ", "TFN "}, type, f.AuTfn());
      break;
    case Entity::AU_ABN:
      Labeled(f, d, {"ABN ", "Australian Business Number: "}, type, f.AuAbn());
      break;
    case Entity::AU_MEDICARE:
      Labeled(f, d, {"Medicare card number: ", "Medicare No. "}, type, f.AuMedicare());
      break;
    case Entity::IN_PAN:
      Labeled(f, d, {"PAN: ", "PAN card number "}, type, f.InPan());
      break;
    case Entity::IN_AADHAAR:
      Labeled(f, d, {"Aadhaar number: ", "Aadhaar "}, type, f.InAadhaar());
      break;
    case Entity::SG_NRIC:
      Labeled(f, d, {"NRIC: ", "NRIC/FIN "}, type, f.SgNric());
      break;
    case Entity::ES_NIF:
      Labeled(f, d, {"NIF: ", "DNI ", "NIE/NIF "}, type, f.EsNif());
      break;
    case Entity::IT_FISCAL_CODE:
      Labeled(f, d, {"Codice fiscale: ", "Fiscal code "}, type, f.ItFiscalCode(f.NewPerson()));
      break;
    case Entity::DE_TAX_ID:
      Labeled(f, d, {"Steuer-ID: ", "Steuerliche Identifikationsnummer ", "German tax ID "}, type,
              f.DeTaxId());
      break;
    case Entity::PL_PESEL:
      Labeled(f, d, {"PESEL: ", "Numer PESEL "}, type, f.PlPesel());
      break;
    case Entity::FI_PERSONAL_ID:
      Labeled(f, d, {"Henkilötunnus: ", "HETU ", "Personal identity code "}, type, f.FiHetu());
      break;
    case Entity::FR_NIR:
      Labeled(f, d, {"N° de sécurité sociale : ", "NIR ", "Numéro de sécurité sociale "}, type,
              f.FrNir());
      break;
    case Entity::SE_PERSONNUMMER:
      Labeled(f, d, {"Personnummer: ", "Pnr "}, type, f.SePersonnummer());
      break;
    case Entity::NO_FODSELSNUMMER:
      Labeled(f, d, {"Fødselsnummer: ", "Fnr. "}, type, f.NoFodselsnummer());
      break;
    case Entity::BE_NATIONAL_NUMBER:
      Labeled(f, d, {"Rijksregisternummer: ", "Numéro national "}, type, f.BeNationalNumber());
      break;
    case Entity::NL_BSN:
      Labeled(f, d, {"BSN: ", "Burgerservicenummer "}, type, f.NlBsn());
      break;
    case Entity::DK_CPR:
      Labeled(f, d, {"CPR-nr.: ", "CPR "}, type, f.DkCpr());
      break;
    case Entity::DE_SOCIAL_SECURITY:
      Labeled(f, d, {"Sozialversicherungsnummer: ", "SV-Nummer "}, type, f.DeSvnr());
      break;
    case Entity::ID_DOCUMENT:
      Labeled(f, d,
              {"Personalausweis-Nr. ", "Passeport n\xC2\xB0 ",
               "Driving licence: ", "Pasaporte: ", "Identity card number "},
              type, f.IdDocument());
      break;
    case Entity::IP_ADDRESS:
      d << (r.Chance(0.5) ? "The VPN gateway is at " : "Traffic spiked from ");
      d.Put(type, r.Chance(0.7) ? f.Ipv4() : f.Ipv6());
      d << ".";
      break;
    case Entity::MAC_ADDRESS:
      d << "The laptop with MAC address ";
      d.Put(type, f.Mac());
      d << " was added to the allow list.";
      break;
    case Entity::URL:
      d << (r.Chance(0.5) ? "The slides are at " : "Mirror for the build artefacts: ");
      d.Put(type, r.Chance(0.8) ? f.Url(f.NewOrg()) : f.UrlWithCredentials(f.NewOrg()));
      d << " for now.";
      break;
    case Entity::CRYPTO_WALLET:
      Labeled(f, d, {"Send the refund to wallet ", "BTC address: ", "Payout wallet "}, type,
              f.CryptoWallet());
      break;
    case Entity::VIN:
      Labeled(f, d, {"VIN: ", "Insured vehicle VIN ", "Fahrgestellnummer "}, type, f.Vin());
      break;
    case Entity::IMEI:
      Labeled(f, d, {"IMEI: ", "The lost handset's IMEI is ", "IMEI 1 "}, type, f.Imei());
      break;
    case Entity::GPS_COORDINATES:
      Labeled(f, d, {"The crew met at ", "GPS fix ", "Site location: "}, type, f.Coordinates());
      break;
    case Entity::DATE_OF_BIRTH:
      if (r.Chance(0.5)) {
        Labeled(f, d, {"Date of birth: ", "DOB: ", "Birth date "}, type, f.BirthDate());
      } else {
        d.Put(Entity::PERSON, f.NewPerson().Full());
        d << " was born on ";
        d.Put(type, f.BirthDate());
        d << ".";
      }
      break;
    case Entity::MEDICAL_RECORD_NUMBER:
      Labeled(f, d, {"MRN: ", "Medical record number ", "Patient record no. "}, type,
              f.MedicalRecordNumber());
      break;
    case Entity::STREET_ADDRESS:
      Labeled(f, d, {"Ship to ", "Address: ", "Please send the documents to "}, type,
              f.StreetAddress());
      break;
    case Entity::PERSON:
      if (r.Chance(0.5)) {
        d.Put(type, f.NewPerson().Full());
        d << " will lead the workstream from here.";
      } else {
        d << "I spoke with ";
        d.Put(type, f.NewPerson().Full());
        d << " about the handover.";
      }
      break;
    case Entity::ORGANIZATION:
      d << "We signed the renewal with ";
      d.Put(type, f.NewOrg().name);
      d << " last week.";
      break;
    case Entity::LOCATION:
      if (r.Chance(0.6)) {
        d << "The team is relocating to ";
        d.Put(type, f.City());
      } else {
        d << "Shipments from ";
        d.Put(type, f.Country());
        d << " are delayed";
      }
      d << ".";
      break;
    case Entity::SECRET:
      switch (r.Below(6)) {
        case 0:
          d << "The staging AWS key is ";
          d.Put(type, f.AwsAccessKey());
          break;
        case 1:
          d << "Use this token for the CI job: ";
          d.Put(type, f.GithubToken());
          break;
        case 2:
          d << "Slack bot token: ";
          d.Put(type, f.SlackToken());
          break;
        case 3:
          d << "Live Stripe key ";
          d.Put(type, f.StripeKey());
          break;
        case 4:
          d << "Auth header was Bearer ";
          d.Put(type, f.Jwt());
          break;
        default:
          d << "Here is the deploy key, keep it safe:\n";
          d.Put(type, f.PrivateKeyBlock());
          d << "\n";
      }
      d << ".";
      break;
    case Entity::CONFIDENTIAL_MARKER:
      d << "\n";
      d.Put(type, f.ConfidentialMarker());
      d << "\n";
      break;
    default:
      break;
  }
}

void PlantNearMiss(Faker& f, Doc& d) {
  Rng& r = f.rng();
  std::string kind;
  std::string value = f.NearMiss(kind);
  if (kind == "bad_card") {
    d << "Reference card ";
  } else if (kind == "bad_iban") {
    d << "The old IBAN ";
  } else if (kind == "bad_ssn") {
    d << "Test SSN ";
  } else if (kind == "order_number") {
    d << "Order ";
  } else if (kind == "invoice_number") {
    d << "See invoice ";
  } else if (kind == "version") {
    d << "Upgrade the client to version ";
  } else if (kind == "uuid") {
    d << "Ticket id ";
  } else if (kind == "git_sha") {
    d << "Fixed in commit ";
  } else if (kind == "plain_date") {
    d << (r.Chance(0.5) ? "The deadline is " : "We met on ");
  } else if (kind == "amount") {
    d << "The total came to ";
  } else if (kind == "heading") {
    d << "Under ";
  } else if (kind == "placeholder_secret") {
    d << "Set the password to ";
  } else if (kind == "bad_vin") {
    d << "Part batch ";
  } else if (kind == "measurements") {
    d << "The two samples read ";
  } else {
    d << "Request ";
  }
  d.Near(kind, value);
  d << (kind == "bad_card" || kind == "bad_iban" || kind == "bad_ssn" ? " was rejected as invalid."
                                                                      : " for reference.");
}

void Paragraph(Faker& f, Doc& d) {
  Rng& r = f.rng();
  int n = r.Range(3, 8);
  for (int i = 0; i < n; ++i) {
    if (i) d << " ";
    // Mostly ordinary prose: real documents hold a sensitive value every few sentences.
    uint64_t x = r.Below(100);
    if (x < 78) {
      d << f.Sentence();
    } else if (x < 92) {
      PlantFact(f, d, r.Pick(kProseTypes));
    } else {
      PlantNearMiss(f, d);
    }
  }
  d << "\n";
}

void WriteEmail(Faker& f, Doc& d) {
  Rng& r = f.rng();
  Org org = f.NewOrg();
  Person from = f.NewPerson(), to = f.NewPerson();
  d << "From: ";
  d.Put(Entity::PERSON, from.Full());
  d << " <";
  d.Put(Entity::EMAIL, f.Email(from, org));
  d << ">\nTo: ";
  d.Put(Entity::PERSON, to.Full());
  d << " <";
  d.Put(Entity::EMAIL, f.Email(to, f.NewOrg()));
  d << ">\n";
  if (r.Chance(0.3)) {
    d << "Cc: ";
    d.Put(Entity::EMAIL, f.Email(f.NewPerson(), org));
    d << "\n";
  }
  d << "Date: ";
  d.Near("plain_date", f.PlainDate());
  d << "\nSubject: " << (r.Chance(0.5) ? "Re: " : "");
  d.Near("heading", f.TitleHeading());
  d << "\n\n";
  if (r.Chance(0.15)) {
    d.Put(Entity::CONFIDENTIAL_MARKER, f.ConfidentialMarker());
    d << "\n\n";
  }
  d << (r.Chance(0.5) ? "Hi " : "Dear ");
  d.Put(Entity::PERSON, to.first);
  d << ",\n\n";
  int paras = r.Range(1, 4);
  for (int i = 0; i < paras; ++i) {
    Paragraph(f, d);
    d << "\n";
  }
  d << (r.Chance(0.5) ? "Best regards,\n" : "Thanks,\n");
  d.Put(Entity::PERSON, from.Full());
  d << "\n" << f.JobTitle() << " | ";
  d.Put(Entity::ORGANIZATION, org.name);
  d << "\nTel: ";
  d.Put(Entity::PHONE, f.Phone());
  if (r.Chance(0.5)) {
    d << " | ";
    d.Put(Entity::URL, "www." + org.domain);
  }
  d << "\n";
  if (r.Chance(0.2)) {
    d << "\n";
    d.Put(Entity::CONFIDENTIAL_MARKER, "CONFIDENTIAL");
    d << ": this message is intended only for the addressee.\n";
  }
  d << "\n";
}

void WriteMemo(Faker& f, Doc& d) {
  Rng& r = f.rng();
  if (r.Chance(0.6)) {
    d.Put(Entity::CONFIDENTIAL_MARKER, f.ConfidentialMarker());
    d << "\n\n";
  }
  Person from = f.NewPerson();
  d << "MEMORANDUM\n\nTo: All staff, ";
  d.Put(Entity::LOCATION, f.City());
  d << " office\nFrom: ";
  d.Put(Entity::PERSON, from.Full());
  d << ", " << f.JobTitle() << "\nDate: ";
  d.Near("plain_date", f.PlainDate());
  d << "\nRe: ";
  d.Near("heading", f.TitleHeading());
  d << "\n\n";
  int paras = r.Range(2, 4);
  for (int i = 0; i < paras; ++i) {
    Paragraph(f, d);
    d << "\n";
  }
}

void WriteMeetingNotes(Faker& f, Doc& d) {
  Rng& r = f.rng();
  d << "# ";
  d.Near("heading", f.TitleHeading());
  d << " - ";
  d.Near("plain_date", f.PlainDate());
  d << "\n\nAttendees: ";
  int n = r.Range(2, 4);
  Person lead = f.NewPerson();
  for (int i = 0; i < n; ++i) {
    if (i) d << ", ";
    d.Put(Entity::PERSON, i == 0 ? lead.Full() : f.NewPerson().Full());
  }
  d << " (";
  d.Put(Entity::ORGANIZATION, f.NewOrg().name);
  d << ")\n\n## Notes\n";
  int bullets = r.Range(3, 6);
  for (int i = 0; i < bullets; ++i) {
    d << "- ";
    if (r.Chance(0.5)) {
      PlantFact(f, d, r.Pick(kProseTypes));
    } else if (r.Chance(0.5)) {
      PlantNearMiss(f, d);
    } else {
      d << f.Sentence();
    }
    d << "\n";
  }
  d << "\n## Action Items\n";
  int actions = r.Range(1, 3);
  for (int i = 0; i < actions; ++i) {
    d << "- [ ] ";
    d.Put(Entity::PERSON, f.NewPerson().first);
    d << " to follow up on the " << f.Word() << " by ";
    d.Near("plain_date", f.PlainDate());
    d << "\n";
  }
  d << "\n";
}

void WriteInvoice(Faker& f, Doc& d) {
  Rng& r = f.rng();
  Org seller = f.NewOrg(), buyer = f.NewOrg();
  d << "INVOICE ";
  d.Near("invoice_number", f.InvoiceNumber());
  d << "\n\n";
  d.Put(Entity::ORGANIZATION, seller.name);
  d << "\n";
  d.Put(Entity::STREET_ADDRESS, f.StreetAddress());
  d << "\n";
  switch (r.Below(3)) {
    case 0:
      d << "EIN: ";
      d.Put(Entity::US_EIN, f.UsEin());
      break;
    case 1:
      d << "ABN: ";
      d.Put(Entity::AU_ABN, f.AuAbn());
      break;
    default:
      d << "Phone: ";
      d.Put(Entity::PHONE, f.Phone());
  }
  d << "\n\nBill to:\n";
  Person contact = f.NewPerson();
  d.Put(Entity::PERSON, contact.Full());
  d << "\n";
  d.Put(Entity::ORGANIZATION, buyer.name);
  d << "\n";
  d.Put(Entity::STREET_ADDRESS, f.StreetAddress());
  d << "\n";
  d.Put(Entity::EMAIL, f.Email(contact, buyer));
  d << "\n\nInvoice date: ";
  d.Near("plain_date", f.PlainDate());
  d << "\nPurchase order: ";
  d.Near("order_number", f.OrderNumber());
  d << "\n\nDescription                      Qty   Amount\n";
  int items = r.Range(2, 6);
  for (int i = 0; i < items; ++i) {
    d << (r.Chance(0.5) ? "Consulting services (" : "Licence renewal (") << f.Word() << ")   "
      << std::to_string(r.Range(1, 40)) << "   ";
    d.Near("amount", f.Amount());
    d << "\n";
  }
  d << "\nTotal due: ";
  d.Near("amount", f.Amount());
  d << "\n\nPayment details:\n";
  if (r.Chance(0.5)) {
    d << "IBAN: ";
    d.Put(Entity::IBAN, f.Iban());
    d << "\n";
  } else {
    d << "Routing number: ";
    d.Put(Entity::US_BANK_ROUTING, f.AbaRouting());
    d << "\nAccount number: ";
    d.Put(Entity::US_BANK_ACCOUNT, f.BankAccount());
    d << "\n";
  }
  d << "\n----\n\n";
}

}  // namespace bench
