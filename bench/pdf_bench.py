#!/usr/bin/python3
"""PDF scrub throughput through the CLI (the whole product: open, two passes, redaction, write,
output check), single thread.

  /usr/bin/python3 bench/pdf_bench.py [--deskbench build/deskbench] [--pages 200] [--scanned 10] [--screenshots 10]

Generates with reportlab/PIL (tests/e2e/pdf_support.py) a text report of --pages pages (45 lines a
page, a name and an email on every page), a document of --scanned image-only pages and one of
--screenshots text pages each showing a screenshot with a name and an email, scrubs each
three times with `deskbench scrub -q -j1` and prints pages per second of the fastest run."""
import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
import pdf_support as fx  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402


def scanned_document(path, pages):
    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(pages):
        img = Path(path).with_name("scan%d.png" % i)
        fx.scanned_image(img, footer="Page %d of %d" % (i + 1, pages))
        c.drawImage(str(img), 0, 0, width=letter[0], height=letter[1])
        c.showPage()
    c.save()


def screenshot_document(path, pages):
    """Text pages, each with a different screenshot (a name and an email in its pixels)."""
    from PIL import Image
    icon = Path(path).with_name("icon.png")
    Image.new("RGB", (16, 16), (200, 30, 30)).save(icon)
    c = canvas.Canvas(str(path), pagesize=letter)
    for i in range(pages):
        shot = Path(path).with_name("shot%d.png" % i)
        fx.screenshot_image(shot, footer="Screenshot %d of %d" % (i + 1, pages))
        fx.draw_screenshot_page(c, shot, icon)
    c.save()


def best_seconds(deskbench, pdf, folder, runs=3):
    """(wall, cpu) seconds of the fastest run; CPU time (user + system of the child) is what a
    shared, busy machine distorts least."""
    best = None
    for i in range(runs):
        out = Path(folder) / ("%s-out%d" % (Path(pdf).stem, i))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        r = subprocess.run([deskbench, "scrub", "-q", "-j1", str(pdf), "-o", str(out)],
                           capture_output=True, text=True)
        took = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if r.returncode != 0:
            raise SystemExit("scrub failed: " + r.stderr)
        if best is None or took < best[0]:
            best = (took, cpu)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--deskbench", default=str(ROOT / "build" / "deskbench"))
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--scanned", type=int, default=10)
    ap.add_argument("--screenshots", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.pdf"
        fx.build_report(report, scanned=False, extra_pages=args.pages - 1)
        wall, cpu = best_seconds(args.deskbench, report, tmp)
        print("text layer: %d pages in %.2f s wall = %.1f pages/s; %.2f s CPU = %.1f pages/s "
              "(single thread)" % (args.pages, wall, args.pages / wall, cpu, args.pages / cpu))
        if args.scanned:
            scan = Path(tmp) / "scanned.pdf"
            scanned_document(scan, args.scanned)
            wall, cpu = best_seconds(args.deskbench, scan, tmp)
            print("scanned (OCR at 300 dpi): %d pages in %.2f s wall = %.2f pages/s; %.2f s CPU = "
                  "%.2f pages/s (single thread)" %
                  (args.scanned, wall, args.scanned / wall, cpu, args.scanned / cpu))
        if args.screenshots:
            shots = Path(tmp) / "screenshots.pdf"
            screenshot_document(shots, args.screenshots)
            wall, cpu = best_seconds(args.deskbench, shots, tmp)
            print("text pages with a screenshot (OCR of the image at 300 dpi): %d pages in %.2f s "
                  "wall = %.2f pages/s; %.2f s CPU = %.2f pages/s (single thread)" %
                  (args.screenshots, wall, args.screenshots / wall, cpu, args.screenshots / cpu))


if __name__ == "__main__":
    main()
