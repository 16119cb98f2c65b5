#include "detect/names/embedded_data.h"
#include "detect/names/lexicon.h"

// Building the lexicon from the gazetteers: done by the build (tools/lexicon_table.cc), whose
// table the binary carries, and by the tests that check that table.

namespace deskbench::names {

namespace {

// Structural words of names, written here rather than in data/: they are part of the grammar.
constexpr std::string_view kLegalSuffixes[] = {
    "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "spa", "sas", "sarl", "bv", "nv", "llp",
    "plc", "corp", "corporation", "co", "company", "pty", "kk", "a/s", "srl", "sl", "kg", "ohg",
    "lda", "oyj", "asa", "bhd", "pte", "pvt", "ag", "sa", "as", "ab", "lp", "oy", "se", "ug", "gbr",
    "kgaa", "ggmbh", "ltda", "bvba", "sprl", "eireli", "sagl", "pjsc", "aps", "ooo", "jsc", "kft",
    // German registered association, cooperative and sole trader: "e.V.", "eG", "e.K.".
    "ev", "eg", "ek",
    // French partnerships and groupings (the Czech and Slovak forms written in lower case with
    // dots, "s.r.o.", are read by token_run.cc: "Vos" is a surname).
    "scs", "snc", "gie", "sca",
    // Swedish forms written out: "Nordström Bygg Aktiebolag".
    "aktiebolag", "kommanditbolag", "handelsbolag"};
// Suffixes that are also everyday words or abbreviations: only when written exactly so.
constexpr std::string_view kRiskySuffixes[] = {
    "ag",  "sa",  "as",  "ab",  "lp",  "oy", "se", "sl", "kg",  "ug",  "co",  "lda",
    "asa", "aps", "ooo", "jsc", "kft", "ev", "eg", "ek", "scs", "snc", "gie", "sca"};
constexpr std::string_view kOrgKeywords[] = {
    "bank", "bancorp", "group", "holdings", "partners", "associates", "capital", "consulting",
    "consultants", "university", "hospital", "foundation", "institute", "technologies",
    "technology", "systems", "solutions", "labs", "laboratories", "ventures", "industries",
    "insurance", "pharmaceuticals", "trust", "agency", "council", "college", "clinic", "authority",
    "ministry", "enterprises", "international", "services", "networks", "software", "media",
    "motors", "airlines", "energy", "investments", "advisors", "advisers", "logistics",
    "manufacturing", "society", "association", "federation", "fund", "bakery", "restaurant",
    "hotel", "studios", "pharma", "therapeutics", "biosciences", "commission", "bureau", "brands",
    "realty", "properties", "academy", "school", "center", "centre",
    // Doctors', pharmacists' and barristers' firms: "Westgate Family Practice", "Boots
    // Pharmacy", "Essex Court Chambers" (not Surgery: "Cardiac Surgery" is a department).
    "practice", "pharmacy", "chambers",
    // German foundations, clinics and savings banks end their names: "Robert Bosch Stiftung".
    "stiftung", "klinikum", "sparkasse"};
// Organisation words of the languages that put the kind of organisation first and its name after
// it: "Banco Santander", "Universidad de Chile", "Fondation Mérieux", "Gemeente Amsterdam".
// Lower case, as Lexicon::LowerKey writes them. Not "hospital", which English puts last:
// "Hospital Discharge Summary" heads a form. Nor the savings banks' Caisse, Caja, Caixa, Cassa:
// surnames too ("Michael Caisse"), and an organisation word is never part of a person's name.
constexpr std::string_view kLeadingOrgWords[] = {
    "banco",        "banque",     "banca",       "crédit",       "universidad",  "universidade",
    "université",   "università", "universität", "universiteit", "universitet",  "hochschule",
    "hogeschool",   "escuela",    "escola",      "école",        "scuola",       "politecnico",
    "instituto",    "institut",   "istituto",    "fundación",    "fundação",     "fondation",
    "fondazione",   "stichting",  "grupo",       "groupe",       "gruppo",       "hôpital",
    "ospedale",     "clínica",    "clinique",    "ministerio",   "ministério",   "ministère",
    "ministero",    "compañía",   "companhia",   "compagnie",    "compagnia",    "sociedad",
    "société",      "società",    "asociación",  "associação",   "associazione", "gemeente",
    "ayuntamiento", "comune",     "mairie"};
constexpr std::string_view kCalendarWords[] = {
    "january",   "february",  "march",   "april",     "may",      "june",        "july",
    "august",    "september", "october", "november",  "december", "monday",      "tuesday",
    "wednesday", "thursday",  "friday",  "saturday",  "sunday",   "jan",         "feb",
    "mar",       "apr",       "jun",     "jul",       "aug",      "sep",         "sept",
    "oct",       "nov",       "dec",     "mon",       "tue",      "wed",         "thu",
    "fri",       "sat",       "sun",     "christmas", "easter",   "thanksgiving"};
constexpr std::string_view kTitles[] = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "mme", "mlle",
    "herr", "frau", "sr", "sra",
    // Other languages' forms of address: "Herrn Oberhuber", "Madame Lefèvre", "Maître Rousseau",
    // "Dña. María", "Dott. Rossi", "Mevrouw de Vries", "dhr. Jansen". Not "Don", a given name too.
    "herrn", "madame", "monsieur", "mademoiselle", "maître", "señor", "señora", "señorita", "doña",
    "dña", "srta", "signor", "signora", "sig", "dott", "dottssa", "avv", "mevrouw", "mevr", "dhr"};
constexpr std::string_view kFunctionWords[] = {
    "the",      "a",     "an",         "at",    "by",      "for",     "from",     "with",
    "in",       "on",    "to",         "our",   "your",    "their",   "his",      "her",
    "its",      "this",  "that",       "these", "those",   "and",     "or",       "of",
    "dear",     "hi",    "hello",      "hey",   "cc",      "bcc",     "attn",     "re",
    "fw",       "fwd",   "per",        "via",   "as",      "if",      "when",     "while",
    "we",       "i",     "you",        "they",  "he",      "she",     "it",       "my",
    "is",       "are",   "was",        "be",    "not",     "no",      "yes",      "but",
    "so",       "then",  "thanks",     "thank", "please",  "subject", "to",       "date",
    "sent",     "dept",  "department", "team",  "section", "chapter", "table",    "figure",
    "appendix", "page",  "step",       "part",  "note",    "new",     "how",      "why",
    "what",     "where", "who",        "which", "whose",   "after",   "before",   "during",
    "since",    "about", "all",        "every", "each",    "some",    "any",      "both",
    "into",     "onto",  "over",       "under", "between", "our",     "also",     "just",
    "only",     "even",  "about",      "see",   "ask",     "call",    "meet",     "met",
    "tell",     "told",  "let",        "here",  "there",   "today",   "tomorrow", "yesterday"};
// Words of source code and API manuals, which the English lists lack: "Constant Struct:" heads a
// definition in a manual as "Jane Doe:" heads a speaker's line.
constexpr std::string_view kCodeWords[] = {"struct", "enum", "typedef", "const", "bool", "void",
                                           "int",    "uint", "sizeof",  "impl",  "func", "param"};
// Notice and licence words that run into a name in capitals ("IN NO EVENT SHALL ACME LIMITED",
// "Portions Copyright Eastman Kodak Company", "Trademark Joyent, Inc"): function words too.
constexpr std::string_view kNoticeWords[] = {"shall", "copyright", "trademark", "portions"};
// Greetings of other languages, never part of the name they greet ("Hola Javier", "Beste Jan").
constexpr std::string_view kGreetingWords[] = {
    "bonjour", "bonsoir", "hallo",   "hola",    "buongiorno", "ciao",     "beste",
    "hej",     "hei",     "olá",     "liebe",   "lieber",     "estimado", "estimada",
    "querido", "querida", "prezado", "prezada", "chère"};
constexpr std::string_view kParticles[] = {"van", "von", "de",  "da",  "del", "della", "der",
                                           "di",  "du",  "le",  "la",  "bin", "ibn",   "dos",
                                           "das", "ter", "ten", "den", "st"};
constexpr std::string_view kConnectors[] = {
    "of", "and", "&", "de", "da", "do", "dos", "das", "del", "della", "der", "di", "du", "van",
    "von", "la", "le", "for", "the", "on", "upon", "am", "an",
    // "and" in the names of French, Italian and Portuguese, Spanish and German firms.
    "et", "e", "y", "und"};

// Proper nouns of things that are also given names or surnames, or that look like unlisted
// names ("Linux Debian", "Openwall Linux"): software, languages, platforms, font styles and
// nationalities (which the word lists, lower case, lack).
constexpr std::string_view kThings[] = {
    "mac",         "java",       "ruby",       "rust",     "go",        "perl",       "swift",
    "julia",       "dart",       "ada",        "scala",    "kotlin",    "elixir",     "crystal",
    "haskell",     "pascal",     "basic",      "logo",     "apple",     "linux",      "debian",
    "ubuntu",      "fedora",     "gentoo",     "jenkins",  "hugo",      "sphinx",     "django",
    "flask",       "rails",      "maven",      "ant",      "gradle",    "docker",     "oracle",
    "redis",       "jasper",     "jade",       "ember",    "angular",   "react",      "vue",
    "node",        "deno",       "bazel",      "buck",     "mercurial", "git",        "emacs",
    "vim",         "gnome",      "kde",        "xfce",     "mate",      "cinnamon",   "unity",
    "chrome",      "opera",      "safari",     "edge",     "siri",      "alexa",      "cortana",
    "goto",        "sax",        "intel",      "openwall", "freebsd",   "openbsd",    "netbsd",
    "android",     "github",     "gitlab",     "mozilla",  "firefox",   "mono",       "serif",
    "sans",        "dev",        "german",     "french",   "dutch",     "polish",     "swiss",
    "danish",      "english",    "spanish",    "italian",  "brazilian", "chinese",    "japanese",
    "korean",      "russian",    "portuguese", "turkish",  "arabic",    "hebrew",     "greek",
    "apache",      "gnu",        "kubernetes", "nginx",    "mysql",     "postgresql", "sqlite",
    "mongodb",     "npm",        "webpack",    "laravel",  "symfony",   "qt",         "gtk",
    "wayland",     "xorg",       "systemd",    "neovim",   "xcode",     "openssl",    "openssh",
    "libreoffice", "openoffice", "microsoft",  "google",   "ibm",       "cisco",      "nvidia",
    "amd",         "arm",        "risc",       "sparc",    "alpine",    "arch",       "mint",
    "manjaro",     "centos",     "rhel",       "suse",     "opensuse",  "slackware",  "raspbian",
    "cygwin",      "mingw",      "msys",       "homebrew", "macports",  "conda",      "anaconda",
    "jupyter",     "numpy",      "pandas",     "scipy",    "matlab",    "octave"};

// Non-comment lines of an embedded file; a line may carry "<TAB>field".
template <typename F>
void ForEachLine(std::string_view text, F&& f) {
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(i, nl - i);
    i = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    std::string_view field;
    if (tab != std::string_view::npos) {
      field = line.substr(tab + 1);
      line = line.substr(0, tab);
    }
    f(line, field);
  }
}

}  // namespace

Lexicon Lexicon::Build() {
  Lexicon lex;
  lex.owned_slots_.resize(size_t{1} << 18);  // the lists fill about half of it
  lex.mask_ = lex.owned_slots_.size() - 1;
  char buf[kMaxKey];
  auto add = [&](std::string_view text, uint32_t flags, uint8_t tier = 0) -> WordInfo* {
    size_t n = LowerKey(text, buf, sizeof buf);
    if (n == 0) return nullptr;
    WordInfo& info = lex.Insert({buf, n});
    info.flags |= flags;
    if (tier > info.city_tier) info.city_tier = tier;
    return &info;
  };
  // Multi-word places: the phrase itself, and its first word marked as a prefix.
  auto add_place = [&](std::string_view name, uint32_t flags, uint8_t tier = 0) {
    if (name.find_first_of(",()") != std::string_view::npos) return;
    add(name, flags, tier);
    size_t n = LowerKey(name, buf, sizeof buf);
    std::string_view key(buf, n);
    size_t words = 1;
    for (char c : key) words += c == ' ';
    if (words < 2 || words > 6) return;
    WordInfo& info = lex.Insert(key.substr(0, key.find(' ')));
    info.flags |= kPlacePrefix;
    if (words > info.place_words) info.place_words = static_cast<uint8_t>(words);
  };

  size_t rank = 0;
  ForEachLine(EmbeddedText("first_names.txt"), [&](std::string_view w, std::string_view) {
    add(w, kFirst | (rank++ < 1200 ? kFirstTop : 0u));
  });
  ForEachLine(EmbeddedText("first_names_extra.txt"),
              [&](std::string_view w, std::string_view) { add(w, kFirst | kFirstTop); });
  rank = 0;
  ForEachLine(EmbeddedText("surnames.txt"), [&](std::string_view w, std::string_view) {
    add(w, kSurname | (rank++ < 3000 ? kSurnameTop : 0u));
  });
  // Names from other countries (Keisuke, Ivanov): known, but never frequent, as the lists have no
  // ranks and hold rare names too; the generator left out English words and places.
  ForEachLine(EmbeddedText("first_names_intl.txt"),
              [&](std::string_view w, std::string_view) { add(w, kFirst); });
  ForEachLine(EmbeddedText("surnames_intl.txt"),
              [&](std::string_view w, std::string_view) { add(w, kSurname); });
  ForEachLine(EmbeddedText("common_words.txt"),
              [&](std::string_view w, std::string_view) { add(w, kCommon); });
  ForEachLine(EmbeddedText("more_words.txt"),
              [&](std::string_view w, std::string_view) { add(w, kWord); });
  ForEachLine(EmbeddedText("ambiguous.txt"),
              [&](std::string_view w, std::string_view) { add(w, kAmbiguous); });
  ForEachLine(EmbeddedText("cities.txt"), [&](std::string_view w, std::string_view tier) {
    uint8_t t = tier.empty() ? 1 : static_cast<uint8_t>(tier[0] - '0');
    if (t < 1 || t > 3) t = 1;
    add_place(w, kCity, t);
  });
  ForEachLine(EmbeddedText("countries.txt"),
              [&](std::string_view w, std::string_view) { add_place(w, kCountry); });
  ForEachLine(EmbeddedText("regions.txt"),
              [&](std::string_view w, std::string_view) { add_place(w, kRegion); });
  ForEachLine(EmbeddedText("places_extra.txt"),
              [&](std::string_view w, std::string_view) { add_place(w, kRegion); });
  for (auto w : kLegalSuffixes) add(w, kLegalSuffix);
  for (auto w : kRiskySuffixes) add(w, kRiskySuffix);
  for (auto w : kOrgKeywords) add(w, kOrgKeyword);
  for (auto w : kFamilyFirmWords) add(w, kOrgKeyword);
  for (auto w : kLeadingOrgWords) add(w, kOrgKeyword | kOrgLead);
  for (auto w : kTitles) add(w, kTitle);
  for (auto w : kCalendarWords) add(w, kCalendar);
  for (auto w : kFunctionWords) add(w, kFunction);
  for (auto w : kNoticeWords) add(w, kFunction);
  for (auto w : kGreetingWords) add(w, kFunction);
  for (auto w : kParticles) add(w, kParticle);
  for (auto w : kConnectors) add(w, kConnector);
  for (auto w : kThings) add(w, kThing);
  for (auto w : kCodeWords) add(w, kThing);
  lex.Own();
  return lex;
}

WordInfo& Lexicon::Insert(std::string_view key) {
  const uint32_t h = Hash(key);
  size_t i = h & mask_;
  for (; owned_slots_[i].offset != kEmpty; i = (i + 1) & mask_) {
    const char* stored = owned_arena_.data() + owned_slots_[i].offset;
    if (owned_slots_[i].hash == h &&
        std::string_view(stored + 1, static_cast<unsigned char>(stored[0])) == key)
      return owned_slots_[i].info;
  }
  // At most 70% full: linear probing stays short, and the table small enough for the cache.
  if ((count_ + 1) * 10 > owned_slots_.size() * 7) {
    Grow();
    return Insert(key);
  }
  owned_slots_[i] = {h, static_cast<uint32_t>(owned_arena_.size()), {}};
  owned_arena_.push_back(static_cast<char>(key.size()));
  owned_arena_ += key;
  ++count_;
  return owned_slots_[i].info;
}

void Lexicon::Grow() {
  std::vector<Slot> old(owned_slots_.size() * 2);
  old.swap(owned_slots_);
  mask_ = owned_slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.offset == kEmpty) continue;
    size_t i = s.hash & mask_;
    while (owned_slots_[i].offset != kEmpty) i = (i + 1) & mask_;
    owned_slots_[i] = s;
  }
}

}  // namespace deskbench::names
