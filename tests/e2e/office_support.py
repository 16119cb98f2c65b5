"""What the Office end-to-end tests share: running the built binary, reading every part of a
zip package, checking that planted values are there before and gone after, converting with
LibreOffice when it is installed, and a presentation builder (python-pptx is not packaged for
Debian 12, so the presentation is written part by part with zipfile)."""
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


def read_parts(path):
    """Every entry of a zip package, name -> bytes, in archive order."""
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def write_parts(path, parts, compresslevel=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def all_text(path):
    """Every part of a package joined, decoded leniently: what a leak search looks through."""
    return b"".join(read_parts(path).values()).decode("utf-8", "replace")


def assert_planted_present(test, path, planted):
    """The test input really carries everything the test later expects to be gone."""
    everything = all_text(path)
    for value in planted:
        test.assertIn(value, everything)


def assert_nothing_planted(test, path, planted, ignore_case=False):
    """No planted value is in any part of the package; returns the part names."""
    parts = read_parts(path)
    for name, data in parts.items():
        text = data.decode("utf-8", "replace")
        if ignore_case:
            text = text.lower()
        for value in planted:
            test.assertNotIn(value.lower() if ignore_case else value, text,
                             "%s survived in %s:%s" % (value, path, name))
    return list(parts)


def scrub_one(test, tmp):
    """Scrubs tmp/in into tmp/out and returns the single output file."""
    out = Path(tmp) / "out"
    r = run("scrub", "-q", Path(tmp) / "in", "-o", out)
    test.assertEqual(r.returncode, 0, r.stderr)
    files = [p for p in out.rglob("*") if p.is_file()]
    test.assertEqual(len(files), 1, files)
    return files[0]


def assert_converts_to_pdf(test, path, pdf_dir):
    """LibreOffice, when installed, opens the file and writes a PDF: a validity check that
    reads the package the way an office suite does. Skips when soffice is absent."""
    soffice = shutil.which("soffice")
    if not soffice:
        test.skipTest("LibreOffice is not installed")
    pdf_dir = Path(pdf_dir).resolve()
    # A profile of its own: two LibreOffice runs sharing one (tests run in parallel) fail.
    profile = "-env:UserInstallation=" + (pdf_dir / "profile").as_uri()
    r = subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                        str(pdf_dir), str(path)], capture_output=True, timeout=300)
    test.assertEqual(r.returncode, 0, r.stderr)
    test.assertTrue((pdf_dir / (Path(path).stem + ".pdf")).exists(), path)


NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
PML = "application/vnd.openxmlformats-officedocument.presentationml."
DML = "application/vnd.openxmlformats-officedocument.drawingml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


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


def table(name, phone):
    def cell(text):
        return "<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>" % para(
            run_xml(text))
    rows = [("Name", "Phone"), (name, phone)]
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


def picture(name):
    return ('<p:pic><p:nvPicPr><p:cNvPr id="7" name="Picture 6" descr="Badge photo of %s"/>'
            '<p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId5"/>'
            '<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" '
            'y="0"/><a:ext cx="100" cy="100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom></p:spPr></p:pic>' % name)


def chart_xml(name, email):
    return (HEAD + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
         + NS + '><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p>' + run_xml(
             "Calls by " + name) + '</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
         '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>'
         '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f>'
         '<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>' + email + '</c:v></c:pt>'
         '</c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:f>Sheet1!$A$2</c:f><c:strCache>'
         '<c:ptCount val="1"/><c:pt idx="0"><c:v>' + name + '</c:v></c:pt></c:strCache>'
         '</c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2</c:f><c:numCache>'
         '<c:formatCode>General</c:formatCode><c:ptCount val="1"/><c:pt idx="0"><c:v>4</c:v>'
         '</c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/>'
         '</c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:delete val="0"/>'
         '<c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/>'
         '<c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea>'
         '</c:chart><c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
         '</c:chartSpace>')

def diagram_xml(email):
    return (HEAD + '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/'
           'diagram" ' + NS + '><dgm:ptLst><dgm:pt modelId="{1}" type="doc"><dgm:prSet/><dgm:spPr/>'
           '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></dgm:t>'
           '</dgm:pt><dgm:pt modelId="{2}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
           '<a:lstStyle/>' + para(run_xml("Escalate to " + email)) + '</dgm:t></dgm:pt>'
           '</dgm:ptLst><dgm:cxnLst/><dgm:bg/><dgm:whole/></dgm:dataModel>')


def build_pptx(path, name, email, phone, untouched):
    """A presentation naming one person (name, email, phone) in slides, notes, master, layout,
    table, chart, SmartArt, comments, core properties, an image and a hyperlink."""
    slide1 = sp_tree(
        shape(2, "Title 1", [para(run_xml("Offer for " + name))], "title") +
        shape(3, "Content Placeholder 2", [
            # The email is split over three runs, the middle one bold.
            para(run_xml("Contact "), run_xml("margaret.h", bold=True),
                 run_xml("@example.com today.")),
            para(run_xml("Call " + phone + " before noon.")),
            para(run_xml(untouched)),
            para(run_xml("Bold heading stays bold", bold=True)),
            para('<a:r><a:rPr lang="en-US"><a:hlinkClick r:id="rId3"/></a:rPr>'
                 '<a:t>mail me</a:t></a:r>'),
        ], "body") + table(name, phone) + chart_frame() + picture(name), "p:sld",
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
        shape(3, "Box 2", [para(run_xml(name + " approved the plan."))],
              extra_cnv=' title="Box about %s"' % name) + '</p:grpSp>', "p:sld")
    notes = sp_tree(
        shape(2, "Slide Image Placeholder 1", [], "sldImg") +
        shape(3, "Notes Placeholder 2", [para(run_xml("Remind " + name + " at " + phone))],
              "body"), "p:notes")
    master = sp_tree(
        shape(2, "Title Placeholder 1", [para(run_xml("Click to edit"))], "title") +
        shape(3, "Footer Placeholder 4", [para(run_xml("Prepared by " + email))], "ftr"),
        "p:sldMaster",
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
        'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
        'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>'
        '</p:sldLayoutIdLst>')
    layout = sp_tree(shape(2, "Footer Placeholder 3", [para(run_xml("Owner " + name))], "ftr"),
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
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Offer for ' + name +
            '</dc:title><dc:creator>' + name + '</dc:creator><cp:lastModifiedBy>' + name +
            '</cp:lastModifiedBy></cp:coreProperties>')
    comments = (HEAD + '<p:cmLst ' + NS + '><p:cm authorId="0" dt="2026-01-01T00:00:00.000" '
                'idx="1"><p:pos x="10" y="10"/><p:text>Ask ' + email + '</p:text></p:cm>'
                '</p:cmLst>')
    authors = (HEAD + '<p:cmAuthorLst ' + NS + '><p:cmAuthor id="0" name="' + name +
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
            ("rId3", "hyperlink", "mailto:" + email, True),
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
        "ppt/charts/chart1.xml": chart_xml(name, email),
        "ppt/charts/_rels/chart1.xml.rels": rels(
            ("rId1", "package", "../embeddings/Microsoft_Excel_Worksheet.xlsx", False)),
        "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK\x05\x06" + bytes(18),
        "ppt/diagrams/data1.xml": diagram_xml(email),
        "ppt/media/image1.png": b"\x89PNG\r\n\x1a\n" + name.encode(),
        "ppt/comments/comment1.xml": comments,
        "ppt/commentAuthors.xml": authors,
        "ppt/theme/theme1.xml": theme,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)

