"""The cross-file promise: one person named in a Word file, a workbook and a presentation of the
same `deskbench scrub` run gets the same pseudonym in all three, and so do her email and phone.
Each output is read back the way its users read it (python-docx, openpyxl, the slide XML) and
the replacement is taken from where the name was."""
import os
import re
import shutil
import sys
import tempfile
import unittest
import zipfile
from pathlib import Path

import docx
import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            assert_planted_present, build_pptx, run)

NAME = "Margit Oyelaran-Kettering"
EMAIL = "margit.ok@example.com"
PHONE = "(415) 555-2938"
PLANTED = [NAME, "Oyelaran", "Kettering", EMAIL, "margit.ok", "555-2938"]
UNTOUCHED = "The quarterly numbers look fine."
# Each file carries the three values in sentences whose other words stay, so the replacement
# is what lies between the fixed prefix and suffix.
NAME_SENTENCE = ("", " approved the plan.")
EMAIL_SENTENCE = ("Write to ", " about the offer.")
PHONE_SENTENCE = ("Call ", " before noon.")


def sentence(parts, value):
    return parts[0] + value + parts[1]


def build_docx(path):
    d = docx.Document()
    d.add_paragraph(sentence(NAME_SENTENCE, NAME))
    d.add_paragraph(sentence(EMAIL_SENTENCE, EMAIL))
    d.add_paragraph(sentence(PHONE_SENTENCE, PHONE))
    d.add_paragraph(UNTOUCHED)
    d.save(path)


def build_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(["Note"])
    ws.append([sentence(NAME_SENTENCE, NAME)])
    ws.append([sentence(EMAIL_SENTENCE, EMAIL)])
    ws.append([sentence(PHONE_SENTENCE, PHONE)])
    wb.save(path)


def docx_texts(path):
    return [p.text for p in docx.Document(str(path)).paragraphs]


def xlsx_texts(path):
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [str(row[0]) for row in ws.iter_rows(values_only=True) if row[0] is not None]


def pptx_texts(path):
    """The text of every paragraph of every slide and notes slide."""
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.fullmatch(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml", name):
                xml_text = z.read(name).decode()
                for p in re.findall(r"<a:p>.*?</a:p>", xml_text, re.S):
                    texts.append("".join(re.findall(r"<a:t>([^<]*)</a:t>", p)))
    return texts


def replacement(test, texts, parts, where):
    """What stands where the value was: the text between the sentence's fixed prefix and
    suffix, in the one paragraph that has both."""
    found = [t[len(parts[0]):len(t) - len(parts[1])] for t in texts
             if t.startswith(parts[0]) and t.endswith(parts[1]) and len(t) > len(parts[0]) +
             len(parts[1])]
    test.assertEqual(len(found), 1, "%s: %r in %r" % (where, parts, texts))
    return found[0]


class OfficeCrossFileTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-crossfile-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        src = self.tmp / "in"
        src.mkdir()
        build_docx(src / "letter.docx")
        build_xlsx(src / "contacts.xlsx")
        # The pptx builder names the person in many places; the slide 2 box says
        # "<name> approved the plan." and slide 1 "Call <phone> before noon.".
        build_pptx(src / "deck.pptx", NAME, EMAIL, PHONE, UNTOUCHED)
        self.inputs = sorted(src.iterdir())
        out = self.tmp / "out"
        r = run("scrub", "-q", src, "-o", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.out = out

    def test_the_same_person_gets_the_same_replacements_in_every_file(self):
        texts = {"docx": docx_texts(self.out / "letter.docx"),
                 "xlsx": xlsx_texts(self.out / "contacts.xlsx"),
                 "pptx": pptx_texts(self.out / "deck.pptx")}
        for parts, value in ((NAME_SENTENCE, NAME), (PHONE_SENTENCE, PHONE)):
            seen = {kind: replacement(self, t, parts, kind) for kind, t in texts.items()}
            self.assertEqual(len(set(seen.values())), 1, seen)
            self.assertNotEqual(seen["docx"], value)
            self.assertTrue(seen["docx"].strip(), seen)
        # The deck carries its email in the master footer and the chart, not in a slide
        # sentence: compare the Word and Excel replacements, then find it in the deck.
        seen = {kind: replacement(self, texts[kind], EMAIL_SENTENCE, kind)
                for kind in ("docx", "xlsx")}
        self.assertEqual(seen["docx"], seen["xlsx"], seen)
        self.assertNotEqual(seen["docx"], EMAIL)
        with zipfile.ZipFile(self.out / "deck.pptx") as z:
            footer = z.read("ppt/slideMasters/slideMaster1.xml").decode()
        self.assertIn("Prepared by " + seen["docx"], footer)

    def test_nothing_planted_survives_in_any_part(self):
        for path in self.inputs:
            assert_planted_present(self, path, [NAME, EMAIL, PHONE])
        for path in self.inputs:
            assert_nothing_planted(self, self.out / path.name, PLANTED)

    def test_outputs_convert_with_libreoffice_when_installed(self):
        for path in self.inputs:
            assert_converts_to_pdf(self, self.out / path.name, self.tmp / "pdf")


if __name__ == "__main__":
    unittest.main()
