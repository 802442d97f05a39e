#include "png_encode.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO  // bytes to memory only: the platforms save them
#include <stb/stb_image_write.h>

namespace usjp {
namespace {

void append(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
}

}  // namespace

std::string encodePngBottomUp(int width, int height, const std::vector<unsigned char>& rgba) {
  std::string png;
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<size_t>(width) * height * 4) return png;
  stbi_flip_vertically_on_write(1);  // the rows come bottom first
  if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4)) png.clear();
  return png;
}

}  // namespace usjp
