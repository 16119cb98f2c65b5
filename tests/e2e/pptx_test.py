"""End-to-end test of .pptx scrubbing. python-pptx is not packaged for Debian 12, so the test
writes a small but complete presentation part by part with zipfile (presentation, master, layout,
two slides with a title, a body split over runs, a table and a group, a notes slide, a chart, a
SmartArt data part, comments, core properties, an image and a macro), plants personal data in each
place, scrubs it with the built binary and searches every part of the result."""
import json
import os
import re
import shutil
import sys
import tempfile
import unittest
import zipfile
import xml.dom.minidom
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import (assert_converts_to_pdf, assert_planted_present,  # noqa: E402
                            build_pptx, para, read_parts, run_xml, scrub_one)

EMAIL = "margaret.h@example.com"
PHONE = "(415) 555-2671"
NAME = "Margaret Hollingsworth"
PLANTED = [EMAIL, "margaret.h", "555-2671", "Hollingsworth"]
UNTOUCHED = "The quarterly numbers look fine."


def paragraph_with(xml_text, text):
    for m in re.finditer(r"<a:p>.*?</a:p>", xml_text, re.S):
        if text in m.group(0):
            return m.group(0)
    return None


class PptxTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-pptx-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "offer.pptx"
        build_pptx(self.src, NAME, EMAIL, PHONE, UNTOUCHED)

    def scrub(self):
        return scrub_one(self, self.tmp)

    def test_nothing_planted_survives_in_any_part_and_every_part_parses(self):
        assert_planted_present(self, self.src, PLANTED)
        out = self.scrub()
        with zipfile.ZipFile(out) as z:
            self.assertIsNone(z.testzip())
            names = z.namelist()
            self.assertEqual(names[0], "[Content_Types].xml")
            for gone in ("ppt/comments/comment1.xml", "ppt/commentAuthors.xml",
                         "ppt/media/image1.png", "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx"):
                self.assertNotIn(gone, names)
            for kept in ("ppt/slides/slide1.xml", "ppt/notesSlides/notesSlide1.xml",
                         "ppt/charts/chart1.xml", "ppt/diagrams/data1.xml",
                         "ppt/slideLayouts/slideLayout1.xml", "ppt/theme/theme1.xml"):
                self.assertIn(kept, names)
            for name in names:
                data = z.read(name)
                text = data.decode("utf-8", "replace")
                for value in PLANTED:
                    self.assertNotIn(value, text, name)
                if name.endswith(".xml") or name.endswith(".rels"):
                    xml.dom.minidom.parseString(data)  # raises when not well formed
            # Every internal relationship still points at a part that exists.
            for name in names:
                if not name.endswith(".rels"):
                    continue
                base = name.replace("_rels/", "").rsplit(".rels", 1)[0]
                folder = base.rsplit("/", 1)[0] if "/" in base else ""
                rels_xml = z.read(name).decode()
                for target, mode in re.findall(
                        r'Target="([^"]*)"(?: TargetMode="([^"]*)")?', rels_xml):
                    if mode == "External":
                        continue
                    path = os.path.normpath(os.path.join(folder, target)).lstrip("/")
                    self.assertIn(path, names, name + " -> " + target)

    def test_formatting_untouched_paragraphs_and_layout_are_kept(self):
        out = self.scrub()
        before = read_parts(self.src)
        after = read_parts(out)
        slide = after["ppt/slides/slide1.xml"].decode()
        first = paragraph_with(slide, "Contact ")
        self.assertIsNotNone(first, slide)
        # The replacement went into the first run of the match; the bold run is kept.
        self.assertIn('<a:rPr lang="en-US" b="1" dirty="0"/>', first)
        self.assertIn(" today.</a:t>", first)
        bold = paragraph_with(slide, "Bold heading stays bold")
        self.assertEqual(bold, para(run_xml("Bold heading stays bold", bold=True)))
        old = before["ppt/slides/slide1.xml"].decode()
        self.assertIsNotNone(paragraph_with(old, UNTOUCHED))
        self.assertEqual(paragraph_with(old, UNTOUCHED), paragraph_with(slide, UNTOUCHED))
        self.assertIn(paragraph_with(before["ppt/slideMasters/slideMaster1.xml"].decode(),
                                     "Click to edit"),
                      after["ppt/slideMasters/slideMaster1.xml"].decode())
        # Slide sizes and other untouched parts keep their bytes.
        for name in ("ppt/presentation.xml", "ppt/theme/theme1.xml"):
            self.assertEqual(before[name], after[name], name)
        self.assertIn(b'<p:sldSz cx="9144000" cy="6858000" type="screen4x3"/>',
                      after["ppt/presentation.xml"])
        self.assertIn(b"<c:v>4</c:v>", after["ppt/charts/chart1.xml"])
        self.assertNotIn(b"externalData", after["ppt/charts/chart1.xml"])
        self.assertNotIn(b"p:pic", after["ppt/slides/slide1.xml"])
        self.assertNotIn(b'spid="7"', after["ppt/slides/slide1.xml"])

    def test_report_notes_what_was_removed(self):
        self.scrub()
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        text = json.dumps(report)
        self.assertIn("ppt/comments/comment1.xml (comments)", text)
        self.assertIn("ppt/commentAuthors.xml (comment authors)", text)
        self.assertIn("docProps/core.xml creator", text)
        self.assertIn("embedded workbook", text)
        self.assertIn("embedded image", text)

    def test_output_converts_with_libreoffice_when_installed(self):
        out = self.scrub()
        assert_converts_to_pdf(self, out, self.tmp / "pdf")


if __name__ == "__main__":
    unittest.main()
