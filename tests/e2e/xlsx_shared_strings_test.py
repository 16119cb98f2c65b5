"""A workbook whose text is in its shared strings, as in any large workbook Excel or LibreOffice
writes (150,000 rows of a name, a code and a note, 44 MB of xl/sharedStrings.xml), is
scrubbed within bounded memory: shared strings parts over 8 MiB are read as a stream, a batch of
items at a time (docs/formats.md). A person, an email and a social security number planted near
the end are gone from every part of the output (`unzip -p`), untouched strings keep their values,
openpyxl reads the output back, and the peak memory of the scrub (`/usr/bin/time -f %M`) stays
under three times the largest part's inflated size.

The package is openpyxl's (styles, theme, properties), but openpyxl writes every string inline:
the sheet and the shared strings part are written here, streamed into the zip."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import DESKBENCH  # noqa: E402

ROWS = 150_000
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PLANTED = {ROWS - 11: ("Margaret Hollingsworth",
                       "Call margaret.h@example.com about her SSN 536-22-1234 before Friday.")}
SECRETS = [b"Hollingsworth", b"margaret.h@example.com", b"536-22-1234"]


def cells(r):
    """The texts of row r (the header row is 1)."""
    if r == 1:
        return ("Name", "Code", "Note")
    if r in PLANTED:
        return (PLANTED[r][0], "K%d-%d" % (r % 89, r), PLANTED[r][1])
    note = ("Visit %d to the northern depot: the quarterly figures were checked against the "
            "plan, the variance on line %d explained, and the regional office asked to send the "
            "signed forms for lot %d before the inspection closes." % (r, r % 97, r * 7))
    return ("Customer %d" % r, "K%d-%d" % (r % 89, r), note)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build(path, rows):
    import openpyxl
    base = path.parent.parent / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Staff"
    wb.active.append(cells(1))
    wb.save(base)
    with zipfile.ZipFile(base) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                continue
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", (
                    '<Override PartName="/xl/sharedStrings.xml" '
                    'ContentType="%ssharedStrings+xml"/></Types>' % SML).encode())
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", (
                    '<Relationship Id="rIdStrings" Type="%s/sharedStrings" '
                    'Target="sharedStrings.xml"/></Relationships>' % REL).encode())
            z.writestr(info.filename, data)
        # Each text once, numbered in the order first written, as Excel does.
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                     'xmlns="%s"><dimension ref="A1:C%d"/><sheetData>' % (MAIN, rows)).encode())
            batch = []
            for r in range(1, rows + 1):
                refs = "".join('<c r="%s%d" t="s"><v>%d</v></c>' % (col, r, 3 * (r - 1) + i)
                               for i, col in enumerate("ABC"))
                batch.append('<row r="%d">%s</row>' % (r, refs))
                if len(batch) == 20000:
                    f.write("".join(batch).encode())
                    batch = []
            f.write("".join(batch).encode())
            f.write(b"</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" '
                     'count="%d" uniqueCount="%d">' % (MAIN, 3 * rows, 3 * rows)).encode())
            batch = []
            for r in range(1, rows + 1):
                batch.extend("<si><t>%s</t></si>" % escape(t) for t in cells(r))
                if len(batch) >= 60000:
                    f.write("".join(batch).encode())
                    batch = []
            f.write("".join(batch).encode())
            f.write(b"</sst>")


class SharedStringsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-sst-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "staff.xlsx"
        build(self.src, ROWS)

    def test_large_shared_strings_are_scrubbed_within_bounded_memory(self):
        with zipfile.ZipFile(self.src) as z:
            sizes = {i.filename: i.file_size for i in z.infolist()}
            self.assertIn(b"536-22-1234", z.read("xl/sharedStrings.xml"))
        largest = max(sizes.values())
        self.assertEqual(sizes["xl/sharedStrings.xml"], largest)
        self.assertGreater(largest, 40 << 20)
        timing = self.tmp / "time.txt"
        r = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(timing), DESKBENCH, "scrub",
                            "-q", "-j", "1", "--no-ocr", str(self.tmp / "in"), "-o",
                            str(self.tmp / "out")],
                           capture_output=True, text=True, timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr)
        peak = int(re.findall(r"^(\d+)$", timing.read_text(), re.M)[-1]) * 1024
        self.assertLess(peak, 3 * largest, "peak %d MiB, largest part %d MiB"
                        % (peak >> 20, largest >> 20))

        out = self.tmp / "out" / "staff.xlsx"
        everything = subprocess.run(["unzip", "-p", str(out)], capture_output=True,
                                    timeout=120).stdout
        self.assertGreater(len(everything), largest // 2)
        for secret in SECRETS:
            self.assertNotIn(secret, everything)

        import openpyxl
        wb = openpyxl.load_workbook(out, read_only=True)
        seen = 0
        for r, row in enumerate(wb["Staff"].iter_rows(values_only=True), start=1):
            seen += 1
            if r in PLANTED:
                self.assertNotIn("Hollingsworth", " ".join(map(str, row)))
            elif r == 1 or r % 10000 == 0 or r == ROWS:
                self.assertEqual(row, cells(r), r)
        self.assertEqual(seen, ROWS)


if __name__ == "__main__":
    unittest.main()
