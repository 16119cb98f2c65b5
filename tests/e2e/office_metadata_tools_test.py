"""Independent checks of the Office outputs: exiftool and mat2 (not deskbench's own parser) read
the metadata of scrubbed .docx, .xlsx, .pptx and .odt files and find none of what was planted
(authors, company, manager, title, keywords, dates, custom properties, zip entry times). Both
tools are installed by scripts/install-deps; a missing one fails the test."""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_test import build_docx  # noqa: E402
from odf_test import build_odt  # noqa: E402
from office_support import build_pptx, read_parts, run  # noqa: E402
from xlsx_test import build_xlsx  # noqa: E402

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
# Values only the metadata carries: none of them is text a detector would look for.
META = {
    "creator": "Quentin Blackwood-Sato",
    "lastModifiedBy": "Ines Vanterpool",
    "title": "Merger Falconridge",
    "subject": "Project Heliotrope",
    "keywords": "ZEBRAFISH-KEY",
    "description": "Internal memo from Quentin",
    "category": "Restricted Ledger",
    "Company": "Orbital Widgets LLC",
    "Manager": "Dagny Rasmussen",
    "custom": "CUSTOM-PROP-VALUE",
}
CREATED = "2017-03-14T09:26:53Z"
PLANTED = list(META.values()) + ["Blackwood", "Vanterpool", "Rasmussen", "2017:03:14",
                                 "2017-03-14", "Hollingsworth", "margaret.h"]
ENTRY_TIME = (2017, 3, 14, 9, 26, 52)

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title>'
        '<dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator>'
        '<cp:keywords>{keywords}</cp:keywords><dc:description>{description}</dc:description>'
        '<cp:lastModifiedBy>{lastModifiedBy}</cp:lastModifiedBy><cp:category>{category}'
        '</cp:category><dcterms:created xsi:type="dcterms:W3CDTF">' + CREATED +
        '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">' + CREATED +
        '</dcterms:modified></cp:coreProperties>').format(**META)
APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
       'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application><Company>{Company}</Company>'
       '<Manager>{Manager}</Manager></Properties>').format(**META)
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
          'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="Client">'
          '<vt:lpwstr>{custom}</vt:lpwstr></property></Properties>').format(**META)
ODF_META = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
            '<meta:initial-creator>{creator}</meta:initial-creator><dc:creator>{lastModifiedBy}'
            '</dc:creator><dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject>'
            '<meta:keyword>{keywords}</meta:keyword><dc:description>{description}'
            '</dc:description><meta:creation-date>2017-03-14T09:26:53</meta:creation-date>'
            '<dc:date>2017-03-14T09:26:53</dc:date><meta:user-defined meta:name="Company">'
            '{Company}</meta:user-defined><meta:user-defined meta:name="Manager">{Manager}'
            '</meta:user-defined><meta:user-defined meta:name="Client">{custom}'
            '</meta:user-defined></office:meta></office:document-meta>').format(**META)


def rewrite(path, replace):
    """Rewrites the package with some parts replaced (or added) and every entry dated
    ENTRY_TIME, keeping the mimetype of an OpenDocument file first and stored."""
    parts = read_parts(path)
    parts.update(replace)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ENTRY_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def plant_ooxml(path):
    parts = read_parts(path)
    types = parts["[Content_Types].xml"].decode()
    if "/docProps/custom.xml" not in types:
        types = types.replace(
            "</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
    for part, kind in [("/docProps/app.xml", "extended-properties+xml")]:
        if part not in types:
            types = types.replace("</Types>", '<Override PartName="%s" ContentType="application/'
                                  'vnd.openxmlformats-officedocument.%s"/></Types>' % (part, kind))
    rels = parts["_rels/.rels"].decode()
    for rid, kind, target in [
            ("rIdMeta1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
             "custom-properties", "docProps/custom.xml"),
            ("rIdMeta2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
             "extended-properties", "docProps/app.xml")]:
        if target not in rels:
            rels = rels.replace("</Relationships>", '<Relationship Id="%s" Type="%s" Target="%s"/>'
                                "</Relationships>" % (rid, kind, target))
    rewrite(path, {"[Content_Types].xml": types.encode(), "_rels/.rels": rels.encode(),
                   "docProps/core.xml": CORE.encode(), "docProps/app.xml": APP.encode(),
                   "docProps/custom.xml": CUSTOM.encode()})


def tool_output(*command):
    exe = shutil.which(command[0])
    if exe is None:
        raise AssertionError(command[0] + " is not installed: run scripts/install-deps")
    r = subprocess.run([exe, *map(str, command[1:])], capture_output=True, text=True,
                       errors="replace", timeout=300)
    return r.stdout + r.stderr


def exiftool(path):
    # -a duplicates, -u unknown tags, -G1 groups; -ee extracts from embedded files too.
    return tool_output("exiftool", "-a", "-u", "-ee", "-G1", path)


def mat2(path):
    return tool_output("mat2", "--show", path)


class OfficeMetadataToolsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="deskbench-office-tools-"))
        inputs = cls.tmp / "in"
        inputs.mkdir()
        build_docx(inputs / "memo.docx")
        plant_ooxml(inputs / "memo.docx")
        build_xlsx(inputs / "payroll.xlsx")
        plant_ooxml(inputs / "payroll.xlsx")
        build_pptx(inputs / "deck.pptx", NAME, EMAIL, "(415) 555-2671", "Nothing here.")
        plant_ooxml(inputs / "deck.pptx")
        build_odt(inputs / "plan.odt")
        rewrite(inputs / "plan.odt", {"meta.xml": ODF_META.encode()})
        cls.inputs = sorted(p for p in inputs.iterdir())
        r = run("scrub", "-q", inputs, "-o", cls.tmp / "out")
        assert r.returncode == 0, r.stderr
        cls.outputs = {p.name: p for p in (cls.tmp / "out").iterdir()}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_the_tools_see_the_planted_metadata_in_the_inputs(self):
        # Otherwise a clean output would prove nothing.
        for src in self.inputs:
            seen = exiftool(src) + mat2(src)
            for value in [META["creator"], "2017"]:
                self.assertIn(value, seen, "%s: %s" % (src.name, value))
            if src.suffix != ".odt":
                self.assertIn(META["Company"], exiftool(src), src.name)

    def test_exiftool_finds_nothing_planted_in_the_outputs(self):
        self.assertEqual(sorted(self.outputs), sorted(p.name for p in self.inputs))
        for name, out in self.outputs.items():
            seen = exiftool(out)
            self.assertIn("File Type", seen)
            for value in PLANTED:
                self.assertNotIn(value, seen, "exiftool shows %s in %s" % (value, name))

    def test_mat2_finds_nothing_planted_in_the_outputs(self):
        for name, out in self.outputs.items():
            seen = mat2(out)
            self.assertNotIn("not supported", seen.lower(), name)
            for value in PLANTED:
                self.assertNotIn(value, seen, "mat2 shows %s in %s" % (value, name))


if __name__ == "__main__":
    unittest.main()
