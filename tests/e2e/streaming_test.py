"""A 2 GB text file is scanned in streaming fashion: bounded memory, findings at both ends."""
import json
import os
import resource
import subprocess
import tempfile
import unittest
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")
SIZE = 2 * 1024 ** 3
MAX_RSS_MB = 300


class StreamingTest(unittest.TestCase):
    def test_two_gigabytes_in_bounded_memory(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "huge.log"
            line = (b"2024-03-01T10:00:00Z INFO worker-7 processed batch 81723 in 412 ms "
                    b"(queue depth 3, retries 0)\n")
            block = line * (4 * 1024 * 1024 // len(line))
            with open(path, "wb") as f:
                f.write(b"first contact: first.person@example.org\n")
                while f.tell() < SIZE:
                    f.write(block)
                f.write(b"last contact: last.person@example.org\n")
            r = subprocess.run([DESKBENCH, "scan", "--json", "--jobs", "1", str(path)],
                               capture_output=True, text=True, timeout=900)
            self.assertEqual(r.returncode, 1, r.stderr)
            texts = [json.loads(l)["text"] for l in r.stdout.splitlines()]
            self.assertIn("first.person@example.org", texts)
            self.assertIn("last.person@example.org", texts)
            rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            self.assertLess(rss_mb, MAX_RSS_MB, f"peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    unittest.main(verbosity=2)
