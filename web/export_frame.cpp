#include "export_frame.h"

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES  // framebuffer objects (OpenGL 3.3 core)
#define GLFW_INCLUDE_GLEXT
#include <GLFW/glfw3.h>
#endif

#include <algorithm>
#include <cmath>
#include <vector>

#include "panels.h"
#include "png_encode.h"
#include "theme.h"

namespace usjp {

std::string readPng(int width, int height, int rows) {
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * rows * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, height - rows, width, rows, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  return encodePngBottomUp(width, rows, pixels);
}

std::string exportPng(App& app, RenderDrawData render) {
  ImGuiIO& io = ImGui::GetIO();
  const bool dark = theme::darkScheme();
  if (dark) theme::switchScheme(false);  // an image for print and slides: always on white
  const ImVec2 screen = io.DisplaySize;
  const int width = exportWidth(), height = static_cast<int>(theme::px(1400));
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  ImGui::NewFrame();
  const float used = drawExportGraphic(app);
  ImGui::Render();
  GLuint texture = 0, framebuffer = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glGenFramebuffers(1, &framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
  glViewport(0, 0, width, height);
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  render(*ImGui::GetDrawData(), width, height);
  const std::string png = readPng(width, height, std::clamp(static_cast<int>(std::ceil(used)), 1, height));
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteFramebuffers(1, &framebuffer);
  glDeleteTextures(1, &texture);
  io.DisplaySize = screen;
  if (dark) theme::switchScheme(true);
  return png;
}

}  // namespace usjp
