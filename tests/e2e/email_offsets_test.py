"""End-to-end test of the byte offsets `deskbench scan --json` reports for findings in mail:
messages and a mailbox built with Python's email and mailbox packages. Every finding with an offset
must be the file's bytes at [start, end) (a folded header's line break aside); every occurrence of a
planted value that the file holds as plain bytes must be reported there; values the file holds only
encoded (base64, quoted-printable, RFC 2047 encoded words) are reported without offsets."""
import json
import mailbox
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

FOLD = re.compile(rb"\r?\n(?=[ \t])")


def scan(path):
    r = subprocess.run([DESKBENCH, "scan", "--json", "-q", str(path)], capture_output=True,
                       timeout=600)
    assert r.returncode == 1, r.stderr.decode(errors="replace")  # 1: something was found
    return [json.loads(line) for line in r.stdout.decode().splitlines() if line.strip()]


def occurrences(data, value):
    """Where value is in data, a header fold between two of its words included."""
    words = [re.escape(w.encode()) for w in value.split(" ")]
    return [m.start() for m in re.finditer(rb"(?:\r?\n)?[ \t]".join(words), data)]


class EmailOffsetsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-email-offsets-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def findings(self, name, data):
        path = self.tmp / name
        path.write_bytes(data)
        rows = scan(path)
        self.assertTrue(rows)
        for row in rows:
            if row["start"] is None:
                self.assertIsNone(row["end"])
                continue
            span = data[row["start"]:row["end"]]
            self.assertEqual(FOLD.sub(b"", span).decode(), row["text"], row)
        return rows

    def assert_found_where_it_is(self, rows, data, value):
        """Every occurrence of value in the file is a finding at that offset."""
        at = occurrences(data, value)
        self.assertTrue(at, value)
        found = {r["start"] for r in rows if r["text"] == value and r["start"] is not None}
        self.assertEqual(set(at), found, value)

    def assert_never_placed(self, rows, value):
        mine = [r for r in rows if r["text"] == value]
        self.assertTrue(mine, value)
        self.assertTrue(all(r["start"] is None and r["end"] is None for r in mine), mine)

    def test_plain_message(self):
        m = EmailMessage()
        m["From"] = "Margaret Hollingsworth <margaret.h@example.com>"
        m["To"] = "Bob Stone <bob.stone@example.org>"
        m["Subject"] = "Offer letter for Margaret Hollingsworth"
        m["Message-ID"] = "<20240101.abc@mail.example.com>"
        m.set_content("Hi Bob,\n\nplease call me at (415) 555-2671 or write to "
                      "margaret.h@example.com.\n\nMargaret Hollingsworth\n", cte="7bit")
        data = bytes(m)
        rows = self.findings("plain.eml", data)
        for value in ["margaret.h@example.com", "bob.stone@example.org", "(415) 555-2671",
                      "Margaret Hollingsworth", "Bob Stone"]:
            self.assert_found_where_it_is(rows, data, value)

    def test_multipart_with_a_7bit_part_and_a_base64_part(self):
        m = EmailMessage()
        m["From"] = "Margaret Hollingsworth <margaret.h@example.com>"
        m["To"] = "hr@example.org"
        m["Subject"] = "contacts"
        m.set_content("Call Margaret Hollingsworth at (415) 555-2671.\n", cte="7bit")
        m.add_alternative("<p>Write to <b>margaret.h@example.com</b></p>\n", subtype="html",
                          cte="7bit")
        m.add_attachment("Theodora Quackenbush, theodora.q@example.net, (212) 555-0187\n",
                         subtype="plain", cte="base64", filename="contacts.txt")
        m.add_attachment("Phone: (646) 555-0142 \u2014 Zo\u00eb\n", subtype="plain",
                         cte="quoted-printable", filename="note.txt")
        data = bytes(m)
        self.assertIn(b"Content-Transfer-Encoding: base64", data)
        self.assertIn(b"Content-Transfer-Encoding: quoted-printable", data)
        rows = self.findings("multipart.eml", data)
        for value in ["margaret.h@example.com", "(415) 555-2671", "Margaret Hollingsworth",
                      "hr@example.org"]:
            self.assert_found_where_it_is(rows, data, value)
        for value in ["theodora.q@example.net", "(212) 555-0187"]:
            self.assertEqual(occurrences(data, value), [], value)  # only base64 in the file
            self.assert_never_placed(rows, value)
        # Quoted-printable leaves ASCII as it is, but the part is decoded: no offsets either.
        self.assert_never_placed(rows, "(646) 555-0142")

    def test_folded_and_encoded_headers_with_crlf(self):
        m = EmailMessage()
        m["From"] = "J\u00e9r\u00f4me Dubois <jerome.dubois@example.fr>"
        m["To"] = ", ".join(f"Person Number{i} <person.number{i}@example.com>" for i in range(6))
        m["Subject"] = ("Quarterly planning notes for the finance team, prepared by "
                        "Margaret Hollingsworth and reviewed by Bob Stone in January")
        m.set_content("Thanks, Margaret Hollingsworth\n", cte="7bit")
        data = m.as_bytes(policy=SMTP)
        self.assertIn(b"=?utf-8?", data)  # the From name is an encoded word
        self.assertRegex(data, rb"\r\n[ \t]+\S")  # headers are folded
        rows = self.findings("folded.eml", data)
        for i in range(6):
            self.assert_found_where_it_is(rows, data, f"person.number{i}@example.com")
        self.assert_found_where_it_is(rows, data, "jerome.dubois@example.fr")
        self.assert_found_where_it_is(rows, data, "Margaret Hollingsworth")
        self.assert_never_placed(rows, "J\u00e9r\u00f4me Dubois")
        # The Subject is folded inside the name: the finding covers the fold.
        folded = [r for r in rows if r["start"] is not None and
                  b"\r\n" in data[r["start"]:r["end"]]]
        self.assertTrue(folded, data)

    def test_mailbox_with_several_messages(self):
        people = [("Margaret Hollingsworth", "margaret.h@example.com", "(415) 555-2671"),
                  ("Theodora Quackenbush", "theodora.q@example.net", "(212) 555-0187"),
                  ("Bartholomew Ainsworth", "bart.a@example.org", "(646) 555-0142")]
        path = self.tmp / "archive.mbox"
        box = mailbox.mbox(str(path))
        for name, addr, phone in people:
            m = EmailMessage()
            m["From"] = f"{name} <{addr}>"
            m["To"] = "team@example.com"
            m["Subject"] = f"Notes from {name}"
            m.set_content(f"Reach me at {phone} or {addr}.\n\n{name}\n", cte="7bit")
            msg = mailbox.mboxMessage(m)
            msg.set_from(addr)
            box.add(msg)
        box.close()
        data = path.read_bytes()
        self.assertEqual(data.count(b"\nFrom "), 2)
        rows = self.findings("archive.mbox", data)
        for name, addr, phone in people:
            for value in (name, addr, phone):
                self.assert_found_where_it_is(rows, data, value)


if __name__ == "__main__":
    unittest.main()
