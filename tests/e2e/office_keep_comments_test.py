"""--keep-comments end to end: the comments of a .docx, .xlsx, .pptx and .odt made by independent
tools stay in the scrubbed copies, with what was planted in them replaced (the author's name by
the same pseudonym as in the body), and the files still open."""
import os
import re
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

import docx
import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_test import build_docx  # noqa: E402
from odf_test import build_odt  # noqa: E402
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            build_pptx, read_parts, run)
from xlsx_test import build_xlsx  # noqa: E402

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
PLANTED = [EMAIL, "margaret.h", "536-22-1234", "555-2671", "Hollingsworth"]


class OfficeKeepCommentsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="deskbench-keep-comments-"))
        inputs = cls.tmp / "in"
        inputs.mkdir()
        build_docx(inputs / "memo.docx")
        build_xlsx(inputs / "payroll.xlsx")
        build_pptx(inputs / "deck.pptx", NAME, EMAIL, "(415) 555-2671", "Nothing here.")
        build_odt(inputs / "plan.odt")
        r = run("scrub", "-q", "--keep-comments", inputs, "-o", cls.tmp / "out")
        assert r.returncode == 0, r.stderr
        cls.out = cls.tmp / "out"

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_nothing_planted_survives_anywhere(self):
        for name in ["memo.docx", "payroll.xlsx", "deck.pptx", "plan.odt"]:
            assert_nothing_planted(self, self.out / name, PLANTED)

    def test_word_comments_stay_with_the_authors_pseudonym(self):
        parts = read_parts(self.out / "memo.docx")
        comments = parts["word/comments.xml"].decode()
        self.assertIn("<w:t>Ask ", comments)
        self.assertIn('w:initials=""', comments)
        author = re.search(r'w:author="([^"]+)"', comments).group(1)
        d = docx.Document(str(self.out / "memo.docx"))
        approved = [p.text for p in d.paragraphs if p.text.endswith(" approved the plan.")]
        self.assertEqual(approved, [author + " approved the plan."])
        self.assertIn("commentReference", parts["word/document.xml"].decode())

    def test_excel_notes_stay(self):
        wb = openpyxl.load_workbook(self.out / "payroll.xlsx")
        comment = wb["People"]["A2"].comment
        self.assertIsNotNone(comment)
        self.assertTrue(comment.text.startswith("Ask "), comment.text)
        self.assertTrue(comment.text.endswith(" about the bonus"), comment.text)

    def test_powerpoint_comments_and_authors_stay(self):
        parts = read_parts(self.out / "deck.pptx")
        self.assertIn("<p:text>Ask ", parts["ppt/comments/comment1.xml"].decode())
        authors = parts["ppt/commentAuthors.xml"].decode()
        self.assertIn('initials=""', authors)
        author = re.search(r' name="([^"]+)"', authors).group(1)
        self.assertIn("Offer for " + author, parts["ppt/slides/slide1.xml"].decode())

    def test_opendocument_annotations_stay(self):
        content = read_parts(self.out / "plan.odt")["content.xml"].decode()
        self.assertIn("<office:annotation><dc:creator>", content)
        self.assertIn("<text:p>check</text:p>", content)

    def test_outputs_open_in_libreoffice(self):
        for name in ["memo.docx", "payroll.xlsx", "deck.pptx", "plan.odt"]:
            assert_converts_to_pdf(self, self.out / name, self.tmp / ("pdf-" + name))


if __name__ == "__main__":
    unittest.main()
