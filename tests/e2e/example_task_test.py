"""The bundled example (what `make demo` scrubs) comes out with none of its planted values."""
import json
import os
import subprocess
import tempfile
import unittest
from pathlib import Path

ROOT = Path(os.environ.get("DESKBENCH_SOURCE") or Path(__file__).resolve().parents[2])
DESKBENCH = os.environ.get("DESKBENCH") or str(ROOT / "build" / "deskbench")

# Everything sensitive planted in examples/task, by kind.
PLANTED = {
    "people": ["Margaret Ellison", "Daniel Okafor", "Priya Raman", "Thomas Whitfield",
               "Elena Vasquez", "Samuel Achterberg"],
    "emails": ["margaret.ellison@halvorsenfreight.com", "dokafor@halvorsenfreight.com",
               "t.whitfield@brightline-logistics.com", "evasquez@cascadehaulers.com"],
    "phones": ["(415) 555-0142", "+44 7911 123456", "+1 415 555 0187", "(206) 555-0111"],
    "banking": ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00"],
    "secrets": ["AKIAZ3MHQ7YW4RNX2TPL", "q8Jr2vN5tLmW0xYcB7kPz3HdG6sFaE1uQ9oRiT4n",
                "Vt7#pLq2!xRm9", "x9Vb2Ty7Kq4Wm8Zp1Rs6Ne3J"],
    "employer": ["Halvorsen", "halvorsenfreight"],
    "address": ["1450 Harbor View Drive"],
    "network": ["10.20.31.17"],
}


class ExampleTaskTest(unittest.TestCase):
    def test_nothing_planted_survives(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            r = subprocess.run([DESKBENCH, "scrub", "-q", str(ROOT / "examples/task"), "-o",
                                str(out), "--config", str(ROOT / "examples/deskbench.toml"),
                                "--sarif"], capture_output=True, text=True, timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
            outputs = {p.relative_to(out).as_posix(): p.read_text(errors="replace")
                       for p in out.rglob("*") if p.is_file()}
            self.assertEqual(len(outputs), 7, sorted(outputs))
            for kind, values in PLANTED.items():
                for value in values:
                    for name, text in outputs.items():
                        self.assertNotIn(value.lower(), text.lower(),
                                         f"{kind} value {value!r} survived in {name}")
            # The outputs are still what they were: JSON parses, CSV keeps its shape.
            json.loads(outputs["deliverable/lane_summary.json"])
            rows = outputs["reference/carrier_invoices.csv"].splitlines()
            self.assertEqual(len(rows), 5)
            self.assertTrue(all(row.count(",") == 8 for row in rows))
            # Work content that is not sensitive is untouched.
            self.assertIn("INV-2023-00481", outputs["deliverable/memo.md"])
            self.assertIn("OAK-LAX", outputs["deliverable/summary.html"])
            sarif = json.loads((Path(tmp) / "out.report/report.sarif").read_text())
            self.assertEqual(sarif["version"], "2.1.0")
            self.assertGreaterEqual(len(sarif["runs"][0]["results"]), 3)


if __name__ == "__main__":
    unittest.main(verbosity=2)
