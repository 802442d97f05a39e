// PNG files from pixels, with stb_image_write (Debian's libstb-dev; the header is compiled once,
// in png_encode.cpp). Used by the desktop's --screenshot and by "Download image" everywhere.
#pragma once
#include <string>
#include <vector>

namespace usjp {

// `rgba` holds height rows of width * 4 bytes, the bottom row first (as glReadPixels gives them);
// returns the PNG file's bytes, empty if encoding failed.
std::string encodePngBottomUp(int width, int height, const std::vector<unsigned char>& rgba);

}  // namespace usjp
