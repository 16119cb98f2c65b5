"""End-to-end test of Jupyter notebooks: a notebook written here as JSON (markdown and code
cells, stream output, an HTML table of customer rows, a traceback with home-folder paths and ANSI
colours, a PNG made with Pillow, author metadata) is scrubbed through the CLI; the output must
parse, keep nbformat's structure, and hold nothing planted."""
import base64
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from PIL import Image

DESKBENCH = os.environ.get("DESKBENCH") or str(
    Path(__file__).resolve().parents[2] / "build" / "deskbench")

NAME = "Margaret Hollingsworth"
EMAIL = "margaret.h@example.com"
PHONE = "(415) 555-2671"
PLANTED = ["Hollingsworth", "margaret.h", "555-2671", "mhollingsworth"]


def run(*args):
    return subprocess.run([DESKBENCH, *map(str, args)], capture_output=True, text=True,
                          errors="replace", timeout=600)


def png():
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buf, "PNG")
    return base64.b64encode(buf.getvalue()).decode() + "\n"


def build_notebook():
    table = (f"<table><tr><th>name</th><th>email</th></tr>"
             f"<tr><td>{NAME}</td><td>{EMAIL}</td></tr></table>")
    return {
        "cells": [
            {"cell_type": "markdown", "id": "m1", "metadata": {},
             "source": [f"# Churn analysis\n", f"Prepared by {NAME} ({EMAIL})\n"]},
            {"cell_type": "code", "execution_count": 3, "id": "c1",
             "metadata": {"ExecuteTime": {"start_time": "2024-01-01T10:00:00Z"}},
             "source": ["import pandas as pd\n",
                        "df = pd.read_csv('/home/mhollingsworth/crm/export.csv')\n", "df"],
             "outputs": [
                 {"output_type": "stream", "name": "stdout",
                  "text": [f"loaded 1 row for {NAME}\n", f"call {PHONE}\n"]},
                 {"output_type": "execute_result", "execution_count": 3, "metadata": {},
                  "data": {"text/plain": [f"   name  email\n", f"0  {NAME}  {EMAIL}"],
                           "text/html": [table]}},
                 {"output_type": "display_data", "metadata": {},
                  "data": {"image/png": png(), "text/plain": ["<Figure size 8x8>"]}},
                 {"output_type": "error", "ename": "FileNotFoundError",
                  "evalue": f"[Errno 2] No such file: '/home/mhollingsworth/{EMAIL}.csv'",
                  "traceback": [
                      "\u001b[0;31m-----------------------------------------\u001b[0m",
                      "\u001b[0;31mFileNotFoundError\u001b[0m  Traceback (most recent call last)",
                      "File \u001b[0;32m/home/mhollingsworth/.venv/lib/python3.11/site-packages/"
                      "pandas/io/common.py:873\u001b[0m, in \u001b[0;36mget_handle\u001b[0m",
                      f"\u001b[0;31mFileNotFoundError\u001b[0m: {NAME}'s file is missing"]},
             ]},
        ],
        "metadata": {
            "authors": [{"name": NAME}],
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                           "name": "python3"},
            "language_info": {"name": "python", "version": "3.11.2"},
            "vscode": {"interpreter": {"hash": "abc"}},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def check_structure(test, nb):
    test.assertEqual(nb["nbformat"], 4)
    test.assertIsInstance(nb["metadata"], dict)
    for cell in nb["cells"]:
        test.assertIn(cell["cell_type"], ("markdown", "code", "raw"))
        test.assertIsInstance(cell["metadata"], dict)
        test.assertIsInstance(cell["source"], (str, list))
        if cell["cell_type"] == "code":
            test.assertIn("execution_count", cell)
            for o in cell["outputs"]:
                test.assertIn(o["output_type"],
                              ("stream", "execute_result", "display_data", "error"))
                if o["output_type"] in ("execute_result", "display_data"):
                    test.assertIsInstance(o["data"], dict)
                    test.assertIsInstance(o["metadata"], dict)
                if o["output_type"] == "error":
                    test.assertTrue(all(isinstance(t, str) for t in o["traceback"]))


class NotebookTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="deskbench-notebook-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        (self.tmp / "in").mkdir()
        (self.tmp / "in" / "churn.ipynb").write_text(json.dumps(build_notebook(), indent=1))

    def test_nothing_planted_survives_and_the_notebook_stays_valid(self):
        r = run("scrub", "-q", self.tmp / "in", "-o", self.tmp / "out")
        self.assertEqual(r.returncode, 0, r.stderr)
        raw = (self.tmp / "out" / "churn.ipynb").read_text()
        nb = json.loads(raw)
        check_structure(self, nb)
        dumped = json.dumps(nb, ensure_ascii=False)
        for value in PLANTED:
            self.assertNotIn(value, dumped)
        self.assertNotIn("authors", nb["metadata"])
        self.assertNotIn("vscode", nb["metadata"])
        self.assertEqual(nb["metadata"]["kernelspec"]["name"], "python3")
        code = nb["cells"][1]
        self.assertNotIn("ExecuteTime", code["metadata"])
        self.assertIn("/home/user/crm/export.csv", "".join(code["source"]))
        outputs = code["outputs"]
        self.assertEqual(len(outputs), 4)
        self.assertIn("<table>", "".join(outputs[1]["data"]["text/html"]))
        # ANSI colours survive around the edited text.
        self.assertTrue(outputs[3]["traceback"][-1].startswith("\u001b[0;31mFileNotFoundError"))
        # The figure is either scrubbed by the image adapter (and still a PNG) or removed and
        # noted; never passed through unexamined.
        report = json.loads((self.tmp / "out.report" / "report.json").read_text())
        notes = json.dumps(report["files"][0]["notes"])
        figure = outputs[2]["data"]
        if "image/png" in figure:
            Image.open(io.BytesIO(base64.b64decode(figure["image/png"]))).verify()
        else:
            self.assertIn("cell-2-output-3.png", notes)
        self.assertEqual(figure["text/plain"], ["<Figure size 8x8>"])
        self.assertIn("metadata.authors", notes)
        self.assertIn("home folders", notes)
        self.assertEqual(report["files"][0]["format"], "notebook")


if __name__ == "__main__":
    unittest.main()
