"""End-to-end test of image scrubbing: photos and screenshots drawn here with PIL carry EXIF (GPS,
camera serial, owner, artist), XMP, PNG text chunks and comments; after `deskbench scrub`,
exiftool and mat2 find none of it, pixels are identical where only metadata changed, an EXIF
orientation still shows the same way, and a planted email and name drawn as text are painted over
(tesseract no longer reads them; unrelated words survive)."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps, PngImagePlugin

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

ARTIST = "Hildegard Vandermeer"
OWNER = "Bartholomew Quist"
SERIAL = "SN-4471902233"
COMMENT = "shot at the Quist residence"
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ottoline Xmpwriter</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>'
PLANTED = [ARTIST, OWNER, SERIAL, "Quist", "Ottoline", "Xmpwriter", "48 deg 51", "Pngauthor",
           "pngmail@example.net"]
SENSITIVE_FIELDS = ["Artist", "GPS", "Serial", "Owner", "Comment", "Author", "Creator",
                    "Copyright", "Make", "Model", "Description", "XMP"]

EMAIL = "maria.lopez@example.org"
NAME = "Maria Lopez"


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


def exif():
    e = Image.Exif()
    e[0x013B] = ARTIST
    e[0x010F] = "Canon"
    e[0x0110] = "EOS 5D"
    e[0x8769] = {0xA431: SERIAL, 0xA430: OWNER}
    e[0x8825] = {1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)}
    return e


def photo(size=(640, 480)):
    """A smooth picture with no text in it (OCR finds nothing, so only metadata changes)."""
    w, h = size
    img = Image.new("RGB", size)
    img.putdata([((x * 255) // w, (y * 255) // h, 128) for y in range(h) for x in range(w)])
    return img


def text_image(lines, size=(1100, 300)):
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 38)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 80 * i), line, fill="black", font=font)
    return img


def add_jpeg_segment(path, marker, payload):
    """Inserts a marker segment right after SOI (PIL of Debian 12 cannot write XMP into JPEG)."""
    data = path.read_bytes()
    segment = bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    path.write_bytes(data[:2] + segment + data[2:])


def same_pixels(a, b):
    with Image.open(a) as x, Image.open(b) as y:
        return x.size == y.size and x.convert("RGBA").tobytes() == y.convert("RGBA").tobytes()


def ocr(path):
    r = subprocess.run(["tesseract", str(path), "-"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


class ImageTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-image-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        self.src = self.tmp / "in"
        self.out = self.tmp / "out"
        self.src.mkdir()

    def scrub(self, *extra, expect=0):
        r = run("scrub", "-q", *extra, self.src, "-o", self.out)
        self.assertEqual(r.returncode, expect, r.stderr)
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        return r, {Path(f["source"]).name: f for f in report["files"]}

    def assert_no_planted_metadata(self, path):
        dump = subprocess.run(["exiftool", "-a", "-u", "-G1", str(path)], capture_output=True,
                              text=True, errors="replace", timeout=120).stdout
        for value in PLANTED:
            self.assertNotIn(value, dump, f"{path.name}: exiftool still shows {value}")
        self.assertNotIn("[GPS]", dump, path.name)
        self.assertNotIn("[XMP", dump, path.name)
        if path.suffix != ".webp":  # mat2 does not read WebP
            shown = subprocess.run(["mat2", "--show", str(path)], capture_output=True, text=True,
                                   errors="replace", timeout=120).stdout
            for line in shown.splitlines()[1:]:
                field = line.strip().split(":")[0]
                for sensitive in SENSITIVE_FIELDS:
                    self.assertNotIn(sensitive.lower(), field.lower(), f"{path.name}: {line}")
        return dump

    def test_metadata_is_removed_and_pixels_stay_identical(self):
        img = photo()
        img.save(self.src / "photo.jpg", quality=92, exif=exif().tobytes(),
                 comment=COMMENT.encode())
        add_jpeg_segment(self.src / "photo.jpg", 0xE1, b"http://ns.adobe.com/xap/1.0/\0" + XMP)
        # IPTC/Photoshop block (APP13) naming the owner.
        add_jpeg_segment(self.src / "photo.jpg", 0xED,
                         b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x15\x1c\x02\x50\0\x11"
                         + OWNER.encode() + b"\0")
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", "Pngauthor")
        info.add_itxt("Comment", "mail pngmail@example.net", zip=True)
        info.add_text("Description", ARTIST, zip=True)
        img.save(self.src / "chart.png", pnginfo=info, exif=exif().tobytes())
        img.save(self.src / "photo.webp", quality=90, exif=exif().tobytes(), xmp=XMP)
        img.convert("P").save(self.src / "anim.gif", comment=COMMENT.encode())
        img.save(self.src / "scan.tif", tiffinfo={315: ARTIST, 33432: OWNER, 270: COMMENT},
                 exif=exif().tobytes())
        # Sanity: the planted values are there before scrubbing.
        before = subprocess.run(["exiftool", "-a", "-u", str(self.src / "photo.jpg")],
                                capture_output=True, text=True).stdout
        self.assertIn(SERIAL, before)
        self.assertIn(OWNER, before)
        self.assertIn("Ottoline", before)

        _, files = self.scrub()
        for name in ["photo.jpg", "chart.png", "photo.webp", "anim.gif", "scan.tif"]:
            out = self.out / name
            self.assertTrue(out.exists(), name)
            self.assert_no_planted_metadata(out)
            self.assertTrue(same_pixels(self.src / name, out), f"{name}: pixels changed")
            self.assertTrue(files[name]["notes"], f"{name}: nothing noted")
        parts = " ".join(n["part"] for n in files["photo.jpg"]["notes"])
        self.assertIn("GPS position", parts)
        self.assertIn("camera serial number", parts)
        self.assertIn("owner name", parts)
        self.assertIn("XMP", parts)
        self.assertIn("JPEG comment", parts)
        self.assertIn("IPTC", parts)
        # JPEG: nothing re-encoded, the compressed scan is the same bytes.
        a, b = (self.src / "photo.jpg").read_bytes(), (self.out / "photo.jpg").read_bytes()
        self.assertEqual(a[a.index(b"\xff\xda"):], b[b.index(b"\xff\xda"):])
        self.assertEqual(files["photo.jpg"]["format"], "jpeg")

    def test_orientation_is_applied_before_exif_goes(self):
        img = photo((320, 200))
        e = exif()
        e[0x0112] = 6
        img.save(self.src / "turned.png", exif=e.tobytes())
        img.save(self.src / "turned.jpg", quality=95, exif=e.tobytes())
        _, files = self.scrub()
        with Image.open(self.src / "turned.png") as src, Image.open(self.out / "turned.png") as out:
            shown = ImageOps.exif_transpose(src)
            self.assertEqual(out.size, (200, 320))
            self.assertEqual(shown.convert("RGB").tobytes(), out.convert("RGB").tobytes())
        with Image.open(self.src / "turned.jpg") as src, Image.open(self.out / "turned.jpg") as out:
            shown = ImageOps.exif_transpose(src).convert("RGB")
            self.assertEqual(out.size, shown.size)
            diff = ImageChops.difference(shown, out.convert("RGB"))
            mean = sum(diff.convert("L").getdata()) / (out.size[0] * out.size[1])
            self.assertLess(mean, 3.0)  # re-encoded at quality 95
            self.assertNotIn(0x0112, out.getexif())
        for name in ["turned.png", "turned.jpg"]:
            self.assert_no_planted_metadata(self.out / name)
            actions = [n["action"] for n in files[name]["notes"]]
            self.assertIn("applied to the pixels (image re-encoded)", actions)

    def test_text_in_pixels_is_painted_over(self):
        lines = ["Quarterly planning notes", f"Contact {EMAIL} today", f"Prepared by {NAME}"]
        text_image(lines).save(self.src / "screenshot.png")
        text_image(lines).save(self.src / "screenshot.jpg", quality=95)
        before = ocr(self.src / "screenshot.png")
        self.assertIn(EMAIL, before)
        self.assertIn(NAME, before)
        _, files = self.scrub()
        for name in ["screenshot.png", "screenshot.jpg"]:
            after = ocr(self.out / name)
            self.assertNotIn("lopez", after.lower(), f"{name}: {after}")
            self.assertNotIn("example.org", after, f"{name}: {after}")
            self.assertIn("Quarterly planning notes", after, f"{name}: {after}")
            self.assertIn("Contact", after, f"{name}: {after}")
            self.assertIn("Prepared by", after, f"{name}: {after}")
            types = {f["type"] for f in files[name]["findings"]}
            self.assertIn("EMAIL", types)
            self.assertIn("PERSON", types)
            actions = [n["action"] for n in files[name]["notes"]]
            self.assertIn("painted over", actions)
            with Image.open(self.out / name) as out:
                self.assertEqual(out.format, "PNG" if name.endswith("png") else "JPEG")
                self.assertEqual(out.size, (1100, 300))

    def test_no_ocr_only_removes_metadata(self):
        text_image([f"Contact {EMAIL} today"]).save(self.src / "card.png", exif=exif().tobytes())
        _, files = self.scrub("--no-ocr")
        out = self.out / "card.png"
        self.assert_no_planted_metadata(out)
        self.assertTrue(same_pixels(self.src / "card.png", out))
        self.assertIn(EMAIL, ocr(out))  # not read, so not painted: the user asked for that
        self.assertIn({"part": "text in the image", "action": "not checked (OCR off)"},
                      files["card.png"]["notes"])

    def test_scan_reports_text_in_images(self):
        text_image([f"Reach me at {EMAIL}"]).save(self.src / "card.gif")
        r = run("scan", "--json", self.src / "card.gif")
        self.assertEqual(r.returncode, 1, r.stderr)
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertIn(EMAIL, [row["text"] for row in rows])

    def test_bad_images_are_refused_with_reasons(self):
        photo().save(self.src / "cut.jpg", quality=90)
        data = (self.src / "cut.jpg").read_bytes()
        (self.src / "cut.jpg").write_bytes(data[: len(data) // 2])
        # A PNG header claiming 60000 x 60000 pixels (a decompression bomb).
        photo((64, 64)).save(self.src / "bomb.png")
        bomb = bytearray((self.src / "bomb.png").read_bytes())
        bomb[16:24] = (60000).to_bytes(4, "big") * 2
        import zlib
        bomb[29:33] = zlib.crc32(bytes(bomb[12:29])).to_bytes(4, "big")
        (self.src / "bomb.png").write_bytes(bytes(bomb))
        frames = [Image.new("P", (64, 64), i) for i in range(3)]
        frames[0].save(self.src / "moving.gif", save_all=True, append_images=frames[1:])
        # A PNG with a misleading name is still read as PNG.
        photo((64, 64)).save(self.src / "notes.txt", format="PNG")
        r, files = self.scrub(expect=2)
        self.assertIn("truncated", files["cut.jpg"]["reason"])
        self.assertIn("over the limit", files["bomb.png"]["reason"])
        self.assertIn("animated", files["moving.gif"]["reason"])
        self.assertEqual(files["notes.txt"]["format"], "png")
        self.assertFalse((self.out / "cut.jpg").exists())
        self.assertFalse((self.out / "bomb.png").exists())
        self.assertIn("cut.jpg", r.stderr)

    def test_missing_ocr_language_names_the_package(self):
        text_image(["Hello"]).save(self.src / "hello.png")
        r, files = self.scrub("--ocr-lang", "eng+zzq", expect=2)
        self.assertIn("tesseract-ocr-zzq", files["hello.png"]["reason"])


if __name__ == "__main__":
    unittest.main()
