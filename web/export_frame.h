// "Download image" on both platforms: one frame of the export graphic (export_graphic.cpp) drawn
// into a framebuffer of its own, read back and encoded as PNG. Compiled into each app (it needs
// the platform's GL header); the per-platform part is only the renderer passed in.
#pragma once
#include <string>

#include "app.h"
#include "imgui.h"

namespace usjp {

// Draws ImGui's draw data into the bound `width` x `height` framebuffer with the platform's renderer.
using RenderDrawData = void (*)(ImDrawData& data, int width, int height);

// The export graphic on white, cropped to the rows it used, as PNG bytes. The display size and
// the colour scheme are as they were afterwards, so the screen keeps its frame.
std::string exportPng(App& app, RenderDrawData render);

// The bound framebuffer's bottom `rows` rows (of `height`) as PNG bytes.
std::string readPng(int width, int height, int rows);

}  // namespace usjp
