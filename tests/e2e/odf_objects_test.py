"""An OpenDocument spreadsheet with a chart, made by LibreOffice from an openpyxl workbook: the
chart is an embedded object (Object N/ with its own content.xml holding the series names and a
copy of the data). It is scrubbed in place, its preview picture dropped, and LibreOffice still
opens the output. Skips where LibreOffice is not installed, like the other conversion tests."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import openpyxl
from openpyxl.chart import BarChart, Reference

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            assert_planted_present, read_parts, run)

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"


class OdfObjectsTest(unittest.TestCase):
    def setUp(self):
        self.soffice = shutil.which("soffice")
        if not self.soffice:
            self.skipTest("LibreOffice is not installed")
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-odf-objects-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Calls"
        ws.append(["Caller", "Calls"])
        ws.append([NAME, 4])
        ws.append([EMAIL, 7])
        chart = BarChart()
        chart.title = "Calls by " + NAME
        chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=3), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=3))
        ws.add_chart(chart, "D2")
        wb.save(self.tmp / "calls.xlsx")
        (self.tmp / "in").mkdir()
        profile = "-env:UserInstallation=" + (self.tmp / "profile").as_uri()
        r = subprocess.run([self.soffice, profile, "--headless", "--convert-to", "ods",
                            "--outdir", str(self.tmp / "in"), str(self.tmp / "calls.xlsx")],
                           capture_output=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.src = self.tmp / "in" / "calls.ods"

    def test_the_chart_object_is_scrubbed_in_place(self):
        parts = read_parts(self.src)
        objects = [n for n in parts if n.startswith("Object ") and n.endswith("/content.xml")]
        self.assertTrue(objects, list(parts))
        assert_planted_present(self, self.src, ["Hollingsworth", EMAIL])
        r = run("scrub", "-q", self.tmp / "in", "-o", self.tmp / "out")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = self.tmp / "out" / "calls.ods"
        assert_nothing_planted(self, out, ["Hollingsworth", "margaret.h"])
        after = read_parts(out)
        for name in objects:
            self.assertIn(name, after)
            self.assertIn("<chart:chart", after[name].decode())
        self.assertFalse([n for n in after if n.startswith("ObjectReplacements/")], list(after))
        self.assertIn("draw:object", after["content.xml"].decode())
        assert_converts_to_pdf(self, out, self.tmp / "pdf")


if __name__ == "__main__":
    unittest.main()
