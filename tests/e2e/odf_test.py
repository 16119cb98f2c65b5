"""End-to-end test of OpenDocument scrubbing: an .odt built here (zipfile, written the way
LibreOffice lays it out) goes in, and every part of the scrubbed copy is searched for what was
planted."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

EMAIL = "margaret.h@example.com"
PHONE = "(415) 555-2671"
NAME = "Margaret Hollingsworth"
PLANTED = ["margaret.h", "555-2671", "Hollingsworth", "SECRET-DELETED", "Reviewer Notes"]
UNTOUCHED = '<text:p text:style-name="P1">The quarterly numbers look fine.</text:p>'

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')

CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ' + NS + '>'
    '<office:body><office:text>'
    '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
    '<office:change-info><dc:creator>' + NAME + '</dc:creator></office:change-info>'
    '<text:p>SECRET-DELETED clause</text:p></text:deletion></text:changed-region>'
    '</text:tracked-changes>' + UNTOUCHED +
    '<text:p>Contact <text:span text:style-name="T1">margaret.h</text:span>@example.com today.'
    '<text:change text:change-id="ct1"/></text:p>'
    '<text:p>' + NAME + ' can be reached at ' + PHONE + '.'
    '<office:annotation><dc:creator>Reviewer Notes</dc:creator><text:p>check</text:p>'
    '</office:annotation></text:p>'
    '<table:table table:name="Contacts"><table:table-row><table:table-cell>'
    '<text:p>' + EMAIL + '</text:p></table:table-cell></table:table-row></table:table>'
    '</office:text></office:body></office:document-content>')

STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ' + NS + '>'
    '<office:master-styles><style:master-page style:name="Standard"><style:header>'
    '<text:p>Prepared by ' + EMAIL + '</text:p></style:header></style:master-page>'
    '</office:master-styles></office:document-styles>')

META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ' + NS + '><office:meta>'
    '<meta:generator>LibreOffice/7.4</meta:generator><meta:initial-creator>' + NAME +
    '</meta:initial-creator><dc:creator>' + NAME + '</dc:creator>'
    '<meta:editing-cycles>3</meta:editing-cycles></office:meta></office:document-meta>')

MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    + ''.join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="%s"/>' % e
              for e in [("content.xml", "text/xml"), ("styles.xml", "text/xml"),
                        ("meta.xml", "text/xml"), ("Thumbnails/thumbnail.png", "image/png")])
    + '</manifest:manifest>')


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


def build_odt(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in [("content.xml", CONTENT), ("styles.xml", STYLES), ("meta.xml", META),
                           ("Thumbnails/thumbnail.png", "PNG " + NAME),
                           ("META-INF/manifest.xml", MANIFEST)]:
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)


class OdfTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-odf-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "plan.odt"
        build_odt(self.src)

    def scrub(self):
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        files = [p for p in out.rglob("*") if p.is_file()]
        self.assertEqual(len(files), 1, files)
        return files[0]

    def test_nothing_planted_survives_and_package_stays_sound(self):
        out = self.scrub()
        with zipfile.ZipFile(out) as z:
            self.assertIsNone(z.testzip())
            infos = z.infolist()
            self.assertEqual(infos[0].filename, "mimetype")
            self.assertEqual(infos[0].compress_type, zipfile.ZIP_STORED)
            names = z.namelist()
            self.assertNotIn("Thumbnails/thumbnail.png", names)
            manifest = z.read("META-INF/manifest.xml").decode()
            self.assertNotIn("Thumbnails", manifest)
            for name in names:
                data = z.read(name).decode("utf-8", "replace")
                for value in PLANTED:
                    self.assertNotIn(value, data, name)
            content = z.read("content.xml").decode()
            self.assertIn(UNTOUCHED, content)
            self.assertIn('Contact <text:span text:style-name="T1">', content)
        self.assertEqual(out.read_bytes()[30:38], b"mimetype")

    def test_report_notes_what_was_removed(self):
        self.scrub()
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        text = json.dumps(report)
        self.assertIn("meta.xml dc:creator", text)
        self.assertIn("annotations", text)
        self.assertIn("tracked changes", text)
        self.assertIn("Thumbnails/thumbnail.png", text)


if __name__ == "__main__":
    unittest.main()
