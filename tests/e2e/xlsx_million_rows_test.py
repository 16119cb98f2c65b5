"""A sheet of a million rows (1,000,000 x 3 cells: a name, an amount, a code, the way exports
write them, with a header row) is scrubbed within bounded memory: worksheets over 8 MiB are read
as a stream, a row at a time (docs/formats.md). A person, an email and a social security number
planted in the last rows are replaced, the untouched rows keep their values, openpyxl reads the
output back whole, and the peak memory of the scrub stays under three times the sheet's inflated
size. The sheet is streamed into the zip here (openpyxl would take minutes to write it)."""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import DESKBENCH  # noqa: E402

ROWS = 1_000_000
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/"
# Planted in the last rows, where only a reader that got through the whole sheet finds them.
PLANTED = {ROWS - 7: ("Margaret Hollingsworth", "margaret.h@example.com"),
           ROWS - 2: ("Customer", "SSN 536-22-1234")}


def cells(r):
    if r == 1:
        return ("Customer", "Amount", "Code")
    if r in PLANTED:
        return (PLANTED[r][0], r % 9973 + 0.5, PLANTED[r][1])
    return ("Customer %d" % r, r % 9973 + 0.5, "K%d" % (r % 89))


def build(path, rows):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="%scontent-types"><Default Extension="rels" '
                   'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/xl/workbook.xml" ContentType="%ssheet.main+xml"/><Override '
                   'PartName="/xl/worksheets/sheet1.xml" ContentType="%sworksheet+xml"/></Types>'
                   % (PKG, SML, SML))
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="%srelationships">'
                   '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>' % (PKG, REL))
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="%s"><sheets><sheet name="Export" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>' % REL)
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0"?><Relationships xmlns="%srelationships"><Relationship '
                   'Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>' % (PKG, REL))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><sheetData>')
            batch = []
            for r in range(1, rows + 1):
                a, b, c = cells(r)
                amount = '<v>%s</v>' % b if r > 1 else '<is><t>%s</t></is>' % b
                batch.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c>'
                             '<c r="B%d"%s>%s</c><c r="C%d" t="inlineStr"><is><t>%s</t></is>'
                             '</c></row>' % (r, r, a, r, '' if r > 1 else ' t="inlineStr"',
                                             amount, r, c))
                if len(batch) == 20000:
                    f.write("".join(batch).encode())
                    batch = []
            f.write("".join(batch).encode())
            f.write(b"</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" "
                    b"bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")


class MillionRowsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-million-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "export.xlsx"
        build(self.src, ROWS)

    def test_a_million_rows_are_scrubbed_within_bounded_memory(self):
        with zipfile.ZipFile(self.src) as z:
            inflated = z.getinfo("xl/worksheets/sheet1.xml").file_size
        self.assertGreater(inflated, 128 << 20)  # over what a part parsed whole may be
        r = subprocess.run([DESKBENCH, "scrub", "-q", "-j", "1", "--no-ocr", self.tmp / "in",
                            "-o", self.tmp / "out"], capture_output=True, text=True, timeout=600)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertLess(peak, 3 * inflated, "peak %d MiB" % (peak >> 20))

        import openpyxl
        out = self.tmp / "out" / "export.xlsx"
        wb = openpyxl.load_workbook(out, read_only=True)
        ws = wb["Export"]
        seen = 0
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            seen += 1
            if r in PLANTED:
                text = " ".join(str(v) for v in row)
                self.assertNotIn("Hollingsworth", text)
                self.assertNotIn("margaret.h@example.com", text)
                self.assertNotIn("536-22-1234", text)
            elif r == 1 or r % 100000 == 0 or r == ROWS:
                a, b, c = cells(r)
                self.assertEqual(row, (a, b if r > 1 else str(b), c), r)
        self.assertEqual(seen, ROWS)


if __name__ == "__main__":
    unittest.main()
