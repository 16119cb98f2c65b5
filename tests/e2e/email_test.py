"""End-to-end test of email: a multipart message built with Python's email package (plain and
HTML bodies, a CSV attachment named after a person, a forwarded message, a Received chain,
X-Originating-IP) and a mailbox built with the mailbox module are scrubbed through the CLI; the
outputs are parsed with the email package, which must find well-formed messages with nothing
planted in any header, body, attachment or file name."""
import email
import email.policy
import io
import json
import mailbox
import os
import shutil
import subprocess
import tempfile
import unittest
import zipfile
from email.message import EmailMessage
from pathlib import Path

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
PHONE = "(415) 555-2671"
HOSTS = ["laptop-mh.corp.internal", "mail.corp.internal", "10.20.30.40", "192.168.7.77"]
PLANTED = ["Hollingsworth", "margaret.h", "555-2671"] + HOSTS


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


def build_message():
    m = EmailMessage()
    m["Received"] = f"from mail.corp.internal (10.20.30.40) by mx.example.org; Mon, 1 Jan 2024"
    m["Received"] = f"from laptop-mh.corp.internal (192.168.7.77) by mail.corp.internal"
    m["From"] = f"{NAME} <{EMAIL}>"
    m["To"] = "Bob Stone <bob.stone@example.org>"
    m["Cc"] = f'"Hollingsworth, Margaret" <{EMAIL}>'
    m["Reply-To"] = EMAIL
    m["Subject"] = f"Offer letter for {NAME}"
    m["Message-ID"] = f"<20240101.{EMAIL}>"
    m["X-Originating-IP"] = "[192.168.7.77]"
    m["Date"] = "Mon, 01 Jan 2024 10:00:00 +0000"
    m.set_content(f"Hi Bob,\n\nplease call me at {PHONE}.\n\n-- \n{NAME}\n{EMAIL}\n")
    m.add_alternative(f"<html><body><p>Hi Bob,</p><p>call <b>{NAME}</b> at {PHONE}</p>"
                      f'<a href="mailto:{EMAIL}">{EMAIL}</a></body></html>', subtype="html")
    m.add_attachment(f"name,email,phone\n{NAME},{EMAIL},{PHONE}\n".encode(), maintype="text",
                     subtype="csv", filename="Margaret_Hollingsworth_contacts.csv")
    docs = io.BytesIO()
    with zipfile.ZipFile(docs, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Margaret_Hollingsworth_CV.txt", f"{NAME}\n{EMAIL}\n{PHONE}\n")
    m.add_attachment(docs.getvalue(), maintype="application", subtype="zip",
                     filename="Margaret_Hollingsworth_docs.zip")
    fwd = EmailMessage()
    fwd["From"] = f"{NAME} <{EMAIL}>"
    fwd["To"] = "hr@example.org"
    fwd["Subject"] = "forwarded"
    fwd.set_content(f"Earlier note from {NAME}.\n")
    m.add_attachment(fwd)
    return m


def all_text(msg):
    """Every header (decoded) and every part's decoded content of a parsed message."""
    out = []
    for part in msg.walk():
        self_defects = [d for d in part.defects]
        assert not self_defects, self_defects
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.get_filename():
            out.append(part.get_filename())
        if not part.is_multipart() and part.get_content_type() != "message/rfc822":
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode("utf-8", "replace"))
    return "\n".join(out)


class EmailTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-email-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()

    def scrub(self):
        r = run("scrub", "-q", self.tmp / "in", "-o", self.tmp / "out")
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads((self.tmp / "out.report" / "report.json").read_text())

    def test_multipart_message_comes_back_clean_and_well_formed(self):
        (self.tmp / "in" / "offer.eml").write_bytes(bytes(build_message()))
        report = self.scrub()
        raw = (self.tmp / "out" / "offer.eml").read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = all_text(msg)
        for value in PLANTED:
            self.assertNotIn(value, text)
            self.assertNotIn(value.encode(), raw)
        self.assertIsNone(msg["Received"])
        self.assertIsNone(msg["X-Originating-IP"])
        self.assertEqual(msg["Date"], "Mon, 01 Jan 2024 10:00:00 +0000")
        self.assertTrue(msg.is_multipart())
        types = [p.get_content_type() for p in msg.walk()]
        for t in ["text/plain", "text/html", "text/csv", "message/rfc822"]:
            self.assertIn(t, types)
        # Addresses are still addresses, names still names.
        sender = msg["From"].addresses[0]
        self.assertIn("@example.", sender.addr_spec)
        self.assertTrue(sender.display_name)
        attachment = [p for p in msg.walk() if p.get_content_type() == "text/csv"][0]
        self.assertTrue(attachment.get_filename().endswith("_contacts.csv"))
        self.assertIn("name,email,phone", attachment.get_content())
        # The zip attachment was scrubbed by the archive adapter: names and contents.
        docs = [p for p in msg.walk() if p.get_content_type() == "application/zip"][0]
        self.assertTrue(docs.get_filename().endswith("_docs.zip"))
        with zipfile.ZipFile(io.BytesIO(docs.get_payload(decode=True))) as z:
            self.assertEqual(len(z.namelist()), 1)
            self.assertTrue(z.namelist()[0].endswith("_CV.txt"))
            inside = z.read(z.namelist()[0]).decode() + z.namelist()[0]
            for value in PLANTED:
                self.assertNotIn(value, inside)
            self.assertIn("@example.", inside)
        html = msg.get_body(("html",)).get_content()
        self.assertIn("<b>", html)
        notes = json.dumps(report["files"][0]["notes"])
        self.assertIn("Received headers", notes)
        self.assertIn("X-Originating-IP", notes)
        self.assertEqual(report["files"][0]["format"], "email")

    def test_mbox_keeps_every_message(self):
        box = mailbox.mbox(str(self.tmp / "in" / "archive.mbox"))
        for i in range(3):
            m = build_message()
            del m["Subject"]
            m["Subject"] = f"Message {i} for {NAME}"
            box.add(m)
        box.close()
        self.scrub()
        out = mailbox.mbox(str(self.tmp / "out" / "archive.mbox"))
        messages = list(out)
        out.close()
        self.assertEqual(len(messages), 3)
        raw = (self.tmp / "out" / "archive.mbox").read_bytes()
        for value in PLANTED:
            self.assertNotIn(value.encode(), raw)
        for i, m in enumerate(messages):
            parsed = email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
            self.assertTrue(parsed["Subject"].startswith(f"Message {i} for "))
            text = all_text(parsed)
            for value in PLANTED:
                self.assertNotIn(value, text)

    def test_outlook_msg_is_refused_with_a_way_out(self):
        (self.tmp / "in" / "note.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
        r = run("scrub", "-q", self.tmp / "in", "-o", self.tmp / "out")
        self.assertEqual(r.returncode, 2)
        self.assertIn("note.msg", r.stderr)
        self.assertIn(".eml", r.stderr)


if __name__ == "__main__":
    unittest.main()
