"""End-to-end: a name found with confidence in one file is replaced, with the same pseudonym,
wherever its variants appear in the task, through the real command line. The names are made up."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


# The mention-only file sorts first: propagation must not depend on the order files are read in.
MINUTES = ("Minutes of the handover call.\n\n"
           "Fotouder agreed to update the rota; T. Fotouder owns the follow-up.\n"
           "Next check-in with Fotouder is on Monday.\n")
MAIL = ("From: Tobror Fotouder <tobror.fotouder@example.com>\n"
        "To: Ops Desk <ops@example.com>\n"
        "Subject: Handover\n\n"
        "The rota is attached. Fotouder will be away on Friday.\n\n"
        "Thanks,\nTobror Fotouder\n")


class NamesPropagationTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-names-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        (self.tmp / "in" / "a_minutes.txt").write_text(MINUTES)
        (self.tmp / "in" / "b_mail.txt").write_text(MAIL)

    def scrub(self):
        out = self.tmp / "out"
        r = run("scrub", "-q", self.tmp / "in", "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        return (out / "a_minutes.txt").read_text(), (out / "b_mail.txt").read_text()

    def test_every_mention_is_replaced(self):
        minutes, mail = self.scrub()
        for text in (minutes, mail):
            self.assertNotRegex(text.lower(), "tobror|fotouder")
        # What is no name stays as it was.
        self.assertIn("agreed to update the rota;", minutes)
        self.assertIn("owns the follow-up.", minutes)
        self.assertIn("Subject: Handover", mail)

    def test_one_pseudonym_across_files(self):
        minutes, mail = self.scrub()
        header = re.search(r"^From: (\S+) (\S+) <([^>]+)>$", mail, re.M)
        self.assertIsNotNone(header, mail)
        first, last, address = header.groups()
        self.assertNotEqual(last, "Fotouder")
        # The surname alone, the initial form and the signature all use the same fake person.
        self.assertEqual(mail.count(last), 3, mail)  # header, body, signature
        self.assertIn(f"Thanks,\n{first} {last}\n", mail)
        self.assertIn(f"attached. {last} will be away", mail)
        self.assertEqual(re.findall(r"\b\w+(?= agreed)|(?<=with )\w+|\w\. \w+(?= owns)", minutes),
                         [last, f"{first[0]}. {last}", last])
        self.assertIn(last.lower(), address.lower())


if __name__ == "__main__":
    unittest.main()
