// People, organisations, places and contact details. The name lists are written for this corpus
// (common given names and surnames of several countries) plus a syllable generator for names no
// list holds.

#include <string_view>

#include "common/values.h"

namespace bench {

namespace {

constexpr std::string_view kGiven[] = {
    "James",   "Mary",    "Olivia",  "Liam",      "Priya",  "Arjun",    "Wei",    "Mei",
    "Sofia",   "Mateo",   "Fatima",  "Omar",      "Hannah", "Lukas",    "Chloe",  "Noah",
    "Aisha",   "Kenji",   "Yuki",    "Elena",     "Marco",  "Ingrid",   "Sean",   "Siobhan",
    "Carlos",  "Lucia",   "Dmitri",  "Anya",      "Kwame",  "Amara",    "Rahul",  "Ananya",
    "Hiroshi", "Emma",    "Oliver",  "Charlotte", "George", "Isabella", "Thomas", "Grace",
    "Daniel",  "Rebecca", "Michael", "Sarah",     "David",  "Laura",    "Pedro",  "Ines",
    "Jonas",   "Freya",   "Henrik",  "Zoe",       "Tariq",  "Leila",    "Andrew", "Nicole"};

constexpr std::string_view kSurname[] = {
    "Smith",     "Johnson", "Williams", "Brown",     "Garcia",  "Martinez", "Nguyen",   "Patel",
    "Kim",       "Chen",    "Wang",     "Müller",    "Schmidt", "Rossi",    "Bianchi",  "Dubois",
    "Moreau",    "O'Brien", "Murphy",   "Kowalski",  "Novak",   "Silva",    "Santos",   "Okafor",
    "Mensah",    "Tanaka",  "Sato",     "Singh",     "Sharma",  "Ivanova",  "Larsen",   "Johansson",
    "Andersson", "Fischer", "Weber",    "Hughes",    "Clarke",  "Walker",   "Thompson", "Robinson",
    "Fernández", "Haddad",  "Kaplan",   "Lindqvist", "Byrne",   "Mitchell", "Campbell", "Reyes"};

constexpr std::string_view kOnset[] = {"b", "d", "f", "g", "k",  "l",  "m",  "n",  "r",
                                       "s", "t", "v", "z", "br", "dr", "kr", "st", "th"};
constexpr std::string_view kVowel[] = {"a", "e", "i", "o", "u", "ai", "ei", "ou"};
constexpr std::string_view kCoda[] = {"", "", "n", "r", "l", "s", "th", "nd", "rk"};

constexpr std::string_view kOrgWord[] = {
    "Northwind",  "Bluefin",  "Crescent",  "Ironbridge", "Silverline", "Harborview", "Summit",
    "Redwood",    "Granite",  "Evergreen", "Pinnacle",   "Lakeside",   "Oakridge",   "Brightwater",
    "Copperleaf", "Meridian", "Foxglove",  "Kestrel",    "Highgate",   "Sablewood"};
constexpr std::string_view kOrgSector[] = {"Logistics", "Analytics",  "Holdings", "Partners",
                                           "Systems",   "Consulting", "Foods",    "Capital",
                                           "Health",    "Energy",     "Software", "Freight"};
constexpr std::string_view kOrgSuffix[] = {"Inc.", "LLC", "Ltd",   "Limited", "GmbH", "AG",
                                           "S.A.", "PLC", "Corp.", "Pty Ltd", "B.V.", "S.r.l."};
constexpr std::string_view kTld[] = {".com", ".com", ".co.uk", ".io", ".de", ".com.au", ".net"};

constexpr std::string_view kCity[] = {
    "London",    "Manchester", "Paris",     "Berlin",    "Munich",  "Madrid",    "Barcelona",
    "Rome",      "Milan",      "Amsterdam", "Dublin",    "Toronto", "Vancouver", "Sydney",
    "Melbourne", "Singapore",  "Mumbai",    "Bangalore", "Tokyo",   "Chicago",   "Boston",
    "Seattle",   "Houston",    "Lisbon",    "Vienna",    "Zurich",  "Stockholm", "Copenhagen"};
constexpr std::string_view kCountry[] = {
    "Germany", "France", "Spain",   "Italy",       "Canada",   "Australia", "India",  "Japan",
    "Brazil",  "Mexico", "Ireland", "Netherlands", "Portugal", "Sweden",    "Norway", "Poland"};

constexpr std::string_view kStreetName[] = {"Maple", "Oak",    "Cedar",   "Elm",       "Washington",
                                            "Lake",  "Hill",   "Park",    "Pine",      "Sunset",
                                            "Main",  "Church", "Lincoln", "Jefferson", "Walnut"};
constexpr std::string_view kUsStreetType[] = {"Street", "Avenue", "Road", "Boulevard", "Drive",
                                              "Lane",   "Court",  "St.",  "Ave.",      "Blvd."};
constexpr std::string_view kUsCity[] = {
    "Springfield, IL", "Portland, OR", "Austin, TX", "Denver, CO", "Columbus, OH", "Madison, WI",
    "Raleigh, NC",     "Boise, ID",    "Tucson, AZ", "Albany, NY", "Trenton, NJ",  "Richmond, VA"};
constexpr std::string_view kUkStreet[] = {"High Street", "Station Road", "Victoria Road",
                                          "Church Lane", "Mill Lane",    "Queen's Road",
                                          "Park Avenue", "King Street",  "Green Lane"};
constexpr std::string_view kUkTown[] = {"Leeds",   "Bristol", "Cardiff", "Glasgow", "Edinburgh",
                                        "Norwich", "York",    "Reading", "Oxford"};
constexpr std::string_view kUkArea[] = {"LS", "BS", "CF", "G", "EH", "NR", "YO", "RG", "OX"};

constexpr std::string_view kJob[] = {"Senior Analyst",  "Account Manager",   "Head of Finance",
                                     "Operations Lead", "Software Engineer", "HR Business Partner",
                                     "Project Manager", "Sales Director",    "Office Manager"};

constexpr std::string_view kMonth[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};

std::string Pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

std::string Slug(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + 32));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

Person Faker::NewPerson() {
  if (rng_.Chance(0.2)) {
    auto syllables = [&](int n) {
      std::string s;
      for (int i = 0; i < n; ++i) {
        s += rng_.Pick(kOnset);
        s += rng_.Pick(kVowel);
        if (i == n - 1) s += rng_.Pick(kCoda);
      }
      s[0] = static_cast<char>(s[0] - 32);
      return s;
    };
    return {syllables(rng_.Range(2, 3)), syllables(rng_.Range(2, 3))};
  }
  return {std::string(rng_.Pick(kGiven)), std::string(rng_.Pick(kSurname))};
}

Org Faker::NewOrg() {
  std::string_view word = rng_.Pick(kOrgWord);
  std::string_view sector = rng_.Pick(kOrgSector);
  std::string_view suffix = rng_.Pick(kOrgSuffix);
  Org org;
  org.name = std::string(word) + " " + std::string(sector) + " " + std::string(suffix);
  std::string domain = Slug(word);
  if (rng_.Chance(0.5)) domain += (rng_.Chance(0.5) ? "-" : "") + Slug(sector);
  org.domain = domain + std::string(rng_.Pick(kTld));
  return org;
}

std::string Faker::Email(const Person& p, const Org& org) {
  std::string first = Slug(p.first), last = Slug(p.last);
  std::string local;
  switch (rng_.Below(5)) {
    case 0:
      local = first + "." + last;
      break;
    case 1:
      local = first.substr(0, 1) + last;
      break;
    case 2:
      local = first + "_" + last;
      break;
    case 3:
      local = first + std::to_string(rng_.Range(1, 99));
      break;
    default:
      local = first + "." + last + "+" + std::string(rng_.Pick({"billing", "hr", "news"}));
  }
  std::string domain = org.domain;
  if (rng_.Chance(0.15)) {
    domain = std::string(rng_.Pick({"gmail.com", "outlook.com", "yahoo.co.uk", "proton.me"}));
  }
  return local + "@" + domain;
}

std::string Faker::Phone() {
  auto d = [&](size_t n) { return rng_.Digits(n); };
  auto nz = [&] { return static_cast<char>('2' + rng_.Below(8)); };
  switch (rng_.Below(9)) {
    case 0:
    case 1:
    case 2: {  // North American Numbering Plan
      static constexpr std::string_view kArea[] = {"212", "312", "415", "617", "206", "512",
                                                   "303", "404", "713", "646", "202", "503"};
      std::string area(rng_.Pick(kArea));
      std::string exch = nz() + d(2);
      if (exch[1] == '1' && exch[2] == '1') exch[2] = '4';
      if (exch == "555") exch = "556";
      std::string line = d(4);
      switch (rng_.Below(5)) {
        case 0:
          return "(" + area + ") " + exch + "-" + line;
        case 1:
          return area + "-" + exch + "-" + line;
        case 2:
          return "+1 " + area + " " + exch + " " + line;
        case 3:
          return area + "." + exch + "." + line;
        default:
          return "+1-" + area + "-" + exch + "-" + line;
      }
    }
    case 3:
    case 4: {  // United Kingdom
      switch (rng_.Below(4)) {
        case 0:
          return "+44 20 7" + d(3) + " " + d(4);
        case 1:
          return "020 8" + d(3) + " " + d(4);
        case 2:
          return "07" + std::string(1, "789"[rng_.Below(3)]) + d(2) + " " + d(6);
        default:
          return "0161 " + std::string(1, nz()) + d(2) + " " + d(4);
      }
    }
    case 5:  // Germany
      return rng_.Chance(0.5) ? "+49 30 " + std::string(1, nz()) + d(7)
                              : "+49 151 " + d(4) + " " + d(4);
    case 6: {  // France
      std::string lead = rng_.Chance(0.5) ? "1" : "6";
      return "+33 " + lead + " " + d(2) + " " + d(2) + " " + d(2) + " " + d(2);
    }
    case 7:  // Australia
      return rng_.Chance(0.5)
                 ? "+61 2 " + std::string(1, "89"[rng_.Below(2)]) + d(3) + " " + d(4)
                 : "+61 4" + std::string(1, "0123"[rng_.Below(4)]) + d(1) + " " + d(3) + " " + d(3);
    default:  // India, mobile
      return "+91 9" + d(4) + " " + d(5);
  }
}

std::string Faker::City() {
  return std::string(rng_.Pick(kCity));
}
std::string Faker::Country() {
  return std::string(rng_.Pick(kCountry));
}

std::string Faker::StreetAddress() {
  if (rng_.Chance(0.6)) {
    std::string s = std::to_string(rng_.Range(1, 9899)) + " " +
                    std::string(rng_.Pick(kStreetName)) + " " +
                    std::string(rng_.Pick(kUsStreetType));
    if (rng_.Chance(0.3))
      s += rng_.Chance(0.5) ? ", Suite " + std::to_string(rng_.Range(100, 990))
                            : ", Apt " + std::to_string(rng_.Range(1, 40)) +
                                  std::string(1, "ABCD"[rng_.Below(4)]);
    return s + ", " + std::string(rng_.Pick(kUsCity)) + " " + rng_.Digits(5);
  }
  static constexpr std::string_view kInward = "ABDEFGHJLNPQRSTUWXYZ";
  std::string postcode = std::string(rng_.Pick(kUkArea)) + std::to_string(rng_.Range(1, 19)) + " " +
                         std::string(1, rng_.Digit()) + rng_.Of(kInward, 2);
  return std::to_string(rng_.Range(1, 240)) + " " + std::string(rng_.Pick(kUkStreet)) + ", " +
         std::string(rng_.Pick(kUkTown)) + " " + postcode;
}

std::string Faker::Url(const Org& org) {
  static constexpr std::string_view kPath[] = {"/portal/login",   "/docs/q3-report.pdf",
                                               "/careers",        "/api/v2/customers",
                                               "/support/ticket", "/share/board"};
  std::string u = std::string(rng_.Chance(0.8) ? "https://" : "http://") +
                  (rng_.Chance(0.5) ? "www." : "") + org.domain + std::string(rng_.Pick(kPath));
  if (rng_.Chance(0.3)) u += "?id=" + std::to_string(rng_.Range(1000, 99999)) + "&ref=mail";
  return u;
}

std::string Faker::UrlWithCredentials(const Org& org) {
  return "https://" + std::string(rng_.Pick({"admin", "deploy", "svc_backup", "jenkins"})) + ":" +
         UrlPassword() + "@" + std::string(rng_.Pick({"files.", "ci.", "git.", "ftp."})) +
         org.domain + "/" + std::string(rng_.Pick({"repo.git", "exports/", "job/build"}));
}

std::string Faker::Ipv4() {
  switch (rng_.Below(4)) {
    case 0:
      return "10." + std::to_string(rng_.Below(256)) + "." + std::to_string(rng_.Below(256)) + "." +
             std::to_string(rng_.Range(1, 254));
    case 1:
      return "192.168." + std::to_string(rng_.Below(256)) + "." +
             std::to_string(rng_.Range(1, 254));
    default:
      return std::to_string(rng_.Range(23, 223)) + "." + std::to_string(rng_.Below(256)) + "." +
             std::to_string(rng_.Below(256)) + "." + std::to_string(rng_.Range(1, 254));
  }
}

std::string Faker::Ipv6() {
  auto group = [&] {
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string g = rng_.Of(kHex, static_cast<size_t>(rng_.Range(1, 4)));
    if (g.size() > 1 && g[0] == '0') g[0] = 'a';
    return g;
  };
  std::string s = "2001:db8";
  if (rng_.Chance(0.5)) {
    for (int i = 0; i < 6; ++i) s += ":" + group();
  } else {
    s += ":" + group() + "::" + group() + ":" + group();
  }
  return s;
}

std::string Faker::Mac() {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string bytes[6];
  for (auto& b : bytes) b = rng_.Of(kHex, 2);
  switch (rng_.Below(3)) {
    case 0:
      return bytes[0] + ":" + bytes[1] + ":" + bytes[2] + ":" + bytes[3] + ":" + bytes[4] + ":" +
             bytes[5];
    case 1:
      return bytes[0] + "-" + bytes[1] + "-" + bytes[2] + "-" + bytes[3] + "-" + bytes[4] + "-" +
             bytes[5];
    default: {
      std::string s = bytes[0] + bytes[1] + "." + bytes[2] + bytes[3] + "." + bytes[4] + bytes[5];
      for (char& c : s) c = (c >= 'A' && c <= 'F') ? static_cast<char>(c + 32) : c;
      return s;
    }
  }
}

std::string Faker::BirthDate() {
  int y = rng_.Range(1941, 2006), m = rng_.Range(1, 12), d = rng_.Range(1, 28);
  switch (rng_.Below(5)) {
    case 0:
      return Pad(d, 2) + "/" + Pad(m, 2) + "/" + std::to_string(y);
    case 1:
      return std::to_string(y) + "-" + Pad(m, 2) + "-" + Pad(d, 2);
    case 2:
      return std::string(kMonth[m - 1]) + " " + std::to_string(d) + ", " + std::to_string(y);
    case 3:
      return std::to_string(d) + " " + std::string(kMonth[m - 1]).substr(0, 3) + " " +
             std::to_string(y);
    default:
      return Pad(m, 2) + "/" + Pad(d, 2) + "/" + std::to_string(y);
  }
}

std::string Faker::JobTitle() {
  return std::string(rng_.Pick(kJob));
}

}  // namespace bench
