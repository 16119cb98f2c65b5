"""The bundled example task (what `make demo` runs) passes its checks, is scrubbed as one bundle
with none of its planted values left in its text files, in any part of its Office files or in
what poppler and tesseract read from its PDF, the Office outputs still open, and it packs and
verifies."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

import docx
import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import assert_converts_to_pdf  # noqa: E402

ROOT = Path(os.environ.get("DESKBENCH_SOURCE") or Path(__file__).resolve().parents[2])
DESKBENCH = os.environ.get("DESKBENCH") or str(ROOT / "build" / "deskbench")

# Everything sensitive planted in examples/task, by kind.
PLANTED = {
    "people": ["Margaret Ellison", "Daniel Okafor", "Priya Raman", "Thomas Whitfield",
               "Elena Vasquez", "Samuel Achterberg"],
    "emails": ["margaret.ellison@halvorsenfreight.com", "dokafor@halvorsenfreight.com",
               "t.whitfield@brightline-logistics.com", "evasquez@cascadehaulers.com"],
    "phones": ["(415) 555-0142", "+44 7911 123456", "+1 415 555 0187", "(206) 555-0111"],
    "banking": ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00"],
    "secrets": ["AKIAZ3MHQ7YW4RNX2TPL", "q8Jr2vN5tLmW0xYcB7kPz3HdG6sFaE1uQ9oRiT4n",
                "Vt7#pLq2!xRm9", "x9Vb2Ty7Kq4Wm8Zp1Rs6Ne3J"],
    "employer": ["Halvorsen", "halvorsenfreight"],
    "address": ["1450 Harbor View Drive"],
    "network": ["10.20.31.17"],
}
# The rate card keeps one phone as a number, where no formatting gives it away.
PLANTED_IN_CELLS = ["4155550187"]
OFFICE = ("deliverable/carrier_review.docx", "reference/carrier_rates.xlsx",
          "deliverable/board_update.pptx")
PDF = "reference/delivery_letter.pdf"
# The memo as the analyst also sent it: a PDF deliverable with the names in its text and metadata.
MEMO_PDF = "deliverable/carrier_review.pdf"


def pdf_text(path, tmp):
    """What independent tools read from a PDF: its text, metadata, and OCR of its pages."""
    out = [subprocess.run(cmd, capture_output=True, text=True, errors="replace").stdout
           for cmd in (["pdftotext", str(path), "-"], ["pdfinfo", "-meta", str(path)])]
    pages = Path(tmp) / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(pages / path.stem)],
                   check=True)
    for png in sorted(pages.glob(path.stem + "*.png")):
        out.append(subprocess.run(["tesseract", str(png), "-"], capture_output=True,
                                  text=True).stdout)
    return "\n".join(out)


def office_parts(path):
    """Every entry of an Office package as text, keyed "file:entry"."""
    with zipfile.ZipFile(path) as z:
        return {"%s:%s" % (path.name, n): z.read(n).decode("utf-8", "replace")
                for n in z.namelist()}


def ocr(path):
    r = subprocess.run(["tesseract", str(path), "-"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def exif_dump(path):
    return subprocess.run(["exiftool", "-a", "-u", "-G1", str(path)], capture_output=True,
                          text=True, errors="replace", timeout=120).stdout


class ExampleTaskTest(unittest.TestCase):
    def test_nothing_planted_survives(self):
        with tempfile.TemporaryDirectory() as tmp:
            task = Path(tmp) / "task"
            shutil.copytree(ROOT / "examples/task", task)
            r = subprocess.run([DESKBENCH, "task", "check", str(task)], capture_output=True,
                               text=True, timeout=300)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            r = subprocess.run([DESKBENCH, "task", "scrub", "-q", str(task), "--config",
                                str(ROOT / "examples/deskbench.toml")], capture_output=True,
                               text=True, timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
            out = Path(tmp) / "task.scrubbed"
            outputs = {p.relative_to(out).as_posix(): p.read_text(errors="replace")
                       for p in out.rglob("*") if p.is_file()}
            self.assertEqual(len(outputs), 13, sorted(outputs))
            self.assertIn("task.toml", outputs)
            self.assertIn("request.md", outputs)
            searched = dict(outputs)
            searched[PDF] = pdf_text(out / PDF, tmp)
            self.assertIn("OAK-LAX", searched[PDF])
            planted_in_pdf = pdf_text(ROOT / "examples/task" / PDF, Path(tmp) / "in")
            for value in ("Margaret Ellison", "Daniel Okafor", "Thomas Whitfield",
                          "margaret.ellison@halvorsenfreight.com"):
                self.assertIn(value, planted_in_pdf)
            searched[MEMO_PDF] = pdf_text(out / MEMO_PDF, Path(tmp) / "memo")
            self.assertIn("OAK-LAX", searched[MEMO_PDF])
            planted_in_memo = pdf_text(ROOT / "examples/task" / MEMO_PDF, Path(tmp) / "memo_in")
            for value in ("Margaret Ellison", "Daniel Okafor", "dokafor@halvorsenfreight.com"):
                self.assertIn(value, planted_in_memo)
            for name in OFFICE:
                del searched[name]  # searched part by part instead: the parts are compressed
                searched.update(office_parts(out / name))
            # The inputs really carry what the search looks for in the Office files.
            inputs = {}
            for name in OFFICE:
                inputs.update(office_parts(ROOT / "examples/task" / name))
            planted_in_office = " ".join(inputs.values()).lower()
            for value in ("Margaret Ellison", "Daniel Okafor", "Thomas Whitfield", "Priya Raman",
                          "t.whitfield@brightline-logistics.com", "+1 415 555 0187",
                          "4155550187"):
                self.assertIn(value.lower(), planted_in_office)
            for kind, values in {**PLANTED, "numbers": PLANTED_IN_CELLS}.items():
                for value in values:
                    for name, text in searched.items():
                        self.assertNotIn(value.lower(), text.lower(),
                                         f"{kind} value {value!r} survived in {name}")
            # The Office outputs still open in the libraries people use to read them.
            review = docx.Document(str(out / OFFICE[0]))
            self.assertEqual(review.core_properties.author, "")
            self.assertIn("INV-2023-00481", review.tables[0].cell(1, 0).text)
            rates = openpyxl.load_workbook(out / OFFICE[1])
            self.assertEqual(rates.worksheets[0]["B2"].value, "OAK-LAX")
            self.assertEqual(rates.worksheets[1].sheet_state, "hidden")
            with zipfile.ZipFile(out / OFFICE[2]) as z:
                self.assertIsNone(z.testzip())
                self.assertIn("ppt/notesSlides/notesSlide1.xml", z.namelist())
            # The outputs are still what they were: JSON parses, CSV keeps its shape.
            json.loads(outputs["deliverable/lane_summary.json"])
            rows = outputs["reference/carrier_invoices.csv"].splitlines()
            self.assertEqual(len(rows), 5)
            self.assertTrue(all(row.count(",") == 8 for row in rows))
            # Work content that is not sensitive is untouched.
            self.assertIn("INV-2023-00481", outputs["reference/carrier_invoices.csv"])
            self.assertIn("OAK-LAX", outputs["deliverable/summary.html"])
            self.assertIn('id = "q1-carrier-cost-review"', outputs["task.toml"])
            report = json.loads((Path(tmp) / "task.scrubbed.report/report.json").read_text())
            self.assertGreaterEqual(report["summary"]["counts"]["SECRET"], 3)
            # The whole example packs (its few low-scored findings taken as suggested) and the
            # pack verifies; the pack holds what the scrub wrote and nothing private.
            pack = Path(tmp) / "example.deskbench.zip"
            r = subprocess.run([DESKBENCH, "task", "pack", "-q", str(task), "--accept-suggested",
                                "-o", str(pack)], capture_output=True, text=True, timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
            r = subprocess.run([DESKBENCH, "task", "verify", str(pack)], capture_output=True,
                               text=True, timeout=300)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            with zipfile.ZipFile(pack) as z:
                names = set(z.namelist())
                self.assertEqual(names, set(outputs) | {"manifest.json"})
                for name in outputs:
                    self.assertEqual(z.read(name), (out / name).read_bytes(), name)
            # The photo: its EXIF is gone and the person and email on the whiteboard are painted
            # over, while the work on it stays readable.
            photo_in = ROOT / "examples/task/reference/whiteboard.jpg"
            photo_out = out / "reference/whiteboard.jpg"
            self.assertIn("Margaret Ellison", ocr(photo_in))
            self.assertIn("Daniel Okafor", exif_dump(photo_in))
            seen = ocr(photo_out)
            for value in ("Ellison", "dokafor", "halvorsen"):
                self.assertNotIn(value.lower(), seen.lower(), seen)
            self.assertIn("OAK-LAX rates", seen)
            dump = exif_dump(photo_out)
            for value in ("Okafor", "PC9-0042", "GPS", "Pixelcam"):
                self.assertNotIn(value, dump)
            for name in OFFICE:
                with self.subTest(pdf=name):
                    assert_converts_to_pdf(self, out / name, Path(tmp) / "pdf")


if __name__ == "__main__":
    unittest.main(verbosity=2)
