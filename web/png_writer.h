// A minimal PNG writer for the desktop app's --screenshot: 8-bit RGB, stored (uncompressed)
// deflate blocks, so no zlib or image library is needed. Files are big but exact.
#pragma once
#include <string>
#include <vector>

namespace usjp {

// `rgb` holds height rows of width * 3 bytes, top row first.
bool writePng(const std::string& path, int width, int height, const std::vector<unsigned char>& rgb);

}  // namespace usjp
