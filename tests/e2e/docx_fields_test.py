"""End-to-end test of Word fields: a document whose fields name a document variable, a merge field
and the author keeps every field working after scrubbing (keywords, switches and the names they
refer to are never replaced, even where the same words are an organisation in the text), while
the people and addresses in their quoted arguments are scrubbed."""
import os
import sys
import tempfile
import unittest
from pathlib import Path

import docx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_support import (assert_converts_to_pdf, assert_nothing_planted,  # noqa: E402
                            read_parts, scrub_one, write_parts)

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
SYNTAX = ["DOCVARIABLE Company", "\\* MERGEFORMAT", "MERGEFIELD Company_Name", "HYPERLINK", "\\h",
          "AUTHOR"]


def complex_field(instruction, shown):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>%s</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            % (instruction, shown))


def build(path):
    d = docx.Document()
    d.add_paragraph("We signed with Northwind Company yesterday; " + NAME + " approved it.")
    d.add_paragraph("FIELDS-HERE")
    d.save(path)
    parts = read_parts(path)
    document = parts["word/document.xml"].decode()
    # Each field in a paragraph of its own, its result standing as a word.
    fields = "</w:p><w:p>".join([
        complex_field("DOCVARIABLE Company \\* MERGEFORMAT", "Northwind Company"),
        complex_field("MERGEFIELD Company_Name", "Company"),
        complex_field('HYPERLINK "mailto:%s" \\h' % EMAIL, "write to us"),
        '<w:fldSimple w:instr=" AUTHOR &quot;%s&quot; "><w:r><w:t>%s</w:t></w:r></w:fldSimple>'
        % (NAME, NAME)])
    document = document.replace("<w:r><w:t>FIELDS-HERE</w:t></w:r>", fields)
    assert fields in document
    parts["word/document.xml"] = document.encode()
    write_parts(path, parts)


class DocxFieldsTest(unittest.TestCase):
    def test_field_syntax_kept_and_arguments_scrubbed(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in" / "fields.docx"
            src.parent.mkdir()
            build(src)
            out = scrub_one(self, tmp)
            document = read_parts(out)["word/document.xml"].decode().replace("&quot;", '"')
            for syntax in SYNTAX:
                self.assertIn(syntax, document)
            assert_nothing_planted(self, out, [NAME, "Hollingsworth", EMAIL, "Northwind"])
            docx.Document(str(out))
            assert_converts_to_pdf(self, out, Path(tmp) / "pdf")


if __name__ == "__main__":
    unittest.main()
