"""End-to-end test of legacy binary Office files: a .doc and a .xls made by LibreOffice from files
with planted values are scrubbed into .docx/.xlsx, and every part of the output is searched."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")
SOFFICE = shutil.which("soffice")

EMAIL = "margaret.holloway@example.org"
PHONE = "+1 415 555 0142"
NAME = "Margaret Holloway"
PLANTED = [EMAIL, PHONE, NAME, "Holloway"]


def run(*args, env=None):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600, env=env)


def to_legacy(src, fmt, workdir):
    """Converts src with LibreOffice (private profile) into src's folder as .<fmt>."""
    profile = workdir / "profile"
    subprocess.run([SOFFICE, "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + profile.as_uri(), "--convert-to", fmt,
                    "--outdir", str(src.parent), str(src)],
                   check=True, capture_output=True, timeout=300)
    out = src.with_suffix("." + fmt)
    assert out.exists(), out
    src.unlink()
    return out


@unittest.skipIf(SOFFICE is None, "soffice (LibreOffice) is not installed")
class LegacyTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-legacy-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()

    def scrub(self, suffix):
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        files = [p for p in out.rglob("*") if p.is_file()]
        self.assertEqual(len(files), 1, files)
        self.assertEqual(files[0].suffix, suffix)
        with zipfile.ZipFile(files[0]) as z:
            for name in z.namelist():
                data = z.read(name).decode("utf-8", "replace")
                for value in PLANTED:
                    self.assertNotIn(value, data, name)
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        self.assertIn("with LibreOffice", json.dumps(report))
        return files[0]

    def test_doc_is_scrubbed_into_docx(self):
        import docx
        src = self.tmp / "in" / "letter.docx"
        d = docx.Document()
        d.add_paragraph("Dear " + NAME + ",")
        d.add_paragraph("Write to " + EMAIL + " or call " + PHONE + " before Friday.")
        d.add_paragraph("The quarterly review is on the agenda.")
        d.save(str(src))
        legacy = to_legacy(src, "doc", self.tmp)
        self.assertEqual(legacy.read_bytes()[:4], b"\xD0\xCF\x11\xE0")
        out = self.scrub(".docx")
        self.assertEqual(out.name, "letter.docx")
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        self.assertIn("quarterly review", text)

    def test_xls_is_scrubbed_into_xlsx(self):
        import openpyxl
        src = self.tmp / "in" / "contacts.xlsx"
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["name", "email", "phone", "quarter"])
        ws.append([NAME, EMAIL, PHONE, "Q3"])
        wb.save(str(src))
        to_legacy(src, "xls", self.tmp)
        out = self.scrub(".xlsx")
        ws = openpyxl.load_workbook(str(out)).active
        self.assertEqual(ws["D2"].value, "Q3")

    def test_ppt_is_scrubbed_into_pptx(self):
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import pptx_test  # builds a presentation from raw parts (python-pptx is not installed)
        src = self.tmp / "in" / "deck.pptx"
        pptx_test.build_pptx(src, pptx_test.NAME, pptx_test.EMAIL, pptx_test.PHONE,
                             pptx_test.UNTOUCHED)
        to_legacy(src, "ppt", self.tmp)
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        files = [p for p in out.rglob("*") if p.is_file()]
        self.assertEqual([p.name for p in files], ["deck.pptx"])
        with zipfile.ZipFile(files[0]) as z:
            for name in z.namelist():
                data = z.read(name).decode("utf-8", "replace")
                for value in pptx_test.PLANTED:
                    self.assertNotIn(value, data, name)
            slides = "".join(z.read(n).decode() for n in z.namelist()
                             if n.startswith("ppt/slides/slide"))
            self.assertIn("quarterly numbers", slides)

    def test_missing_soffice_is_refused_with_the_fix(self):
        doc = self.tmp / "in" / "old.doc"
        doc.write_bytes(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(1024))
        empty = self.tmp / "empty"
        empty.mkdir()
        r = run("scan", doc, env={**os.environ, "PATH": str(empty)})
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("install LibreOffice", r.stderr)

    def test_other_ole_files_stay_refused(self):
        msg = self.tmp / "in" / "mail.msg"
        msg.write_bytes(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(1024))
        r = run("scan", msg)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("OLE", r.stderr)


if __name__ == "__main__":
    unittest.main()
