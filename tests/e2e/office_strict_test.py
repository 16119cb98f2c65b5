"""Strict Office Open XML (ISO/IEC 29500 Strict, purl.oclc.org namespaces) end to end. No tool at
hand writes it (LibreOffice saves Transitional only), so the test turns Transitional fixtures made
by python-docx, openpyxl and the presentation builder into Strict by rewriting their namespaces
and relationship types, the way Office's "Strict Open XML" save does. The adapters read parts by
local names and relationship kinds, so Strict is scrubbed like Transitional and stays Strict."""
import os
import shutil
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_test import build_docx  # noqa: E402
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            assert_planted_present, build_pptx, read_parts, run)
from xlsx_test import build_xlsx  # noqa: E402

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
PLANTED = [EMAIL, "margaret.h", "536-22-1234", "555-2671", "Hollingsworth"]

# Transitional -> Strict (ECMA-376 Part 1, 5th edition, annex on namespaces).
T = "http://schemas.openxmlformats.org/"
S = "http://purl.oclc.org/ooxml/"
TO_STRICT = [
    (T + "officeDocument/2006/relationships", S + "officeDocument/relationships"),
    (T + "wordprocessingml/2006/main", S + "wordprocessingml/main"),
    (T + "spreadsheetml/2006/main", S + "spreadsheetml/main"),
    (T + "presentationml/2006/main", S + "presentationml/main"),
    (T + "drawingml/2006/main", S + "drawingml/main"),
    (T + "drawingml/2006/chart", S + "drawingml/chart"),
    (T + "drawingml/2006/diagram", S + "drawingml/diagram"),
    (T + "drawingml/2006/picture", S + "drawingml/picture"),
    (T + "drawingml/2006/wordprocessingDrawing", S + "drawingml/wordprocessingDrawing"),
    (T + "drawingml/2006/spreadsheetDrawing", S + "drawingml/spreadsheetDrawing"),
    (T + "officeDocument/2006/extended-properties", S + "officeDocument/extendedProperties"),
    (T + "officeDocument/2006/custom-properties", S + "officeDocument/customProperties"),
    (T + "officeDocument/2006/docPropsVTypes", S + "officeDocument/docPropsVTypes"),
    (T + "officeDocument/2006/math", S + "officeDocument/math"),
]


def to_strict(path):
    parts = read_parts(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name.endswith((".xml", ".rels")):
                text = data.decode("utf-8")
                for old, new in TO_STRICT:
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            z.writestr(name, data)


class OfficeStrictTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="deskbench-strict-"))
        inputs = cls.tmp / "in"
        inputs.mkdir()
        build_docx(inputs / "memo.docx")
        build_xlsx(inputs / "payroll.xlsx")
        build_pptx(inputs / "deck.pptx", NAME, EMAIL, "(415) 555-2671", "Nothing here.")
        cls.names = ["memo.docx", "payroll.xlsx", "deck.pptx"]
        for name in cls.names:
            to_strict(inputs / name)
        cls.inputs = inputs
        r = run("scrub", "-q", inputs, "-o", cls.tmp / "out")
        assert r.returncode == 0, r.stderr
        cls.out = cls.tmp / "out"

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_inputs_are_strict(self):
        for name in self.names:
            main = {"memo.docx": "word/document.xml", "payroll.xlsx": "xl/workbook.xml",
                    "deck.pptx": "ppt/presentation.xml"}[name]
            xml = read_parts(self.inputs / name)[main].decode()
            self.assertIn(S, xml)
            self.assertNotIn(T + "officeDocument/2006/relationships", xml)
            assert_planted_present(self, self.inputs / name, ["Hollingsworth"])

    def test_nothing_planted_survives_and_the_output_stays_strict(self):
        for name in self.names:
            assert_nothing_planted(self, self.out / name, PLANTED)
            for part, data in read_parts(self.out / name).items():
                if part.endswith((".xml", ".rels")):
                    for old, _ in TO_STRICT:
                        self.assertNotIn(old, data.decode(), "%s:%s" % (name, part))

    def test_text_was_scrubbed_not_dropped(self):
        document = read_parts(self.out / "memo.docx")["word/document.xml"].decode()
        self.assertIn(" approved the plan.", document)
        self.assertIn("The quarterly numbers look fine.", document)
        sheet = read_parts(self.out / "payroll.xlsx")["xl/worksheets/sheet1.xml"].decode()
        self.assertIn("Quarterly budget", sheet)

    def test_outputs_open_in_libreoffice(self):
        for name in self.names:
            assert_converts_to_pdf(self, self.out / name, self.tmp / ("pdf-" + name))


if __name__ == "__main__":
    unittest.main()
