#!/usr/bin/python3
"""Detection on text built by someone else's generator: Faker (Debian's python3-fake-factory),
in eight locales, the values labelled where they were put.

  apt-get install python3-fake-factory        # not installed by scripts/install-deps
  /usr/bin/python3 bench/faker_probe.py [--deskbench build/deskbench] [--set heldout|tuning]
                                        [--n 800] [--seed 11] [--misses TYPE,TYPE]

Writes the text to a temporary file, runs `deskbench scan --json` on it and prints, per labelled
type, the share of values whose every letter and digit some finding covers ("covered") and the
share overlapped by a finding of the same type ("typed"); then how many values that are no
personal data (ISBNs, EANs, order numbers, dates, amounts, job titles) were found, and the
findings outside any labelled value. Faker's own values are not all valid: its IBANs for some
countries have the wrong length and many of its phone numbers are in no numbering plan, so
100 % is not the ceiling for IBAN and PHONE.

The "tuning" set's templates were used while improving the recognizers; the "heldout" set's
were written afterwards and were not, so it is the fairer figure.

--generator fakerjs takes the text from a second generator instead, @faker-js/faker in 24
locales with templates of its own (bench/fakerjs_probe.mjs; needs node and FAKERJS set as that
file says)."""
import argparse
import collections
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from faker import Faker
except ImportError:
    Faker = None

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ["en_US", "en_GB", "en_AU", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"]

TUNING = [
    "My name is {PERSON} and my email is {EMAIL}.",
    "Please contact {PERSON} at {PHONE} regarding the invoice.",
    "{PERSON}'s date of birth is {DOB}.",
    "I was born on {DOB} in {LOCATION}.",
    "Ship the package to {ADDRESS}.",
    "Customer: {PERSON}\nAddress: {ADDRESS}\nPhone: {PHONE}\nEmail: {EMAIL}",
    "My credit card number is {CREDIT_CARD} and it expires next year.",
    "The server at {IP_ADDRESS} keeps timing out.",
    "{PERSON} works for {ORGANIZATION} in {LOCATION}.",
    "Our SSN on file for you is {US_SSN}.",
    "Hi {FIRST}, can you call me back on {PHONE}?",
    "Dear {PERSON},\nThank you for your order.\nKind regards,\n{PERSON}",
    "{ORGANIZATION} announced that {PERSON} will join as CFO.",
    "Meeting with {PERSON} from {ORGANIZATION} tomorrow at our {LOCATION} office.",
    "Username: {USER} Password: {SECRET}",
    "Visit {URL} for details, or write to {EMAIL}.",
    "The patient, {PERSON}, DOB {DOB}, was admitted on Monday.",
    "Send the contract to {PERSON} ({EMAIL}), {ORGANIZATION}.",
    "{PERSON} moved from {LOCATION} to {LOCATION} last year.",
]
HELDOUT = [
    "From: {PERSON} <{EMAIL}>\nTo: {PERSON} <{EMAIL}>\nSubject: Q3 figures\n\n"
    "Please find attached the ISBN {ISBN} catalogue and EAN {EAN} price list.",
    "Name: {PERSON}\nDate of birth: {DOB}\nMobile: {PHONE}\nAddress: {ADDRESS}",
    '{{"customer": "{PERSON}", "email": "{EMAIL}", "ip": "{IP6}", "mac": "{MAC_ADDRESS}"}}',
    "Thanks {FIRST}! I have forwarded your CV to {PERSON} at {ORGANIZATION}.",
    "Order {ORDER} of {DATE} for {AMOUNT} EUR was shipped to {ADDRESS}.",
    "Employee {PERSON} (SSN {US_SSN}) joined {ORGANIZATION} on {DATE}.",
    "Kind regards,\n{PERSON}\n{JOB}, {ORGANIZATION}\nTel: {PHONE}",
    "Meeting notes: {PERSON}, {PERSON} and {PERSON} agreed to review the {DATE} draft.",
    "Account holder: {PERSON}; IBAN {IBAN}; card ending {LAST4}.",
    "Visit us at {URL} or call {PHONE} between 9 and 5.",
]
NOT_PII = {"ISBN", "EAN", "ORDER", "DATE", "AMOUNT", "JOB", "LAST4", "USER"}
TYPE_OF = {"FIRST": "PERSON", "DOB": "DATE_OF_BIRTH", "ADDRESS": "STREET_ADDRESS",
           "IP6": "IP_ADDRESS"}


def german_iban(rng):
    # Faker 0.9's IBANs for GB and FR have the wrong length; a German one built here is valid.
    bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    return "DE%02d%s" % (98 - int(bban + "131400") % 97, bban)


def values(f, loc, rng):
    us = Faker("en_US")
    dob_format = "%d.%m.%Y" if loc in ("de_DE", "nl_NL") else rng.choice(
        ["%d/%m/%Y", "%B %d, %Y", "%Y-%m-%d", "%d %B %Y"])
    return {
        "PERSON": lambda: f.first_name() + " " + f.last_name(), "FIRST": f.first_name,
        "EMAIL": f.email, "PHONE": f.phone_number,
        "DOB": lambda: f.date_of_birth().strftime(dob_format),
        "LOCATION": f.city, "ADDRESS": lambda: f.address().replace("\n", ", "),
        "CREDIT_CARD": f.credit_card_number, "IBAN": lambda: german_iban(rng),
        "IP_ADDRESS": f.ipv4, "IP6": f.ipv6, "MAC_ADDRESS": f.mac_address,
        "ORGANIZATION": f.company, "US_SSN": us.ssn, "USER": f.user_name, "SECRET": f.password,
        "URL": f.url, "ISBN": us.isbn13, "EAN": f.ean13,
        "ORDER": lambda: "PO-%d" % rng.randint(100000, 999999),
        "DATE": lambda: f.date_this_decade().isoformat(),
        "AMOUNT": lambda: "%d,%02d" % (rng.randint(10, 99999), rng.randint(0, 99)),
        "JOB": f.job, "LAST4": lambda: "%04d" % rng.randint(0, 9999),
    }


def build(templates, n, seed):
    rng = random.Random(seed)
    Faker().seed(seed)  # every Faker instance draws from one shared generator
    text, labels = bytearray(), []
    for _ in range(n):
        loc = rng.choice(LOCALES)
        gen = values(Faker(loc), loc, rng)
        template = rng.choice(templates).replace("{{", "\x01").replace("}}", "\x02")
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            text += template[pos:m.start()].replace("\x01", "{").replace("\x02", "}").encode()
            key, value = m.group(1), gen[m.group(1)]().encode()
            labels.append({"start": len(text), "end": len(text) + len(value),
                           "type": TYPE_OF.get(key, key), "pii": key not in NOT_PII,
                           "text": value.decode(), "loc": loc})
            text += value
            pos = m.end()
        text += template[pos:].replace("\x01", "{").replace("\x02", "}").encode() + b"\n\n"
    return bytes(text), labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--deskbench", default=str(ROOT / "build" / "deskbench"))
    ap.add_argument("--set", choices=["heldout", "tuning"], default="heldout")
    ap.add_argument("--n", type=int, default=800)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--misses", default="")
    ap.add_argument("--generator", choices=["faker", "fakerjs"], default="faker")
    a = ap.parse_args()
    if a.generator == "fakerjs":
        try:
            out = subprocess.run(["node", str(ROOT / "bench" / "fakerjs_probe.mjs"), str(a.n),
                                  str(a.seed)], capture_output=True, check=False)
        except FileNotFoundError:
            sys.exit("faker_probe.py: --generator fakerjs needs node (apt-get install nodejs)")
        if out.returncode != 0:
            sys.exit("faker_probe.py: fakerjs_probe.mjs failed: " +
                     out.stderr.decode(errors="replace").strip())
        probe = json.loads(out.stdout)
        text, labels = probe["text"].encode(), probe["labels"]
    elif Faker is None:
        sys.exit("faker_probe.py: needs Faker (apt-get install python3-fake-factory)")
    else:
        text, labels = build(HELDOUT if a.set == "heldout" else TUNING, a.n, a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "probe.txt"
        path.write_bytes(text)
        out = subprocess.run([a.deskbench, "scan", "--json", "-j1", str(path)],
                             capture_output=True, check=False)
        if out.returncode not in (0, 1):
            sys.exit("deskbench scan failed: " + out.stderr.decode(errors="replace"))
    found = [json.loads(line) for line in out.stdout.splitlines()]
    found = [f for f in found if f["start"] is not None]
    total, covered, typed = collections.Counter(), collections.Counter(), collections.Counter()
    misses, near, near_hits = collections.defaultdict(list), collections.Counter(), []
    for lab in labels:
        over = [f for f in found if f["start"] < lab["end"] and f["end"] > lab["start"]]
        if not lab["pii"]:
            near[lab["type"]] += bool(over)
            if over:
                near_hits.append((lab["type"], lab["text"], [(f["type"], f["text"]) for f in over]))
            continue
        t = lab["type"]
        total[t] += 1
        bytes_in = set()
        for f in over:
            bytes_in.update(range(max(f["start"], lab["start"]), min(f["end"], lab["end"])))
        need = [i for i in range(lab["start"], lab["end"]) if chr(text[i]).isalnum() or text[i] > 127]
        if all(i in bytes_in for i in need):
            covered[t] += 1
        else:
            misses[t].append((lab["text"], lab["loc"], [(f["type"], f["text"]) for f in over]))
        typed[t] += any(f["type"] == t for f in over)
    print("%-16s %6s %8s %8s" % ("type", "values", "covered", "typed"))
    for t in sorted(total):
        print("%-16s %6d %8.3f %8.3f" % (t, total[t], covered[t] / total[t], typed[t] / total[t]))
    print("not personal data, found: %d of %d %s" % (
        sum(near.values()), sum(1 for lab in labels if not lab["pii"]), dict(near)))
    outside = [f for f in found if not any(f["start"] < lab["end"] and f["end"] > lab["start"]
                                           for lab in labels)]
    print("findings outside any labelled value: %d" % len(outside))
    for f in outside[:20]:
        print("  %s %r" % (f["type"], f["text"]))
    if "NEAR" in a.misses.split(","):  # the values that are no personal data, and were found
        for kind, value, hits in near_hits:
            print("  found %s %r: %s" % (kind, value, hits))
    for t in filter(None, a.misses.split(",")):
        for m in misses[t][:40]:
            print("  missed %s %r (%s) found: %s" % (t, m[0], m[1], m[2]))


if __name__ == "__main__":
    main()
