"""A long report (a Word document whose document.xml inflates to about 38 MiB: 180,000 paragraphs
and a table of 60,000 rows) is scrubbed within bounded memory: stories over 8 MiB are read as a
stream, an element of the body (a row of a table of the body) at a time (docs/formats.md). A
person, an email and a social security number planted near the end of the paragraphs (one name
split over runs, one in a deleted run that must not survive) and a person in the table's last
rows are replaced, python-docx opens the output with every paragraph and row in place and the
untouched ones unchanged, and the peak memory of the scrub stays under three times the part's
inflated size. The document is made by python-docx; its body is streamed into the zip here
(python-docx would take minutes)."""
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

PARAGRAPHS = 180_000
ROWS = 60_000
PLANTED_ROW = ROWS - 5
PLANTED = PARAGRAPHS - 11  # where only a reader that got through the whole body finds them


def paragraph(n):
    if n == PLANTED:
        return ('<w:p><w:r><w:t xml:space="preserve">Approved by Margaret </w:t></w:r><w:r>'
                '<w:rPr><w:b/></w:rPr><w:t>Hollingsworth</w:t></w:r><w:r><w:t xml:space='
                '"preserve"> (margaret.h@example.com), SSN 536-22-1234.</w:t></w:r><w:del '
                'w:id="1" w:author="Reviewer"><w:r><w:delText>Ask Bartholomew Quist</w:delText>'
                '</w:r></w:del></w:p>')
    return ('<w:p w:rsidR="00A1B2C3"><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t>'
            'Section %d of the quarterly report covers the budget and the schedule.</w:t>'
            '</w:r></w:p>' % n)


def row(n):
    text = ("Invoice %d approved by Rosalind Featherstonehaugh" % n if n == PLANTED_ROW
            else "Invoice %d paid in full" % n)
    return ('<w:tr w:rsidR="00B1"><w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc><w:tc><w:p>'
            '<w:r><w:t>%d.50</w:t></w:r></w:p></w:tc></w:tr>' % (text, n))


def expected_text(n):
    return "Section %d of the quarterly report covers the budget and the schedule." % n


def build(path):
    import docx
    template = path.parent / "template.docx"
    docx.Document().save(template)
    with zipfile.ZipFile(template) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename != "word/document.xml":
                out.writestr(item, data)
                continue
            xml = data.decode()
            head = xml[:xml.index("<w:body>") + len("<w:body>")]
            tail = xml[xml.index("<w:sectPr"):]
            with out.open("word/document.xml", "w", force_zip64=True) as f:
                f.write(head.encode())
                batch = []
                for n in range(1, PARAGRAPHS + 1):
                    batch.append(paragraph(n))
                    if len(batch) == 10000:
                        f.write("\n".join(batch).encode())
                        batch = []
                f.write("\n".join(batch).encode())
                f.write(b'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
                        b'<w:gridCol/><w:gridCol/></w:tblGrid>')
                for start in range(1, ROWS + 1, 10000):
                    f.write("".join(row(n) for n in range(start, min(start + 10000, ROWS + 1)))
                            .encode())
                f.write(b"</w:tbl>")
                f.write(tail.encode())


class LargeBodyTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-docx-large-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "report.docx"
        build(self.src)

    def test_a_long_report_is_scrubbed_within_bounded_memory(self):
        with zipfile.ZipFile(self.src) as z:
            inflated = z.getinfo("word/document.xml").file_size
        self.assertGreater(inflated, 32 << 20)
        r = subprocess.run([DESKBENCH, "scrub", "-q", "-j", "1", "--no-ocr", self.tmp / "in",
                            "-o", self.tmp / "out"], capture_output=True, text=True, timeout=600)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertLess(peak, 3 * inflated, "peak %d MiB" % (peak >> 20))

        out = self.tmp / "out" / "report.docx"
        with zipfile.ZipFile(out) as z:
            xml = z.read("word/document.xml").decode()
        for gone in ("Hollingsworth", "margaret.h@example.com", "536-22-1234", "Bartholomew",
                     "Reviewer", "w:rsidR", "Featherstonehaugh"):
            self.assertNotIn(gone, xml)

        import docx
        document = docx.Document(out)
        paragraphs = document.paragraphs
        self.assertEqual(len(paragraphs), PARAGRAPHS)
        rows = document.tables[0].rows
        self.assertEqual(len(rows), ROWS)
        for n in (1, ROWS // 2, ROWS):
            self.assertEqual([c.text for c in rows[n - 1].cells],
                             ["Invoice %d paid in full" % n, "%d.50" % n])
        planted_row = rows[PLANTED_ROW - 1].cells[0].text
        self.assertTrue(planted_row.startswith("Invoice %d approved by " % PLANTED_ROW))
        for n in (1, 2, PARAGRAPHS // 2, PLANTED - 1, PLANTED + 1, PARAGRAPHS):
            self.assertEqual(paragraphs[n - 1].text, expected_text(n), n)
        planted = paragraphs[PLANTED - 1].text
        self.assertTrue(planted.startswith("Approved by "), planted)
        self.assertNotIn("Margaret", planted)


if __name__ == "__main__":
    unittest.main()
