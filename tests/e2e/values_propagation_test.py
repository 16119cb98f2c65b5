"""End-to-end: a value found only beside the word that says what it is (an account number under
its column, an IMEI after its keyword, coordinates after "GPS") is replaced, with the same
surrogate, wherever else in the task it appears without that word. The values are made up."""
import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


ACCOUNT, IMEI, GPS = "94018275", "357805023984942", "40.712776, -74.005974"
# The file naming nothing sorts first: what pass 1 learns must not depend on the order.
MAIL = ("Hi Sam,\n\nPlease send the money to " + ACCOUNT + " before Friday; the handset "
        + IMEI + " goes back to IT. The crew meets at " + GPS + " at 7.\n")
LEDGER = "payee,account number,imei\nHarbour Freight," + ACCOUNT + "," + IMEI + "\n"
SITE = "Site visit log\nGPS: " + GPS + "\n"


class ValuesPropagationTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-values-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        (self.tmp / "in" / "a_mail.txt").write_text(MAIL)
        (self.tmp / "in" / "b_ledger.csv").write_text(LEDGER)
        (self.tmp / "in" / "c_site.txt").write_text(SITE)

    def test_found_everywhere_with_one_surrogate(self):
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        mail = (out / "a_mail.txt").read_text()
        ledger = (out / "b_ledger.csv").read_text()
        site = (out / "c_site.txt").read_text()
        for text in (mail, ledger, site):
            for value in (ACCOUNT, IMEI, GPS):
                self.assertNotIn(value, text)
        row = next(csv.DictReader(io.StringIO(ledger)))
        self.assertIn(row["account number"], mail)
        self.assertIn(row["imei"], mail)
        fake_gps = site.split("GPS: ")[1].strip()
        self.assertIn(fake_gps, mail)

    def test_scan_names_the_propagation(self):
        r = run("scan", "--json", "-q", self.tmp / "in" / "a_mail.txt", self.tmp / "in")
        self.assertEqual(r.returncode, 1, r.stderr)
        found = [json.loads(line) for line in r.stdout.splitlines()]
        mail = [f for f in found if f["file"].endswith("a_mail.txt")]
        kinds = {(f["type"], f["text"], f["recognizer"]) for f in mail}
        self.assertIn(("US_BANK_ACCOUNT", ACCOUNT, "value_propagation"), kinds)
        self.assertIn(("IMEI", IMEI, "value_propagation"), kinds)
        self.assertIn(("GPS_COORDINATES", GPS, "value_propagation"), kinds)
        # Where its own recognizer finds a value, the finding stays that recognizer's.
        ledger = [f for f in found if f["file"].endswith("b_ledger.csv")]
        self.assertIn("imei_cell", {f["recognizer"] for f in ledger})

    def test_short_values_are_not_looked_for_everywhere(self):
        (self.tmp / "in" / "d_site.txt").write_text("Latitude: 37.77\n")
        (self.tmp / "in" / "e_invoice.txt").write_text("Total due: 37.77 EUR\n")
        r = run("scan", "--json", "-q", self.tmp / "in")
        found = [json.loads(line) for line in r.stdout.splitlines()]
        invoice = [f for f in found if f["file"].endswith("e_invoice.txt")]
        self.assertEqual(invoice, [])

    def test_alone_the_mail_keeps_values_it_cannot_tell(self):
        # Without the files that say what they are, the bare numbers are no findings: nothing
        # is learnt from a file that is not in the task.
        r = run("scan", "--json", "-q", self.tmp / "in" / "a_mail.txt")
        found = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertNotIn(IMEI, {f["text"] for f in found})


if __name__ == "__main__":
    unittest.main()
