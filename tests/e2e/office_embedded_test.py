"""Files inside Office files end to end: a chart's workbook in a presentation (made with
openpyxl) and a Word document embedded in a Word document (made with python-docx) are scrubbed
as workbooks and documents of their own, kept in place, and still open; what no adapter reads
(pictures until the image adapter exists, OLE binaries) is dropped and reported."""
import io
import json
import os
import shutil
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

import docx
import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_test import build_docx  # noqa: E402
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            assert_planted_present, build_pptx, read_parts, run, write_parts)

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
INNER_NAME = "Bartholomew Quigley"
INNER_EMAIL = "b.quigley@example.org"
PLANTED = [EMAIL, "margaret.h", "555-2671", "Hollingsworth", "Quigley", INNER_EMAIL]
WORKBOOK = "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx"
EMBEDDED_DOC = "word/embeddings/Microsoft_Word_Document.docx"


def chart_workbook():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Email", "Calls"])
    ws.append([INNER_NAME, INNER_EMAIL, 4])
    wb.properties.creator = INNER_NAME
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def embedded_document():
    d = docx.Document()
    d.add_paragraph("Minutes kept by " + INNER_NAME + " (" + INNER_EMAIL + ").")
    d.core_properties.author = INNER_NAME
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def embed_document(path):
    parts = read_parts(path)
    parts[EMBEDDED_DOC] = embedded_document()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", '<Override PartName="/' + EMBEDDED_DOC + '" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document"/></Types>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", '<Relationship Id="rIdEmb" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/package" Target="embeddings/'
        'Microsoft_Word_Document.docx"/></Relationships>').encode()
    write_parts(path, parts)


class OfficeEmbeddedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="deskbench-embedded-"))
        inputs = cls.tmp / "in"
        inputs.mkdir()
        build_pptx(inputs / "deck.pptx", NAME, EMAIL, "(415) 555-2671", "Nothing here.")
        parts = read_parts(inputs / "deck.pptx")
        parts[WORKBOOK] = chart_workbook()
        write_parts(inputs / "deck.pptx", parts)
        build_docx(inputs / "memo.docx")
        embed_document(inputs / "memo.docx")
        cls.inputs = inputs
        r = run("scrub", "-q", inputs, "-o", cls.tmp / "out")
        assert r.returncode == 0, r.stderr
        cls.out = cls.tmp / "out"

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def inner(self, outer, part):
        path = self.tmp / ("inner-" + Path(part).name)
        path.write_bytes(read_parts(outer)[part])
        return path

    def test_the_inner_files_carry_what_was_planted(self):
        assert_planted_present(self, self.inner(self.inputs / "deck.pptx", WORKBOOK),
                               [INNER_EMAIL, "Quigley"])
        assert_planted_present(self, self.inner(self.inputs / "memo.docx", EMBEDDED_DOC),
                               [INNER_EMAIL, "Quigley"])

    def test_the_chart_workbook_is_kept_scrubbed_and_opens(self):
        deck = self.out / "deck.pptx"
        parts = read_parts(deck)
        self.assertIn(WORKBOOK, parts)
        self.assertIn("externalData", parts["ppt/charts/chart1.xml"].decode())
        workbook = self.inner(deck, WORKBOOK)
        assert_nothing_planted(self, workbook, PLANTED)
        ws = openpyxl.load_workbook(workbook).active
        self.assertEqual([c.value for c in ws[1]], ["Name", "Email", "Calls"])
        self.assertEqual(ws["C2"].value, 4)
        self.assertNotEqual(ws["A2"].value, INNER_NAME)
        assert_nothing_planted(self, deck, PLANTED)

    def test_the_embedded_document_is_kept_scrubbed_and_opens(self):
        memo = self.out / "memo.docx"
        inner = self.inner(memo, EMBEDDED_DOC)
        assert_nothing_planted(self, inner, PLANTED)
        text = [p.text for p in docx.Document(str(inner)).paragraphs]
        self.assertEqual(len(text), 1)
        self.assertTrue(text[0].startswith("Minutes kept by "), text)
        assert_nothing_planted(self, memo, PLANTED)

    def test_the_report_names_the_inner_parts(self):
        report = json.dumps(json.loads((self.tmp / "out.report" / "report.json").read_text()))
        self.assertIn(WORKBOOK + " \\u203a ", report)
        self.assertIn("ppt/media/image1.png (embedded image)", report)

    def test_outputs_open_in_libreoffice(self):
        for name in ["deck.pptx", "memo.docx"]:
            assert_converts_to_pdf(self, self.out / name, self.tmp / ("pdf-" + name))


if __name__ == "__main__":
    unittest.main()
