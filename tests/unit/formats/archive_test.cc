#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include <map>

#include "core/error.h"
#include "formats/archive/archive_document.h"
#include "formats/archive/member_path.h"
#include "formats/archive/utf8_locale.h"
#include "formats/file_name.h"
#include "formats/registry.h"
#include "test_support.h"

namespace deskbench {
namespace {

struct Item {
  Item(std::string p, std::string d, mode_t t = AE_IFREG, std::string l = "", bool h = false)
      : path(std::move(p)), data(std::move(d)), type(t), link(std::move(l)), hard(h) {}
  std::string path;
  std::string data;
  mode_t type;
  std::string link;  // symlink target or hard link source
  bool hard;
};

// Builds an archive with libarchive directly (not through the adapter's writer).
std::string Make(int format, std::vector<int> filters, const std::vector<Item>& items,
                 const char* options = nullptr) {
  archive::Utf8Locale utf8;
  struct archive* a = archive_write_new();
  archive_write_set_format(a, format);
  for (int f : filters) archive_write_add_filter(a, f);
  if (options) archive_write_set_options(a, options);
  archive_write_set_bytes_in_last_block(a, 1);
  std::vector<char> buf(64 << 20);
  size_t used = 0;
  EXPECT_EQ(archive_write_open_memory(a, buf.data(), buf.size(), &used), ARCHIVE_OK);
  for (const Item& it : items) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, it.path.c_str());
    archive_entry_set_filetype(e, it.type);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_uname(e, "jdoe");
    if (it.hard) archive_entry_set_hardlink(e, it.link.c_str());
    if (it.type == AE_IFLNK) archive_entry_set_symlink(e, it.link.c_str());
    if (it.type == AE_IFREG && !it.hard) archive_entry_set_size(e, la_int64_t(it.data.size()));
    EXPECT_EQ(archive_write_header(a, e), ARCHIVE_OK) << archive_error_string(a);
    if (!it.data.empty()) archive_write_data(a, it.data.data(), it.data.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  return std::string(buf.data(), used);
}

struct ReadBack {
  std::map<std::string, std::string> files;
  std::vector<std::string> order;
  int format = 0;
  std::vector<int> filters;
};

ReadBack Read(const std::string& bytes) {
  ReadBack out;
  archive::Utf8Locale utf8;
  struct archive* a = archive_read_new();
  archive_read_support_format_all(a);
  archive_read_support_filter_all(a);
  EXPECT_EQ(archive_read_open_memory(a, bytes.data(), bytes.size()), ARCHIVE_OK);
  archive_entry* e = nullptr;
  while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
    std::string path = archive_entry_pathname(e);
    std::string data;
    char buf[4096];
    la_ssize_t n;
    while ((n = archive_read_data(a, buf, sizeof buf)) > 0) data.append(buf, size_t(n));
    out.order.push_back(path);
    out.files[path] = data;
    const char* owner = archive_entry_uname(e);
    EXPECT_TRUE(owner == nullptr || *owner == '\0') << owner;  // owner names are not written
  }
  out.format = archive_format(a);
  for (int i = 0; i < archive_filter_count(a); ++i) {
    if (archive_filter_code(a, i) != ARCHIVE_FILTER_NONE)
      out.filters.push_back(archive_filter_code(a, i));
  }
  archive_read_free(a);
  return out;
}

std::unique_ptr<archive::ArchiveDocument> Open(std::string bytes, const std::string& name,
                                               FormatOptions options = {}) {
  return std::make_unique<archive::ArchiveDocument>(ByteSource::FromBytes(std::move(bytes), name),
                                                    options, OpenSource);
}

std::string RefusalOf(std::string bytes, FormatOptions options = {}) {
  try {
    Open(std::move(bytes), "bundle.tar", options);
  } catch (const Refusal& r) {
    return r.what();
  }
  return "";
}

std::string Replacing(archive::ArchiveDocument& doc) {
  return testing::WriteWith(doc, [](const Segment& s) {
    std::vector<Edit> edits;
    for (auto [from, to] : {std::pair<std::string, std::string>{"Jane Doe", "Ann Lee"},
                            {"jane@corp.example", "x@example.com"}}) {
      for (size_t at = s.text.find(from); at != std::string_view::npos;
           at = s.text.find(from, at + from.size())) {
        edits.push_back({at, at + from.size(), to});
      }
    }
    std::sort(edits.begin(), edits.end(), [](auto& x, auto& y) { return x.begin < y.begin; });
    return edits;
  });
}

TEST(Archive, ZipMembersAndTheirNamesAreScannedAndWrittenBack) {
  std::string zip = Make(ARCHIVE_FORMAT_ZIP, {},
                         {{"cv/", "", AE_IFDIR},
                          {"cv/Jane_Doe_CV.txt", "Jane Doe\njane@corp.example\n"},
                          {"people.csv", "name,email\nJane Doe,jane@corp.example\n"}});
  auto doc = Open(zip, "bundle.zip");
  EXPECT_EQ(doc->format_name(), "zip");
  auto seen = testing::Collect(*doc);
  bool name_seen = false;
  bool member_seen = false;
  for (const auto& s : seen) {
    if (s.text == "cv/Jane Doe CV.txt") {
      name_seen = true;
      EXPECT_EQ(s.hint, "file name");
      EXPECT_EQ(s.location, "cv/Jane_Doe_CV.txt \u203a file name");
    }
    if (s.location.starts_with("cv/Jane_Doe_CV.txt \u203a line")) member_seen = true;
  }
  EXPECT_TRUE(name_seen);
  EXPECT_TRUE(member_seen);
  ReadBack back = Read(Replacing(*doc));
  EXPECT_EQ(back.format & ARCHIVE_FORMAT_BASE_MASK, ARCHIVE_FORMAT_ZIP);
  EXPECT_EQ(back.order, (std::vector<std::string>{"cv/", "cv/Ann_Lee_CV.txt", "people.csv"}));
  EXPECT_EQ(back.files["cv/Ann_Lee_CV.txt"], "Ann Lee\nx@example.com\n");
  EXPECT_EQ(back.files["people.csv"], "name,email\nAnn Lee,x@example.com\n");
  // Unchanged, the members come back byte for byte.
  ReadBack same = Read(testing::WriteUnchanged(*doc));
  EXPECT_EQ(same.files["people.csv"], "name,email\nJane Doe,jane@corp.example\n");
}

TEST(Archive, TarsKeepTheirCompression) {
  for (int filter : {ARCHIVE_FILTER_NONE, ARCHIVE_FILTER_GZIP, ARCHIVE_FILTER_BZIP2,
                     ARCHIVE_FILTER_XZ, ARCHIVE_FILTER_ZSTD}) {
    std::vector<int> filters;
    if (filter != ARCHIVE_FILTER_NONE) filters.push_back(filter);
    std::string tar = Make(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, filters,
                           {{"notes.txt", "mail jane@corp.example\n"}});
    auto doc = Open(tar, "bundle.tar");
    EXPECT_EQ(doc->format_name(), "tar");
    ReadBack back = Read(Replacing(*doc));
    EXPECT_EQ(back.format & ARCHIVE_FORMAT_BASE_MASK, ARCHIVE_FORMAT_TAR) << filter;
    EXPECT_EQ(back.filters, filters) << filter;
    EXPECT_EQ(back.files["notes.txt"], "mail x@example.com\n") << filter;
    auto notes = doc->Notes();
    ASSERT_FALSE(notes.empty());
    EXPECT_EQ(notes[0].action, "removed: user and group names");
  }
}

TEST(Archive, SevenZipIsWrittenAsSevenZip) {
  std::string seven = Make(ARCHIVE_FORMAT_7ZIP, {}, {{"a/notes.txt", "mail jane@corp.example\n"}});
  auto doc = Open(seven, "bundle.7z");
  EXPECT_EQ(doc->format_name(), "7z");
  std::string out = Replacing(*doc);
  EXPECT_TRUE(out.starts_with("7z\xBC\xAF\x27\x1C"));
  ReadBack back = Read(out);
  EXPECT_EQ(back.files["a/notes.txt"], "mail x@example.com\n");
}

TEST(Archive, MembersNoAdapterHandlesAreDroppedAndNoted) {
  std::string zip =
      Make(ARCHIVE_FORMAT_ZIP, {},
           {{"tool.exe", std::string("MZ\x90\0\x03\0\0\0", 8) + "\xff\xfe"}, {"a.txt", "hello\n"}});
  auto doc = Open(zip, "bundle.zip");
  ReadBack back = Read(testing::WriteUnchanged(*doc));
  EXPECT_EQ(back.order, std::vector<std::string>{"a.txt"});
  auto notes = doc->Notes();
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].part, "tool.exe");
  EXPECT_TRUE(notes[0].action.starts_with("removed: ")) << notes[0].action;
}

// Found by archive_fuzz: when every member is dropped the writer makes a zip that is only its end
// record, which libarchive's reader does not recognise; the output has to open again.
TEST(Archive, AZipWhoseMembersAreAllDroppedOpensAgainEmpty) {
  std::string zip = Make(ARCHIVE_FORMAT_ZIP, {}, {{"tool.exe", std::string("MZ\x90\0\x03\0", 6)}});
  auto doc = Open(zip, "bundle.zip");
  std::string out = testing::WriteUnchanged(*doc);
  ASSERT_EQ(out.size(), 22u);  // the end record alone
  auto again = Open(out, "again.zip");
  size_t segments = 0;
  again->Scan([&](const Segment&) { ++segments; });
  EXPECT_EQ(segments, 0u);
  EXPECT_EQ(testing::WriteUnchanged(*again), out);
  EXPECT_NE(RefusalOf(std::string("PK\x05\x06", 4) + std::string(17, '\0') + "\x01"), "")
      << "an end record whose comment length runs past the data is not an empty zip";
}

TEST(Archive, ArchivesInsideArchivesAreScrubbedAndNestingIsBounded) {
  std::string inner = Make(ARCHIVE_FORMAT_ZIP, {}, {{"deep.txt", "jane@corp.example\n"}});
  std::string outer = Make(ARCHIVE_FORMAT_TAR_USTAR, {ARCHIVE_FILTER_GZIP}, {{"in.zip", inner}});
  auto doc = Open(outer, "outer.tar.gz");
  ReadBack back = Read(Replacing(*doc));
  EXPECT_EQ(Read(back.files["in.zip"]).files["deep.txt"], "x@example.com\n");

  FormatOptions shallow;
  shallow.limits.max_nesting = 1;  // the tar's members may not hold members of their own
  auto limited = Open(outer, "outer.tar.gz", shallow);
  ReadBack kept = Read(testing::WriteUnchanged(*limited));
  EXPECT_EQ(Read(kept.files["in.zip"]).files.count("deep.txt"), 0u);
  bool noted = false;
  for (const Note& n : limited->Notes()) {
    noted = noted || (n.part == "in.zip \u203a deep.txt" &&
                      n.action == "removed: files nested too deeply inside other files");
  }
  EXPECT_TRUE(noted);
}

TEST(Archive, LinksInsideAreDroppedLinksOutRefused) {
  std::string inside = Make(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, {},
                            {{"a/data.txt", "x\n"},
                             {"a/link", "", AE_IFLNK, "data.txt"},
                             {"b/hard", "", AE_IFREG, "a/data.txt", true}});
  auto doc = Open(inside, "bundle.tar");
  EXPECT_EQ(Read(testing::WriteUnchanged(*doc)).order, std::vector<std::string>{"a/data.txt"});
  std::string notes;
  for (const Note& n : doc->Notes()) notes += n.part + ": " + n.action + "\n";
  EXPECT_NE(notes.find("a/link: removed: symbolic link"), std::string::npos) << notes;
  EXPECT_NE(notes.find("b/hard: removed: hard link"), std::string::npos) << notes;

  std::string out = RefusalOf(
      Make(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, {}, {{"a/link", "", AE_IFLNK, "../../etc/passwd"}}));
  EXPECT_NE(out.find("bundle.tar: member \"a/link\" is a symbolic link that leaves the archive"),
            std::string::npos)
      << out;
  std::string absolute =
      RefusalOf(Make(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, {}, {{"l", "", AE_IFLNK, "/etc/passwd"}}));
  EXPECT_NE(absolute.find("leaves the archive"), std::string::npos) << absolute;
}

TEST(Archive, TraversalAbsolutePathsAndDevicesAreRefused) {
  std::string up = RefusalOf(Make(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, {}, {{"../evil.txt", "x"}}));
  EXPECT_NE(up.find("member \"../evil.txt\": path leaves the archive"), std::string::npos) << up;
  std::string root =
      RefusalOf(Make(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, {}, {{"/etc/cron.d/x", "x"}}));
  EXPECT_NE(root.find("absolute path"), std::string::npos) << root;
  std::string fifo =
      RefusalOf(Make(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, {}, {{"pipe", "", AE_IFIFO}}));
  EXPECT_NE(fifo.find("member \"pipe\" is a device file, FIFO or socket"), std::string::npos)
      << fifo;
  std::string device = RefusalOf(Make(ARCHIVE_FORMAT_TAR_USTAR, {}, {{"dev/sda", "", AE_IFBLK}}));
  EXPECT_NE(device.find("device file"), std::string::npos) << device;
}

TEST(Archive, BombsAndOversizedArchivesAreRefused) {
  std::string bomb = Make(ARCHIVE_FORMAT_ZIP, {}, {{"zeros.txt", std::string(40 << 20, 'a')}});
  ASSERT_LT(bomb.size(), 1u << 20);
  std::string ratio = RefusalOf(bomb);
  EXPECT_NE(
      ratio.find("member \"zeros.txt\": the archive inflates to more than 200 times its size"),
      std::string::npos)
      << ratio;

  std::string three =
      Make(ARCHIVE_FORMAT_TAR_USTAR, {}, {{"a.txt", "a\n"}, {"b.txt", "b\n"}, {"c.txt", "c\n"}});
  FormatOptions few;
  few.limits.max_archive_entries = 2;
  EXPECT_NE(RefusalOf(three, few).find("more than 2 entries"), std::string::npos);
  FormatOptions small;
  small.limits.max_member_bytes = 1;
  EXPECT_NE(RefusalOf(three, small).find("member \"a.txt\" inflates beyond"), std::string::npos);
  FormatOptions budget;
  budget.limits.max_archive_inflated_bytes = 5;
  budget.limits.max_archive_ratio = 1000000;
  std::string spent = RefusalOf(three, budget);
  EXPECT_NE(spent.find("member \"c.txt\": members inflate beyond"), std::string::npos) << spent;
}

TEST(Archive, EncryptedAndCorruptArchivesAreRefused) {
  std::string locked = Make(ARCHIVE_FORMAT_ZIP, {}, {{"secret.txt", "x\n"}},
                            "zip:encryption=zipcrypt,zip:passphrase=pw");  // libarchive option
  std::string why = RefusalOf(locked);
  EXPECT_NE(why.find("member \"secret.txt\" is encrypted"), std::string::npos) << why;
  EXPECT_NE(RefusalOf("\x1F\x8B\x08garbage").find("corrupt or truncated gzip archive"),
            std::string::npos);
}

TEST(Archive, ScrubbedNamesStayUniqueAndInsideTheirFolder) {
  std::string zip = Make(ARCHIVE_FORMAT_ZIP, {}, {{"Jane_Doe.txt", "a\n"}, {"Ann_Lee.txt", "b\n"}});
  auto doc = Open(zip, "bundle.zip");
  ReadBack back = Read(Replacing(*doc));
  EXPECT_EQ(back.order, (std::vector<std::string>{"Ann_Lee.txt", "Ann_Lee-2.txt"}));
  EXPECT_EQ(ApplyFileNameEdits("dir/x.txt", {{4, 5, "../.."}}), "dir/.._...txt");
  EXPECT_EQ(ApplyFileNameEdits("dir/x", {{4, 5, ".."}}), "dir/_");
  EXPECT_EQ(ApplyFileNameEdits("a_b/c", {{0, 3, "/"}}), "_/c");
}

TEST(ArchivePaths, UnsafePathsAndLinkTargets) {
  EXPECT_EQ(archive::UnsafePathReason("a/b.txt"), "");
  EXPECT_NE(archive::UnsafePathReason("a/../../b"), "");
  EXPECT_NE(archive::UnsafePathReason("a\\..\\b"), "");
  EXPECT_NE(archive::UnsafePathReason("C:\\Windows"), "");
  EXPECT_NE(archive::UnsafePathReason("/abs"), "");
  EXPECT_EQ(archive::ResolveLink("a/b/link", "../c"), "a/c");
  EXPECT_EQ(archive::ResolveLink("a/link", "../c"), "c");
  EXPECT_EQ(archive::ResolveLink("link", "../c"), std::nullopt);
  EXPECT_EQ(archive::ResolveLink("a/link", "/etc"), std::nullopt);
}

TEST(Archive, RegistryOpensArchivesByContent) {
  std::string zip = Make(ARCHIVE_FORMAT_ZIP, {}, {{"a.txt", "hello\n"}});
  EXPECT_EQ(DetectFormat("download", zip), "zip");
  std::string tgz = Make(ARCHIVE_FORMAT_TAR_USTAR, {ARCHIVE_FILTER_GZIP}, {{"a.txt", "x\n"}});
  EXPECT_EQ(DetectFormat("x.bin", tgz), "tar");
  auto opened = OpenSource(ByteSource::FromBytes(tgz, "x.tgz"), FormatOptions{});
  EXPECT_EQ(opened.format, "tar");
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

// libarchive converts names through the locale; in the "C" locale its tar writer crashed on them.
TEST(Archive, NamesBeyondAsciiSurviveEveryFormat) {
  for (int format : {ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FORMAT_TAR_GNUTAR,
                     ARCHIVE_FORMAT_ZIP, ARCHIVE_FORMAT_7ZIP}) {
    std::string bytes =
        Make(format, {}, {{"caf\u00e9/Zo\u00eb.txt", "hello\n"}}, "hdrcharset=UTF-8");
    auto doc = Open(bytes, "u.bin");
    auto seen = testing::Collect(*doc);
    ASSERT_FALSE(seen.empty()) << format;
    EXPECT_EQ(seen[0].text, "caf\u00e9/Zo\u00eb.txt") << format;
    EXPECT_EQ(Read(testing::WriteReplacing(*doc, "Zo\u00eb", "L\u00e9a")).order,
              std::vector<std::string>{"caf\u00e9/L\u00e9a.txt"})
        << format;
  }
}

}  // namespace
}  // namespace deskbench

namespace deskbench {
namespace {

TEST(Archive, OneCompressedFileIsScrubbedAsTheFileItHolds) {
  for (int filter :
       {ARCHIVE_FILTER_GZIP, ARCHIVE_FILTER_BZIP2, ARCHIVE_FILTER_XZ, ARCHIVE_FILTER_ZSTD}) {
    std::string gz =
        Make(ARCHIVE_FORMAT_RAW, {filter}, {{"data", "name,email\nJane Doe,jane@corp.example\n"}});
    auto doc = Open(gz, "people.csv.gz");
    EXPECT_EQ(doc->format_name(), "compressed");
    auto seen = testing::Collect(*doc);
    ASSERT_FALSE(seen.empty());
    for (const auto& s : seen) EXPECT_NE(s.hint, "file name");
    EXPECT_TRUE(seen[0].location.starts_with("people.csv \u203a ")) << seen[0].location;
    std::string out = Replacing(*doc);
    // Read back as the one file it is, with the same compression.
    archive::Utf8Locale utf8;
    struct archive* a = archive_read_new();
    archive_read_support_format_raw(a);
    archive_read_support_filter_all(a);
    ASSERT_EQ(archive_read_open_memory(a, out.data(), out.size()), ARCHIVE_OK);
    archive_entry* e = nullptr;
    ASSERT_EQ(archive_read_next_header(a, &e), ARCHIVE_OK);
    std::string data(4096, '\0');
    data.resize(size_t(archive_read_data(a, data.data(), data.size())));
    EXPECT_EQ(data, "name,email\nAnn Lee,x@example.com\n") << filter;
    EXPECT_EQ(archive_filter_code(a, 0), filter);
    archive_read_free(a);
  }
  // A bomb is a bomb in one file too.
  std::string bomb =
      Make(ARCHIVE_FORMAT_RAW, {ARCHIVE_FILTER_GZIP}, {{"data", std::string(40 << 20, 'a')}});
  EXPECT_NE(RefusalOf(bomb).find("times its size"), std::string::npos);
}

}  // namespace
}  // namespace deskbench
