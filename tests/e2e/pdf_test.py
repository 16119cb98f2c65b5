"""End-to-end test of PDF scrubbing: PDFs built with reportlab, PIL and qpdf (pdf_support.py)
carry planted names, emails, an SSN and a phone number in page text, a Form XObject, a form
field, a comment, a bookmark, the metadata and an attachment. After `deskbench scrub`, poppler,
exiftool, mat2 and the raw (decompressed) bytes must show none of them, qpdf must find the file
sound and every page must render at its original size."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_support as fx  # noqa: E402

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")


def run(*args, **kw):
    return subprocess.run([*map(str, args)], capture_output=True, text=True, errors="replace",
                          timeout=600, **kw)


def scrub(*args):
    return run(DESKBENCH, "scrub", "--quiet", *args)


def tool_text(pdf):
    """Everything the independent tools can read out of pdf."""
    out = []
    for cmd in (["pdftotext", pdf, "-"], ["pdfinfo", "-meta", pdf], ["exiftool", "-a", "-G", pdf],
                ["mat2", "--show", pdf]):
        r = run(*cmd)
        out.append(r.stdout + r.stderr)
    qdf = Path(pdf).with_suffix(".qdf")
    r = run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf)
    assert r.returncode in (0, 3), r.stderr
    out.append(qdf.read_bytes().decode("latin-1"))
    return "\n".join(out)


def page_sizes(pdf, folder, prefix):
    r = run("pdftoppm", "-r", "20", "-png", pdf, Path(folder) / prefix)
    assert r.returncode == 0, r.stderr
    from PIL import Image
    sizes = []
    for p in sorted(Path(folder).glob(prefix + "*.png")):
        with Image.open(p) as img:
            sizes.append(img.size)
    return sizes


def report(folder):
    return json.loads((Path(str(folder) + ".report") / "report.json").read_text())


class PdfTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)
        base = self.dir / "base.pdf"
        fx.build_report(base, scanned=False)
        self.pdf = self.dir / "in" / "review.pdf"
        self.pdf.parent.mkdir()
        fx.attach(base, self.pdf)

    def tearDown(self):
        self.tmp.cleanup()

    def test_the_planted_data_is_in_the_input(self):
        # The fixture itself: otherwise the checks below prove nothing.
        text = tool_text(self.pdf)
        for planted in ["Hollingsworth", "Vandermeer", "Fairweather"]:
            self.assertIn(planted, text)
        r = run("qpdf", "--show-attachment=contact-note.txt", self.pdf)
        self.assertIn("Hollingsworth", r.stdout)

    def test_nothing_planted_survives(self):
        out = self.dir / "out"
        r = scrub(self.pdf, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        result = out / "review.pdf"
        text = tool_text(result)
        for planted in fx.PLANTED:
            self.assertNotIn(planted, text)
        self.assertIn(fx.UNTOUCHED, run("pdftotext", result, "-").stdout)
        self.assertEqual(run("qpdf", "--check", result).returncode, 0)
        self.assertEqual(page_sizes(self.pdf, self.dir, "before"),
                         page_sizes(result, self.dir, "after"))
        # The attachment is kept, scrubbed.
        r = run("qpdf", "--show-attachment=contact-note.txt", result)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Attached note: call", r.stdout)
        self.assertNotIn("Hollingsworth", r.stdout)
        self.assertRegex(run("pdfinfo", result).stdout, r"Pages:\s+1\n")
        notes = {n["part"]: n["action"] for n in report(out)["files"][0]["notes"]}
        self.assertTrue(any(p.startswith("document information") for p in notes), notes)
        self.assertTrue(any(p.startswith("comments") for p in notes), notes)
        self.assertTrue(any(p.startswith("page text") for p in notes), notes)
        locations = {f["location"] for f in report(out)["files"][0]["findings"]}
        for where in ["bookmark 1", "form field employee value", "page 1, Text comment",
                      "contact-note.txt \u203a line 1", "document information: Author"]:
            self.assertIn(where, locations)

    def test_scanned_page_pixels_are_blanked(self):
        scanned = self.dir / "in" / "scanned.pdf"
        fx.build_report(scanned, scanned=True)
        self.pdf.unlink()
        # The fixture: tesseract reads the planted name off the page image.
        before = self.dir / "before"
        before.mkdir()
        self.assertEqual(run("pdfimages", "-png", scanned, before / "img").returncode, 0)
        ocr = run("tesseract", before / "img-000.png", "-").stdout
        self.assertIn("Hollingsworth", ocr)
        out = self.dir / "out"
        r = scrub(scanned, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        result = out / "scanned.pdf"
        after = self.dir / "after"
        after.mkdir()
        # The image inside the file, not only the rendered page, has lost the words.
        self.assertEqual(run("pdfimages", "-png", result, after / "img").returncode, 0)
        images = sorted(after.glob("img-*.png"))
        self.assertEqual(len(images), 1)
        ocr = run("tesseract", images[0], "-").stdout
        self.assertIn("quarterly numbers", ocr)
        for planted in ["Hollingsworth", "margaret.h", "example.com"]:
            self.assertNotIn(planted, ocr)
        rendered = run("pdftoppm", "-r", "150", "-f", "2", "-l", "2", "-png", result,
                       after / "page")
        self.assertEqual(rendered.returncode, 0)
        ocr = run("tesseract", next(after.glob("page*.png")), "-").stdout
        self.assertNotIn("Hollingsworth", ocr)
        self.assertEqual(page_sizes(scanned, self.dir, "before"),
                         page_sizes(result, self.dir, "after"))
        notes = [n["part"] for n in report(out)["files"][0]["notes"]]
        self.assertIn("scanned pages (1)", notes)

    def test_no_ocr_says_scanned_pages_were_not_checked(self):
        scanned = self.dir / "in" / "scanned.pdf"
        fx.build_report(scanned, scanned=True)
        self.pdf.unlink()
        out = self.dir / "out"
        r = scrub(scanned, "--no-ocr", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        notes = {n["part"]: n["action"] for n in report(out)["files"][0]["notes"]}
        self.assertIn("not checked", notes.get("scanned pages (1)", ""), notes)
        # The text layer is scrubbed all the same.
        self.assertNotIn("Hollingsworth", run("pdftotext", out / "scanned.pdf", "-").stdout)

    def test_text_in_an_image_on_a_text_page_is_blanked(self):
        shot = self.dir / "in" / "incident.pdf"
        fx.screenshot_page(shot)
        self.pdf.unlink()
        # The fixture: the values are in the picture only, where tesseract reads them.
        self.assertNotIn("Whitfield", run("pdftotext", shot, "-").stdout)
        before = self.dir / "before"
        before.mkdir()
        self.assertEqual(run("pdfimages", "-png", shot, before / "img").returncode, 0)
        ocr = "".join(run("tesseract", p, "-").stdout for p in sorted(before.glob("*.png")))
        self.assertIn(fx.SHOT_NAME, ocr)
        self.assertIn(fx.SHOT_EMAIL, ocr)
        out = self.dir / "out"
        r = scrub(shot, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        result = out / "incident.pdf"
        self.assertEqual(run("qpdf", "--check", result).returncode, 0)
        after = self.dir / "after"
        after.mkdir()
        self.assertEqual(run("pdfimages", "-png", result, after / "img").returncode, 0)
        ocr = "".join(run("tesseract", p, "-").stdout for p in sorted(after.glob("*.png")))
        for gone in ["Whitfield", "Cornelius", "c.whitfield", "example.org"]:
            self.assertNotIn(gone, ocr)
        # Only the words holding the values were blanked.
        self.assertIn("Ticket escalated by support", ocr)
        self.assertIn("waiting for invoice", ocr)
        text = run("pdftotext", result, "-").stdout
        self.assertIn("Incident summary for the quarterly review.", text)
        self.assertIn("Follow-up meetings are planned", text)
        entry = report(out)["files"][0]
        notes = {n["part"]: n["action"] for n in entry["notes"]}
        self.assertIn("images on text pages (1)", notes)
        self.assertTrue(any(p.startswith("text in images (") for p in notes), notes)
        locations = {f["location"] for f in entry["findings"]}
        self.assertTrue(any(loc.startswith("page 1, image 1, line ") for loc in locations),
                        locations)

    def test_no_ocr_says_text_in_images_was_not_checked(self):
        shot = self.dir / "in" / "incident.pdf"
        fx.screenshot_page(shot)
        self.pdf.unlink()
        out = self.dir / "out"
        r = scrub(shot, "--no-ocr", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        notes = {n["part"]: n["action"] for n in report(out)["files"][0]["notes"]}
        self.assertTrue(notes.get("text in images", "").startswith("not checked (OCR off)"),
                        notes)

    def test_pdf_made_by_libreoffice(self):
        soffice = shutil.which("soffice")
        if not soffice:
            self.skipTest("LibreOffice is not installed")
        import docx
        d = docx.Document()
        d.core_properties.author = fx.NAME
        d.add_heading("Review for " + fx.NAME, 1)
        d.add_paragraph(fx.UNTOUCHED)
        d.add_paragraph("Contact " + fx.EMAIL + " or " + fx.PHONE + "; SSN " + fx.SSN + ".")
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Owner"
        table.cell(0, 1).text = fx.NAME
        source = self.dir / "memo.docx"
        d.save(source)
        made = self.dir / "made"
        profile = "-env:UserInstallation=" + (made / "profile").resolve().as_uri()
        r = run(soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", made, source)
        self.assertEqual(r.returncode, 0, r.stderr)
        pdf = self.dir / "in" / "memo.pdf"
        (made / "memo.pdf").rename(pdf)
        self.assertIn("Hollingsworth", run("pdftotext", pdf, "-").stdout)
        out = self.dir / "out"
        r = scrub(pdf, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = tool_text(out / "memo.pdf")
        for planted in fx.PLANTED[:4]:
            self.assertNotIn(planted, text)
        self.assertIn(fx.UNTOUCHED, run("pdftotext", out / "memo.pdf", "-").stdout)
        self.assertEqual(run("qpdf", "--check", out / "memo.pdf").returncode, 0)
        self.assertEqual(page_sizes(pdf, self.dir, "before"),
                         page_sizes(out / "memo.pdf", self.dir, "after"))

    def test_labels_name_the_type(self):
        config = self.dir / "redact.toml"
        config.write_text('[redact]\noperator = "redact"\n')
        out = self.dir / "out"
        r = scrub(self.pdf, "--config", config, "--pdf-label", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = run("pdftotext", out / "review.pdf", "-").stdout
        self.assertIn("[PERSON]", text)
        self.assertIn("[EMAIL]", text)
        for planted in fx.PLANTED:
            self.assertNotIn(planted, text)

    def test_user_password_is_refused_unless_given(self):
        locked = self.dir / "in" / "locked.pdf"
        fx.encrypt(self.pdf, locked, "s3cret-user", "owner-pw")
        self.pdf.unlink()
        out = self.dir / "out"
        r = scrub(locked, "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("locked.pdf", r.stderr)
        self.assertIn("--pdf-password", r.stderr)
        self.assertFalse((out / "locked.pdf").exists())
        wrong = scrub(locked, "--pdf-password", "nope", "-o", self.dir / "wrong")
        self.assertEqual(wrong.returncode, 2)
        self.assertIn("does not open it", wrong.stderr)
        out2 = self.dir / "out2"
        r = scrub(locked, "--pdf-password", "s3cret-user", "-o", out2)
        self.assertEqual(r.returncode, 0, r.stderr)
        result = out2 / "locked.pdf"
        self.assertIn("Encrypted:       no", run("pdfinfo", result).stdout)
        text = tool_text(result)
        for planted in fx.PLANTED:
            self.assertNotIn(planted, text)

    def test_owner_password_only_is_written_unencrypted(self):
        restricted = self.dir / "in" / "restricted.pdf"
        fx.encrypt(self.pdf, restricted, "", "owner-pw")
        self.pdf.unlink()
        out = self.dir / "out"
        r = scrub(restricted, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Encrypted:       no", run("pdfinfo", out / "restricted.pdf").stdout)
        notes = [n["part"] for n in report(out)["files"][0]["notes"]]
        self.assertTrue(any("owner password" in n for n in notes), notes)

    def test_earlier_revisions_do_not_survive(self):
        original, xref = fx.simple_pdf("Contact Vivienne Oldrevision today.")
        updated = self.dir / "in" / "updated.pdf"
        updated.write_bytes(fx.with_incremental_update(original, xref, "Contact us today."))
        self.pdf.unlink()
        # The fixture: the current revision shows no name, the file still holds the old one.
        self.assertNotIn("Oldrevision", run("pdftotext", updated, "-").stdout)
        self.assertIn(b"Oldrevision", updated.read_bytes())
        out = self.dir / "out"
        r = scrub(updated, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        result = out / "updated.pdf"
        self.assertNotIn("Oldrevision", tool_text(result))
        self.assertNotIn(b"Oldrevision", result.read_bytes())
        self.assertIn("Contact us today.", run("pdftotext", result, "-").stdout)

    def test_damaged_files(self):
        data = self.pdf.read_bytes()
        # A wrong cross-reference offset: MuPDF rebuilds the table from the objects.
        at = data.rindex(b"startxref")
        broken = self.dir / "in" / "broken-xref.pdf"
        broken.write_bytes(data[:at] + b"startxref\n999999\n%%EOF\n")
        garbage = self.dir / "in" / "garbage.pdf"
        garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
        self.pdf.unlink()
        out = self.dir / "out"
        r = scrub(broken, garbage, "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("garbage.pdf", r.stderr)
        self.assertFalse((out / "garbage.pdf").exists())
        files = {Path(f["source"]).name: f for f in report(out)["files"]}
        self.assertEqual(files["broken-xref.pdf"]["status"], "scrubbed")
        notes = [n["part"] for n in files["broken-xref.pdf"]["notes"]]
        self.assertIn("damaged file structure", notes)
        text = tool_text(out / "broken-xref.pdf")
        for planted in fx.PLANTED:
            self.assertNotIn(planted, text)
        self.assertEqual(run("qpdf", "--check", out / "broken-xref.pdf").returncode, 0)


if __name__ == "__main__":
    unittest.main()
