"""End-to-end test of .pptx scrubbing. python-pptx is not packaged for Debian 12, so the test
writes a small but complete presentation part by part with zipfile (presentation, master, layout,
two slides with a title, a body split over runs, a table and a group, a notes slide, a chart, a
SmartArt data part, comments, core properties, an image and a macro), plants personal data in each
place, scrubs it with the built binary and searches every part of the result."""
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import zipfile
import xml.dom.minidom
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

EMAIL = "margaret.h@example.com"
PHONE = "(415) 555-2671"
NAME = "Margaret Hollingsworth"
PLANTED = [EMAIL, "margaret.h", "555-2671", "Hollingsworth"]
UNTOUCHED = "The quarterly numbers look fine."

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
PML = "application/vnd.openxmlformats-officedocument.presentationml."
DML = "application/vnd.openxmlformats-officedocument.drawingml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


def rels(*items):
    body = "".join('<Relationship Id="%s" Type="%s%s" Target="%s"%s/>' %
                   (rid, REL if not kind.startswith("http") else "", kind, target,
                    ' TargetMode="External"' if external else "")
                   for rid, kind, target, external in items)
    return (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships">' + body + "</Relationships>")


def run_xml(text, bold=False):
    return '<a:r><a:rPr lang="en-US"%s dirty="0"/><a:t>%s</a:t></a:r>' % (
        ' b="1"' if bold else "", text)


def para(*runs):
    return "<a:p>" + "".join(runs) + "</a:p>"


def shape(sid, name, paragraphs, ph=None, extra_cnv=""):
    ph_xml = '<p:ph type="%s"/>' % ph if ph else ""
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"%s/><p:cNvSpPr/><p:nvPr>%s</p:nvPr>'
            '</p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" '
            'cy="1143000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' %
            (sid, name, extra_cnv, ph_xml, 274638 + sid * 1200000, "".join(paragraphs)))


def sp_tree(content, root, extra=""):
    return (HEAD + "<%s %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/>"
            "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
            "<a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/>"
            "</a:xfrm></p:grpSpPr>%s</p:spTree></p:cSld>%s</%s>" % (root, NS, content, extra,
                                                                      root))


def table():
    def cell(text):
        return "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>" % para(
            run_xml(text))
    rows = [("Name", "Phone"), (NAME, PHONE)]
    body = "".join('<a:tr h="370840">%s</a:tr>' % "".join(cell(c) for c in row) for row in rows)
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table 3"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            '</p:nvGraphicFramePr><p:xfrm><a:off x="457200" y="4000000"/><a:ext cx="8229600" '
            'cy="741680"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats'
            '.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1"/><a:tblGrid>'
            '<a:gridCol w="4114800"/><a:gridCol w="4114800"/></a:tblGrid>%s</a:tbl>'
            '</a:graphicData></a:graphic></p:graphicFrame>' % body)


def chart_frame():
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="Chart 5"/>'
            '<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="100" cy="100"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.'
            'openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.'
            'openxmlformats.org/drawingml/2006/chart" r:id="rId4"/></a:graphicData></a:graphic>'
            '</p:graphicFrame>')


def picture():
    return ('<p:pic><p:nvPicPr><p:cNvPr id="7" name="Picture 6" descr="Badge photo of %s"/>'
            '<p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId5"/>'
            '<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" '
            'y="0"/><a:ext cx="100" cy="100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom></p:spPr></p:pic>' % NAME)


CHART = (HEAD + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
         + NS + '><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p>' + run_xml(
             "Calls by " + NAME) + '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
         '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'
         '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f>'
         '<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>' + EMAIL + '</c:v></c:pt>'
         '</c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:f>Sheet1!$A$2</c:f><c:strCache>'
         '<c:ptCount val="1"/><c:pt idx="0"><c:v>' + NAME + '</c:v></c:pt></c:strCache>'
         '</c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2</c:f><c:numCache>'
         '<c:formatCode>General</c:formatCode><c:ptCount val="1"/><c:pt idx="0"><c:v>4</c:v>'
         '</c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/>'
         '</c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:delete val="0"/>'
         '<c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/>'
         '<c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea>'
         '</c:chart><c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
         '</c:chartSpace>')

DIAGRAM = (HEAD + '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/'
           'diagram" ' + NS + '><dgm:ptLst><dgm:pt modelId="{1}" type="doc"><dgm:prSet/><dgm:spPr/>'
           '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></dgm:t>'
           '</dgm:pt><dgm:pt modelId="{2}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
           '<a:lstStyle/>' + para(run_xml("Escalate to " + EMAIL)) + '</dgm:t></dgm:pt>'
           '</dgm:ptLst><dgm:cxnLst/><dgm:bg/><dgm:whole/></dgm:dataModel>')


def build_pptx(path):
    slide1 = sp_tree(
        shape(2, "Title 1", [para(run_xml("Offer for " + NAME))], "title") +
        shape(3, "Content Placeholder 2", [
            # The email is split over three runs, the middle one bold.
            para(run_xml("Contact "), run_xml("margaret.h", bold=True),
                 run_xml("@example.com today.")),
            para(run_xml("Call " + PHONE + " before noon.")),
            para(run_xml(UNTOUCHED)),
            para(run_xml("Bold heading stays bold", bold=True)),
            para('<a:r><a:rPr lang="en-US"><a:hlinkClick r:id="rId3"/></a:rPr>'
                 '<a:t>mail me</a:t></a:r>'),
        ], "body") + table() + chart_frame() + picture(), "p:sld",
        # The picture fades in: once it is removed its animation must go too.
        '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr><p:timing><p:tnLst><p:par>'
        '<p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>'
        '<p:set><p:cBhvr><p:cTn id="2" dur="1" fill="hold"/><p:tgtEl><p:spTgt spid="7"/>'
        '</p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst>'
        '</p:cBhvr><p:to><p:strVal val="visible"/></p:to></p:set></p:childTnLst></p:cTn>'
        '</p:par></p:tnLst></p:timing>')
    slide2 = sp_tree(
        '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="2" name="Group 1"/><p:cNvGrpSpPr/><p:nvPr/>'
        '</p:nvGrpSpPr><p:grpSpPr/>' +
        shape(3, "Box 2", [para(run_xml(NAME + " approved the plan."))],
              extra_cnv=' title="Box about %s"' % NAME) + '</p:grpSp>', "p:sld")
    notes = sp_tree(
        shape(2, "Slide Image Placeholder 1", [], "sldImg") +
        shape(3, "Notes Placeholder 2", [para(run_xml("Remind " + NAME + " at " + PHONE))],
              "body"), "p:notes")
    master = sp_tree(
        shape(2, "Title Placeholder 1", [para(run_xml("Click to edit"))], "title") +
        shape(3, "Footer Placeholder 4", [para(run_xml("Prepared by " + EMAIL))], "ftr"),
        "p:sldMaster",
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
        'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
        'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>'
        '</p:sldLayoutIdLst>')
    layout = sp_tree(shape(2, "Footer Placeholder 3", [para(run_xml("Owner " + NAME))], "ftr"),
                     "p:sldLayout").replace("<p:cSld>", '<p:cSld name="Title and Content">')
    theme = (HEAD + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'name="Office"><a:themeElements><a:clrScheme name="Office"/><a:fontScheme '
             'name="Office"/><a:fmtScheme name="Office"/></a:themeElements></a:theme>')
    presentation = (
        HEAD + '<p:presentation ' + NS + ' saveSubsetFonts="1"><p:sldMasterIdLst>'
        '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>'
        '<p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId3"/></p:sldIdLst>'
        '<p:sldSz cx="9144000" cy="6858000" type="screen4x3"/><p:notesSz cx="6858000" '
        'cy="9144000"/></p:presentation>')
    core = (HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Offer for ' + NAME +
            '</dc:title><dc:creator>' + NAME + '</dc:creator><cp:lastModifiedBy>' + NAME +
            '</cp:lastModifiedBy></cp:coreProperties>')
    comments = (HEAD + '<p:cmLst ' + NS + '><p:cm authorId="0" dt="2026-01-01T00:00:00.000" '
                'idx="1"><p:pos x="10" y="10"/><p:text>Ask ' + EMAIL + '</p:text></p:cm>'
                '</p:cmLst>')
    authors = (HEAD + '<p:cmAuthorLst ' + NS + '><p:cmAuthor id="0" name="' + NAME +
               '" initials="MH" lastIdx="1" clrIdx="0"/></p:cmAuthorLst>')
    overrides = [
        ("/ppt/presentation.xml", PML + "presentation.main+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", PML + "slideMaster+xml"),
        ("/ppt/slideLayouts/slideLayout1.xml", PML + "slideLayout+xml"),
        ("/ppt/slides/slide1.xml", PML + "slide+xml"),
        ("/ppt/slides/slide2.xml", PML + "slide+xml"),
        ("/ppt/notesSlides/notesSlide1.xml", PML + "notesSlide+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/charts/chart1.xml", DML + "chart+xml"),
        ("/ppt/diagrams/data1.xml", DML + "diagramData+xml"),
        ("/ppt/comments/comment1.xml", PML + "comments+xml"),
        ("/ppt/commentAuthors.xml", PML + "commentAuthors+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ]
    types = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             '<Default Extension="png" ContentType="image/png"/><Default Extension="xlsx" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
             + "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides) +
             "</Types>")
    parts = {
        "[Content_Types].xml": types,
        "_rels/.rels": rels(("rId1", "officeDocument", "ppt/presentation.xml", False),
                            ("rId2", "http://schemas.openxmlformats.org/package/2006/"
                             "relationships/metadata/core-properties", "docProps/core.xml",
                             False)),
        "docProps/core.xml": core,
        "ppt/presentation.xml": presentation,
        "ppt/_rels/presentation.xml.rels": rels(
            ("rId1", "slideMaster", "slideMasters/slideMaster1.xml", False),
            ("rId2", "slide", "slides/slide1.xml", False),
            ("rId3", "slide", "slides/slide2.xml", False),
            ("rId4", "theme", "theme/theme1.xml", False),
            ("rId5", "commentAuthors", "commentAuthors.xml", False)),
        "ppt/slideMasters/slideMaster1.xml": master,
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": rels(
            ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml", False),
            ("rId2", "theme", "../theme/theme1.xml", False)),
        "ppt/slideLayouts/slideLayout1.xml": layout,
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": rels(
            ("rId1", "slideMaster", "../slideMasters/slideMaster1.xml", False)),
        "ppt/slides/slide1.xml": slide1,
        "ppt/slides/_rels/slide1.xml.rels": rels(
            ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml", False),
            ("rId2", "notesSlide", "../notesSlides/notesSlide1.xml", False),
            ("rId3", "hyperlink", "mailto:" + EMAIL, True),
            ("rId4", "chart", "../charts/chart1.xml", False),
            ("rId5", "image", "../media/image1.png", False),
            ("rId6", "comments", "../comments/comment1.xml", False),
            ("rId7", "diagramData", "../diagrams/data1.xml", False)),
        "ppt/slides/slide2.xml": slide2,
        "ppt/slides/_rels/slide2.xml.rels": rels(
            ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml", False)),
        "ppt/notesSlides/notesSlide1.xml": notes,
        "ppt/notesSlides/_rels/notesSlide1.xml.rels": rels(
            ("rId1", "slide", "../slides/slide1.xml", False)),
        "ppt/charts/chart1.xml": CHART,
        "ppt/charts/_rels/chart1.xml.rels": rels(
            ("rId1", "package", "../embeddings/Microsoft_Excel_Worksheet.xlsx", False)),
        "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK\x05\x06" + bytes(18),
        "ppt/diagrams/data1.xml": DIAGRAM,
        "ppt/media/image1.png": b"\x89PNG\r\n\x1a\n" + NAME.encode(),
        "ppt/comments/comment1.xml": comments,
        "ppt/commentAuthors.xml": authors,
        "ppt/theme/theme1.xml": theme,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def paragraph_with(xml_text, text):
    for m in re.finditer(r"<a:p>.*?</a:p>", xml_text, re.S):
        if text in m.group(0):
            return m.group(0)
    return None


class PptxTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-pptx-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "offer.pptx"
        build_pptx(self.src)

    def scrub(self):
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        files = [p for p in out.rglob("*") if p.is_file()]
        self.assertEqual(len(files), 1, files)
        return files[0]

    def test_nothing_planted_survives_in_any_part_and_every_part_parses(self):
        with zipfile.ZipFile(self.src) as z:  # the test input really carries everything
            everything = b"".join(z.read(n) for n in z.namelist()).decode("utf-8", "replace")
        for value in PLANTED:
            self.assertIn(value, everything)
        out = self.scrub()
        with zipfile.ZipFile(out) as z:
            self.assertIsNone(z.testzip())
            names = z.namelist()
            self.assertEqual(names[0], "[Content_Types].xml")
            for gone in ("ppt/comments/comment1.xml", "ppt/commentAuthors.xml",
                         "ppt/media/image1.png", "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx"):
                self.assertNotIn(gone, names)
            for kept in ("ppt/slides/slide1.xml", "ppt/notesSlides/notesSlide1.xml",
                         "ppt/charts/chart1.xml", "ppt/diagrams/data1.xml",
                         "ppt/slideLayouts/slideLayout1.xml", "ppt/theme/theme1.xml"):
                self.assertIn(kept, names)
            for name in names:
                data = z.read(name)
                text = data.decode("utf-8", "replace")
                for value in PLANTED:
                    self.assertNotIn(value, text, name)
                if name.endswith(".xml") or name.endswith(".rels"):
                    xml.dom.minidom.parseString(data)  # raises when not well formed
            # Every internal relationship still points at a part that exists.
            for name in names:
                if not name.endswith(".rels"):
                    continue
                base = name.replace("_rels/", "").rsplit(".rels", 1)[0]
                folder = base.rsplit("/", 1)[0] if "/" in base else ""
                rels_xml = z.read(name).decode()
                for target, mode in re.findall(
                        r'Target="([^"]*)"(?: TargetMode="([^"]*)")?', rels_xml):
                    if mode == "External":
                        continue
                    path = os.path.normpath(os.path.join(folder, target)).lstrip("/")
                    self.assertIn(path, names, name + " -> " + target)

    def test_formatting_untouched_paragraphs_and_layout_are_kept(self):
        out = self.scrub()
        with zipfile.ZipFile(self.src) as z:
            before = {n: z.read(n) for n in z.namelist()}
        with zipfile.ZipFile(out) as z:
            after = {n: z.read(n) for n in z.namelist()}
        slide = after["ppt/slides/slide1.xml"].decode()
        first = paragraph_with(slide, "Contact ")
        self.assertIsNotNone(first, slide)
        # The replacement went into the first run of the match; the bold run is kept.
        self.assertIn('<a:rPr lang="en-US" b="1" dirty="0"/>', first)
        self.assertIn(" today.</a:t>", first)
        bold = paragraph_with(slide, "Bold heading stays bold")
        self.assertEqual(bold, para(run_xml("Bold heading stays bold", bold=True)))
        old = before["ppt/slides/slide1.xml"].decode()
        self.assertIsNotNone(paragraph_with(old, UNTOUCHED))
        self.assertEqual(paragraph_with(old, UNTOUCHED), paragraph_with(slide, UNTOUCHED))
        self.assertIn(paragraph_with(before["ppt/slideMasters/slideMaster1.xml"].decode(),
                                     "Click to edit"),
                      after["ppt/slideMasters/slideMaster1.xml"].decode())
        # Slide sizes and other untouched parts keep their bytes.
        for name in ("ppt/presentation.xml", "ppt/theme/theme1.xml"):
            self.assertEqual(before[name], after[name], name)
        self.assertIn(b'<p:sldSz cx="9144000" cy="6858000" type="screen4x3"/>',
                      after["ppt/presentation.xml"])
        self.assertIn(b"<c:v>4</c:v>", after["ppt/charts/chart1.xml"])
        self.assertNotIn(b"externalData", after["ppt/charts/chart1.xml"])
        self.assertNotIn(b"p:pic", after["ppt/slides/slide1.xml"])
        self.assertNotIn(b'spid="7"', after["ppt/slides/slide1.xml"])

    def test_report_notes_what_was_removed(self):
        self.scrub()
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        text = json.dumps(report)
        self.assertIn("ppt/comments/comment1.xml (comments)", text)
        self.assertIn("ppt/commentAuthors.xml (comment authors)", text)
        self.assertIn("docProps/core.xml creator", text)
        self.assertIn("embedded workbook", text)
        self.assertIn("embedded image", text)

    def test_output_converts_with_libreoffice_when_installed(self):
        soffice = shutil.which("soffice")
        if not soffice:
            self.skipTest("LibreOffice is not installed")
        out = self.scrub()
        pdf_dir = self.tmp / "pdf"
        r = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir",
                            str(pdf_dir), str(out)], capture_output=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(list(pdf_dir.glob("*.pdf")))


if __name__ == "__main__":
    unittest.main()
