// The metadata walkers on hand-built files: what is kept is kept byte for byte, what is dropped is
// noted, and every truncation or bad length is refused.
#include <gtest/gtest.h>

#include <string>

#include "formats/image/exif.h"
#include "formats/image/gif_blocks.h"
#include "formats/image/jpeg_markers.h"
#include "formats/image/png_chunks.h"
#include "formats/image/webp_chunks.h"

namespace deskbench::image {
namespace {

using namespace std::string_literals;

std::string Be16(uint32_t v) {
  return {static_cast<char>(v >> 8), static_cast<char>(v & 0xFF)};
}
std::string Le16(uint32_t v) {
  return {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
}
std::string Le32(uint32_t v) {
  return Le16(v & 0xFFFF) + Le16(v >> 16);
}
std::string Be32(uint32_t v) {
  return Be16(v >> 16) + Be16(v & 0xFFFF);
}

// A little-endian TIFF body as found in EXIF: orientation, artist, GPS and an EXIF directory
// with a camera serial number.
std::string ExifTiff(uint16_t orientation) {
  auto entry = [](uint16_t tag, uint16_t type, uint32_t count, std::string value) {
    value.resize(4, '\0');
    return Le16(tag) + Le16(type) + Le32(count) + value;
  };
  // IFD0 at 8 with 4 entries: 2 + 48 + 4 = 54 bytes, so the GPS IFD is at 62, EXIF IFD at 80.
  std::string t = "II*\0"s + Le32(8);
  t += Le16(4);
  t += entry(274, 3, 1, Le16(orientation));
  t += entry(315, 2, 4, "Ann");
  t += entry(34853, 4, 1, Le32(62));
  t += entry(34665, 4, 1, Le32(80));
  t += Le32(0);
  EXPECT_EQ(t.size(), 62u);
  t += Le16(1) + entry(1, 2, 2, "N") + Le32(0);
  EXPECT_EQ(t.size(), 80u);
  t += Le16(1) + entry(0xA431, 2, 4, "SN1") + Le32(0);
  return t;
}

std::string Segment(uint8_t marker, const std::string& payload) {
  return "\xFF"s + static_cast<char>(marker) + Be16(payload.size() + 2) + payload;
}

struct Jpeg {
  std::string kept, full;
};

// SOI, JFIF, EXIF, XMP, COM, ICC, DQT, SOF0 (640x480), SOS with stuffed bytes and a restart
// marker, EOI, then trailing bytes; `kept` is what stripping must leave.
Jpeg BuildJpeg(uint16_t orientation = 1) {
  std::string soi = "\xFF\xD8"s;
  std::string jfif = Segment(0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0"s);
  std::string exif = Segment(0xE1, "Exif\0\0"s + ExifTiff(orientation));
  std::string xmp = Segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Ann</x:xmpmeta>"s);
  std::string com = Segment(0xFE, "made by Ann");
  std::string icc = Segment(0xE2, "ICC_PROFILE\0\1\1PROFILE"s);
  std::string dqt = Segment(0xDB, std::string(65, '\1'));
  std::string sof = Segment(0xC0, "\x08"s + Be16(480) + Be16(640) + "\x01\x01\x11\x00"s);
  std::string sos = Segment(0xDA, "\x01\x01\x00\x00\x3F\x00"s) + "\x12\xFF\x00\x34\xFF\xD0\x56"s;
  std::string eoi = "\xFF\xD9"s;
  Jpeg j;
  j.kept = soi + jfif + icc + dqt + sof + sos + eoi;
  j.full = soi + jfif + exif + xmp + com + icc + dqt + sof + sos + eoi + "appended";
  return j;
}

TEST(ExifReader, FindsOrientationAndPersonalFields) {
  TiffSummary s = ReadTiff(ExifTiff(6));
  EXPECT_EQ(s.orientation, 6);
  EXPECT_EQ(s.pages, 1u);
  EXPECT_EQ(DescribeExif(s), "EXIF (artist, GPS position, camera serial number)");
  EXPECT_EQ(ReadTiff(ExifTiff(9)).orientation, 1);  // out of range: ignored
  EXPECT_THROW(ReadTiff("II*"), MalformedImage);
  EXPECT_THROW(ReadTiff("XX*\0\0\0\0\0"s), MalformedImage);
  // A directory pointing at itself ends the walk.
  std::string loop = "II*\0"s + Le32(8) + Le16(0) + Le32(8);
  EXPECT_EQ(ReadTiff(loop).pages, 1u);
}

TEST(JpegMarkers, DropsMetadataSegmentsAndKeepsTheRestByteForByte) {
  Jpeg j = BuildJpeg(1);
  Stripped s = StripJpeg(j.full);
  EXPECT_EQ(s.bytes, j.kept);
  EXPECT_EQ(s.width, 640u);
  EXPECT_EQ(s.height, 480u);
  EXPECT_EQ(s.orientation, 1);
  EXPECT_EQ(s.icc_profile, "PROFILE");
  ASSERT_EQ(s.notes.size(), 4u);
  EXPECT_EQ(s.notes[0].part, "EXIF (artist, GPS position, camera serial number)");
  EXPECT_EQ(s.notes[1].part, "XMP");
  EXPECT_EQ(s.notes[2].part, "JPEG comment");
  EXPECT_EQ(s.notes[3].part, "data after the end of the JPEG image");
  EXPECT_EQ(StripJpeg(s.bytes).notes.size(), 0u);  // stripping twice changes nothing
  EXPECT_EQ(StripJpeg(BuildJpeg(8).full).orientation, 8);
}

TEST(JpegMarkers, JfifThumbnailIsDroppedAndItsHeaderKept) {
  Jpeg j = BuildJpeg();
  std::string header = "JFIF\0\1\1\0\0\1\0\1"s;
  std::string with_thumb = Segment(0xE0, header + "\2\1"s + std::string(6, '\x7F'));
  std::string plain = Segment(0xE0, header + "\0\0"s);
  std::string jpeg = j.kept;
  jpeg.replace(jpeg.find(plain), plain.size(), with_thumb);
  Stripped s = StripJpeg(jpeg);
  EXPECT_EQ(s.bytes, j.kept);
  ASSERT_EQ(s.notes.size(), 1u);
  EXPECT_EQ(s.notes[0].part, "JFIF thumbnail");
}

TEST(JpegMarkers, EveryTruncationIsRefused) {
  Jpeg j = BuildJpeg();
  size_t eoi_end = j.full.size() - std::string("appended").size();
  for (size_t n = 0; n < eoi_end; ++n) {
    EXPECT_THROW(StripJpeg(j.full.substr(0, n)), MalformedImage) << n;
  }
}

TEST(JpegMarkers, BadLengthsAndStrayBytesAreRefused) {
  std::string soi = "\xFF\xD8"s;
  EXPECT_THROW(WalkJpeg(soi + "\xFF\xE1\x00\x01"s + "\xFF\xD9"s), MalformedImage);  // length < 2
  EXPECT_THROW(WalkJpeg(soi + "\xFF\xE1\x10\x00xx\xFF\xD9"s), MalformedImage);      // past end
  EXPECT_THROW(WalkJpeg(soi + "xx\xFF\xD9"s), MalformedImage);                      // no marker
  EXPECT_THROW(WalkJpeg(soi + "\xFF\xD8\xFF\xD9"s), MalformedImage);                // second SOI
  EXPECT_THROW(StripJpeg(soi + "\xFF\xD9"s), MalformedImage);                       // no image
  EXPECT_NO_THROW(WalkJpeg(soi + "\xFF\xFF\xFF\xD9"s));  // fill bytes before a marker
}

std::string Ihdr(uint32_t w, uint32_t h) {
  return MakePngChunk("IHDR", Be32(w) + Be32(h) + "\x08\x02\x00\x00\x00"s);
}

TEST(PngChunks, DropsTextTimeAndExifKeepsColourAndImage) {
  std::string sig = "\x89PNG\r\n\x1A\n"s;
  std::string ihdr = Ihdr(300, 200);
  std::string iccp = MakePngChunk("iCCP", "icc\0\0zz"s);
  std::string phys = MakePngChunk("pHYs", std::string(9, '\1'));
  std::string text = MakePngChunk("tEXt", "Author\0Ann Smith"s);
  std::string itxt = MakePngChunk("iTXt", "Comment\0\0\0\0\0ann@example.com"s);
  std::string exif = MakePngChunk("eXIf", ExifTiff(3));
  std::string time = MakePngChunk("tIME", std::string(7, '\1'));
  std::string priv = MakePngChunk("prVt", "vendor");
  std::string idat = MakePngChunk("IDAT", "data");
  std::string iend = MakePngChunk("IEND", "");
  std::string png = sig + ihdr + text + iccp + phys + itxt + exif + time + priv + idat + iend;
  Stripped s = StripPng(png + "tail");
  EXPECT_EQ(s.bytes, sig + ihdr + iccp + phys + idat + iend);
  EXPECT_EQ(s.width, 300u);
  EXPECT_EQ(s.height, 200u);
  EXPECT_EQ(s.orientation, 3);
  EXPECT_EQ(s.icc_profile, "icc\0\0zz"s);
  ASSERT_EQ(s.notes.size(), 6u);
  EXPECT_EQ(s.notes[0].part, "PNG text chunk tEXt \"Author\"");
  EXPECT_EQ(s.notes[1].part, "PNG text chunk iTXt \"Comment\"");
  EXPECT_EQ(s.notes[2].part, "EXIF (artist, GPS position, camera serial number)");
  EXPECT_EQ(s.notes[3].part, "PNG modification time (tIME)");
  EXPECT_EQ(s.notes[4].part, "PNG chunk prVt");
  EXPECT_EQ(s.notes[5].part, "data after the end of the PNG image");
  for (size_t n = 0; n < png.size(); ++n) EXPECT_THROW(StripPng(png.substr(0, n)), MalformedImage);
}

TEST(PngChunks, RefusesDamageAndUnknownCriticalChunks) {
  std::string sig = "\x89PNG\r\n\x1A\n"s;
  std::string idat = MakePngChunk("IDAT", "data"), iend = MakePngChunk("IEND", "");
  std::string good = sig + Ihdr(1, 1) + idat + iend;
  EXPECT_NO_THROW(StripPng(good));
  std::string bad_crc = good;
  bad_crc[sig.size() + 25 + 8] ^= 1;  // a byte of IDAT's data
  EXPECT_THROW(StripPng(bad_crc), MalformedImage);
  EXPECT_THROW(StripPng(sig + idat + Ihdr(1, 1) + iend), MalformedImage);  // IHDR not first
  EXPECT_THROW(StripPng(sig + Ihdr(1, 1) + MakePngChunk("ZZZZ", "") + idat + iend), MalformedImage);
  EXPECT_THROW(StripPng(sig + Ihdr(1, 1) + iend), MalformedImage);  // no image data
  std::string huge = sig + Be32(0xFFFFFFF0u) + "IDAT";
  EXPECT_THROW(StripPng(huge), MalformedImage);
  // Animated PNG: frames counted from acTL.
  std::string actl = MakePngChunk("acTL", Be32(3) + Be32(0));
  EXPECT_EQ(StripPng(sig + Ihdr(2, 2) + actl + idat + iend).frames, 3u);
}

std::string Riff(const std::string& fourcc, const std::string& data) {
  std::string c = fourcc + Le32(data.size()) + data;
  if (data.size() % 2) c.push_back('\0');
  return c;
}

TEST(WebpChunks, DropsExifAndXmpAndFixesFlagsAndSize) {
  // VP8X with ICC, EXIF and XMP flags; canvas 100x50.
  std::string vp8x = Riff("VP8X", "\x2C\0\0\0"s + "\x63\0\0"s + "\x31\0\0"s);
  std::string iccp = Riff("ICCP", "profile");
  // VP8L: signature, then 14 bits width-1 = 99, 14 bits height-1 = 49.
  uint32_t bits = 99 | (49u << 14);
  std::string vp8l = Riff("VP8L", "\x2F"s + Le32(bits) + "pixels");
  std::string exif = Riff("EXIF", ExifTiff(6));
  std::string xmp = Riff("XMP ", "<x:xmpmeta>Ann</x:xmpmeta>");
  std::string body = "WEBP"s + vp8x + iccp + vp8l + exif + xmp;
  std::string webp = "RIFF"s + Le32(body.size()) + body;
  Stripped s = StripWebp(webp);
  std::string kept_vp8x = vp8x;
  kept_vp8x[8] = '\x20';  // only the ICC flag is left
  std::string kept = "WEBP"s + kept_vp8x + iccp + vp8l;
  EXPECT_EQ(s.bytes, "RIFF"s + Le32(kept.size()) + kept);
  EXPECT_EQ(s.width, 100u);
  EXPECT_EQ(s.height, 50u);
  EXPECT_EQ(s.orientation, 6);
  EXPECT_TRUE(s.lossless);
  ASSERT_EQ(s.notes.size(), 2u);
  EXPECT_EQ(s.notes[1].part, "XMP");
  for (size_t n = 0; n < webp.size(); ++n) {
    EXPECT_THROW(StripWebp(webp.substr(0, n)), MalformedImage) << n;
  }
  // A chunk that claims more than the RIFF holds.
  std::string lying = "RIFF"s + Le32(16) + "WEBPVP8L"s + Le32(100) + "\x2F\0\0\0\0"s;
  EXPECT_THROW(StripWebp(lying), MalformedImage);
}

TEST(GifBlocks, DropsCommentsAndUnknownApplicationsKeepsLooping) {
  std::string header = "GIF89a"s + Le16(64) + Le16(48) + "\x80\0\0"s + std::string(6, '\0');
  std::string comment = "\x21\xFE\x05hello\x00"s;
  std::string loop = "\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00"s;
  std::string xmp = "\x21\xFF\x0BXMP DataXMP\x03<x>\x00"s;
  std::string gce = "\x21\xF9\x04\x00\x00\x00\x00\x00"s;
  std::string image =
      "\x2C"s + Le16(0) + Le16(0) + Le16(64) + Le16(48) + "\x00"s + "\x02\x02\x4C\x01\x00"s;
  std::string gif = header + comment + loop + xmp + gce + image + "\x3B"s;
  Stripped s = StripGif(gif);
  EXPECT_EQ(s.bytes, header + loop + gce + image + "\x3B"s);
  EXPECT_EQ(s.width, 64u);
  EXPECT_EQ(s.height, 48u);
  EXPECT_EQ(s.frames, 1u);
  ASSERT_EQ(s.notes.size(), 2u);
  EXPECT_EQ(s.notes[0].part, "GIF comment");
  EXPECT_EQ(s.notes[1].part, "XMP");
  // Cut anywhere but after a whole image: refused. Cut just before the trailer, as old encoders
  // wrote them: the trailer is added back and said so.
  for (size_t n = 0; n + 1 < gif.size(); ++n) {
    EXPECT_THROW(StripGif(gif.substr(0, n)), MalformedImage) << n;
  }
  Stripped no_trailer = StripGif(gif.substr(0, gif.size() - 1));
  EXPECT_EQ(no_trailer.bytes, s.bytes);
  EXPECT_EQ(no_trailer.notes.back().part, "missing GIF trailer");
  EXPECT_THROW(StripGif(header + comment), MalformedImage);
  EXPECT_EQ(StripGif(header + image + image + "\x3B"s).frames, 2u);
  EXPECT_THROW(StripGif(header + "\x99\x3B"s), MalformedImage);
}

}  // namespace
}  // namespace deskbench::image
