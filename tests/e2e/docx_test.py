"""End-to-end test of .docx scrubbing: a real Word file made with python-docx goes in, and every
part of the scrubbed copy is searched for what was planted."""
import json
import os
import re
import shutil
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

import docx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            assert_planted_present, read_parts, run, scrub_one, write_parts)

EMAIL = "margaret.h@example.com"
SSN = "536-22-1234"
PHONE = "(415) 555-2671"
NAME = "Margaret Hollingsworth"
PLANTED = [EMAIL, "margaret.h", SSN, "555-2671", "Hollingsworth", "SECRET-DELETED"]
UNTOUCHED = "The quarterly numbers look fine."

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def build_docx(path):
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Contact ")
    p.add_run("margaret.h").bold = True  # the email is split over three runs
    p.add_run("@example.com today.")
    d.add_paragraph(NAME + " approved the plan.")
    d.add_paragraph("Her SSN is " + SSN + " and her phone is " + PHONE + ".")
    d.add_paragraph(UNTOUCHED)
    d.add_paragraph().add_run("Bold heading stays bold").bold = True
    d.add_paragraph("Comment anchor here.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Email"
    table.cell(1, 0).text = NAME
    table.cell(1, 1).text = EMAIL
    section = d.sections[0]
    section.header.paragraphs[0].text = "Prepared by " + EMAIL
    section.footer.paragraphs[0].text = "Call " + PHONE
    d.core_properties.author = NAME
    d.core_properties.last_modified_by = NAME
    d.core_properties.title = "Offer for " + NAME
    d.save(path)
    add_comment_hyperlink_and_deletion(path)


def add_comment_hyperlink_and_deletion(path):
    """python-docx 0.8 cannot write comments, hyperlinks or tracked changes: add their XML."""
    parts = read_parts(path)
    document = parts["word/document.xml"].decode()
    document = document.replace(
        "<w:p><w:r><w:t>Comment anchor here.</w:t></w:r></w:p>",
        '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Comment anchor here.</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        '<w:hyperlink r:id="rId900"><w:r><w:t>mail me</w:t></w:r></w:hyperlink>'
        '<w:del w:id="5" w:author="' + NAME + '"><w:r><w:delText>SECRET-DELETED</w:delText>'
        '</w:r></w:del></w:p>')
    assert "commentRangeStart" in document
    parts["word/document.xml"] = document.encode()
    parts["word/comments.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="' + W +
        '"><w:comment w:id="0" w:author="' + NAME + '" w:initials="MH"><w:p><w:r><w:t>Ask ' +
        EMAIL + ' about ' + SSN + '</w:t></w:r></w:p></w:comment></w:comments>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId901" Type="' + REL + 'comments" Target="comments.xml"/>'
        '<Relationship Id="rId900" Type="' + REL + 'hyperlink" Target="mailto:' + EMAIL +
        '" TargetMode="External"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="' +
                          COMMENTS_TYPE + '"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    # Level 1, unlike libzip's default: a copied entry keeps its size only if it was not re-deflated.
    write_parts(path, parts, compresslevel=1)


def paragraph_with(xml, text):
    for m in re.finditer(r"<w:p[ >].*?</w:p>", xml, re.S):
        if text in m.group(0) and m.group(0).count("<w:p") == 1:
            return m.group(0)
    return None


class DocxTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-docx-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        self.src = self.tmp / "in" / "offer.docx"
        build_docx(self.src)

    def scrub(self):
        return scrub_one(self, self.tmp)

    def test_nothing_planted_survives_in_any_part(self):
        assert_planted_present(self, self.src, PLANTED)
        out = self.scrub()
        with zipfile.ZipFile(out) as z:
            self.assertIsNone(z.testzip())
            names = z.namelist()
            self.assertEqual(names[0], "[Content_Types].xml")
            self.assertNotIn("word/comments.xml", names)
        assert_nothing_planted(self, out, PLANTED)

    def test_output_opens_and_keeps_formatting_and_untouched_paragraphs(self):
        out = self.scrub()
        d = docx.Document(str(out))
        texts = [p.text for p in d.paragraphs]
        self.assertIn(UNTOUCHED, texts)
        self.assertTrue(texts[0].startswith("Contact "), texts[0])
        self.assertTrue(texts[0].endswith(" today."), texts[0])
        self.assertTrue(d.paragraphs[0].runs[1].bold)  # the replacement took the bold run
        bold = [r for p in d.paragraphs for r in p.runs if r.text == "Bold heading stays bold"]
        self.assertEqual(len(bold), 1)
        self.assertTrue(bold[0].bold)
        self.assertEqual(d.tables[0].cell(0, 0).text, "Name")
        self.assertEqual(d.core_properties.author, "")
        with zipfile.ZipFile(self.src) as z:
            before = z.read("word/document.xml").decode()
        with zipfile.ZipFile(out) as z:
            after = z.read("word/document.xml").decode()
        self.assertIsNotNone(paragraph_with(before, UNTOUCHED))
        self.assertEqual(paragraph_with(before, UNTOUCHED), paragraph_with(after, UNTOUCHED))

    def test_untouched_parts_keep_their_compressed_bytes(self):
        out = self.scrub()
        with zipfile.ZipFile(self.src) as a, zipfile.ZipFile(out) as b:
            before = {i.filename: i for i in a.infolist()}
            after = {i.filename: i for i in b.infolist()}
        for name in ["word/styles.xml", "word/fontTable.xml", "word/numbering.xml"]:
            self.assertEqual(before[name].CRC, after[name].CRC, name)
            self.assertEqual(before[name].compress_size, after[name].compress_size, name)

    def test_output_converts_with_libreoffice_when_installed(self):
        assert_converts_to_pdf(self, self.scrub(), self.tmp / "pdf")

    def test_report_notes_what_was_removed(self):
        self.scrub()
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        text = json.dumps(report)
        self.assertIn("word/comments.xml (comments)", text)
        self.assertIn("docProps/core.xml creator", text)
        self.assertIn("tracked changes", text)

    def test_encrypted_and_corrupt_files_are_refused(self):
        bad = self.tmp / "bad"
        bad.mkdir()
        ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(600) + "EncryptedPackage".encode(
            "utf-16-le") + bytes(600)
        (bad / "locked.docx").write_bytes(ole)
        (bad / "cut.docx").write_bytes(self.src.read_bytes()[:500])
        r = run("scan", bad / "locked.docx")
        self.assertEqual(r.returncode, 2)
        self.assertIn("encrypted Office file", r.stderr)
        r = run("scan", bad / "cut.docx")
        self.assertEqual(r.returncode, 2)
        self.assertIn("zip", r.stderr)


if __name__ == "__main__":
    unittest.main()
