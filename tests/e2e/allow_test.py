"""End-to-end tests of the [allow] table: paths, rules, value hashes and the inline comment keep
findings out of scan and scrub; everything else is still found."""
import hashlib
import json
import os
import random
import shutil
import string
import subprocess
import tempfile
import unittest
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")
RNG = random.Random(7)


def token(prefix, n):
    return prefix + "".join(RNG.choice(string.ascii_letters + string.digits) for _ in range(n))


class AllowTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-allow-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def test_allow_list_kinds(self):
        in_fixture = token("ghp_", 36)
        by_rule = token("xoxb-183920174512-2039481726354-", 24)
        by_hash = token("glpat-", 20)
        inline = token("sk_live_", 30)
        reported = token("ghp_", 36)
        src = self.tmp / "in"
        (src / "tests" / "fixtures").mkdir(parents=True)
        (src / "tests" / "fixtures" / "token.txt").write_text(f"token {in_fixture}\n")
        (src / "app.py").write_text(
            f"SLACK = '{by_rule}'\nGITLAB = '{by_hash}'\n"
            f"STRIPE = '{inline}'  # deskbench:allow\nGITHUB = '{reported}'\n")
        config = self.tmp / "deskbench.toml"
        digest = hashlib.sha256(by_hash.encode()).hexdigest()
        config.write_text(f'[allow]\npaths = ["tests/fixtures/*"]\n'
                          f'rules = ["secret_slack_bot_token"]\nhashes = ["{digest}"]\n')
        r = subprocess.run([DESKBENCH, "scan", "--json", "--config", str(config), str(src)],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 1, r.stderr)
        texts = [json.loads(line)["text"] for line in r.stdout.splitlines()]
        self.assertEqual(texts, [reported])
        # Without the config every one of them is found.
        r = subprocess.run([DESKBENCH, "scan", "--json", str(src)], capture_output=True,
                           text=True, cwd=self.tmp / "in")
        found = {json.loads(line)["text"] for line in r.stdout.splitlines()}
        self.assertLessEqual({in_fixture, by_rule, by_hash, reported}, found)
        # scrub keeps allowed values as they are and replaces the rest.
        out = self.tmp / "out"
        r = subprocess.run([DESKBENCH, "scrub", "-q", "--config", str(config), str(src), "-o",
                            str(out)], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        app = (out / "app.py").read_text()
        for kept in (by_rule, by_hash, inline):
            self.assertIn(kept, app)
        self.assertNotIn(reported, app)

    def test_unknown_allow_key_is_an_error(self):
        config = self.tmp / "deskbench.toml"
        config.write_text('[allow]\npath = ["x"]\n')
        (self.tmp / "a.txt").write_text("hello\n")
        r = subprocess.run([DESKBENCH, "scan", "--config", str(config), str(self.tmp / "a.txt")],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn("allow.path", r.stderr)


if __name__ == "__main__":
    unittest.main()
