// The image adapter on images drawn with PIL: metadata-only writes keep the pixels byte for byte,
// OCR lines become segments, edited words are painted, orientation and limits are honoured.
#include "formats/image/image_document.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "formats/image/jpeg_markers.h"
#include "formats/members.h"
#include "formats/registry.h"
#include "image_fixtures.h"
#include "test_support.h"

namespace deskbench::image {
namespace {

using deskbench::testing::RenderText;
using deskbench::testing::RunPil;

OpenedDocument Open(const std::string& bytes, const std::string& name = "picture.bin",
                    FormatOptions options = {}) {
  return OpenSource(ByteSource::FromBytes(bytes, name), options);
}

std::string AllText(Document& doc) {
  std::string all;
  for (const auto& s : deskbench::testing::Collect(doc)) all += s.text + "\n";
  return all;
}

const char* kExif =
    "exif = Image.Exif()\n"
    "exif[0x013B] = 'Ann Artist'\n"
    "exif[0x8769] = {0xA431: 'SN-778899', 0xA430: 'Ann Owner'}\n"
    "exif[0x8825] = {1: 'N', 2: (48.0, 51.0, 29.0)}\n";

TEST(ImageDocument, SniffsByContentAndReadsLinesAsSegments) {
  std::string png = RenderText({"Quarterly budget summary", "Owner Maria Lopez"}, "PNG");
  OpenedDocument opened = Open(png, "wrong-extension.txt");
  EXPECT_EQ(opened.format, "png");
  auto seen = deskbench::testing::Collect(*opened.document);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].text, "Quarterly budget summary");
  EXPECT_EQ(seen[1].text, "Owner Maria Lopez");
  EXPECT_EQ(seen[1].location, "image, line 2");
  EXPECT_EQ(seen[1].hint, "image text");
}

TEST(ImageDocument, MetadataOnlyWriteKeepsTheCompressedPixels) {
  std::string jpeg = RunPil(std::string(kExif) +
                            "img = Image.new('RGB', (300, 200), (90, 140, 200))\n"
                            "img.save(out, 'JPEG', quality=90, exif=exif.tobytes(), "
                            "comment=b'by Ann')\n");
  OpenedDocument opened = Open(jpeg, "photo.jpg");
  EXPECT_EQ(opened.format, "jpeg");
  std::string out = deskbench::testing::WriteUnchanged(*opened.document);
  EXPECT_EQ(out, StripJpeg(jpeg).bytes);
  EXPECT_EQ(out.find("SN-778899"), std::string::npos);
  EXPECT_EQ(out.find("Ann"), std::string::npos);
  // The entropy-coded data is untouched: the scan after SOS is the same bytes.
  size_t sos_in = jpeg.find("\xFF\xDA"), sos_out = out.find("\xFF\xDA");
  EXPECT_EQ(jpeg.substr(sos_in), out.substr(sos_out));
  auto notes = opened.document->Notes();
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].part, "EXIF (artist, owner name, camera serial number, GPS position)");
  EXPECT_EQ(notes[1].part, "JPEG comment");
}

TEST(ImageDocument, EditedWordsArePaintedAndTheImageReencoded) {
  std::string png = RenderText({"Send the draft to maria.lopez@example.org today"}, "PNG");
  OpenedDocument opened = Open(png);
  std::string out =
      deskbench::testing::WriteReplacing(*opened.document, "maria.lopez@example.org", "<EMAIL>");
  EXPECT_NE(out, png);
  OpenedDocument again = Open(out);
  EXPECT_EQ(again.format, "png");
  std::string text = AllText(*again.document);
  EXPECT_EQ(text.find("maria"), std::string::npos) << text;
  EXPECT_EQ(text.find("example.org"), std::string::npos) << text;
  EXPECT_NE(text.find("Send the draft"), std::string::npos) << text;
  auto notes = opened.document->Notes();
  ASSERT_FALSE(notes.empty());
  EXPECT_EQ(notes.back().action, "painted over");
}

TEST(ImageDocument, EveryFormatRoundTripsAnEdit) {
  for (std::string format : {"JPEG", "GIF", "TIFF", "WEBP"}) {
    std::string bytes = RenderText({"Reviewed by Maria Lopez"}, format);
    OpenedDocument opened = Open(bytes);
    std::string out = deskbench::testing::WriteReplacing(*opened.document, "Lopez", "Doe");
    OpenedDocument again = Open(out);
    EXPECT_EQ(again.format, opened.format);
    std::string text = AllText(*again.document);
    EXPECT_EQ(text.find("Lopez"), std::string::npos) << format << ": " << text;
    EXPECT_NE(text.find("Reviewed"), std::string::npos) << format << ": " << text;
  }
}

TEST(ImageDocument, ExifOrientationIsAppliedToThePixels) {
  // Drawn sideways, with EXIF saying "turn a quarter clockwise to view" (6).
  std::string png = RunPil(
      "font = ImageFont.truetype(font_path, 36)\n"
      "img = Image.new('RGB', (700, 120), 'white')\n"
      "ImageDraw.Draw(img).text((20, 30), 'Upright text here', fill='black', font=font)\n"
      "img = img.rotate(90, expand=True)\n"
      "exif = Image.Exif()\n"
      "exif[0x0112] = 6\n"
      "img.save(out, 'PNG', exif=exif.tobytes())\n");
  OpenedDocument opened = Open(png);
  EXPECT_NE(AllText(*opened.document).find("Upright text here"), std::string::npos);
  std::string out = deskbench::testing::WriteUnchanged(*opened.document);
  Picture picture = Picture::Decode(out);
  EXPECT_EQ(picture.width(), 700);
  EXPECT_EQ(picture.height(), 120);
  EXPECT_EQ(out.find("eXIf"), std::string::npos);
  auto notes = opened.document->Notes();
  EXPECT_EQ(notes.back().part, "EXIF orientation 6");
}

TEST(ImageDocument, TiffIsRewrittenWithOnlyItsImageTags) {
  std::string tiff = RunPil(std::string(kExif) +
                            "img = Image.new('RGB', (64, 40), (10, 200, 30))\n"
                            "img.putpixel((5, 7), (255, 0, 0))\n"
                            "img.save(out, 'TIFF', exif=exif.tobytes())\n");
  OpenedDocument opened = Open(tiff);
  EXPECT_EQ(opened.format, "tiff");
  std::string out = deskbench::testing::WriteUnchanged(*opened.document);
  EXPECT_EQ(out.find("SN-778899"), std::string::npos);
  EXPECT_EQ(out.find("Ann"), std::string::npos);
  Pixels before = Picture::Decode(tiff).ToPixels(), after = Picture::Decode(out).ToPixels();
  EXPECT_EQ(before.data, after.data);
  EXPECT_EQ(after.width, 64);
}

TEST(ImageDocument, TiffOrientationTagIsAppliedOnce) {
  std::string tiff = RunPil(
      "img = Image.new('L', (64, 40), 255)\n"
      "img.putpixel((0, 0), 0)\n"
      "img.save(out, 'TIFF', tiffinfo={274: 6})\n");
  OpenedDocument opened = Open(tiff);
  std::string out = deskbench::testing::WriteUnchanged(*opened.document);
  Pixels after = Picture::Decode(out).ToPixels();
  // Shown turned a quarter clockwise: 40 wide, the dark corner pixel now top right.
  EXPECT_EQ(after.width, 40);
  EXPECT_EQ(after.height, 64);
  EXPECT_EQ(after.data[39], 0);
  EXPECT_EQ(after.data[0], 255);
}

TEST(ImageDocument, OcrOffLeavesTextUncheckedAndSaysSo) {
  std::string png = RenderText({"Owner Maria Lopez"}, "PNG");
  FormatOptions options;
  options.ocr = false;
  OpenedDocument opened = Open(png, "a.png", options);
  EXPECT_TRUE(deskbench::testing::Collect(*opened.document).empty());
  EXPECT_EQ(deskbench::testing::WriteUnchanged(*opened.document), png);
  auto notes = opened.document->Notes();
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].action, "not checked (OCR off)");
}

TEST(ImageDocument, ServesImagesInsideContainers) {
  Members members(OpenSource, FormatOptions{});
  size_t i = members.Add("word/media/image1.png", RenderText({"Signed by Maria Lopez"}, "PNG"));
  EXPECT_EQ(members.format(i), "png");
  std::vector<std::string> locations;
  members.Scan([&](const Segment& s) { locations.emplace_back(s.location); });
  ASSERT_EQ(locations.size(), 1u);
  EXPECT_EQ(locations[0], "word/media/image1.png \u203a image, line 1");
  std::string out = members.Write(i, [](const Segment& s) {
    std::vector<Edit> edits;
    size_t at = s.text.find("Lopez");
    if (at != std::string_view::npos) edits.push_back({at, at + 5, "Doe"});
    return edits;
  });
  std::string text = AllText(*Open(out).document);
  EXPECT_EQ(text.find("Lopez"), std::string::npos) << text;
  EXPECT_NE(text.find("Signed"), std::string::npos) << text;
}

TEST(ImageDocument, ColourProfileIsCarriedIntoAPaintedJpeg) {
  std::string jpeg = RunPil(
      "from PIL import ImageCms\n"
      "icc = ImageCms.ImageCmsProfile(ImageCms.createProfile('sRGB')).tobytes()\n"
      "font = ImageFont.truetype(font_path, 36)\n"
      "img = Image.new('RGB', (900, 120), 'white')\n"
      "ImageDraw.Draw(img).text((20, 30), 'Approved by Maria Lopez', fill='black', font=font)\n"
      "img.save(out, 'JPEG', quality=95, icc_profile=icc)\n");
  std::string profile = StripJpeg(jpeg).icc_profile;
  ASSERT_GT(profile.size(), 128u);
  OpenedDocument opened = Open(jpeg);
  std::string out = deskbench::testing::WriteReplacing(*opened.document, "Lopez", "Doe");
  EXPECT_NE(out, jpeg);
  EXPECT_EQ(StripJpeg(out).icc_profile, profile);
}

TEST(ImageDocument, AnimatedImagesPassWithOcrOff) {
  std::string gif = RunPil(
      "frames = [Image.new('P', (40, 40), i) for i in range(3)]\n"
      "frames[0].save(out, 'GIF', save_all=True, append_images=frames[1:], comment=b'Ann')\n");
  FormatOptions options;
  options.ocr = false;
  OpenedDocument opened = Open(gif, "anim.gif", options);
  std::string out = deskbench::testing::WriteUnchanged(*opened.document);
  EXPECT_EQ(out.find("Ann"), std::string::npos);
  EXPECT_EQ(out.size(), gif.size() - 7);  // the comment: introducer, label, length, "Ann", end
}

TEST(ImageDocument, TinyImagesAreNotRead) {
  std::string png = RunPil("Image.new('RGB', (20, 300), 'white').save(out, 'PNG')\n");
  OpenedDocument opened = Open(png);
  EXPECT_TRUE(deskbench::testing::Collect(*opened.document).empty());
  EXPECT_EQ(deskbench::testing::WriteUnchanged(*opened.document), png);
}

TEST(ImageDocument, LimitsTruncationAnimationAndHeicAreRefused) {
  std::string png = RunPil("Image.new('L', (400, 300), 255).save(out, 'PNG')\n");
  FormatOptions small;
  small.limits.max_image_pixels = 400 * 300 - 1;
  try {
    Open(png, "big.png", small);
    FAIL() << "not refused";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("over the limit"), std::string::npos) << r.reason();
  }
  EXPECT_THROW(Open(png.substr(0, png.size() - 5), "cut.png"), Refusal);
  std::string gif = RunPil(
      "frames = [Image.new('P', (40, 40), i) for i in range(3)]\n"
      "frames[0].save(out, 'GIF', save_all=True, append_images=frames[1:])\n");
  try {
    Open(gif, "anim.gif");
    FAIL() << "not refused";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("animated"), std::string::npos) << r.reason();
  }
  std::string heic = std::string(
                         "\0\0\0\x18"
                         "ftypheic",
                         12) +
                     std::string(20, '\0');
  try {
    Open(heic, "photo.heic");
    FAIL() << "not refused";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("HEIC"), std::string::npos) << r.reason();
  }
}

TEST(ImageDocument, MissingOcrLanguageIsARefusalNamingThePackage) {
  std::string png = RenderText({"Some words"}, "PNG");
  FormatOptions options;
  options.ocr_lang = "zzz";
  OpenedDocument opened = Open(png, "a.png", options);
  try {
    deskbench::testing::Collect(*opened.document);
    FAIL() << "not refused";
  } catch (const Refusal& r) {
    EXPECT_NE(r.reason().find("tesseract-ocr-zzz"), std::string::npos) << r.reason();
  }
}

}  // namespace
}  // namespace deskbench::image
