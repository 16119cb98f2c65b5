#include "formats/ooxml/zip_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/error.h"
#include "formats/ooxml/zip_reader.h"

namespace deskbench::ooxml {
namespace {

namespace fs = std::filesystem;

std::string RandomBytes(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string out(n, '\0');
  for (char& c : out) c = static_cast<char>(rng());
  return out;
}

std::string Xml(size_t n) {
  std::string out = "<?xml version=\"1.0\"?><root>";
  for (size_t i = 0; out.size() < n; ++i) out += "<row n=\"" + std::to_string(i) + "\">text</row>";
  return out + "</root>";
}

// Writes bytes to a temporary file and runs an independent reader over it: `unzip -t` and
// Python's zipfile (which also compares every entry's content with `expected`).
void CheckWithTools(const std::string& bytes,
                    const std::vector<std::pair<std::string, std::string>>& expected) {
  fs::path dir = fs::temp_directory_path() / ("zip-writer-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path zip = dir / "out.zip";
  std::ofstream(zip, std::ios::binary) << bytes;
  std::string unzip = "unzip -tq '" + zip.string() + "' > /dev/null";
  EXPECT_EQ(std::system(unzip.c_str()), 0) << "unzip -t failed";
  std::string script =
      "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\n"
      "assert z.testzip() is None\nnames = z.namelist()\n";
  for (size_t i = 0; i < expected.size(); ++i) {
    fs::path want = dir / ("want" + std::to_string(i));
    std::ofstream(want, std::ios::binary) << expected[i].second;
    script += "assert names[" + std::to_string(i) + "] == " + "bytes.fromhex('";
    for (unsigned char c : expected[i].first) {
      char hex[3];
      std::snprintf(hex, sizeof hex, "%02x", c);
      script += hex;
    }
    script += "').decode('utf-8'), names\n";
    script += "assert z.read(names[" + std::to_string(i) + "]) == open('" + want.string() +
              "', 'rb').read()\n";
  }
  script += "assert len(names) == " + std::to_string(expected.size()) + "\n";
  fs::path py = dir / "check.py";
  std::ofstream(py) << script;
  std::string python = "/usr/bin/python3 '" + py.string() + "' '" + zip.string() + "'";
  EXPECT_EQ(std::system(python.c_str()), 0) << "python zipfile rejected the archive";
  fs::remove_all(dir);
}

TEST(ZipWriterTest, NewAndCopiedEntriesReadBackByUsAndIndependentTools) {
  const std::string xml = Xml(300000);
  const std::string noise = RandomBytes(5000, 1);
  ZipWriter first;
  first.Add("mimetype", "application/vnd.oasis.opendocument.text", kNeutralZipTime, true);
  first.Add("word/document.xml", xml, kNeutralZipTime);
  first.Add("media/noise.bin", noise, kNeutralZipTime);
  first.Add("empty.txt", "", kNeutralZipTime);
  first.Add("docs/r\xC3\xA9sum\xC3\xA9.txt", "caf\xC3\xA9", kNeutralZipTime);
  std::string a = first.Finish();
  // The mimetype of an OpenDocument package is read at offset 38: stored, no extra field.
  EXPECT_EQ(a.substr(38, 39), "application/vnd.oasis.opendocument.text");

  ZipReader reader(a, "a.zip", Limits{});
  ASSERT_EQ(reader.entries().size(), 5u);
  EXPECT_EQ(reader.Find("word/document.xml")->method, 8);  // deflated
  EXPECT_LT(reader.Find("word/document.xml")->compressed_size, xml.size() / 8);
  EXPECT_EQ(reader.Find("media/noise.bin")->method, 0);  // would not shrink: stored
  EXPECT_EQ(reader.Read(*reader.Find("word/document.xml")), xml);
  EXPECT_EQ(reader.Read(*reader.Find("media/noise.bin")), noise);

  // Copied entries keep their compressed bytes.
  ZipWriter second;
  for (const ZipEntry& e : reader.entries()) second.Copy(reader, e, kNeutralZipTime);
  second.Add("added.xml", "<a/>", kNeutralZipTime);
  std::string b = second.Finish();
  ZipReader copied(b, "b.zip", Limits{});
  EXPECT_EQ(copied.Find("word/document.xml")->compressed_size,
            reader.Find("word/document.xml")->compressed_size);
  EXPECT_EQ(copied.Read(*copied.Find("word/document.xml")), xml);
  CheckWithTools(b, {{"mimetype", "application/vnd.oasis.opendocument.text"},
                     {"word/document.xml", xml},
                     {"media/noise.bin", noise},
                     {"empty.txt", ""},
                     {"docs/r\xC3\xA9sum\xC3\xA9.txt", "caf\xC3\xA9"},
                     {"added.xml", "<a/>"}});
}

TEST(ZipWriterTest, TheLevelChosenIsTheLevelUsed) {
  const std::string xml = Xml(300000);
  auto deflated = [&](int level) {
    ZipWriter w(ZipWriter::Zip64::kWhenNeeded, level);
    w.Add("word/document.xml", xml, kNeutralZipTime);
    ZipReader reader(w.Finish(), "a.zip", Limits{});
    EXPECT_EQ(reader.Read(*reader.Find("word/document.xml")), xml);
    return reader.Find("word/document.xml")->compressed_size;
  };
  EXPECT_GT(deflated(1), deflated(kDeflateLevel));
  EXPECT_GT(deflated(kDeflateLevel), deflated(9));
  ZipWriter out_of_range(ZipWriter::Zip64::kWhenNeeded, 13);
  EXPECT_THROW(out_of_range.Add("a.xml", xml, kNeutralZipTime), std::invalid_argument);
}

TEST(ZipWriterTest, Zip64FieldsAreReadBackByUsAndIndependentTools) {
  const std::string xml = Xml(100000);
  ZipWriter w(ZipWriter::Zip64::kAlways);
  w.Add("a.xml", xml, kNeutralZipTime);
  w.Add("b.txt", "stored", kNeutralZipTime, true);
  std::string bytes = w.Finish();
  ZipReader reader(bytes, "z64.zip", Limits{});
  ASSERT_EQ(reader.entries().size(), 2u);
  EXPECT_EQ(reader.Read(*reader.Find("a.xml")), xml);
  EXPECT_EQ(reader.Read(*reader.Find("b.txt")), "stored");
  CheckWithTools(bytes, {{"a.xml", xml}, {"b.txt", "stored"}});
}

TEST(ZipWriterTest, MoreEntriesThanTheClassicDirectoryCountsUseZip64) {
  ZipWriter w;
  const size_t n = 70000;
  for (size_t i = 0; i < n; ++i) w.Add("f" + std::to_string(i), "x", kNeutralZipTime);
  std::string bytes = w.Finish();
  Limits limits;
  limits.max_zip_entries = n;
  ZipReader reader(bytes, "many.zip", limits);
  EXPECT_EQ(reader.entries().size(), n);
  EXPECT_EQ(reader.Read(*reader.Find("f69999")), "x");
  std::string head = bytes.substr(bytes.size() - 22 - 20 - 56, 4);
  EXPECT_EQ(head, std::string("PK\x06\x06", 4));  // the zip64 end of central directory record
}

TEST(ZipReaderTest, EntriesWhoseBytesDoNotMatchTheirChecksumAreRefused) {
  const std::string xml = Xml(20000);
  for (bool stored : {false, true}) {
    ZipWriter w;
    w.Add("a.xml", xml, kNeutralZipTime, stored);
    std::string bytes = w.Finish();
    // Change one byte of the entry's data (after its 30-byte header and 5-byte name).
    size_t at = 30 + 5 + (stored ? 100 : 10);
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    ZipReader reader(bytes, "bad.zip", Limits{});
    EXPECT_THROW(reader.Read(*reader.Find("a.xml")), Refusal) << "stored " << stored;
    if (stored) {
      ZipWriter copy;
      EXPECT_THROW(copy.Copy(reader, *reader.Find("a.xml"), kNeutralZipTime), Refusal);
    }
  }
}

}  // namespace
}  // namespace deskbench::ooxml
