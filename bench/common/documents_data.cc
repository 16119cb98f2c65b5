// Data and developer files: CSV exports, logs, .env, YAML, JSON and source code.

#include <string_view>

#include "common/documents.h"

namespace bench {

using deskbench::Entity;

namespace {

// A CSV cell holding an entity, quoted when the value holds a comma.
void Cell(Doc& d, Entity type, const std::string& value) {
  bool quote = value.find(',') != std::string::npos;
  if (quote) d << "\"";
  d.Put(type, value);
  if (quote) d << "\"";
}

std::string Timestamp(Rng& r) {
  auto two = [&](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
  return "2025-" + two(r.Range(1, 12)) + "-" + two(r.Range(1, 28)) + "T" + two(r.Range(0, 23)) +
         ":" + two(r.Range(0, 59)) + ":" + two(r.Range(0, 59)) + "." +
         std::to_string(r.Range(100, 999)) + "Z";
}

}  // namespace

void WriteCsv(Faker& f, Doc& d, size_t target_bytes) {
  Rng& r = f.rng();
  switch (r.Below(3)) {
    case 0:
      d << "customer_id,full_name,email,phone,street_address,date_of_birth,ssn,card_number,"
           "signup_date,lifetime_value\n";
      while (d.size() < target_bytes) {
        Person p = f.NewPerson();
        d << std::to_string(r.Range(100000, 999999)) << ",";
        Cell(d, Entity::PERSON, p.Full());
        d << ",";
        Cell(d, Entity::EMAIL, f.Email(p, f.NewOrg()));
        d << ",";
        Cell(d, Entity::PHONE, f.Phone());
        d << ",";
        Cell(d, Entity::STREET_ADDRESS, f.StreetAddress());
        d << ",";
        Cell(d, Entity::DATE_OF_BIRTH, f.BirthDate());
        d << ",";
        Cell(d, Entity::US_SSN, f.UsSsn());
        d << ",";
        Cell(d, Entity::CREDIT_CARD, f.CreditCard());
        d << ",";
        d.Near("plain_date", f.PlainDate());
        d << "," << std::to_string(r.Range(10, 99999)) << "." << r.Digits(2) << "\n";
      }
      break;
    case 1:
      d << "employee_id,first_name,last_name,work_email,mobile,ni_number,nhs_number,iban,office,"
           "start_date\n";
      while (d.size() < target_bytes) {
        Person p = f.NewPerson();
        Org org = f.NewOrg();
        d << "E" << r.Digits(5) << ",";
        Cell(d, Entity::PERSON, p.first);
        d << ",";
        Cell(d, Entity::PERSON, p.last);
        d << ",";
        Cell(d, Entity::EMAIL, f.Email(p, org));
        d << ",";
        Cell(d, Entity::PHONE, f.Phone());
        d << ",";
        Cell(d, Entity::UK_NINO, f.UkNino());
        d << ",";
        Cell(d, Entity::UK_NHS, f.UkNhs());
        d << ",";
        Cell(d, Entity::IBAN, f.Iban());
        d << ",";
        Cell(d, Entity::LOCATION, f.City());
        d << ",";
        d.Near("plain_date", f.PlainDate());
        d << "\n";
      }
      break;
    default:
      d << "payee,country,tax_id_type,tax_id,amount,currency,payout_wallet\n";
      while (d.size() < target_bytes) {
        if (r.Chance(0.5)) {
          Cell(d, Entity::PERSON, f.NewPerson().Full());
        } else {
          Cell(d, Entity::ORGANIZATION, f.NewOrg().name);
        }
        d << ",";
        Cell(d, Entity::LOCATION, f.Country());
        d << ",";
        struct Id {
          std::string_view label;
          Entity type;
        };
        static constexpr Id kIds[] = {
            {"TFN", Entity::AU_TFN},        {"ABN", Entity::AU_ABN},
            {"PAN", Entity::IN_PAN},        {"AADHAAR", Entity::IN_AADHAAR},
            {"NRIC", Entity::SG_NRIC},      {"NIF", Entity::ES_NIF},
            {"CF", Entity::IT_FISCAL_CODE}, {"STEUER_ID", Entity::DE_TAX_ID},
            {"SIN", Entity::CA_SIN},        {"ITIN", Entity::US_ITIN},
            {"EIN", Entity::US_EIN},        {"MEDICARE", Entity::AU_MEDICARE}};
        const Id& id = r.Pick(kIds);
        d << id.label << ",";
        std::string value;
        switch (id.type) {
          case Entity::AU_TFN:
            value = f.AuTfn();
            break;
          case Entity::AU_ABN:
            value = f.AuAbn();
            break;
          case Entity::IN_PAN:
            value = f.InPan();
            break;
          case Entity::IN_AADHAAR:
            value = f.InAadhaar();
            break;
          case Entity::SG_NRIC:
            value = f.SgNric();
            break;
          case Entity::ES_NIF:
            value = f.EsNif();
            break;
          case Entity::IT_FISCAL_CODE:
            value = f.ItFiscalCode(f.NewPerson());
            break;
          case Entity::DE_TAX_ID:
            value = f.DeTaxId();
            break;
          case Entity::CA_SIN:
            value = f.CaSin();
            break;
          case Entity::US_ITIN:
            value = f.UsItin();
            break;
          case Entity::US_EIN:
            value = f.UsEin();
            break;
          default:
            value = f.AuMedicare();
        }
        Cell(d, id.type, value);
        d << "," << std::to_string(r.Range(10, 9999)) << "." << r.Digits(2) << ","
          << std::string(r.Pick({"USD", "EUR", "GBP", "AUD"})) << ",";
        if (r.Chance(0.3)) Cell(d, Entity::CRYPTO_WALLET, f.CryptoWallet());
        d << "\n";
      }
  }
}

void WriteLog(Faker& f, Doc& d, size_t target_bytes) {
  Rng& r = f.rng();
  while (d.size() < target_bytes) {
    d << Timestamp(r);
    switch (r.Below(12)) {
      case 0:
      case 1: {
        d << " INFO  [req ";
        d.Near("uuid", f.Uuid());
        d << "] auth: login succeeded user=";
        d.Put(Entity::EMAIL, f.Email(f.NewPerson(), f.NewOrg()));
        d << " ip=";
        d.Put(Entity::IP_ADDRESS, f.Ipv4());
        break;
      }
      case 2:
        d << " WARN  http: 401 from ";
        d.Put(Entity::IP_ADDRESS, f.Ipv4());
        d << " path=/api/v2/orders authorization=Bearer ";
        d.Put(Entity::SECRET, f.Jwt());
        break;
      case 3:
        d << " DEBUG db: connecting to postgres://app:";
        d.Put(Entity::SECRET, f.UrlPassword());
        d << "@db-01.internal:5432/crm";
        break;
      case 4:
        d << " INFO  deploy: rolled out version ";
        d.Near("version", f.Version());
        d << " commit ";
        d.Near("git_sha", f.GitSha());
        break;
      case 5:
        d << " ERROR payments: charge declined card=";
        d.Put(Entity::CREDIT_CARD, f.CreditCard());
        d << " order=";
        d.Near("order_number", f.OrderNumber());
        break;
      case 6:
        d << " INFO  dhcp: lease ";
        d.Put(Entity::IP_ADDRESS, f.Ipv4());
        d << " to ";
        d.Put(Entity::MAC_ADDRESS, f.Mac());
        break;
      case 7:
        d << " INFO  edge: client ";
        d.Put(Entity::IP_ADDRESS, f.Ipv6());
        d << " GET /healthz 200 duration_ms=" << std::to_string(r.Range(1, 900));
        break;
      case 8:
        d << " DEBUG ci: cloning with token ";
        d.Put(Entity::SECRET, f.GithubToken());
        break;
      case 9:
        d << " INFO  billing: order ";
        d.Near("order_number", f.OrderNumber());
        d << " total ";
        d.Near("amount", f.Amount());
        break;
      case 10:
        d << " WARN  config: using default secret ";
        d.Near("placeholder_secret", f.PlaceholderSecret());
        break;
      default:
        d << " INFO  worker: request_id=";
        d.Near("hex_id", f.HexId(32));
        d << " job finished in " << std::to_string(r.Range(1, 5000)) << "ms";
    }
    d << "\n";
  }
}

void WriteEnv(Faker& f, Doc& d) {
  Rng& r = f.rng();
  Org org = f.NewOrg();
  d << "# " << std::string(r.Pick({"billing", "crm", "reporting", "auth"})) << " service\n";
  d << "APP_ENV=production\nLOG_LEVEL=info\nPORT=" << std::to_string(r.Range(3000, 9000)) << "\n";
  d << "DATABASE_URL=postgres://app:";
  d.Put(Entity::SECRET, f.UrlPassword());
  d << "@db.internal:5432/app\n";
  d << "AWS_ACCESS_KEY_ID=";
  d.Put(Entity::SECRET, f.AwsAccessKey());
  d << "\nAWS_SECRET_ACCESS_KEY=";
  d.Put(Entity::SECRET, f.AwsSecretKey());
  d << "\n";
  if (r.Chance(0.5)) {
    d << "STRIPE_SECRET_KEY=";
    d.Put(Entity::SECRET, f.StripeKey());
    d << "\n";
  }
  if (r.Chance(0.5)) {
    d << "SLACK_BOT_TOKEN=";
    d.Put(Entity::SECRET, f.SlackToken());
    d << "\n";
  }
  d << "ADMIN_EMAIL=";
  d.Put(Entity::EMAIL, f.Email(f.NewPerson(), org));
  d << "\nAPI_BASE_URL=";
  d.Put(Entity::URL, "https://api." + org.domain + "/v1");
  d << "\nSMTP_PASSWORD=";
  d.Near("placeholder_secret", f.PlaceholderSecret());
  d << "\nBUILD_VERSION=";
  d.Near("version", f.Version());
  d << "\n\n";
}

void WriteYaml(Faker& f, Doc& d) {
  Rng& r = f.rng();
  Person owner = f.NewPerson();
  Org org = f.NewOrg();
  d << "---\nservice: " << std::string(r.Pick({"ledger", "inventory", "notifications", "search"}))
    << "\nowner: ";
  d.Put(Entity::PERSON, owner.Full());
  d << " <";
  d.Put(Entity::EMAIL, f.Email(owner, org));
  d << ">\nrelease: \"";
  d.Near("version", f.Version());
  d << "\"\ndatabase:\n  host: ";
  d.Put(Entity::IP_ADDRESS, f.Ipv4());
  d << "\n  port: 5432\n  user: app\n  password: \"";
  d.Put(Entity::SECRET, f.Password());
  d << "\"\nsmtp:\n  host: smtp.internal\n  password: \"";
  d.Near("placeholder_secret", f.PlaceholderSecret());
  d << "\"\naws:\n  access_key_id: ";
  d.Put(Entity::SECRET, f.AwsAccessKey());
  d << "\n  secret_access_key: ";
  d.Put(Entity::SECRET, f.AwsSecretKey());
  d << "\nwebhook: ";
  d.Put(Entity::URL, f.Url(org));
  d << "\nrequest_timeout_ms: " << std::to_string(r.Range(100, 30000)) << "\n";
}

void WriteJson(Faker& f, Doc& d, size_t target_bytes) {
  Rng& r = f.rng();
  d << "[\n";
  bool first = true;
  while (d.size() < target_bytes) {
    if (!first) d << ",\n";
    first = false;
    Person p = f.NewPerson();
    d << "  {\"id\": \"";
    d.Near("uuid", f.Uuid());
    d << "\", \"name\": \"";
    d.Put(Entity::PERSON, p.Full());
    d << "\", \"email\": \"";
    d.Put(Entity::EMAIL, f.Email(p, f.NewOrg()));
    d << "\", \"phone\": \"";
    d.Put(Entity::PHONE, f.Phone());
    d << "\", \"address\": \"";
    d.Put(Entity::STREET_ADDRESS, f.StreetAddress());
    d << "\", \"dob\": \"";
    d.Put(Entity::DATE_OF_BIRTH, f.BirthDate());
    d << "\", \"last_login_ip\": \"";
    d.Put(Entity::IP_ADDRESS, f.Ipv4());
    d << "\"";
    if (r.Chance(0.4)) {
      d << ", \"iban\": \"";
      d.Put(Entity::IBAN, f.Iban());
      d << "\"";
    }
    if (r.Chance(0.3)) {
      d << ", \"medical_record_number\": \"";
      d.Put(Entity::MEDICAL_RECORD_NUMBER, f.MedicalRecordNumber());
      d << "\"";
    }
    d << ", \"balance\": " << std::to_string(r.Range(0, 99999)) << "." << r.Digits(2) << "}";
  }
  d << "\n]\n";
}

void WriteCode(Faker& f, Doc& d, bool python) {
  Rng& r = f.rng();
  Person author = f.NewPerson();
  Org org = f.NewOrg();
  if (python) {
    d << "# Copyright (c) 2024 ";
    d.Put(Entity::ORGANIZATION, org.name);
    d << "\n# Author: ";
    d.Put(Entity::PERSON, author.Full());
    d << " <";
    d.Put(Entity::EMAIL, f.Email(author, org));
    d << ">\nimport os\nimport requests\n\nBASE_URL = \"";
    d.Put(Entity::URL, "https://api." + org.domain + "/v2");
    d << "\"\nAPI_KEY = \"";
    d.Put(Entity::SECRET, r.Chance(0.5) ? f.GoogleApiKey() : f.StripeKey());
    d << "\"\nDEFAULT_PASSWORD = \"";
    d.Near("placeholder_secret", f.PlaceholderSecret());
    d << "\"\n\n\ndef fetch_orders(session, since):\n"
         "    \"\"\"Returns orders placed since the given date.\"\"\"\n"
         "    resp = session.get(f\"{BASE_URL}/orders\", params={\"since\": since},\n"
         "                       headers={\"Authorization\": f\"Bearer {API_KEY}\"})\n"
         "    resp.raise_for_status()\n    return resp.json()\n\n";
    if (r.Chance(0.3)) {
      d << "DEPLOY_KEY = \"\"\"";
      d.Put(Entity::SECRET, f.PrivateKeyBlock());
      d << "\"\"\"\n\n";
    }
    d << "# TODO: bump to ";
    d.Near("version", f.Version());
    d << " once the fix lands (see ";
    d.Near("git_sha", f.GitSha());
    d << ")\n\n";
  } else {
    d << "// Maintainer: ";
    d.Put(Entity::PERSON, author.Full());
    d << "\nconst config = {\n  endpoint: '";
    d.Put(Entity::URL, f.Url(org));
    d << "',\n  githubToken: '";
    d.Put(Entity::SECRET, f.GithubToken());
    d << "',\n  slackToken: process.env.SLACK_TOKEN || '";
    d.Put(Entity::SECRET, f.SlackToken());
    d << "',\n  adminPassword: '";
    d.Near("placeholder_secret", f.PlaceholderSecret());
    d << "',\n  retries: " << std::to_string(r.Range(1, 5)) << ",\n  buildId: '";
    d.Near("uuid", f.Uuid());
    d << "',\n};\n\nexport async function ping(client) {\n"
         "  const res = await client.get(config.endpoint, { timeout: 5000 });\n"
         "  return res.status === 200;\n}\n\n";
  }
}

}  // namespace bench
