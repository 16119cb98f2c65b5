"""Writes the example task's PDF: reference/delivery_letter.pdf, a letter from the carrier with a
text page (contact details, a form field, a comment, a bookmark, metadata) and a scanned page
(the signed delivery note as pixels only, which deskbench reads with OCR).

Run with Debian's python3 (reportlab, PIL): /usr/bin/python3 examples/make_pdf_files.py
The output is deterministic (reportlab's invariant mode, a fixed font), so regenerating without
changes leaves git clean. Only the example's invented people and companies appear."""
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFString
from reportlab.pdfgen import canvas

TASK = Path(__file__).resolve().parent / "task"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def scanned_note():
    dpi = 150
    img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 30)
    y = 150
    for line in ["DELIVERY NOTE  OAK-LAX  shipment 2023-0317",
                 "Received in good order by Margaret Ellison",
                 "Questions: margaret.ellison@halvorsenfreight.com",
                 "Pallets: 14    Seal intact: yes"]:
        draw.text((150, y), line, fill=0, font=font)
        y += 70
    # A signature scrawl.
    draw.line([(150, y + 40), (260, y + 10), (330, y + 60), (420, y + 20)], fill=0, width=4)
    out = io.BytesIO()
    img.save(out, format="PNG")
    out.seek(0)
    return ImageReader(out)


def main():
    path = TASK / "reference" / "delivery_letter.pdf"
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setAuthor("Thomas Whitfield")
    c.setTitle("Delivery confirmation for Halvorsen Freight")
    c.bookmarkPage("letter")
    c.addOutlineEntry("Letter to Margaret Ellison", "letter")
    c.setFont("Helvetica", 11)
    y = 720
    for line in ["Brightline Logistics, 1450 Harbor View Drive",
                 "",
                 "Dear Margaret Ellison,",
                 "the OAK-LAX shipment was delivered on 17 March; the signed note follows.",
                 "For the invoice INV-2023-00481 please call Thomas Whitfield at (415) 555-0142",
                 "or write to t.whitfield@brightline-logistics.com.",
                 "",
                 "Kind regards,"]:
        c.drawString(72, y, line)
        y -= 16
    c.textAnnotation("Check the rate with Daniel Okafor first", Rect=(450, 700, 470, 720),
                     T=PDFString("Priya Raman"))
    c.drawString(72, 560, "Approved by:")
    c.acroForm.textfield(name="approver", value="Daniel Okafor", x=160, y=552, width=200,
                         height=18, borderWidth=1, forceBorder=True)
    c.showPage()
    c.drawImage(scanned_note(), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
