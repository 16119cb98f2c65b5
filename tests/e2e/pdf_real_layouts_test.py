"""End-to-end test of PDF layouts met in real files that the PDF writer once refused or damaged:

- a value the engine flags in one place only (an acronym in a heading of capitals is a place, the
  same acronym in a sentence is not): the output check looks for a redacted value everywhere, so
  the file was refused; now every occurrence is redacted (reportlab draws the pages);
- a text object made only of the redacted value, as pdfTeX draws a URL (a text object of its own
  between colour-stack `cm` pairs): MuPDF 1.21's redaction dropped it but added its text position
  to the next text object, moving the rest of the page off the page (the PDF is written by hand);
- letter-spaced text (character spacing, Tc): MuPDF reads "M a r g a r e t", poppler and people
  read "Margaret", so the name was neither found nor redacted (written by hand).

Independent tools judge the output: qpdf --check, pdftotext (text and word boxes)."""
import json
import os
import re
import subprocess
import tempfile
import unittest
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")


def run(*args):
    return subprocess.run([*map(str, args)], capture_output=True, text=True, errors="replace",
                          timeout=600)


def whole_word(value, text):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])", text)


def words(pdf):
    """(page, word, x, y) of every word pdftotext finds, rounded to a tenth of a point."""
    html = run("pdftotext", "-bbox", pdf, "-").stdout
    found = []
    for page, body in enumerate(html.split("<page ")[1:]):
        for x, y, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<', body):
            found.append((page, word, round(float(x), 1), round(float(y), 1)))
    return found


def spec_pdf(path):
    # A value the engine flags in one place only (a record number after "MRN:"), and the same
    # value elsewhere without the cue, as the MIE specification had its name flagged once.
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 11)
    c.drawString(72, 720, "MRN: 4471902 (FORMAT SPECIFICATION 2007-01-21)")
    c.drawString(72, 700, "The 4471902 batch is a flexible way to store meta information.")
    c.drawString(72, 686, "Files should have a filename extension of \u201c.4471902\u201d, any case.")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 720, "4471902-format trailers can be added to some other file types.")
    c.drawString(72, 706, "The quarterly numbers look fine.")
    c.save()


URL = "https://intranet.example.org/staff/hollingsworth"


def write_pdf(path, content, fonts="/F1 5 0 R /F2 6 0 R"):
    """A one-page PDF drawing content with Helvetica (F1) and Courier (F2)."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << " + fonts + " >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
    ]
    pdf = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body.encode("latin-1"))
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                             xref)
    Path(path).write_bytes(pdf)


def pdftex_like_pdf(path):
    """One page as pdfTeX writes a paragraph with a hyperref URL: the URL is a text object of
    its own in a typewriter font, between colour-stack cm pairs; the paragraph goes on in the
    next text object, positioned with Td."""
    content = "\n".join([
        "BT /F1 11 Tf 90 640 Td [(Please see)]TJ", "ET",
        "1 0 0 1 150 640 cm", "0 0 0 rg 0 0 0 RG", "1 0 0 1 -150 -640 cm",
        "BT", "/F2 11 Tf 150 640 Td [(" + URL + ")]TJ", "ET",
        "1 0 0 1 480 640 cm", "0 0 0 rg 0 0 0 RG", "1 0 0 1 -480 -640 cm",
        "BT", "/F1 11 Tf 480 640 Td [(for the list.)]TJ -390 -16 Td",
        "[(The quarterly numbers look fine.)]TJ 0 -16 Td [(Each line stays in its place.)]TJ",
        "ET"])
    write_pdf(path, content)


class PdfRealLayoutsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)
        (self.dir / "in").mkdir()

    def tearDown(self):
        self.tmp.cleanup()

    def scrub(self, pdf):
        out = self.dir / "out"
        r = run(DESKBENCH, "scrub", "--quiet", "--no-ocr", pdf, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        result = out / Path(pdf).name
        self.assertTrue(result.exists(), r.stderr)
        self.assertEqual(run("qpdf", "--check", result).returncode, 0)
        report = json.loads((Path(str(out) + ".report") / "report.json").read_text())
        return result, report["files"][0]

    def test_a_value_flagged_once_is_redacted_everywhere(self):
        pdf = self.dir / "in" / "spec.pdf"
        spec_pdf(pdf)
        self.assertEqual(len(re.findall(r"(?<![0-9A-Za-z])4471902(?![0-9A-Za-z])",
                                        run("pdftotext", pdf, "-").stdout)), 4)
        result, report = self.scrub(pdf)
        # The fixture: the engine flags the number after "MRN:"; the occurrences the text layer
        # gives as words of their own are found again as that value (value_propagation), and
        # the rest by the PDF adapter's search for other occurrences (the note below).
        flagged = [f for f in report["findings"] if f["text"] == "4471902"]
        self.assertEqual({f["recognizer"] for f in flagged},
                         {"medical_record_number_keyword", "value_propagation"},
                         report["findings"])
        text = run("pdftotext", result, "-").stdout
        self.assertIsNone(whole_word("4471902", text), text)
        for kept in ["FORMAT SPECIFICATION", "-format trailers", "quarterly numbers look fine"]:
            self.assertIn(kept, text)
        self.assertTrue(any(n["part"].startswith("other occurrences") for n in report["notes"]),
                        report["notes"])

    def test_letter_spaced_names_are_found(self):
        pdf = self.dir / "in" / "letter.pdf"
        write_pdf(pdf, "BT /F1 12 Tf 3 Tc 72 700 Td (Report by Margaret Hollingsworth today.) Tj ET\n"
                       "BT 0 Tc /F1 12 Tf 72 680 Td (The quarterly numbers look fine.) Tj ET")
        self.assertIn("Margaret Hollingsworth", run("pdftotext", pdf, "-").stdout)
        result, report = self.scrub(pdf)
        text = run("pdftotext", result, "-").stdout
        for gone in ["Margaret", "Hollingsworth"]:
            self.assertNotIn(gone, text)
        self.assertIn("Report by", text)
        self.assertIn("quarterly numbers look fine", text)

    def test_text_after_a_redacted_text_object_stays_in_place(self):
        pdf = self.dir / "in" / "paper.pdf"
        pdftex_like_pdf(pdf)
        before = words(pdf)
        self.assertIn(URL, run("pdftotext", pdf, "-").stdout)
        result, report = self.scrub(pdf)
        self.assertTrue(any(f["text"] == URL for f in report["findings"]), report["findings"])
        self.assertNotIn("hollingsworth", run("pdftotext", result, "-").stdout)
        after = words(result)
        # Every word but the URL is where it was.
        self.assertEqual([w for w in before if w[1] != URL], after)


if __name__ == "__main__":
    unittest.main()
