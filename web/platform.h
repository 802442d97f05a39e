// What the shared UI asks of the platform it runs on. main_emscripten.cpp and main_glfw.cpp each
// implement it and own everything else platform-specific: the frame loop, input, pixel density.
#pragma once
#include <string>

namespace usjp::platform {

// Opens a source's web page: a new browser tab; on the desktop, printed for the reader to open.
void openUrl(const std::string& url);

}  // namespace usjp::platform
