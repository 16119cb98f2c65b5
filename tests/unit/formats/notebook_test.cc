#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "formats/notebook/ansi_text.h"
#include "formats/notebook/home_folders.h"
#include "formats/notebook/notebook_document.h"
#include "formats/registry.h"
#include "test_support.h"

namespace deskbench {
namespace {

using nlohmann::json;

json Notebook() {
  return json::parse(R"NB({
 "cells": [
  {"cell_type": "markdown", "metadata": {"author": "Jane Doe"},
   "source": ["# Jane Doe\n", "mail jane@corp.example\n"],
   "attachments": {"logo.svg": {"image/svg+xml": ["<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Jane Doe</text></svg>"]}}},
  {"cell_type": "code", "execution_count": 1, "id": "c1",
   "metadata": {"ExecuteTime": {"end_time": "2024-01-01"}, "tags": ["Jane Doe"]},
   "source": "open('/home/jdoe/data.csv')",
   "outputs": [
    {"output_type": "stream", "name": "stdout", "text": ["Jane Doe\n", "jane@corp.example\n"]},
    {"output_type": "execute_result", "execution_count": 1, "metadata": {},
     "data": {"text/plain": ["Jane Doe"], "text/html": ["<td>Jane Doe</td>"],
              "application/javascript": ["alert('Jane Doe')"]}},
    {"output_type": "display_data", "metadata": {},
     "data": {"image/png": "AAECAwQFBgcICQ==\n", "text/plain": ["<Figure>"]}},
    {"output_type": "error", "ename": "OSError", "evalue": "no /home/jdoe/x",
     "traceback": ["\u001b[0;31mOSError\u001b[0m: \u001b[0;32mJane Doe\u001b[0m in /home/jdoe/x"]}
   ]}
 ],
 "metadata": {"authors": [{"name": "Jane Doe"}], "kernelspec": {"display_name": "Python 3",
  "language": "python", "name": "python3"}, "title": "Jane Doe analysis"},
 "nbformat": 4, "nbformat_minor": 5
})NB");
}

std::unique_ptr<notebook::NotebookDocument> Open(const std::string& bytes,
                                                 const std::string& name = "a.ipynb",
                                                 FormatOptions options = {}) {
  return std::make_unique<notebook::NotebookDocument>(ByteSource::FromBytes(bytes, name), options,
                                                      OpenSource);
}

TEST(Notebook, SourcesOutputsTracebacksAndMetadataAreSegments) {
  auto doc = Open(Notebook().dump());
  std::map<std::string, std::string> by_location;
  for (const auto& s : testing::Collect(*doc)) by_location[s.location] += s.text;
  EXPECT_EQ(by_location["cell 1 \u203a source"], "# Jane Doe\nmail jane@corp.example\n");
  EXPECT_EQ(by_location["cell 2 \u203a output 1"], "Jane Doe\njane@corp.example\n");
  EXPECT_EQ(by_location["cell 2 \u203a output 2 \u203a text/plain"], "Jane Doe");
  // ANSI colours are not part of the scanned text.
  EXPECT_EQ(by_location["cell 2 \u203a output 4 \u203a traceback 1"],
            "OSError: Jane Doe in /home/jdoe/x");
  EXPECT_EQ(by_location["metadata \u203a title"], "Jane Doe analysis");
  EXPECT_EQ(by_location["cell 2 \u203a metadata \u203a tags[0]"], "Jane Doe");
  bool html = false;
  bool svg = false;
  for (const auto& [location, text] : by_location) {
    html = html || (location.starts_with("cell-2-output-2.html \u203a ") && text == "Jane Doe");
    svg = svg || (location.starts_with("cell-1-logo.svg.svg \u203a ") &&
                  text.find("Jane Doe") != std::string::npos);
  }
  EXPECT_TRUE(html);
  EXPECT_TRUE(svg);
  EXPECT_EQ(by_location.count("metadata \u203a authors[0] \u203a name"), 0u);  // removed
}

TEST(Notebook, WritesValidNotebookWithEditsAndRemovals) {
  auto doc = Open(Notebook().dump());
  std::string out = testing::WriteReplacing(*doc, "Jane Doe", "Ann Lee");
  EXPECT_EQ(out.find("Jane Doe"), std::string::npos) << out;
  EXPECT_EQ(out.find("jdoe"), std::string::npos) << out;
  json nb = json::parse(out);
  EXPECT_EQ(nb["nbformat"], 4);
  EXPECT_FALSE(nb["metadata"].contains("authors"));
  EXPECT_EQ(nb["metadata"]["kernelspec"]["name"], "python3");
  const json& cell = nb["cells"][1];
  EXPECT_FALSE(cell["metadata"].contains("ExecuteTime"));
  EXPECT_EQ(cell["source"], "open('/home/user/data.csv')");
  // Lists of lines stay lists of lines.
  EXPECT_EQ(cell["outputs"][0]["text"], json({"Ann Lee\n", "jane@corp.example\n"}));
  EXPECT_EQ(cell["outputs"][1]["data"]["text/html"], json({"<td>Ann Lee</td>"}));
  EXPECT_FALSE(cell["outputs"][1]["data"].contains("application/javascript"));
  // The "PNG" was no image: removed, the rest of the output kept.
  EXPECT_FALSE(cell["outputs"][2]["data"].contains("image/png"));
  EXPECT_EQ(cell["outputs"][2]["data"]["text/plain"], json({"<Figure>"}));
  EXPECT_EQ(cell["outputs"][3]["traceback"][0],
            "\u001b[0;31mOSError\u001b[0m: \u001b[0;32mAnn Lee\u001b[0m in /home/user/x");
  EXPECT_NE(nb["cells"][0]["attachments"]["logo.svg"]["image/svg+xml"][0].get<std::string>().find(
                "<text>Ann Lee</text>"),
            std::string::npos);
  EXPECT_TRUE(out.starts_with("{\n \"cells\": [\n  {\n"));  // laid out as Jupyter writes it
  EXPECT_TRUE(out.ends_with("}\n"));

  std::string notes;
  for (const Note& n : doc->Notes()) notes += n.part + ": " + n.action + "\n";
  for (std::string_view expected :
       {"metadata.authors: removed", "cell 1 \u203a metadata.author: removed",
        "cell 2 \u203a metadata.ExecuteTime: removed",
        "cell 2 \u203a output 2 \u203a application/javascript: removed: script output",
        "cell-2-output-3.png: removed: ", "home folders: user names replaced with \"user\" (3)"}) {
    EXPECT_NE(notes.find(expected), std::string::npos) << expected << "\n" << notes;
  }
}

TEST(Notebook, RefusesWhatIsNotANotebook) {
  auto reason = [](const std::string& bytes, FormatOptions options = {}) -> std::string {
    try {
      Open(bytes, "a.ipynb", options);
    } catch (const Refusal& r) {
      return r.what();
    }
    return "";
  };
  EXPECT_NE(reason("{\"cells\": [").find("not valid JSON"), std::string::npos);
  EXPECT_NE(reason("{\"cells\": []}").find("no nbformat"), std::string::npos);
  EXPECT_NE(reason("{\"worksheets\": [], \"nbformat\": 3}").find("only nbformat 4"),
            std::string::npos);
  EXPECT_NE(reason("{\"cells\": [{}], \"nbformat\": 4}").find("no cell_type"), std::string::npos);
  FormatOptions shallow;
  shallow.limits.max_depth = 8;
  EXPECT_NE(reason("{\"cells\": [], \"nbformat\": 4, \"metadata\": " + std::string(20, '[') +
                       std::string(20, ']') + "}",
                   shallow)
                .find("nested deeper"),
            std::string::npos);
}

TEST(Notebook, RegistryPicksNotebooksByNameAndContent) {
  std::string bytes = Notebook().dump(1);
  EXPECT_EQ(DetectFormat("a.ipynb", bytes), "notebook");
  EXPECT_EQ(DetectFormat("download.json", bytes), "notebook");
  // JSON that only starts like a notebook is read as JSON.
  auto opened = OpenSource(ByteSource::FromBytes("{\"cells\": [1, 2], \"cell_type\": 1}", "x.json"),
                           FormatOptions{});
  EXPECT_EQ(opened.format, "json");
}

TEST(NotebookText, AnsiEscapesAreSkippedAndEditsMapBack) {
  notebook::AnsiText t("\x1b[0;32mJane\x1b[0m Doe\x1b]0;title\x07!");
  EXPECT_EQ(t.text(), "Jane Doe!");
  EXPECT_EQ(t.Apply({{0, 8, "Ann Lee"}}), "\x1b[0;32mAnn Lee\x1b]0;title\x07!");
  EXPECT_EQ(t.Apply({{5, 8, "Lee"}}), "\x1b[0;32mJane\x1b[0m Lee\x1b]0;title\x07!");
  std::string path = "C:\\Users\\jdoe\\x and /Users/jane.doe/y and /home/user/z";
  EXPECT_EQ(notebook::MaskHomeFolders(path), 2u);
  EXPECT_EQ(path, "C:\\Users\\user\\x and /Users/user/y and /home/user/z");
}

}  // namespace
}  // namespace deskbench
