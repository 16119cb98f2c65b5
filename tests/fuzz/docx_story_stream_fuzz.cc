// Fuzzes Word stories read as a stream (story_stream.h, docx_streamed_story.h): the input is the
// main document part of a small package (a comments part, an external hyperlink, an embedded
// object that is removed, so every cleaning has something to do), opened with its stories
// streamed. It is scanned and written (unchanged, and with hostile edits), what is written must
// open again with the same text, and when the same package also opens with its stories parsed
// whole, both paths must give the same segments and notes and, written, the same document part.
#include <cstdint>
#include <string>
#include <vector>

#include "../ooxml_fixture.h"
#include "core/error.h"
#include "formats/ooxml/docx_document.h"
#include "formats/ooxml/xml_part.h"
#include "formats/ooxml/zip_reader.h"
#include "formats/ooxml/zip_writer.h"
#include "fuzz_support.h"
#include "office_fuzz.h"

namespace deskbench::fuzz {
namespace {

const std::string kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kPart = "word/document.xml";

using fixture::Rels;

std::string Package(const std::string& document) {
  ooxml::ZipWriter w;
  auto add = [&](const std::string& name, const std::string& content) {
    w.Add(name, content, ooxml::kNeutralZipTime);
  };
  add("[Content_Types].xml",
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
      "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+"
      "xml\"/><Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-"
      "officedocument.oleObject\"/><Override PartName=\"/" +
          kPart + "\" ContentType=\"" + kWml +
          "document.main+xml\"/><Override PartName=\"/word/comments.xml\" ContentType=\"" + kWml +
          "comments+xml\"/></Types>");
  add("_rels/.rels", Rels("<Relationship Id=\"rId1\" Type=\"" + kRel +
                          "officeDocument\" Target=\"" + kPart + "\"/>"));
  add("word/_rels/document.xml.rels",
      Rels("<Relationship Id=\"rId3\" Type=\"" + kRel +
           "hyperlink\" Target=\"mailto:ann@example.com\" TargetMode=\"External\"/>"
           "<Relationship Id=\"rId4\" Type=\"" +
           kRel +
           "oleObject\" Target=\"embeddings/oleObject1.bin\"/><Relationship Id=\"rId6\" "
           "Type=\"" +
           kRel + "comments\" Target=\"comments.xml\"/>"));
  add("word/comments.xml",
      "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:comment w:id=\"0\"><w:p><w:r><w:t>Ann Lee</w:t></w:r></w:p></w:comment></w:comments>");
  add("word/embeddings/oleObject1.bin", "ole");
  add(kPart, document);
  return w.Finish();
}

}  // namespace
}  // namespace deskbench::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace deskbench;
  std::string package = fuzz::Package(std::string(reinterpret_cast<const char*>(data), size));
  // Inputs of odd size keep (and scrub) their comments: both paths get fuzzed.
  auto open =
      fuzz::StreamingOpener<ooxml::DocxDocument>(&Limits::stream_story_bytes, size % 2 == 1);
  fuzz::CompareStreamedWithWhole(package, fuzz::kPart, open, true);
  return 0;
}
