"""One file with more distinct values than a file's value cache holds (65,536): the cache goes to
the run's value store several times and the store spills to scratch files, yet decisions.json
lists every value once, with the count of all its mentions."""
import json
import os
import subprocess
import tempfile
import unittest
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")
DISTINCT = 150_000


class ManyValuesTest(unittest.TestCase):
    def test_every_value_once_with_all_its_mentions(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            repeated = "kept.for.the.count@northwind-example.org"
            lines = [f"contact: {repeated}"]
            for i in range(DISTINCT):
                lines.append(f"row {i}: mailbox{i}.owner@host{i % 251}.example.net")
                if i in (DISTINCT // 3, DISTINCT - 1):
                    lines.append(f"again: {repeated}")
            (src / "contacts.txt").write_text("\n".join(lines) + "\n")
            out = Path(tmp) / "out"
            r = subprocess.run([DESKBENCH, "scrub", "-q", "--jobs", "1", str(src), "-o", str(out)],
                               capture_output=True, text=True, timeout=600)
            self.assertEqual(r.returncode, 0, r.stderr)
            decisions = json.loads((Path(tmp) / "out.report" / "decisions.json").read_text())
            emails = [v for v in decisions["values"] if v["type"] == "EMAIL"]
            self.assertEqual(len(emails), DISTINCT + 1)
            self.assertEqual(len({v["id"] for v in emails}), DISTINCT + 1)
            ids = [v["id"] for v in decisions["values"]]
            self.assertEqual(ids, sorted(ids))
            counts = {v["text"]: v["count"] for v in emails}
            self.assertEqual(counts[repeated], 3)
            self.assertEqual(counts[f"mailbox77777.owner@host{77777 % 251}.example.net"], 1)
            scrubbed = (out / "contacts.txt").read_text()
            self.assertNotIn("mailbox149999.owner", scrubbed)
            self.assertNotIn(repeated, scrubbed)


if __name__ == "__main__":
    unittest.main(verbosity=2)
