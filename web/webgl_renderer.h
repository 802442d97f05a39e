// The browser's renderer (webgl_renderer.cpp): ImGui's draw data into a WebGL2 context that the
// page owns alone, without saving or restoring GL state. The desktop keeps Dear ImGui's OpenGL3
// backend.
#pragma once
#include "imgui.h"

namespace usjp::webgl {

// Compiles the shaders and describes the vertex layout; false if WebGL2 refused them.
bool init(ImGuiIO& io);
// The font atlas as a texture (after the fonts are built), and its release before a rebuild.
void createFontTexture(ImGuiIO& io);
void destroyFontTexture(ImGuiIO& io);
// Draws one frame into a framebuffer of width x height device pixels.
void render(const ImDrawData& data, int width, int height);

}  // namespace usjp::webgl
