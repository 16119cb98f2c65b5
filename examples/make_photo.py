"""Writes the example task's photo: reference/whiteboard.jpg, a picture of the whiteboard after the
lane review, as a phone would save it (EXIF with GPS position, camera serial number, owner and
artist). The text on the board names people of the example; deskbench reads it with OCR and paints
over what is sensitive, and drops the EXIF without re-encoding.

Run with Debian's python3 (PIL, fonts-dejavu-core): /usr/bin/python3 examples/make_photo.py
The output is deterministic, so regenerating without changes leaves git clean."""
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

LINES = [
    "Lane review - Q1 carriers",
    "OAK-LAX rates up 4 percent",
    "Owner: Margaret Ellison",
    "Send the rate card to dokafor@halvorsenfreight.com",
]


def main():
    img = Image.new("RGB", (1400, 480), (236, 238, 232))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 40)
    for i, line in enumerate(LINES):
        draw.text((60, 50 + 100 * i), line, fill=(20, 30, 90), font=font)
    exif = Image.Exif()
    exif[0x010F] = "Pixelcam"
    exif[0x0110] = "PC-9"
    exif[0x013B] = "Daniel Okafor"
    exif[0x8769] = {0xA430: "Daniel Okafor", 0xA431: "PC9-0042-7781"}
    exif[0x8825] = {1: "N", 2: (37.0, 47.0, 31.0), 3: "W", 4: (122.0, 24.0, 12.0)}
    img.save(ROOT / "task" / "reference" / "whiteboard.jpg", quality=90, exif=exif.tobytes())


if __name__ == "__main__":
    main()
