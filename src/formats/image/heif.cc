#include "formats/image/heif.h"

#include <libheif/heif.h>

#include <algorithm>
#include <memory>

#include "formats/image/metadata.h"

namespace deskbench::image {
namespace {

struct ContextDeleter {
  void operator()(heif_context* c) const { heif_context_free(c); }
};
struct HandleDeleter {
  void operator()(heif_image_handle* h) const { heif_image_handle_release(h); }
};
struct ImageDeleter {
  void operator()(heif_image* i) const { heif_image_release(i); }
};
struct EncoderDeleter {
  void operator()(heif_encoder* e) const { heif_encoder_release(e); }
};
using Context = std::unique_ptr<heif_context, ContextDeleter>;
using Handle = std::unique_ptr<heif_image_handle, HandleDeleter>;
using Image = std::unique_ptr<heif_image, ImageDeleter>;

void Check(heif_error e, const char* what) {
  if (e.code != heif_error_Ok) {
    throw MalformedImage(std::string("HEIC ") + what + ": " + (e.message ? e.message : "error"));
  }
}

// Reads bytes (which must outlive the context) and returns it with the primary image.
std::pair<Context, Handle> Open(std::string_view bytes) {
  Context ctx(heif_context_alloc());
  Check(heif_context_read_from_memory_without_copy(ctx.get(), bytes.data(), bytes.size(), nullptr),
        "cannot be read");
  heif_image_handle* h = nullptr;
  Check(heif_context_get_primary_image_handle(ctx.get(), &h), "has no primary image");
  return {std::move(ctx), Handle(h)};
}

}  // namespace

bool LooksLikeHeic(std::string_view head) {
  if (head.size() < 12 || head.substr(4, 4) != "ftyp") return false;
  std::string_view brand = head.substr(8, 4);
  for (std::string_view b : {"heic", "heix", "heim", "heis", "hevc", "hevx"}) {
    if (brand == b) return true;
  }
  return false;
}

HeicInfo InspectHeic(std::string_view bytes) {
  auto [ctx, handle] = Open(bytes);
  HeicInfo info;
  info.width = static_cast<uint64_t>(std::max(0, heif_image_handle_get_width(handle.get())));
  info.height = static_cast<uint64_t>(std::max(0, heif_image_handle_get_height(handle.get())));
  info.images = static_cast<uint32_t>(heif_context_get_number_of_top_level_images(ctx.get()));
  int blocks = heif_image_handle_get_number_of_metadata_blocks(handle.get(), nullptr);
  std::vector<heif_item_id> ids(static_cast<size_t>(std::max(0, blocks)));
  if (blocks > 0) {
    heif_image_handle_get_list_of_metadata_block_IDs(handle.get(), nullptr, ids.data(), blocks);
  }
  for (heif_item_id id : ids) {
    std::string type = heif_image_handle_get_metadata_type(handle.get(), id);
    std::string content = heif_image_handle_get_metadata_content_type(handle.get(), id);
    if (type == "Exif") {
      info.notes.push_back({"EXIF", "removed"});
    } else if (content.find("xmp") != std::string::npos) {
      info.notes.push_back({"XMP", "removed"});
    } else {
      info.notes.push_back({"HEIF metadata item " + type, "removed"});
    }
  }
  if (heif_image_handle_get_number_of_thumbnails(handle.get()) > 0) {
    info.notes.push_back({"HEIF thumbnail", "removed"});
  }
  if (heif_image_handle_get_number_of_depth_images(handle.get()) > 0) {
    info.notes.push_back({"HEIF depth map", "removed"});
  }
  int aux_filter = LIBHEIF_AUX_IMAGE_FILTER_OMIT_ALPHA | LIBHEIF_AUX_IMAGE_FILTER_OMIT_DEPTH;
  if (heif_image_handle_get_number_of_auxiliary_images(handle.get(), aux_filter) > 0) {
    info.notes.push_back({"HEIF auxiliary images", "removed"});
  }
  return info;
}

Pixels DecodeHeic(std::string_view bytes) {
  auto [ctx, handle] = Open(bytes);
  bool alpha = heif_image_handle_has_alpha_channel(handle.get()) != 0;
  heif_image* raw = nullptr;
  Check(heif_decode_image(handle.get(), &raw, heif_colorspace_RGB,
                          alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB,
                          nullptr),
        "cannot be decoded");
  Image img(raw);
  Pixels out;
  out.width = heif_image_get_width(img.get(), heif_channel_interleaved);
  out.height = heif_image_get_height(img.get(), heif_channel_interleaved);
  out.channels = alpha ? 4 : 3;
  int stride = 0;
  const uint8_t* plane =
      heif_image_get_plane_readonly(img.get(), heif_channel_interleaved, &stride);
  if (plane == nullptr || out.width <= 0 || out.height <= 0) {
    throw MalformedImage("HEIC cannot be decoded: no pixels");
  }
  size_t row = static_cast<size_t>(out.width) * out.channels;
  out.data.resize(row * out.height);
  for (int y = 0; y < out.height; ++y) {
    std::copy(plane + static_cast<size_t>(y) * stride,
              plane + static_cast<size_t>(y) * stride + row,
              out.data.begin() + static_cast<std::ptrdiff_t>(row * y));
  }
  return out;
}

std::string EncodeHeic(const Pixels& pixels, int quality) {
  Pixels rgb = pixels;
  if (rgb.channels == 1) {  // HEIC is written as colour
    rgb.channels = 3;
    rgb.data.resize(pixels.data.size() * 3);
    for (size_t i = 0; i < pixels.data.size(); ++i) {
      rgb.data[3 * i] = rgb.data[3 * i + 1] = rgb.data[3 * i + 2] = pixels.data[i];
    }
  }
  bool alpha = rgb.channels == 4;
  heif_image* raw = nullptr;
  Check(heif_image_create(rgb.width, rgb.height, heif_colorspace_RGB,
                          alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, &raw),
        "cannot be created");
  Image img(raw);
  Check(heif_image_add_plane(img.get(), heif_channel_interleaved, rgb.width, rgb.height, 8),
        "cannot be created");
  int stride = 0;
  uint8_t* plane = heif_image_get_plane(img.get(), heif_channel_interleaved, &stride);
  size_t row = static_cast<size_t>(rgb.width) * rgb.channels;
  for (int y = 0; y < rgb.height; ++y) {
    std::copy(rgb.data.begin() + static_cast<std::ptrdiff_t>(row * y),
              rgb.data.begin() + static_cast<std::ptrdiff_t>(row * (y + 1)),
              plane + static_cast<size_t>(y) * stride);
  }
  Context ctx(heif_context_alloc());
  heif_encoder* raw_encoder = nullptr;
  Check(heif_context_get_encoder_for_format(ctx.get(), heif_compression_HEVC, &raw_encoder),
        "encoder (HEVC) is not available");
  std::unique_ptr<heif_encoder, EncoderDeleter> encoder(raw_encoder);
  Check(heif_encoder_set_lossy_quality(encoder.get(), quality), "encoder rejects the quality");
  Check(heif_context_encode_image(ctx.get(), img.get(), encoder.get(), nullptr, nullptr),
        "cannot be encoded");
  std::string out;
  heif_writer writer{1, [](heif_context*, const void* data, size_t size, void* user) {
                       static_cast<std::string*>(user)->append(static_cast<const char*>(data),
                                                               size);
                       return heif_error{heif_error_Ok, heif_suberror_Unspecified, "ok"};
                     }};
  Check(heif_context_write(ctx.get(), &writer, &out), "cannot be written");
  return out;
}

}  // namespace deskbench::image
