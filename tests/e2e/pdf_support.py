"""Builds PDFs for the PDF tests with independent tools: reportlab draws the pages (text, a Form
XObject, form fields, comments, bookmarks, metadata), PIL renders a "scanned" page as pixels,
qpdf adds the attachment and the encryption."""
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen import canvas

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
SSN = "536-22-1234"
PHONE = "(415) 555-2671"
FIELD_VALUE = "Theodore Vandermeer"
COMMENT = "Ask Bartholomew Fairweather before sending"
BOOKMARK = "Notes for Margaret Hollingsworth"
ATTACHED = "Attached note: call Hollingsworth at " + PHONE + "\n"
SCANNED = ["Scanned letter for", "Margaret Hollingsworth", "margaret.h@example.com"]
# What must not be found anywhere in a scrubbed copy.
PLANTED = ["Hollingsworth", "margaret.h", SSN, "555-2671", "Vandermeer", "Fairweather"]
UNTOUCHED = "The quarterly numbers look fine."
# A screenshot inside a text page: what only OCR can find there.
SHOT_NAME = "Cornelius Whitfield"
SHOT_EMAIL = "c.whitfield@example.org"
SHOT_LINES = ["Ticket escalated by support", "Customer: " + SHOT_NAME, "Reply to " + SHOT_EMAIL,
              "Status: waiting for invoice"]


def font(size):
    for path in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    raise RuntimeError("no TrueType font for the scanned page (fonts-dejavu-core)")


def scanned_image(path, dpi=200, footer=""):
    """A letter-size page of text as pixels only."""
    width, height = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    f = font(int(dpi * 0.22))
    y = int(dpi * 1.0)
    for line in SCANNED + ["The quarterly numbers look fine.", footer]:
        draw.text((int(dpi * 1.0), y), line, fill=0, font=f)
        y += int(dpi * 0.45)
    img.save(path)


def build_report(path, scanned=True, extra_pages=0):
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setAuthor(NAME)
    c.setTitle("Review for " + NAME)
    c.setSubject("Contact " + EMAIL)
    c.setKeywords(["confidential", NAME])
    c.setCreator("deskbench test")
    c.bookmarkPage("p1")
    c.addOutlineEntry(BOOKMARK, "p1", level=0)
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, UNTOUCHED)
    c.drawString(72, 700, NAME + " can be reached at " + PHONE + ".")
    c.drawString(72, 680, "Her email is " + EMAIL + " and her SSN is " + SSN + ".")
    # Text inside a Form XObject.
    c.beginForm("stamp")
    c.setFont("Helvetica", 10)
    c.drawString(72, 600, "Approved by " + NAME)
    c.endForm()
    c.doForm("stamp")
    c.textAnnotation(COMMENT, Rect=(400, 700, 420, 720), T=PDFString("Bartholomew Fairweather"))
    form = c.acroForm
    c.drawString(72, 520, "Employee:")
    form.textfield(name="employee", value=FIELD_VALUE, x=150, y=510, width=250, height=20,
                   borderWidth=1, forceBorder=True)
    c.showPage()
    if scanned:
        img = Path(path).with_suffix(".png")
        scanned_image(img)
        c.drawImage(str(img), 0, 0, width=letter[0], height=letter[1])
        c.showPage()
    for i in range(extra_pages):
        c.setFont("Helvetica", 11)
        y = 740
        for j in range(45):
            c.drawString(72, y, "Page %d line %d: revenue grew in region %d as planned." %
                         (i + 3, j + 1, j % 7))
            y -= 15
        c.drawString(72, 60, "Prepared by " + NAME + " (" + EMAIL + ")")
        c.showPage()
    c.save()


def screenshot_image(path, footer=""):
    """A picture of text (PIL, DejaVu, large): a screenshot of a ticket."""
    img = Image.new("RGB", (1400, 440), (245, 245, 245))
    draw = ImageDraw.Draw(img)
    f = font(52)
    for i, line in enumerate(SHOT_LINES[:3] + [footer or SHOT_LINES[3]]):
        draw.text((40, 30 + i * 100), line, fill=(20, 20, 20), font=f)
    img.save(path)


def draw_screenshot_page(c, shot, icon):
    """A text page showing the screenshot, plus a small icon that holds nothing."""
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Incident summary for the quarterly review.")
    c.drawString(72, 700, "The screenshot below shows the escalation as it was received.")
    c.drawImage(str(icon), 72, 660, width=12, height=12)
    c.drawImage(str(shot), 72, 400, width=468, height=147)
    c.drawString(72, 360, "Follow-up meetings are planned for next month.")
    c.showPage()


def screenshot_page(path):
    """A one-page text report (reportlab) with a screenshot pasted in."""
    shot = Path(path).with_suffix(".shot.png")
    screenshot_image(shot)
    icon = Path(path).with_suffix(".icon.png")
    Image.new("RGB", (16, 16), (200, 30, 30)).save(icon)
    c = canvas.Canvas(str(path), pagesize=letter)
    draw_screenshot_page(c, shot, icon)
    c.save()


def attach(path, out, text=ATTACHED):
    note = Path(out).with_suffix(".txt")
    note.write_text(text)
    subprocess.run(["qpdf", str(path), str(out), "--add-attachment", str(note),
                    "--key=contact-note.txt", "--filename=contact-note.txt", "--description=notes", "--"], check=True)


def encrypt(path, out, user, owner):
    subprocess.run(["qpdf", "--encrypt", user, owner, "256", "--", str(path), str(out)],
                   check=True)


def simple_pdf(text):
    """A one-page PDF written by hand, returned as bytes with the offset of its xref."""
    content = ("BT /F1 12 Tf 72 700 Td (%s) Tj ET" % text).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >> >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = b"%PDF-1.7\n"
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out, xref


def with_incremental_update(original, xref, text):
    """Appends an update that replaces the page's content stream (object 5) with text: the old
    stream stays in the file as an earlier revision."""
    content = ("BT /F1 12 Tf 72 700 Td (%s) Tj ET" % text).encode()
    out = original
    offset = len(out)
    out += (b"5 0 obj\n<< /Length %d >>\nstream\n" % len(content) + content +
            b"\nendstream\nendobj\n")
    new_xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n5 1\n%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        xref, new_xref)
    return out
