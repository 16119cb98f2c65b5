// HEIC photos: made here with libheif's own encoder (x265) carrying EXIF, then scrubbed: the
// output is a fresh HEIC without metadata items, and painted words are gone.
#include <gtest/gtest.h>
#include <libheif/heif.h>

#include "core/error.h"
#include "formats/image/codec.h"
#include "formats/image/heif.h"
#include "formats/registry.h"
#include "image_fixtures.h"
#include "test_support.h"

namespace deskbench::image {
namespace {

using namespace std::string_literals;

// A HEIC of the pixels with an EXIF block naming a camera serial number.
std::string HeicWithExif(const Pixels& px) {
  std::string plain = EncodeHeic(px, 90);
  heif_context* ctx = heif_context_alloc();
  EXPECT_EQ(
      heif_context_read_from_memory_without_copy(ctx, plain.data(), plain.size(), nullptr).code,
      heif_error_Ok);
  heif_image_handle* handle = nullptr;
  heif_context_get_primary_image_handle(ctx, &handle);
  heif_image* img = nullptr;
  heif_decode_image(handle, &img, heif_colorspace_RGB, heif_chroma_interleaved_RGB, nullptr);
  heif_context* out_ctx = heif_context_alloc();
  heif_encoder* encoder = nullptr;
  heif_context_get_encoder_for_format(out_ctx, heif_compression_HEVC, &encoder);
  heif_encoder_set_lossy_quality(encoder, 90);
  heif_image_handle* out_handle = nullptr;
  heif_context_encode_image(out_ctx, img, encoder, nullptr, &out_handle);
  // EXIF in HEIF: a 4-byte offset to the TIFF header, then the TIFF body.
  std::string exif =
      "\0\0\0\0II*\0\x08\0\0\0\x01\0\x31\xA4\x02\0\x0A\0\0\0\x1A\0\0\0\0\0\0\0SN-778899\0"s;
  heif_context_add_exif_metadata(out_ctx, out_handle, exif.data(), static_cast<int>(exif.size()));
  std::string out;
  heif_writer writer{1, [](heif_context*, const void* data, size_t size, void* user) {
                       static_cast<std::string*>(user)->append(static_cast<const char*>(data),
                                                               size);
                       return heif_error{heif_error_Ok, heif_suberror_Unspecified, "ok"};
                     }};
  heif_context_write(out_ctx, &writer, &out);
  heif_image_handle_release(out_handle);
  heif_encoder_release(encoder);
  heif_context_free(out_ctx);
  heif_image_release(img);
  heif_image_handle_release(handle);
  heif_context_free(ctx);
  return out;
}

std::string AllText(Document& doc) {
  std::string all;
  for (const auto& s : deskbench::testing::Collect(doc)) all += s.text + "\n";
  return all;
}

TEST(Heic, MetadataGoesAndPaintedWordsAreGone) {
  Pixels px = Picture::Decode(deskbench::testing::RenderText({"Approved by Maria Lopez"}, "PNG"))
                  .ToPixels();
  std::string heic = HeicWithExif(px);
  ASSERT_NE(heic.find("SN-778899"), std::string::npos);
  ASSERT_TRUE(LooksLikeHeic(heic));
  OpenedDocument opened = OpenSource(ByteSource::FromBytes(heic, "IMG_0001.HEIC"), {});
  EXPECT_EQ(opened.format, "heic");
  EXPECT_NE(AllText(*opened.document).find("Approved by Maria Lopez"), std::string::npos);
  auto notes = opened.document->Notes();
  ASSERT_FALSE(notes.empty());
  EXPECT_EQ(notes[0].part, "EXIF");

  std::string same = deskbench::testing::WriteUnchanged(*opened.document);
  EXPECT_EQ(same.find("SN-778899"), std::string::npos);
  EXPECT_TRUE(InspectHeic(same).notes.empty());
  Pixels back = DecodeHeic(same);
  EXPECT_EQ(back.width, px.width);
  EXPECT_EQ(back.height, px.height);

  std::string painted = deskbench::testing::WriteReplacing(*opened.document, "Lopez", "Doe");
  OpenedDocument again = OpenSource(ByteSource::FromBytes(painted, "out.heic"), {});
  std::string text = AllText(*again.document);
  EXPECT_EQ(text.find("Lopez"), std::string::npos) << text;
  EXPECT_NE(text.find("Approved"), std::string::npos) << text;
}

TEST(Heic, OtherHeifFlavoursAndDamageAreRefused) {
  std::string avif =
      "\0\0\0\x18"
      "ftypavif\0\0\0\0mif1avif"s;
  EXPECT_THROW(OpenSource(ByteSource::FromBytes(avif, "a.avif"), {}), Refusal);
  std::string cut =
      "\0\0\0\x18"
      "ftypheic\0\0\0\0mif1heic"s;
  EXPECT_THROW(OpenSource(ByteSource::FromBytes(cut, "a.heic"), {}), Refusal);
}

}  // namespace
}  // namespace deskbench::image
