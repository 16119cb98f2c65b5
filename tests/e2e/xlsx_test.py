"""End-to-end test of .xlsx scrubbing: a real workbook made with openpyxl goes in, every part of
the scrubbed copy is searched for what was planted, and openpyxl reads the copy back."""
import datetime
import json
import os
import shutil
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            assert_planted_present, read_parts, run, scrub_one, write_parts)

EMAIL = "margaret.h@example.com"
SSN = "536-22-1234"
PHONE_DIGITS = 4155552671
NAME = "Margaret Hollingsworth"
HIDDEN_EMAIL = "d.okafor@example.org"
RICH_EMAIL = "rich.person@example.net"
SHARED_EMAIL = "shared.only@example.com"
SHEET_NAME = "Hollingsworth"
COMMENT = "Ask Margaret Hollingsworth about the bonus"
BIRTH = datetime.date(1984, 7, 19)
PLANTED = [EMAIL, SSN, str(PHONE_DIGITS), "Hollingsworth", HIDDEN_EMAIL, "d.okafor",
           "rich.person", "shared.only", "the bonus"]
UNTOUCHED = "Quarterly budget"
AMOUNT = 1234.5


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "People"
    ws.append(["Name", "Email", "SSN", "Phone", "Date of birth", "Note", "Amount"])
    ws.append([NAME, EMAIL, SSN, PHONE_DIGITS, BIRTH, UNTOUCHED, AMOUNT])
    ws["D2"].number_format = "0"
    ws["A2"].comment = Comment(COMMENT, "Reviewer Name")
    ws["A3"] = 7
    ws["F3"] = "Total count"
    ws["G3"] = 42
    hidden = wb.create_sheet(SHEET_NAME)
    hidden.sheet_state = "hidden"
    hidden.append(["Contact"])
    hidden.append([HIDDEN_EMAIL])
    hidden["B1"] = "=\"\"&People!A1"
    wb.properties.creator = NAME
    wb.properties.lastModifiedBy = NAME
    wb.properties.title = "Payroll for " + NAME
    wb.save(path)
    add_rich_and_inline(path)


def add_rich_and_inline(path):
    """openpyxl writes every string inline and no rich text: add a shared-strings part with a
    plain and a rich-text string, used by two cells of row 3."""
    parts = read_parts(path)
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" '
        'uniqueCount="2"><si><t>Backup %s</t></si><si><r><t>Mail </t></r><r><rPr><b/></rPr>'
        '<t>rich.person</t></r><r><t>@example.net now</t></r></si></sst>' % SHARED_EMAIL).encode()
    a3_end = sheet.index("</c>", sheet.index('r="A3"')) + len("</c>")
    cells = '<c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>0</v></c>'
    parts["xl/worksheets/sheet1.xml"] = (sheet[:a3_end] + cells + sheet[a3_end:]).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>").encode()
    write_parts(path, parts)


class XlsxTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-xlsx-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "payroll.xlsx"
        build_xlsx(self.src)

    def scrub(self):
        return scrub_one(self, self.tmp)

    def test_nothing_planted_survives_in_any_part(self):
        assert_planted_present(self, self.src, PLANTED)
        out = self.scrub()
        with zipfile.ZipFile(out) as z:
            self.assertIsNone(z.testzip())
            names = z.namelist()
            self.assertFalse([n for n in names if "comments" in n], names)
        assert_nothing_planted(self, out, PLANTED)

    def test_output_loads_and_keeps_untouched_cells_and_numbers(self):
        out = self.scrub()
        wb = openpyxl.load_workbook(out)
        ws = wb.worksheets[0]
        self.assertEqual(ws.title, "People")
        self.assertEqual([c.value for c in ws[1]],
                         ["Name", "Email", "SSN", "Phone", "Date of birth", "Note", "Amount"])
        self.assertEqual(ws["F2"].value, UNTOUCHED)
        self.assertEqual(ws["G2"].value, AMOUNT)
        self.assertEqual(ws["G3"].value, 42)
        self.assertEqual(ws["A3"].value, 7)
        self.assertEqual(ws["F3"].value, "Total count")
        phone = ws["D2"].value
        self.assertNotEqual(phone, PHONE_DIGITS)
        if isinstance(phone, str):
            self.assertFalse(phone.isdigit(), phone)  # text only when it is not all digits
        else:
            self.assertIsInstance(phone, int)
        self.assertNotEqual(ws["E2"].value, datetime.datetime.combine(BIRTH, datetime.time()))
        self.assertEqual(wb.worksheets[1].sheet_state, "hidden")
        self.assertNotEqual(wb.worksheets[1].title, SHEET_NAME)
        with zipfile.ZipFile(out) as z:  # openpyxl fills in a creator of its own when none
            self.assertNotIn(b"creator", z.read("docProps/core.xml"))
        self.assertTrue(str(ws["B3"].value).startswith("Mail "), ws["B3"].value)

    def test_output_converts_with_libreoffice_when_installed(self):
        assert_converts_to_pdf(self, self.scrub(), self.tmp / "pdf")

    def test_report_notes_what_was_removed(self):
        self.scrub()
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        text = json.dumps(report)
        self.assertIn("(comments)", text)
        self.assertIn("docProps/core.xml creator", text)

    def test_corrupt_file_is_refused(self):
        bad = self.tmp / "bad"
        bad.mkdir()
        (bad / "cut.xlsx").write_bytes(self.src.read_bytes()[:500])
        r = run("scan", bad / "cut.xlsx")
        self.assertEqual(r.returncode, 2)
        self.assertIn("zip", r.stderr)


class XlsxAddressColumnsTest(unittest.TestCase):
    """A customer list: whole addresses, towns no gazetteer holds and ZIP codes stored as
    numbers are each known by their column's header."""

    ADDRESS = "133 Quarnley walks, Tessingborough, TF3A 5UN"
    TOWN = "Port Quarnistown"
    ZIP = 94105

    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-xlsx-addr-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["Customer", "Home address", "City", "ZIP", "Orders"])
        ws.append(["Order desk", self.ADDRESS, self.TOWN, self.ZIP, 12])
        wb.save(self.tmp / "in" / "customers.xlsx")

    def test_address_town_and_zip_are_replaced_in_kind(self):
        out = scrub_one(self, self.tmp)
        assert_nothing_planted(self, out, ["Quarnley", "Tessingborough", "Quarnistown",
                                           str(self.ZIP)])
        ws = openpyxl.load_workbook(out).active
        self.assertEqual([c.value for c in ws[1]], ["Customer", "Home address", "City", "ZIP",
                                                    "Orders"])
        self.assertIsInstance(ws["B2"].value, str)
        self.assertRegex(ws["B2"].value, r"^\d+ ")  # still an address: a house number first
        self.assertIsInstance(ws["D2"].value, int)  # a number stays a number
        self.assertEqual(len(str(ws["D2"].value)), 5)
        self.assertEqual(ws["E2"].value, 12)
        self.assertEqual(ws["A2"].value, "Order desk")


if __name__ == "__main__":
    unittest.main()
