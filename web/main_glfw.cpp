// The desktop platform: the same UI in a resizable GLFW window with OpenGL 3, for testing and for
// people who want the calculator without a browser. Frames are drawn while something happens and
// the loop sleeps in glfwWaitEvents otherwise.
//
//   usjp-desktop [--preset ID] [--link FRAGMENT] [--data DIR] [--size WxH] [--compact]
//                [--frames N] [--screenshot PATH.png] [--export-png PATH.png]
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "app.h"
#include "embedded.h"
#include "export_frame.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "languages.h"
#include "panels.h"
#include "platform.h"
#include "theme.h"

namespace {

constexpr double kSettleSeconds = 0.6;  // as in the browser: let hover and tooltips settle

struct Options {
  std::string preset, link, dataDir, screenshot, exportPng;
  int frames = 0;  // 0: run until the window is closed
  int width = 1280, height = 800;
  bool compact = false;
  bool dark = false;
  std::string language = "en";
};

const char* kUsage =
    "usage: usjp-desktop [options]\n"
    "  --preset ID         start from a preset (default: the law today)\n"
    "  --link FRAGMENT     start from a shared link's fragment (v=1&l=...)\n"
    "  --data DIR          read data/*.json from DIR instead of the built-in copy\n"
    "  --size WxH          window size in screen coordinates (default 1280x800)\n"
    "  --compact           the compact embed's view (the browser's ?view=compact)\n"
    "  --theme dark|light  the color scheme (default light)\n"
    "  --lang en|ja        the language (default en; the browser's ?lang=)\n"
    "  --frames N          draw N frames, then exit\n"
    "  --screenshot PATH   save the last frame as a PNG\n"
    "  --export-png PATH   after the last frame, save the results graphic (\"Download image\")\n";

bool parseArgs(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool hasValue = i + 1 < argc;
    if (a == "--preset" && hasValue)
      o.preset = argv[++i];
    else if (a == "--link" && hasValue)
      o.link = argv[++i];
    else if (a == "--data" && hasValue)
      o.dataDir = argv[++i];
    else if (a == "--screenshot" && hasValue)
      o.screenshot = argv[++i];
    else if (a == "--export-png" && hasValue)
      o.exportPng = argv[++i];
    else if (a == "--frames" && hasValue)
      o.frames = std::atoi(argv[++i]);
    else if (a == "--compact")
      o.compact = true;
    else if (a == "--theme" && hasValue &&
             (std::strcmp(argv[i + 1], "dark") == 0 || std::strcmp(argv[i + 1], "light") == 0))
      o.dark = std::strcmp(argv[++i], "dark") == 0;
    else if (a == "--lang" && hasValue && tariff::isLanguageCode(argv[i + 1]))
      o.language = argv[++i];
    else if (a == "--size" && hasValue) {
      if (std::sscanf(argv[++i], "%dx%d", &o.width, &o.height) != 2) return false;
    } else
      return false;
  }
  return o.frames >= 0 && o.width > 0 && o.height > 0;
}

float contentScale(GLFWwindow* window) {
  float x = 1, y = 1;
  glfwGetWindowContentScale(window, &x, &y);
  return x > 0 ? x : 1;
}

void buildFonts(float scale) {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  usjp::theme::buildFonts(*ImGui::GetIO().Fonts, scale);
  usjp::theme::applyStyle(scale);
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

float g_fontScale = 0;  // what the fonts were built at: the content scale times theme::widthScale
GLFWwindow* g_window = nullptr;
bool g_compact = false;
usjp::platform::ShareOutcome g_shareOutcome = usjp::platform::ShareOutcome::None;
void onContentScale(GLFWwindow*, float, float) {}  // wakes the loop; fitFonts() reads the new scale

// Between frames: the language the reader chose (the switch), with the fonts rebuilt for its glyphs.
void applyLanguageRequest(usjp::App& app) {
  const std::string code = app.takeLanguageRequest();
  if (!code.empty() && code != app.languageCode() && usjp::switchLanguage(app, code)) {
    app.chooseLanguage();
    buildFonts(g_fontScale);
  }
}

// Between frames: rebuild the fonts when the monitor's scale or the window's width class changed.
void fitFonts(GLFWwindow* window) {
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  const float scale = contentScale(window);
  const float wanted = scale * usjp::theme::widthScale(static_cast<float>(width) / scale);
  if (wanted == g_fontScale) return;
  g_fontScale = wanted;
  buildFonts(wanted);
}

bool writeFile(const std::string& path, const std::string& bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  const bool ok = !bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

bool saveScreenshot(const std::string& path, GLFWwindow* window) {
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  glReadBuffer(GL_BACK);
  return writeFile(path, usjp::readPng(width, height, height));
}

// "Download image" (export_frame.cpp), drawn with ImGui's OpenGL 3 backend: the same frame the
// browser draws for it.
std::string exportImage(usjp::App& app) {
  ImGui_ImplOpenGL3_NewFrame();
  return usjp::exportPng(app, [](ImDrawData& data, int, int) { ImGui_ImplOpenGL3_RenderDrawData(&data); });
}

void drawFrame(usjp::App& app, GLFWwindow* window) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  usjp::drawCalculator(app);
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(window, &width, &height);
  glViewport(0, 0, width, height);
  const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(usjp::theme::colour::kPaper);
  glClearColor(paper.x, paper.y, paper.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

std::string startLink(const Options& o) {
  if (!o.link.empty()) return o.link;
  if (!o.preset.empty()) return "p=" + o.preset;
  return "";
}

// Renders until the window closes, or exactly --frames frames. Idle: waits for events.
void run(usjp::App& app, GLFWwindow* window, const Options& o) {
  double lastInput = glfwGetTime();
  for (int frame = 1; !glfwWindowShouldClose(window); ++frame) {
    if (o.frames > 0) {
      glfwPollEvents();
    } else {
      const ImGuiIO& io = ImGui::GetIO();
      const bool busy = glfwGetTime() - lastInput < kSettleSeconds || io.MouseDown[0] || io.MouseDown[1];
      if (busy)
        glfwPollEvents();
      else
        glfwWaitEvents();
      if (!busy) lastInput = glfwGetTime();  // woken by an event
    }
    fitFonts(window);
    applyLanguageRequest(app);
    drawFrame(app, window);
    if (app.takeImageRequest())
      usjp::platform::saveFile(usjp::downloadName(app, ".png"), "image/png", exportImage(app));
    if (o.frames > 0 && frame >= o.frames) {
      if (!o.screenshot.empty() && !saveScreenshot(o.screenshot, window))
        std::fprintf(stderr, "usjp-desktop: could not write %s\n", o.screenshot.c_str());
      if (!o.exportPng.empty() && !writeFile(o.exportPng, exportImage(app)))
        std::fprintf(stderr, "usjp-desktop: could not write %s\n", o.exportPng.c_str());
      break;
    }
    glfwSwapBuffers(window);
  }
  if (o.frames == 0 && !o.screenshot.empty()) saveScreenshot(o.screenshot, window);
}

GLFWwindow* openWindow(const Options& o) {
  glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "GLFW error %d: %s\n", code, text); });
  if (!glfwInit()) return nullptr;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GL_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);  // --size is in screen coordinates at 96 dpi
  GLFWwindow* window = glfwCreateWindow(o.width, o.height, "US\u2013Japan tariff calculator", nullptr, nullptr);
  if (!window) return nullptr;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  glfwSetWindowContentScaleCallback(window, onContentScale);
  return window;
}

}  // namespace

namespace usjp::platform {

void openUrl(const std::string& url) { std::printf("Source: %s\n", url.c_str()); }

std::string pageAddress() { return ""; }  // a desktop link is the fragment alone (usjp-tariff --link)

bool compactView() { return g_compact; }

void reportContentHeight(float, bool) {}  // a desktop window is sized by its reader

void saveFile(const std::string& name, const std::string&, const std::string& bytes) {
  if (writeFile(name, bytes))
    std::printf("Saved %s\n", name.c_str());
  else
    std::fprintf(stderr, "usjp-desktop: could not write %s\n", name.c_str());
}

void shareText(const std::string&, const std::string& text) {
  glfwSetClipboardString(g_window, text.c_str());
  g_shareOutcome = ShareOutcome::Copied;
}

ShareOutcome shareOutcome() { return g_shareOutcome; }

}  // namespace usjp::platform

int main(int argc, char** argv) {
  Options options;
  if (!parseArgs(argc, argv, options)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  usjp::App app;
  const std::vector<std::string> problems = options.dataDir.empty()
                                                ? app.use(tariff::loadTradeData(usjp::embeddedDataFiles()))
                                                : app.use(tariff::loadTradeDataFromDir(options.dataDir));
  for (const std::string& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
  if (!problems.empty()) return 1;
  std::vector<std::string> wordProblems = usjp::addEnglish(app);
  const usjp::EmbeddedFile &words = usjp::kJapaneseFiles[0], &font = usjp::kJapaneseFiles[1];
  if (wordProblems.empty())
    wordProblems = usjp::addJapanese(app, std::string(reinterpret_cast<const char*>(words.bytes), words.size),
                                     std::string(reinterpret_cast<const char*>(font.bytes), font.size));
  for (const std::string& p : wordProblems) std::fprintf(stderr, "%s\n", p.c_str());
  if (!wordProblems.empty()) return 1;
  usjp::switchLanguage(app, options.language);
  g_compact = options.compact;
  app.start(startLink(options));
  for (const std::string& n : app.notices()) std::fprintf(stderr, "usjp-desktop: link: %s\n", n.c_str());

  GLFWwindow* window = openWindow(options);
  g_window = window;
  if (!window) {
    std::fputs("usjp-desktop: could not open an OpenGL 3.3 window\n", stderr);
    return 1;
  }
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  usjp::theme::useDarkScheme(options.dark);
  fitFonts(window);
  run(app, window, options);

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}
