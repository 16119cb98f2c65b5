"""End-to-end tests of `deskbench task`: a bundle is made with init and add, checked (every check
failing with a message that says what to do), scrubbed as one unit, packed only when nothing is
pending, and a pack that was tampered with in any way fails verification."""
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile
from pathlib import Path

import docx
import openpyxl

DESKBENCH = os.path.abspath(os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench"))

REQUEST = """From: Margaret Ellison <margaret.ellison@halvorsenfreight.com>
Subject: Q2 budget variance

Hi Daniel, please go through the attached budget.xlsx and write me a memo on where the second
quarter went over plan, by department, with what you would cut first. I need it before the
leadership meeting next Thursday so I can take it to the board.
Thanks, Margaret Ellison
"""

MEMO = ("Budget variance memo prepared by Daniel Okafor for Margaret Ellison. Marketing went "
        "over plan by twelve percent because of the trade show; operations stayed within "
        "budget. I would cut the travel line first and defer the office refit. ")


def run(*args, cwd=None, stdin=subprocess.DEVNULL):
    return subprocess.run([DESKBENCH, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          errors="replace", timeout=600, stdin=stdin)


def make_docx(path, paragraphs):
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(path)


def make_xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def rewrite_zip(src, dst, change):
    """Copies a zip, letting change(entries) edit the {name: bytes} dict first."""
    with zipfile.ZipFile(src) as z:
        entries = {i.filename: z.read(i.filename) for i in z.infolist()}
    change(entries)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)


class TaskTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-task-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def files(self):
        """Files to add: a reference spreadsheet and a Word deliverable."""
        src = self.tmp / "src"
        src.mkdir(exist_ok=True)
        make_xlsx(src / "budget.xlsx", [["Department", "Plan", "Actual", "Owner"],
                                        ["Marketing", 120000, 134400, "Priya Raman"],
                                        ["Operations", 300000, 296500, "Thomas Whitfield"]])
        make_docx(src / "variance_memo.docx", [MEMO * 3, "Questions to dokafor@example.org or "
                                               "+1 415 555 0187."])
        (src / "request.txt").write_text(REQUEST)
        return src

    def init(self, name="task", **flags):
        src = self.files()
        task = self.tmp / name
        args = {"--title": "Q2 budget variance memo", "--occupation": "Financial analyst",
                "--sector": "Logistics", "--hours": "5", "--month": "2024-07",
                "--contributor-id": "c-1234", "--request": src / "request.txt"}
        args.update(flags)
        cmd = ["task", "init", task]
        for k, v in args.items():
            if v is not None:
                cmd += [k, v]
        r = run(*cmd)
        self.assertEqual(r.returncode, 0, r.stderr)
        return task, src

    def full(self, name="task"):
        task, src = self.init(name)
        r = run("task", "add", task, "--reference", src / "budget.xlsx", "--deliverable",
                src / "variance_memo.docx")
        self.assertEqual(r.returncode, 0, r.stderr)
        return task

    def failures(self, task, *flags):
        r = run("task", "check", task, *flags)
        fails = {}
        for line in r.stdout.splitlines():
            if line.startswith("FAIL"):
                fails[line.split()[1]] = fails.get(line.split()[1], "") + line + "\n"
        self.assertEqual(r.returncode, 1 if fails else 0, r.stdout + r.stderr)
        return fails, r

    # --- init and add ---------------------------------------------------------------------

    def test_init_writes_a_bundle_from_flags(self):
        task, _ = self.init(**{"--tag": "finance", "--onet-soc": "13-2051.00"})
        toml = (task / "task.toml").read_text()
        self.assertIn("schema_version = 1", toml)
        self.assertIn('id = "q2-budget-variance-memo"', toml)
        self.assertIn('onet_soc = "13-2051.00"', toml)
        self.assertIn('tags = ["finance"]', toml)
        self.assertIn("hours = 5.0", toml)
        self.assertEqual((task / "request.md").read_text(), REQUEST)
        self.assertTrue((task / "reference").is_dir() and (task / "deliverable").is_dir())
        r = run("task", "init", task, "--title", "x", "--occupation", "y", "--sector", "z",
                "--hours", "2")
        self.assertEqual(r.returncode, 2)
        self.assertIn("already exists", r.stderr)

    def test_init_asks_on_a_terminal(self):
        import pty
        task = self.tmp / "asked"
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(DESKBENCH, [DESKBENCH, "task", "init", str(task), "--hours", "3"])
        answers = ["Vendor contract redline", "", "Paralegal", "23-2011.00", "Legal services",
                   "2022-11", "", "c-42"]
        transcript = b""
        for answer in answers:
            while b": " not in transcript.rsplit(b"\n", 1)[-1]:
                transcript += os.read(fd, 1024)
            os.write(fd, answer.encode() + b"\n")
            transcript = b""
        os.write(fd, b"Please redline the attached contract and flag every clause that shifts "
                 b"liability to us, with a short note on each explaining the risk.\n")
        os.write(fd, b"\x04")
        try:
            while os.read(fd, 1024):
                pass
        except OSError:
            pass
        _, status = os.waitpid(pid, 0)
        self.assertEqual(os.waitstatus_to_exitcode(status), 0)
        toml = (task / "task.toml").read_text()
        self.assertIn('id = "vendor-contract-redline"', toml)  # the default, from the title
        self.assertIn('onet_soc = "23-2011.00"', toml)
        self.assertIn('month_completed = "2022-11"', toml)
        self.assertIn('language = "en"', toml)
        self.assertIn('contributor_id = "c-42"', toml)
        self.assertIn("hours = 3.0", toml)
        self.assertIn("flag every clause", (task / "request.md").read_text())

    def test_init_without_a_terminal_needs_the_flags(self):
        r = run("task", "init", self.tmp / "t", "--occupation", "y", "--sector", "z",
                "--hours", "2")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--title is required", r.stderr)
        r = run("task", "init", self.tmp / "t", "--title", "T", "--occupation", "y", "--sector",
                "z", "--hours", "2", "--contributor-id", "Jane Doe")
        self.assertEqual(r.returncode, 2)
        self.assertIn("never your name", r.stderr)
        self.assertFalse((self.tmp / "t" / "task.toml").exists())

    def test_add_copies_and_never_links(self):
        task = self.full()
        for rel, name in (("reference", "budget.xlsx"), ("deliverable", "variance_memo.docx")):
            copy = task / rel / name
            self.assertFalse(copy.is_symlink())
            self.assertNotEqual(copy.stat().st_ino, (self.tmp / "src" / name).stat().st_ino)
            self.assertEqual(copy.read_bytes(), (self.tmp / "src" / name).read_bytes())
        r = run("task", "add", task, "--deliverable", self.tmp / "src" / "variance_memo.docx")
        self.assertEqual(r.returncode, 2)
        self.assertIn("already in the task", r.stderr)
        # A folder with a link inside is refused whole.
        folder = self.tmp / "repo"
        folder.mkdir()
        (folder / "a.py").write_text("print('hello')\n")
        os.symlink("/etc/hostname", folder / "leak")
        r = run("task", "add", task, "--deliverable", folder)
        self.assertEqual(r.returncode, 2)
        self.assertIn("a link", r.stderr)

    # --- checks ---------------------------------------------------------------------------

    def test_a_complete_bundle_passes_every_check(self):
        task = self.full()
        fails, r = self.failures(task)
        self.assertEqual(fails, {})
        self.assertEqual(r.stdout.count("\nok"), 12, r.stdout)

    def test_every_check_fails_with_what_to_do(self):
        task = self.full()
        src = self.tmp / "src"
        # metadata and hours
        toml = (task / "task.toml").read_text()
        (task / "task.toml").write_text(
            toml.replace('id = "q2-budget-variance-memo"', 'id = "Q2 memo"')
            .replace('month_completed = "2024-07"', 'month_completed = "July"')
            .replace("hours = 5.0", "hours = 0.5")
            .replace('contributor_id = "c-1234"', 'contributor_id = "Jane Doe"'))
        fails, _ = self.failures(task)
        self.assertIn("set id in task.toml", fails["metadata"])
        self.assertIn("month_completed \"July\" must be the month the work was finished as "
                      "YYYY-MM", fails["metadata"])
        self.assertIn("never your name", fails["metadata"])
        self.assertIn("hours is 0.5", fails["hours"])
        self.assertIn("at least 1 hour", fails["hours"])
        (task / "task.toml").write_text(toml)

        # the request: missing, then short, then naming a file that is not there
        (task / "request.md").unlink()
        fails, _ = self.failures(task)
        self.assertIn("request.md is missing: paste the request", fails["request-present"])
        (task / "request.md").write_text("Do the budget memo.\n")
        fails, _ = self.failures(task)
        self.assertIn("request.md has 4 words", fails["request-length"])
        (task / "request.md").write_text(REQUEST.replace("budget.xlsx", "forecast.xlsx"))
        fails, _ = self.failures(task)
        self.assertIn("mentions forecast.xlsx but reference/ has no such file",
                      fails["request-files"])
        self.assertIn("task add", fails["request-files"])
        (task / "request.md").write_text(REQUEST)

        # no deliverable
        (task / "deliverable" / "variance_memo.docx").rename(self.tmp / "memo.docx")
        fails, _ = self.failures(task)
        self.assertIn("deliverable/ is empty", fails["deliverable-present"])
        self.assertIn("--deliverable", fails["deliverable-present"])
        (self.tmp / "memo.docx").rename(task / "deliverable" / "variance_memo.docx")

        d = task / "deliverable"
        # a file that is not what it says, a blank document, an empty sheet, an empty file
        (d / "broken.docx").write_bytes(b"PK\x03\x04 this is not a real package")
        make_docx(d / "blank.docx", [])
        make_xlsx(d / "empty.xlsx", [])
        (d / "nothing.txt").write_bytes(b"")
        # a short text standing in for the work, a copy of a reference
        (d / "summary.md").write_text("# Summary\nMarketing over plan; cut travel first.\n")
        shutil.copy(src / "budget.xlsx", d / "budget_copy.xlsx")
        # links and strays
        os.symlink("/etc/hostname", d / "notes.txt")
        (task / "notes.txt").write_text("stray\n")
        fails_by_file = {}
        r = run("task", "check", task)
        self.assertEqual(r.returncode, 1)
        for line in r.stdout.splitlines():
            if line.startswith("FAIL"):
                fails_by_file.setdefault(line.split()[1], []).append(line)
        text = "\n".join(sum(fails_by_file.values(), []))
        self.assertIn("deliverable/broken.docx cannot be read", text)
        self.assertIn("supported format", text)
        self.assertIn("deliverable/blank.docx has no text at all", text)
        self.assertIn("deliverable/empty.xlsx has no text at all", text)
        self.assertIn("deliverable/nothing.txt is an empty file", text)
        self.assertIn("deliverable/summary.md has only 8 words: this looks like a summary", text)
        self.assertIn("deliverable/budget_copy.xlsx is identical to reference/budget.xlsx", text)
        self.assertIn("deliverable/notes.txt: a link", text)
        self.assertIn("notes.txt: is not part of a task bundle", text)
        self.assertEqual(len(fails_by_file["deliverable-not-empty"]), 3)
        for check in ("deliverable-opens", "deliverable-not-summary",
                      "deliverable-not-reference", "inside-bundle"):
            self.assertIn(check, fails_by_file)

        # size limits, per file and per task
        for p in (d / "broken.docx", d / "blank.docx", d / "empty.xlsx", d / "nothing.txt",
                  d / "summary.md", d / "budget_copy.xlsx", d / "notes.txt", task / "notes.txt"):
            p.unlink()
        fails, _ = self.failures(task, "--max-file-mb", "0.004")
        self.assertIn("over the limit of 4.1 KiB per file", fails["file-size"])
        fails, _ = self.failures(task, "--max-task-mb", "0.01")
        self.assertIn("over the limit of 10.2 KiB", fails["task-size"])
        fails, _ = self.failures(task)
        self.assertEqual(fails, {})

    # --- scrub, pack, verify --------------------------------------------------------------

    def scrub(self, task, *flags):
        r = run("task", "scrub", "-q", task, "--jobs", "2", *flags)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads((Path(str(task) + ".scrubbed.report") / "report.json").read_text())

    def test_scrub_is_one_run_over_the_bundle_with_a_stable_key(self):
        task = self.full()
        toml = (task / "task.toml").read_text()
        (task / "task.toml").write_text(toml.replace('title = "Q2 budget variance memo"',
                                                     'title = "Budget memo for Margaret Ellison"'))
        self.scrub(task)
        out = Path(str(task) + ".scrubbed")
        self.assertFalse((out / ".deskbench").exists())
        key = (task / ".deskbench" / "pseudonym.key").read_text()
        self.assertEqual(oct((task / ".deskbench" / "pseudonym.key").stat().st_mode & 0o777),
                         "0o600")
        request = (out / "request.md").read_text()
        memo = "\n".join(p.text for p in docx.Document(out / "deliverable/variance_memo.docx")
                         .paragraphs)
        title = [line for line in (out / "task.toml").read_text().splitlines()
                 if line.startswith("title")][0]
        for text in (request, memo, title):
            self.assertNotIn("Margaret Ellison", text)
        # One pseudonym for Margaret Ellison across the request, the memo and task.toml.
        surrogate = title.split("for ")[1].rstrip('"')
        self.assertIn(surrogate, request)
        self.assertIn(surrogate, memo)
        self.assertIn('id = "q2-budget-variance-memo"', (out / "task.toml").read_text())
        sheet = openpyxl.load_workbook(out / "reference/budget.xlsx").active
        self.assertNotEqual(sheet["D2"].value, "Priya Raman")
        # A second scrub reuses the key: the same pseudonyms, the output replaced whole.
        (out / "stale.txt").write_text("left over\n")
        self.scrub(task)
        self.assertEqual((task / ".deskbench" / "pseudonym.key").read_text(), key)
        self.assertEqual((out / "request.md").read_text(), request)
        self.assertFalse((out / "stale.txt").exists())
        report_dir = Path(str(task) + ".scrubbed.report")
        self.assertEqual(sorted(p.name for p in report_dir.iterdir()),
                         ["decisions.json", "report.html", "report.json", "scrub-record.json"])

    def test_the_config_given_once_is_kept_for_later_scrubs(self):
        task = self.full()
        config = Path(self.tmp) / "keep-people.toml"
        config.write_text("[types.PERSON]\nenabled = false\n")
        self.scrub(task, "--config", config)
        out = Path(str(task) + ".scrubbed")
        self.assertIn("Margaret Ellison", (out / "request.md").read_text())
        self.assertEqual((task / ".deskbench" / "config.toml").read_text(), config.read_text())
        # A later scrub (or the review page's re-scrub) without --config uses the kept settings.
        config.unlink()
        self.scrub(task)
        self.assertIn("Margaret Ellison", (out / "request.md").read_text())
        # A bad config is refused before it replaces the kept one.
        bad = Path(self.tmp) / "bad.toml"
        bad.write_text("[types.PERSON]\nenabeld = false\n")
        r = run("task", "scrub", "-q", task, "--config", bad)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("enabeld", r.stderr)
        self.assertIn("enabled = false", (task / ".deskbench" / "config.toml").read_text())

    def test_bundle_terms_and_decisions_are_applied(self):
        task = self.full()
        (task / ".deskbench").mkdir(exist_ok=True)
        (task / ".deskbench" / "terms.toml").write_text('deny = ["trade show"]\nallow = []\n')
        (task / ".deskbench" / "decisions.json").write_text(json.dumps({"values": [
            {"type": "PERSON", "text": "Daniel Okafor", "action": "keep"}]}))
        self.scrub(task)
        memo = "\n".join(p.text for p in docx.Document(
            Path(str(task) + ".scrubbed") / "deliverable/variance_memo.docx").paragraphs)
        self.assertNotIn("trade show", memo)
        self.assertIn("Daniel Okafor", memo)

    def test_pack_refuses_until_everything_is_decided_and_current(self):
        task = self.full()
        pack = self.tmp / "t.zip"
        r = run("task", "pack", task, "-o", pack)
        self.assertEqual(r.returncode, 1)
        self.assertIn("has not been scrubbed yet: run deskbench task scrub", r.stderr)

        report = self.scrub(task)
        # Every finding scored under the threshold waits for a decision.
        r = run("task", "pack", task, "-o", pack, "--review-threshold", "1")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("wait for a decision: open deskbench task review", r.stderr)
        self.assertIn("--accept-suggested", r.stderr)
        self.assertFalse(pack.exists())

        # Decisions for every value settle them, but only once the scrub applied them.
        values = json.loads((Path(str(task) + ".scrubbed.report") / "decisions.json")
                            .read_text())["values"]
        (task / ".deskbench" / "decisions.json").write_text(json.dumps({"values": values}))
        r = run("task", "pack", task, "-o", pack, "--review-threshold", "1")
        self.assertEqual(r.returncode, 1)
        self.assertIn("decisions.json) changed after the last scrub", r.stderr)
        self.scrub(task)
        r = run("task", "pack", task, "-o", pack, "--review-threshold", "1")
        self.assertEqual(r.returncode, 0, r.stderr)
        pack.unlink()

        # An input edited after scrubbing, an output edited by hand, a failing check.
        (task / "request.md").write_text(REQUEST + "\nOne more thing.\n")
        r = run("task", "pack", task, "-o", pack)
        self.assertEqual(r.returncode, 1)
        self.assertIn("request.md changed after the last scrub", r.stderr)
        self.scrub(task)
        (Path(str(task) + ".scrubbed") / "request.md").write_text("edited\n")
        r = run("task", "pack", task, "-o", pack)
        self.assertEqual(r.returncode, 1)
        self.assertIn("task.scrubbed/request.md changed after the last scrub", r.stderr)
        self.scrub(task)
        toml = (task / "task.toml").read_text()
        (task / "task.toml").write_text(toml.replace("hours = 5.0", "hours = 0.25"))
        self.scrub(task)
        r = run("task", "pack", task, "-o", pack)
        self.assertEqual(r.returncode, 1)
        self.assertIn("check hours", r.stderr)
        self.assertFalse(pack.exists())
        self.assertGreater(report["summary"]["findings"], 0)

    def packed(self):
        task = self.full()
        self.scrub(task)
        pack = self.tmp / "q2.deskbench.zip"
        r = run("task", "pack", "-q", task, "--accept-suggested", cwd=self.tmp)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "q2-budget-variance-memo.deskbench.zip")
        (self.tmp / r.stdout.strip()).rename(pack)
        return task, pack

    def test_pack_holds_the_scrubbed_bundle_and_a_manifest(self):
        task, pack = self.packed()
        out = Path(str(task) + ".scrubbed")
        with zipfile.ZipFile(pack) as z:
            names = sorted(z.namelist())
            manifest = json.loads(z.read("manifest.json"))
            self.assertEqual(names, sorted(["manifest.json", "task.toml", "request.md",
                                            "reference/budget.xlsx",
                                            "deliverable/variance_memo.docx"]))
            for f in manifest["files"]:
                data = z.read(f["path"])
                self.assertEqual(data, (out / f["path"]).read_bytes())
                self.assertEqual(f["size"], len(data))
                self.assertEqual(f["sha256"], sha256(data))
            everything = b"".join(z.read(n) for n in names)
        # Originals and the key never enter the pack.
        key = (task / ".deskbench" / "pseudonym.key").read_text().strip().encode()
        self.assertNotIn(key, everything)
        self.assertNotIn(b"Margaret Ellison", everything)
        self.assertNotIn(b"margaret.ellison@halvorsenfreight.com", everything)
        self.assertEqual(manifest["task"]["id"], "q2-budget-variance-memo")
        cert = manifest["certificate"]
        self.assertEqual(cert["deskbench_version"], run("--version").stdout.split()[-1])
        self.assertEqual(len(cert["policy_hash"]), 64)
        self.assertGreaterEqual(cert["entity_counts"]["PERSON"], 3)
        self.assertGreaterEqual(cert["decision_counts"]["pseudonymize"], 3)
        self.assertIn("deliverable-opens", cert["checks_passed"])
        self.assertEqual(len(cert["checks_passed"]), 13)
        self.assertTrue(all(v["why"] in ("replacement", "kept", "allowed")
                            for v in cert["accepted_values"]))
        r = run("task", "verify", pack)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r = run("task", "verify", "--json", pack)
        self.assertEqual(json.loads(r.stdout)["ok"], True)

    def test_verify_catches_a_tampered_pack(self):
        task, pack = self.packed()
        original_request = (task / "request.md").read_bytes()

        def changed_byte(entries):
            data = bytearray(entries["request.md"])
            data[10] ^= 0x20
            entries["request.md"] = bytes(data)

        def added_file(entries):
            entries["deliverable/extra.txt"] = b"added after packing\n"

        def removed_file(entries):
            del entries["reference/budget.xlsx"]

        def edited_manifest_hash(entries):
            m = json.loads(entries["manifest.json"])
            m["files"][0]["sha256"] = "0" * 64
            entries["manifest.json"] = json.dumps(m).encode()

        def leak_with_matching_hash(entries):
            entries["request.md"] = original_request
            m = json.loads(entries["manifest.json"])
            for f in m["files"]:
                if f["path"] == "request.md":
                    f["size"], f["sha256"] = len(original_request), sha256(original_request)
            entries["manifest.json"] = json.dumps(m).encode()

        def smuggled_private_state(entries):
            key = b"00" * 32
            entries[".deskbench/pseudonym.key"] = key
            m = json.loads(entries["manifest.json"])
            m["files"].append({"path": ".deskbench/pseudonym.key", "size": len(key),
                               "sha256": sha256(key)})
            entries["manifest.json"] = json.dumps(m).encode()

        cases = {
            smuggled_private_state: '".deskbench/pseudonym.key", which has no place',
            changed_byte: "request.md does not match its SHA-256",
            added_file: "deliverable/extra.txt is in the pack but not in manifest.json",
            removed_file: "reference/budget.xlsx is listed in manifest.json but missing",
            edited_manifest_hash: "does not match its SHA-256 in manifest.json",
            leak_with_matching_hash: 'still in the pack: request.md',
        }
        for change, message in cases.items():
            with self.subTest(change.__name__):
                bad = self.tmp / (change.__name__ + ".zip")
                rewrite_zip(pack, bad, change)
                r = run("task", "verify", bad)
                self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
                self.assertIn(message, r.stdout)
                self.assertIn("failed verification", r.stderr)
        r = run("task", "verify", self.tmp / "src" / "budget.xlsx")
        self.assertEqual(r.returncode, 1)
        self.assertIn("no manifest.json", r.stdout)
        (self.tmp / "junk.zip").write_bytes(b"not a zip at all")
        r = run("task", "verify", self.tmp / "junk.zip")
        self.assertEqual(r.returncode, 1)
        self.assertIn("not a sound zip archive", r.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
