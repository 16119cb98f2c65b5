"""The review page in a real browser: headless Chromium (Debian's) driven by playwright-core.
Keeps one mention, adds a deny term, re-scrubs, checks the term is replaced everywhere, saves,
and checks the bundle's decisions file and scrubbed files. Screenshots (1280x800) go to
<build>/artifacts/review/."""
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import tomllib
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from review_support import DENY_TERM, DESKBENCH, Review, all_text, make_bundle, run  # noqa: E402

PLAYWRIGHT = "playwright-core@1.56.1"  # pinned: supports the Node 18 of Debian 12
CHROMIUM = "/usr/bin/chromium"
BUILD = Path(DESKBENCH).resolve().parent
NODE_DIR = BUILD / "e2e-node"
ARTIFACTS = BUILD / "artifacts" / "review"
HERE = Path(__file__).resolve().parent
ALLOW_TERM = "Brightline Logistics Inc"


def install_playwright():
    """playwright-core from the npm registry into the build folder, once (the browser is
    Debian's chromium: playwright downloads nothing)."""
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    with open(NODE_DIR / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stamp = NODE_DIR / ".installed"
        if stamp.exists() and stamp.read_text() == PLAYWRIGHT:
            return
        env = dict(os.environ, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD="1")
        r = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-save",
                            "--prefix", str(NODE_DIR), PLAYWRIGHT],
                           capture_output=True, text=True, env=env, timeout=300)
        if r.returncode != 0:
            raise AssertionError("npm install " + PLAYWRIGHT + " failed:\n" + r.stderr)
        stamp.write_text(PLAYWRIGHT)


class ReviewBrowserTest(unittest.TestCase):
    def setUp(self):
        for tool in ("node", "npm", CHROMIUM):
            self.assertTrue(shutil.which(tool), f"{tool} is missing: run scripts/install-deps")
        install_playwright()
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-review-browser-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        shutil.rmtree(ARTIFACTS, ignore_errors=True)
        ARTIFACTS.mkdir(parents=True)

    def test_keep_deny_rescrub_save(self):
        bundle = make_bundle(self.tmp / "task")
        run("task", "scrub", "-q", bundle)
        review = Review(bundle, "--idle-timeout", "10m")
        self.addCleanup(review.stop)
        r = subprocess.run(["node", str(HERE / "review_browser.js"), str(NODE_DIR), review.url,
                            str(ARTIFACTS), DENY_TERM, "deliverable/memo.docx", "Mark Stone", ALLOW_TERM],
                           capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        seen = json.loads(r.stdout.strip().splitlines()[-1])
        self.assertEqual(seen["problems"], [])
        self.assertNotIn("token", seen["address"])
        # The page stopped the server.
        self.assertEqual(review.wait(timeout=30), 0)

        # In the browser: the term only ever appears as a finding that replaces it, in every
        # file that has it; the kept mention shows as kept.
        files = seen["files"]
        self.assertEqual(set(files), {"request.md", "reference/budget.csv", "task.toml",
                                      "deliverable/memo.docx", "deliverable/budget.xlsx"})
        for path, f in files.items():
            self.assertFalse(f["term_outside_findings"], path)
            self.assertEqual(f["term_kept_or_unchanged"], 0, path)
        for path in ("request.md", "reference/budget.csv", "deliverable/memo.docx",
                     "deliverable/budget.xlsx"):
            self.assertGreater(files[path]["term_findings"], 0, path)
        self.assertEqual(files["deliverable/memo.docx"]["kept_marks"], 1)

        # The decisions file holds the kept mention and the term.
        state = bundle / ".deskbench"
        decisions = json.loads((state / "decisions.json").read_text())
        with open(state / "terms.toml", "rb") as f:
            self.assertEqual(tomllib.load(f), {"deny": [DENY_TERM], "allow": [ALLOW_TERM]})
        kept = [d for d in decisions["findings"] if d["action"] == "keep"]
        self.assertEqual(len(kept), 1, decisions["findings"])
        self.assertEqual(kept[0]["file"], "deliverable/memo.docx")
        self.assertEqual(kept[0]["text"], "Mark Stone")
        # Only the reviewer's own decisions are written: the value itself stays replaced.
        values = {(v["type"], v["text"]): v["action"] for v in decisions["values"]}
        self.assertNotEqual(values.get(("PERSON", "Mark Stone")), "keep")
        self.assertEqual(seen["waiting_after_accept"], 0)

        # The scrubbed bundle: the term nowhere, the one kept mention kept and no other.
        out = Path(str(bundle) + ".scrubbed")
        scrubbed = {p.relative_to(out).as_posix(): all_text(p) for p in out.rglob("*")
                    if p.is_file()}
        self.assertEqual(len(scrubbed), 5, sorted(scrubbed))
        for path, text in scrubbed.items():
            self.assertNotIn(DENY_TERM.lower(), text.lower(), path)
            self.assertNotIn("Jane Doe", text, path)
        self.assertEqual(scrubbed["deliverable/memo.docx"].count("Mark Stone"), 1)
        self.assertNotIn("Mark Stone", scrubbed["deliverable/budget.xlsx"])
        self.assertNotIn("Mark Stone", scrubbed["reference/budget.csv"])
        # The allowed name stays where it was.
        self.assertIn(ALLOW_TERM, scrubbed["request.md"])
        self.assertIn(ALLOW_TERM, scrubbed["deliverable/memo.docx"])

        # The pack is made from what the page decided.
        pack = self.tmp / "budget-memo.deskbench.zip"
        run("task", "pack", bundle, "-o", pack)
        with zipfile.ZipFile(pack) as z:
            names = z.namelist()
            self.assertFalse([n for n in names if ".deskbench/" in n or n.endswith(".key")])
            memo = [n for n in names if n.endswith("memo.docx")]
            self.assertEqual(len(memo), 1, names)
            for n in names:
                data = z.read(n)
                self.assertNotIn(DENY_TERM.lower().encode(), data.lower(), n)
            unpacked = self.tmp / "unpacked"
            z.extractall(unpacked)
        self.assertEqual(all_text(unpacked / memo[0]).count("Mark Stone"), 1)
        manifest = json.loads((unpacked / "manifest.json").read_text())
        self.assertGreater(manifest["certificate"]["decisions_explicit"], 0, manifest)
        run("task", "verify", pack)

        for name in ("01-opened.png", "03-rescrubbed.png", "06-by-person.png", "08-done.png"):
            png = ARTIFACTS / name
            self.assertTrue(png.exists(), name)
            with open(png, "rb") as f:
                head = f.read(24)
            self.assertEqual(head[:8], b"\x89PNG\r\n\x1a\n")
            self.assertEqual((int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")),
                             (1280, 800))


if __name__ == "__main__":
    unittest.main()
