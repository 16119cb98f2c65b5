"""Writes the example task's Office files: deliverable/carrier_review.docx (the memo in Word),
reference/carrier_rates.xlsx (the carriers' rate card) and deliverable/board_update.pptx, and the
memo as a PDF (deliverable/carrier_review.pdf, with reportlab).

Run with Debian's python3 (python-docx, openpyxl): /usr/bin/python3 examples/make_office_files.py
The output is deterministic (fixed core-property dates and zip entry times), so regenerating
without changes leaves git clean. Only the example's invented people and companies appear.
python-pptx is not packaged for Debian 12, so the presentation is written part by part with the
builders the Office end-to-end tests use (tests/e2e/office_support.py)."""
import datetime
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "tests" / "e2e"))
from office_support import (HEAD, NS, PML, para, rels, run_xml, shape, sp_tree)  # noqa: E402

TASK = ROOT / "task"
WHEN = datetime.datetime(2023, 3, 17, 9, 30, 0)
STAMP = "2023-03-17T09:30:00Z"
ZIP_TIME = (2023, 3, 17, 9, 30, 0)


def normalize(path):
    """Rewrites a package with fixed entry times and core-property dates, at the highest
    compression, so that the committed files do not change from run to run."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" +
                              STAMP.encode(), data)
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data, compresslevel=9)
    Path(path).write_bytes(buf.getvalue())


def carrier_review(path):
    d = docx.Document()
    d.add_heading("Q1 carrier cost review", 0)
    p = d.add_paragraph()
    p.add_run("Prepared by: ").bold = True
    p.add_run("Daniel Okafor, Senior Analyst (dokafor@halvorsenfreight.com)")
    p = d.add_paragraph()
    p.add_run("For: ").bold = True
    p.add_run("Margaret Ellison, VP Operations, Halvorsen Freight LLC")
    d.add_heading("Summary", 1)
    p = d.add_paragraph("Two invoices from Brightline Logistics Inc. were billed ")
    p.add_run("9.2% and 12.6% over contract").bold = True
    p.add_run(" on the OAK-LAX and OAK-PHX lanes. Thomas Whitfield at Brightline confirmed by "
              "phone (+1 415 555 0187) that a fuel surcharge was applied twice.")
    d.add_heading("Invoices over contract", 1)
    rows = [("Invoice", "Lane", "Amount (USD)", "Contract (USD)"),
            ("INV-2023-00481", "OAK-LAX", "18,450.00", "16,900.00"),
            ("INV-2023-00517", "OAK-PHX", "9,800.00", "8,700.00")]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for cell in table.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    d.add_heading("Recommendation", 1)
    p = d.add_paragraph("Renegotiate with Brightline before the April renewal: ")
    p.add_run("ask for a credit of $2,650.00").bold = True
    p.add_run(" and a cap on fuel surcharges. Questions to Margaret Ellison on (415) 555-0142 or "
              "margaret.ellison@halvorsenfreight.com; the rate card is with Priya Raman "
              "(priya.raman@halvorsenfreight.com).")
    section = d.sections[0]
    section.header.paragraphs[0].text = "Halvorsen Freight - prepared by Daniel Okafor"
    section.footer.paragraphs[0].text = "Daniel Okafor - dokafor@halvorsenfreight.com"
    for run in section.footer.paragraphs[0].runs:
        run.font.size = Pt(8)
    props = d.core_properties
    props.author = "Daniel Okafor"
    props.last_modified_by = "Daniel Okafor"
    props.title = "Q1 carrier cost review for Margaret Ellison"
    props.created = WHEN
    props.modified = WHEN
    props.last_printed = WHEN
    props.revision = 1
    d.save(path)
    normalize(path)


def carrier_rates(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rate card"
    ws.append(["Carrier", "Lane", "Contract rate (USD)", "Contact", "Email", "Phone"])
    ws.append(["Brightline Logistics Inc.", "OAK-LAX", 16900.00, "Thomas Whitfield",
               "t.whitfield@brightline-logistics.com", "+1 415 555 0187"])
    ws.append(["Brightline Logistics Inc.", "OAK-PHX", 8700.00, "Thomas Whitfield",
               "t.whitfield@brightline-logistics.com", 4155550187])  # a phone kept as a number
    ws["F3"].number_format = "0"
    ws.append(["Halvorsen Freight LLC", "owner", None, "Priya Raman",
               "priya.raman@halvorsenfreight.com", "(415) 555-0142"])
    for cell in ws[1]:
        cell.font = openpyxl.styles.Font(bold=True)
    hidden = wb.create_sheet("Escalation")
    hidden.sheet_state = "hidden"
    hidden.append(["Escalate to", "Email", "Mobile"])
    hidden.append(["Margaret Ellison", "margaret.ellison@halvorsenfreight.com", "+44 7911 123456"])
    hidden.append(["Daniel Okafor", "dokafor@halvorsenfreight.com", "(415) 555-0142"])
    wb.properties.creator = "Priya Raman"
    wb.properties.lastModifiedBy = "Priya Raman"
    wb.properties.title = "Halvorsen Freight carrier rate card v2.3.1"
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    wb.save(path)
    normalize(path)


def board_update(path):
    title = sp_tree(
        shape(2, "Title 1", [para(run_xml("Q1 carrier cost review"))], "ctrTitle") +
        shape(3, "Subtitle 2", [para(run_xml("Board update - Margaret Ellison, VP Operations"))],
              "subTitle"), "p:sld")
    content = sp_tree(
        shape(2, "Title 1", [para(run_xml("Brightline Logistics Inc."))], "title") +
        shape(3, "Content Placeholder 2", [
            para(run_xml("Two invoices billed "), run_xml("9.2% and 12.6%", bold=True),
                 run_xml(" over contract on OAK-LAX and OAK-PHX.")),
            para(run_xml("Thomas Whitfield confirmed a duplicated fuel surcharge.")),
            para(run_xml("Ask for a credit of $2,650.00 before the April renewal.")),
        ], "body"), "p:sld")
    notes = sp_tree(
        shape(2, "Slide Image Placeholder 1", [], "sldImg") +
        shape(3, "Notes Placeholder 2", [para(run_xml(
            "Margaret Ellison presents. Thomas Whitfield (t.whitfield@brightline-logistics.com, "
            "+1 415 555 0187) expects our call before Friday."))], "body"), "p:notes")
    master = sp_tree(
        shape(2, "Title Placeholder 1", [para(run_xml("Click to edit"))], "title"),
        "p:sldMaster",
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
        'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
        'folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>'
        '</p:sldLayoutIdLst>')
    layout = sp_tree("", "p:sldLayout").replace("<p:cSld>", '<p:cSld name="Title and Content">')
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
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Board update'
            '</dc:title><dc:creator>Margaret Ellison</dc:creator><cp:lastModifiedBy>Daniel '
            'Okafor</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">' + STAMP +
            '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">' + STAMP +
            '</dcterms:modified></cp:coreProperties>')
    overrides = [
        ("/ppt/presentation.xml", PML + "presentation.main+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", PML + "slideMaster+xml"),
        ("/ppt/slideLayouts/slideLayout1.xml", PML + "slideLayout+xml"),
        ("/ppt/slides/slide1.xml", PML + "slide+xml"),
        ("/ppt/slides/slide2.xml", PML + "slide+xml"),
        ("/ppt/notesSlides/notesSlide1.xml", PML + "notesSlide+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ]
    types = (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
             "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides) +
             "</Types>")
    layout_rel = ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml", False)
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
            ("rId4", "theme", "theme/theme1.xml", False)),
        "ppt/slideMasters/slideMaster1.xml": master,
        "ppt/slideMasters/_rels/slideMaster1.xml.rels": rels(
            layout_rel,
            ("rId2", "theme", "../theme/theme1.xml", False)),
        "ppt/slideLayouts/slideLayout1.xml": layout,
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels": rels(
            ("rId1", "slideMaster", "../slideMasters/slideMaster1.xml", False)),
        "ppt/slides/slide1.xml": title,
        "ppt/slides/_rels/slide1.xml.rels": rels(layout_rel),
        "ppt/slides/slide2.xml": content,
        "ppt/slides/_rels/slide2.xml.rels": rels(
            layout_rel, ("rId2", "notesSlide", "../notesSlides/notesSlide1.xml", False)),
        "ppt/notesSlides/notesSlide1.xml": notes,
        "ppt/notesSlides/_rels/notesSlide1.xml.rels": rels(
            ("rId1", "slide", "../slides/slide2.xml", False)),
        "ppt/theme/theme1.xml": theme,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), data)
    normalize(path)


def carrier_review_pdf(path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)  # invariant: no date, fixed id
    c.setAuthor("Daniel Okafor")
    c.setTitle("Q1 carrier cost review for Margaret Ellison")
    lines = [
        ("Helvetica-Bold", 16, "Q1 carrier cost review"),
        ("Helvetica", 11, "Prepared by Daniel Okafor, Senior Analyst (dokafor@halvorsenfreight.com)"),
        ("Helvetica", 11, "For Margaret Ellison, VP Operations, Halvorsen Freight LLC"),
        ("Helvetica", 11, ""),
        ("Helvetica", 11, "Two invoices from Brightline Logistics Inc. were billed 9.2% and 12.6% over"),
        ("Helvetica", 11, "contract on the OAK-LAX and OAK-PHX lanes. Thomas Whitfield at Brightline"),
        ("Helvetica", 11, "confirmed by phone (+1 415 555 0187) that a fuel surcharge was applied twice."),
        ("Helvetica", 11, ""),
        ("Helvetica", 11, "Recommendation: renegotiate before the April renewal; ask for a credit of"),
        ("Helvetica", 11, "$2,650.00 and a cap on fuel surcharges."),
    ]
    y = 720
    for font, size, text in lines:
        c.setFont(font, size)
        c.drawString(72, y, text)
        y -= size + 8
    c.showPage()
    c.save()


if __name__ == "__main__":
    carrier_review(TASK / "deliverable" / "carrier_review.docx")
    carrier_rates(TASK / "reference" / "carrier_rates.xlsx")
    board_update(TASK / "deliverable" / "board_update.pptx")
    carrier_review_pdf(TASK / "deliverable" / "carrier_review.pdf")
