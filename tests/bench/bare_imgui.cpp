// The benchmark's yardstick (tests/e2e/bench.mjs): the smallest usual Dear ImGui browser app, one
// window with a slider and a checkbox, built with the calculator's size flags and drawn the way
// the Emscripten examples do, every animation frame by emscripten_set_main_loop.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

namespace {

GLFWwindow* g_window = nullptr;
float g_share = 50;
bool g_on = true;
float g_slider[4];  // the slider's rectangle, for the benchmark to drag it

void frame() {
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Bare ImGui");
  ImGui::Checkbox("On", &g_on);
  ImGui::SliderFloat("Share", &g_share, 0, 100, "%.0f%%");
  g_slider[0] = ImGui::GetItemRectMin().x;
  g_slider[1] = ImGui::GetItemRectMin().y;
  g_slider[2] = ImGui::GetItemRectMax().x;
  g_slider[3] = ImGui::GetItemRectMax().y;
  ImGui::End();
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(g_window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE int bare_frame_count() { return ImGui::GetFrameCount(); }
extern "C" EMSCRIPTEN_KEEPALIVE float bare_slider(int i) { return g_slider[i & 3]; }

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // The canvas's own size, so that both pages fill the same number of pixels.
  double width = 800, height = 600;
  emscripten_get_element_css_size("#canvas", &width, &height);
  g_window = glfwCreateWindow(static_cast<int>(width), static_cast<int>(height), "bare", nullptr, nullptr);
  if (!g_window) return 1;
  glfwMakeContextCurrent(g_window);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(frame, 0, 1);
  return 0;
}
