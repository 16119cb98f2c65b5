// Labelled text from a second generator nobody here wrote: @faker-js/faker, in 24 locales. Prints
// {"text": ..., "labels": [{start, end, type, pii, text, loc}]} (offsets in UTF-8 bytes) for
// bench/faker_probe.py --generator fakerjs, which scans and scores it.
//
//   npm install --prefix /tmp/fjs @faker-js/faker      # not installed by scripts/install-deps
//   FAKERJS=/tmp/fjs/node_modules/@faker-js/faker/dist/index.js node bench/fakerjs_probe.mjs N SEED
//
// Its templates were written for this generator and never tuned on.

const modulePath = process.env.FAKERJS;
if (!modulePath) {
  console.error("fakerjs_probe.mjs: set FAKERJS to @faker-js/faker's dist/index.js");
  process.exit(2);
}
const fk = await import(modulePath);

const LOCALES = ["EN_US", "EN_GB", "EN_AU", "EN_CA", "EN_IE", "EN_IN", "DE", "DE_AT", "FR",
                 "FR_CA", "ES", "ES_MX", "IT", "NL", "PT_BR", "PT_PT", "PL", "SV", "DA", "NB_NO",
                 "FI", "CS_CZ", "TR", "RO"];

const TEMPLATES = [
  "Hello {FIRST},\n\nI met {PERSON} from {ORGANIZATION} yesterday; please send the signed copy " +
      "to {ADDRESS}.\n\nBest,\n{PERSON}",
  "Patient: {PERSON}\nDOB: {DOB}\nNext of kin: {PERSON}, {PHONE}",
  "Wire the deposit to IBAN {IBAN} (account holder: {PERSON}) before {DATE}.",
  "{PERSON} <{EMAIL}> wrote:\n> Can we move the call to Thursday? My number is {PHONE}.",
  "Attendees: {PERSON} ({ORGANIZATION}), {PERSON}, {PERSON}\nVenue: {LOCATION}",
  "The login from {IP_ADDRESS} was paid with card {CREDIT_CARD} on device {MAC_ADDRESS}.",
  "Invoice {ORDER} of {AMOUNT} EUR to {ORGANIZATION}, {ADDRESS}",
  "Per {PERSON}'s request, the {JOB} opening at {ORGANIZATION} is posted at {URL}.",
  "For the reference check: {PERSON} was born on {DOB} and now lives in {LOCATION}.",
  "Call log — {DATE}: {PERSON} rang from {PHONE} about order {ORDER}.",
];
const NOT_PII = new Set(["ORDER", "DATE", "AMOUNT", "JOB"]);
const TYPE_OF = {FIRST: "PERSON", DOB: "DATE_OF_BIRTH", ADDRESS: "STREET_ADDRESS"};

// A small seeded generator for the choices made here (faker has its own seed).
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function pad(n) {
  return String(n).padStart(2, "0");
}

function values(f, loc, rand) {
  const dob = () => {
    const d = f.date.birthdate({mode: "age", min: 18, max: 90});
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const styles = loc.startsWith("EN_US") ? [`${m}/${day}/${y}`, `${y}-${pad(m)}-${pad(day)}`]
                   : loc.startsWith("EN") ? [`${pad(day)}/${pad(m)}/${y}`, `${day} ${
                                                 d.toLocaleString("en-GB", {month: "long", timeZone: "UTC"})} ${y}`]
                                          : [`${pad(day)}.${pad(m)}.${y}`, `${pad(day)}/${pad(m)}/${y}`];
    return styles[Math.floor(rand() * styles.length)];
  };
  return {
    PERSON: () => `${f.person.firstName()} ${f.person.lastName()}`,
    FIRST: () => f.person.firstName(),
    EMAIL: () => f.internet.email(),
    PHONE: () => f.phone.number(),
    DOB: dob,
    LOCATION: () => f.location.city(),
    ADDRESS: () => `${f.location.streetAddress()}, ${f.location.zipCode()} ${f.location.city()}`,
    IBAN: () => f.finance.iban({formatted: rand() < 0.5}),
    CREDIT_CARD: () => f.finance.creditCardNumber(),
    IP_ADDRESS: () => (rand() < 0.5 ? f.internet.ipv4() : f.internet.ipv6()),
    MAC_ADDRESS: () => f.internet.mac(),
    ORGANIZATION: () => f.company.name(),
    URL: () => f.internet.url(),
    JOB: () => f.person.jobTitle(),
    ORDER: () => `SO-${Math.floor(rand() * 900000 + 100000)}`,
    DATE: () => f.date.recent({days: 400}).toISOString().slice(0, 10),
    AMOUNT: () => f.finance.amount({min: 10, max: 99999, dec: 2}),
  };
}

const n = Number(process.argv[2] || 1000);
const seed = Number(process.argv[3] || 7);
const rand = rng(seed);
const enc = new TextEncoder();
const chunks = [];
const labels = [];
let bytes = 0;
const put = (s) => {
  chunks.push(s);
  bytes += enc.encode(s).length;
};
for (let i = 0; i < n; i++) {
  const loc = LOCALES[Math.floor(rand() * LOCALES.length)];
  const f = fk["faker" + loc];
  f.seed(seed * 100003 + i);
  const gen = values(f, loc, rand);
  const template = TEMPLATES[Math.floor(rand() * TEMPLATES.length)];
  let pos = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    put(template.slice(pos, m.index));
    const key = m[1];
    const value = gen[key]();
    const start = bytes;
    put(value);
    labels.push({start, end: bytes, type: TYPE_OF[key] || key, pii: !NOT_PII.has(key), text: value,
                 loc});
    pos = m.index + m[0].length;
  }
  put(template.slice(pos) + "\n\n");
}
process.stdout.write(JSON.stringify({text: chunks.join(""), labels}));
