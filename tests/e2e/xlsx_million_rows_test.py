"""A sheet of a million rows (1,000,000 x 3 cells: a name, an amount, a code, the way exports
write them) does not crash deskbench or take the machine's memory: workbook parts are parsed in
memory, so a worksheet over the part limit (128 MiB of XML) is refused with a message naming the
part, its size and the limit, within bounded memory. The sheet is streamed into the zip here
(openpyxl would take minutes)."""
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
                batch.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>Customer %d</t></is>'
                             '</c><c r="B%d"><v>%d.5</v></c><c r="C%d" t="inlineStr"><is><t>K%d'
                             '</t></is></c></row>' % (r, r, r, r, r % 9973, r, r % 89))
                if len(batch) == 20000:
                    f.write("".join(batch).encode())
                    batch = []
            f.write("".join(batch).encode())
            f.write(b"</sheetData></worksheet>")


class MillionRowsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-million-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "export.xlsx"
        build(self.src, ROWS)

    def test_a_million_rows_are_refused_clearly_within_bounded_memory(self):
        with zipfile.ZipFile(self.src) as z:
            inflated = z.getinfo("xl/worksheets/sheet1.xml").file_size
        self.assertGreater(inflated, 128 << 20)
        r = subprocess.run([DESKBENCH, "scrub", "-q", "-j", "1", self.tmp / "in", "-o",
                            self.tmp / "out"], capture_output=True, text=True, timeout=600)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("export.xlsx", r.stderr)
        self.assertIn("xl/worksheets/sheet1.xml is %d MiB of XML" % (inflated >> 20), r.stderr)
        self.assertIn("at most 128 MiB", r.stderr)
        self.assertNotIn("Traceback", r.stderr)
        # The refusal is made before any parsing: about the inflated part and the file, nothing
        # like the 20 bytes per byte of XML a parse would take.
        self.assertLess(peak, 3 * inflated, "peak %d MiB" % (peak >> 20))


if __name__ == "__main__":
    unittest.main()
