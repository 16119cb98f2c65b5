"""End-to-end tests of the deskbench command line: real files in, real files out."""
import json
import os
import shutil
import stat
import subprocess
import tempfile
import unittest
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")


def run(*args, cwd=None):
    return subprocess.run([DESKBENCH, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          errors="replace", timeout=600)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-e2e-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def write(self, rel, content, mode="w"):
        p = self.tmp / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content)
        return p

    # --- scan -------------------------------------------------------------------------------

    def test_scan_exit_codes(self):
        clean = self.write("clean/a.txt", "Nothing to see here: the meeting moved to Thursday.\n")
        dirty = self.write("dirty/a.txt", "Write to jane.doe@example.org about Project Kestrel.\n")
        self.assertEqual(run("scan", "-q", clean).returncode, 0)
        r = run("scan", dirty)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("EMAIL", r.stdout)
        r = run("scan", "-q", "--deny", "Kestrel", dirty)
        self.assertEqual(r.returncode, 1)

    def test_scan_json_lines_point_at_file_bytes(self):
        text = "caf\u00e9 notes\nCall Kestrel team: ops.lead@example.com\nKESTREL's budget\n"
        p = self.write("a.txt", text)
        r = run("scan", "--json", "--deny", "Kestrel", p)
        self.assertEqual(r.returncode, 1, r.stderr)
        data = p.read_bytes()
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertGreaterEqual(len(rows), 3)
        for row in rows:
            self.assertEqual(set(row), {"file", "start", "end", "type", "text", "score",
                                        "recognizer"})
            self.assertEqual(row["file"], str(p))
            self.assertEqual(data[row["start"]:row["end"]].decode(), row["text"])
            self.assertTrue(0 <= row["score"] <= 1)
        types = {row["type"] for row in rows}
        self.assertIn("USER_TERM", types)
        self.assertIn("EMAIL", types)

    def test_scan_binary_file_is_an_error_naming_the_file(self):
        p = self.write("blob.bin", bytes(range(256)) * 8)
        r = run("scan", p)
        self.assertEqual(r.returncode, 2)
        self.assertIn(str(p), r.stderr)

    # --- scrub ------------------------------------------------------------------------------

    def test_scrub_mirrors_a_folder_and_keeps_reports_outside(self):
        self.write("in/notes.txt", "Mail ops.lead@example.com about Kestrel.\n")
        self.write("in/sub/data.csv", "name,email\nA. Person,ops.lead@example.com\n")
        self.write("in/empty.txt", "")
        out = self.tmp / "out"
        r = run("scrub", "-q", "--deny", "Kestrel", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                                if p.is_file()), ["empty.txt", "notes.txt", "sub/data.csv"])
        self.assertEqual((out / "empty.txt").read_bytes(), b"")
        for p in out.rglob("*"):
            if p.is_file():
                content = p.read_text()
                self.assertNotIn("ops.lead@example.com", content)
                self.assertNotIn("Kestrel", content)
        # One value, one pseudonym, in every file of the run.
        notes = (out / "notes.txt").read_text()
        csv_text = (out / "sub/data.csv").read_text()
        surrogate = [w for w in notes.split() if "@" in w][0]
        self.assertIn(surrogate, csv_text)
        report = self.tmp / "out.report"
        for name in ["report.json", "report.html", "decisions.json", "pseudonym.key"]:
            self.assertTrue((report / name).is_file(), name)
        self.assertFalse(any(out.rglob("report.*")))
        doc = json.loads((report / "report.json").read_text())
        self.assertEqual(doc["command"], "scrub")
        self.assertGreaterEqual(doc["summary"]["findings"], 3)
        self.assertIn("ops.lead@example.com", (report / "report.html").read_text())
        # Inputs are never modified.
        self.assertEqual((self.tmp / "in/notes.txt").read_text(),
                         "Mail ops.lead@example.com about Kestrel.\n")

    def test_scrub_several_inputs_go_under_their_own_names(self):
        a = self.write("a/x.txt", "hello\n")
        b = self.write("b.txt", "world\n")
        out = self.tmp / "out"
        r = run("scrub", "-q", a.parent, b, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue((out / "a/x.txt").is_file())
        self.assertTrue((out / "b.txt").is_file())

    def test_scrub_refuses_binary_and_does_not_copy_it(self):
        self.write("in/ok.txt", "fine\n")
        self.write("in/blob.bin", b"\x7fELF" + bytes(1000))
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("blob.bin", r.stderr)
        self.assertTrue((out / "ok.txt").is_file())
        self.assertFalse((out / "blob.bin").exists())
        doc = json.loads((self.tmp / "out.report/report.json").read_text())
        refused = [f for f in doc["files"] if f["status"] == "refused"]
        self.assertEqual([f["path"] for f in refused], ["blob.bin"])
        self.assertTrue(refused[0]["reason"])

    def test_scrub_invalid_utf8_survives_byte_for_byte(self):
        data = b"Latin-1 caf\xe9, stray \xff\xfe bytes, mail ops.lead@example.com\n"
        self.write("in/latin.txt", data)
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        got = (out / "latin.txt").read_bytes()
        self.assertNotIn(b"ops.lead@example.com", got)
        self.assertTrue(got.startswith(b"Latin-1 caf\xe9, stray \xff\xfe bytes, mail "))

    def test_scrub_refuses_output_inside_input_and_existing_output(self):
        self.write("in/a.txt", "x\n")
        r = run("scrub", self.tmp / "in", "-o", self.tmp / "in/out")
        self.assertEqual(r.returncode, 2)
        self.assertIn("inside the input", r.stderr)
        self.write("out/existing.txt", "keep me\n")
        r = run("scrub", self.tmp / "in", "-o", self.tmp / "out")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--force", r.stderr)
        self.assertEqual((self.tmp / "out/existing.txt").read_text(), "keep me\n")
        r = run("scrub", "-q", "--force", self.tmp / "in", "-o", self.tmp / "out")
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_symlink_leaving_the_tree_is_not_followed(self):
        secret = self.write("outside/secret.txt", "ops.lead@example.com\n")
        self.write("in/a.txt", "x\n")
        os.symlink(secret, self.tmp / "in/link.txt")
        out = self.tmp / "out"
        r = run("scrub", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse((out / "link.txt").exists())
        self.assertIn("symbolic link", r.stderr)

    def test_unreadable_file_is_reported(self):
        if os.geteuid() == 0:
            target = Path("/proc/self/mem")  # stat says a regular file; every read fails
            r = run("scan", target)
        else:
            p = self.write("locked.txt", "x\n")
            p.chmod(0)
            r = run("scan", p)
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertIn("mem" if os.geteuid() == 0 else "locked.txt", r.stderr)

    def test_missing_input_is_a_usage_error(self):
        r = run("scan", self.tmp / "nope.txt")
        self.assertEqual(r.returncode, 2)
        self.assertIn("nope.txt", r.stderr)

    def test_long_single_line(self):
        # 100 MB on one line, with a value at the very end.
        p = self.tmp / "long.txt"
        with open(p, "wb") as f:
            chunk = b"lorem ipsum dolor sit amet " * 4000
            while f.tell() < 100 * 1024 * 1024:
                f.write(chunk)
            f.write(b" ops.lead@example.com\n")
        r = run("scan", "--json", p)
        self.assertEqual(r.returncode, 1, r.stderr)
        rows = [json.loads(line) for line in r.stdout.splitlines()]
        self.assertEqual([row["text"] for row in rows], ["ops.lead@example.com"])

    def test_decisions_are_reapplied_deterministically(self):
        self.write("in/a.txt", "Kestrel and Osprey met ops.lead@example.com.\n")
        r = run("scrub", "-q", "--deny", "Kestrel", "--deny", "Osprey", self.tmp / "in",
                "-o", self.tmp / "out1")
        self.assertEqual(r.returncode, 0, r.stderr)
        first = (self.tmp / "out1/a.txt").read_text()
        decisions_path = self.tmp / "out1.report/decisions.json"
        decisions = json.loads(decisions_path.read_text())
        osprey = [v for v in decisions["values"] if v["text"] == "Osprey"]
        self.assertEqual(len(osprey), 1)
        osprey[0]["action"] = "keep"
        decisions_path.write_text(json.dumps(decisions))
        r = run("scrub", "-q", "--deny", "Kestrel", "--deny", "Osprey", "--decisions",
                decisions_path, self.tmp / "in", "-o", self.tmp / "out2")
        self.assertEqual(r.returncode, 0, r.stderr)
        second = (self.tmp / "out2/a.txt").read_text()
        # Only the kept value differs; everything else is replaced exactly as before (same key).
        self.assertEqual(second, first.replace(osprey[0]["replacement"], "Osprey"))
        self.assertNotIn("Kestrel", second)

    def test_key_file_gives_the_same_pseudonyms_across_runs(self):
        self.write("in/a.txt", "Mail ops.lead@example.com now.\n")
        key = self.tmp / "my.key"
        for out in ["o1", "o2"]:
            r = run("scrub", "-q", "--key-file", key, self.tmp / "in", "-o", self.tmp / out)
            self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual((self.tmp / "o1/a.txt").read_text(), (self.tmp / "o2/a.txt").read_text())
        self.assertEqual(stat.S_IMODE(key.stat().st_mode), 0o600)
        r = run("scrub", "-q", self.tmp / "in", "-o", self.tmp / "o3")
        self.assertNotEqual((self.tmp / "o1/a.txt").read_text(),
                            (self.tmp / "o3/a.txt").read_text())

    def test_config_errors_name_file_and_line(self):
        cfg = self.write("bad.toml", "[detect]\nthreshold = 0.5\nthreshhold = 2\n")
        self.write("in/a.txt", "x\n")
        r = run("scan", "--config", cfg, self.tmp / "in")
        self.assertEqual(r.returncode, 2)
        self.assertIn("bad.toml:3", r.stderr)
        self.assertIn("threshhold", r.stderr)

    def test_file_names_are_scrubbed_too(self):
        self.write("in/Kestrel_plan.txt", "nothing inside\n")
        out = self.tmp / "out"
        r = run("scrub", "-q", "--deny", "Kestrel", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        names = [p.name for p in out.iterdir()]
        self.assertEqual(len(names), 1)
        self.assertNotIn("Kestrel", names[0])
        self.assertTrue(names[0].endswith("_plan.txt"))
        # The value is listed for review like any other.
        decisions = json.loads((self.tmp / "out.report/decisions.json").read_text())
        self.assertIn("Kestrel", [v["text"] for v in decisions["values"]])


if __name__ == "__main__":
    unittest.main(verbosity=2)
