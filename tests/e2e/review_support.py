"""Shared by the review page's end-to-end tests: a small task bundle, and a running
`deskbench task review` with its address."""
import os
import re
import subprocess
import time
import zipfile
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

# Planted values: the deny term appears in every file, in every format.
DENY_TERM = "Project Falcon"


def run(*args):
    r = subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                       errors="replace", timeout=600)
    if r.returncode != 0:
        raise AssertionError(f"deskbench {' '.join(map(str, args))} failed ({r.returncode}):\n"
                             f"{r.stdout}{r.stderr}")
    return r


def make_bundle(root):
    """A task bundle made with `task init` and `task add`: the request, a reference CSV, a docx
    and an xlsx deliverable, with people, an organisation, contacts and a code name."""
    import docx
    import openpyxl
    root = Path(root)
    src = root.parent / (root.name + "-files")
    src.mkdir(parents=True)
    (src / "request.md").write_text(
        "# Budget review\n\nHi, this is Jane Doe from Brightline Logistics Inc. Please review the "
        f"attached budget.csv and write a memo for {DENY_TERM}, with a short table of owners and "
        "what each of them still has to deliver before the end of the quarter.\n\n"
        "- keep it to one page\n- call me at +1 415 555 0134 or jane.doe@brightline.com\n")
    (src / "budget.csv").write_text(
        "owner,email,project,amount\n"
        f"Jane Doe,jane.doe@brightline.com,{DENY_TERM},1200\n"
        f"Mark Stone,mark.stone@brightline.com,{DENY_TERM},300\n")
    d = docx.Document()
    d.add_heading(f"Memo: {DENY_TERM} budget", 1)
    d.add_paragraph("Prepared for Jane Doe by Mark Stone at Brightline Logistics Inc.")
    d.add_paragraph(f"The {DENY_TERM} budget is on track; Mark Stone owns the remaining items. "
                    "Carrier costs fell by four percent against the plan, and the two open "
                    "invoices are expected to close before the end of the quarter.")
    d.save(src / "memo.docx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(["Owner", "Project", "Amount"])
    ws.append(["Mark Stone", DENY_TERM, 300])
    wb.save(src / "budget.xlsx")
    run("task", "init", root, "--title", "Budget memo", "--occupation", "Financial analyst",
        "--sector", "Logistics", "--hours", "3", "--month", "2025-03",
        "--request", src / "request.md")
    run("task", "add", root, "--reference", src / "budget.csv")
    run("task", "add", root, "--deliverable", src / "memo.docx", src / "budget.xlsx")
    return root


def all_text(path):
    """Every byte of text in a file: the XML parts of an Office file, or the file itself."""
    path = Path(path)
    if path.suffix in (".docx", ".xlsx", ".pptx"):
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                             if n.endswith(".xml") or n.endswith(".rels"))
    return path.read_text(errors="replace")


class Review:
    """`deskbench task review BUNDLE --no-browser`, started and waited for."""

    def __init__(self, bundle, *extra):
        self.proc = subprocess.Popen(
            [DESKBENCH, "task", "review", str(bundle), "--no-browser", "-j", "2", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        m = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{64})", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"no review address printed: {line!r} "
                                 f"{self.proc.stderr.read()}")
        self.url = line
        self.port = int(m.group(1))
        self.token = m.group(2)

    def wait(self, timeout=30):
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            stream.close()


def wait_until(predicate, timeout=10):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()
