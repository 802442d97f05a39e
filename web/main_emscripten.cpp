// The browser platform: a WebGL2 context on #canvas sized to its CSS box times devicePixelRatio,
// frames only while something is happening, and start-up. Input is in browser_input.cpp, the
// read-only test hook (window.usjp) in browser_hook.cpp.
//
// ImGui works in device pixels here: DisplaySize is the canvas backing store, fonts are built at
// CSS size x devicePixelRatio and style sizes scaled by it, so text is sharp on any screen.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "browser.h"
#include "describe.h"
#include "embedded.h"
#include "export_frame.h"
#include "imgui.h"
#include "languages.h"
#include "panels.h"
#include "platform.h"
#include "report.h"
#include "theme.h"
#include "webgl_renderer.h"
#include "words.h"

namespace usjp::browser {
namespace {

// Keep drawing this long after the last input, so hover highlights and tooltips (which appear
// after a short stationary delay) settle; then stop until the next event.
constexpr double kSettleMs = 600;
// ... and at least this many frames, however slow they are (a loaded machine, software WebGL):
// ImGui settles a layout over two frames (tables size their columns on the second).
constexpr int kSettleFrames = 3;
// The address bar is updated at most this often while a slider is dragged (browsers throttle
// history.replaceState and warn when it is called every frame).
constexpr double kPublishEveryMs = 400;
constexpr size_t kMaxAddressBytes = 4096;

// What the frame loop keeps between frames.
struct FrameState {
  bool framePending = false, ready = false;
  double lastInputMs = 0, lastFrameMs = 0, lastPublishMs = 0;
  int publishedEvaluation = 0;
  int settleFrames = 0;         // frames still owed to the last input (kSettleFrames)
  int describedEvaluation = 0;  // the live region's text belongs to this evaluation ...
  size_t describedNotices = 0;  // ... and to this many notices ...
  int describedLanguage = 0;    // ... and to this many language changes (App::languageChanges)
};

Page thePage;
FrameState g;

// --- Frames: scheduled by events, never a busy loop ----------------------------------------------

EM_BOOL onAnimationFrame(double nowMs, void*);

void scheduleFrame() {
  if (g.framePending) return;
  g.framePending = true;
  emscripten_request_animation_frame(onAnimationFrame, nullptr);
}

}  // namespace

void wake() {
  if (thePage.drawsNothing) return;  // no WebGL2, no ImGui: nothing to draw, ever
  g.lastInputMs = emscripten_get_now();
  g.settleFrames = kSettleFrames;
  scheduleFrame();
}

namespace {

bool busy(double nowMs) {
  const ImGuiIO& io = ImGui::GetIO();
  for (bool down : io.MouseDown)
    if (down) return true;  // a drag: every frame counts
  return nowMs - g.lastInputMs < kSettleMs || g.settleFrames > 0 ||
         g.publishedEvaluation != thePage.app.evaluations() || g.describedEvaluation != thePage.app.evaluations() ||
         g.describedLanguage != thePage.app.languageChanges() || inputBusy();
}

// The live region's text now belongs to what the app is.
void markDescribed() {
  g.describedEvaluation = thePage.app.evaluations();
  g.describedNotices = thePage.app.notices().size();
  g.describedLanguage = thePage.app.languageChanges();
}

void describe() {
  usjp_js_describe(usjp::describeScenario(thePage.app).c_str(), thePage.app.summary().c_str());
  markDescribed();
}

// The address follows every change (throttled during a drag); screen readers hear the new scenario
// and result once the reader lets go, not at every step of a drag.
void publishIfChanged(double nowMs) {
  const bool dragging = ImGui::GetIO().MouseDown[0];
  if (g.publishedEvaluation != thePage.app.evaluations() && (!dragging || nowMs - g.lastPublishMs >= kPublishEveryMs)) {
    usjp_js_publish(thePage.app.link().c_str());
    g.publishedEvaluation = thePage.app.evaluations();
    g.lastPublishMs = nowMs;
  }
  const bool stale = g.describedEvaluation != thePage.app.evaluations() ||
                     g.describedNotices != thePage.app.notices().size() ||
                     g.describedLanguage != thePage.app.languageChanges();
  if (stale && !dragging) describe();
}

void renderFrame(double nowMs) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = static_cast<float>(std::clamp((nowMs - g.lastFrameMs) / 1000.0, 1e-4, 0.25));
  g.lastFrameMs = nowMs;
  io.DisplaySize = ImVec2(static_cast<float>(thePage.width), static_cast<float>(thePage.height));
  releasePendingEvents();
  ImGui::NewFrame();
  usjp::drawCalculator(thePage.app);
  updateCursor();
  ImGui::Render();
  glViewport(0, 0, thePage.width, thePage.height);
  const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(theme::colour::kPaper);
  glClearColor(paper.x, paper.y, paper.z, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  webgl::render(*ImGui::GetDrawData(), thePage.width, thePage.height);
  ++thePage.frames;
  if (g.settleFrames > 0) --g.settleFrames;
}

// "Download image" (export_frame.cpp), drawn with the page's WebGL renderer; the canvas keeps its frame.
void exportImage() {
  const std::string png = exportPng(thePage.app, [](ImDrawData& data, int width, int height) {
    webgl::render(data, width, height);
  });
  platform::saveFile(downloadName(thePage.app, ".png"), "image/png", png);
}

EM_BOOL onAnimationFrame(double nowMs, void*) {
  g.framePending = false;
  if (thePage.drawsNothing) return EM_FALSE;  // a frame asked for before WebGL2 was found missing
  // A Japanese reader's first frame waits for the Japanese pack (the loading line stays), so the
  // page never flashes English; languageArrived() wakes the loop, in Japanese or, failing, English.
  if (!g.ready && !thePage.languagePending.empty()) return EM_FALSE;
  applyLanguageRequest();
  // Some ratio changes come with no event (emulated devices); catch them on the next frame.
  if (emscripten_get_device_pixel_ratio() != thePage.dpr) fitCanvas();
  const double started = emscripten_get_now();
  renderFrame(nowMs);
  thePage.frameMsTotal += emscripten_get_now() - started;
  if (thePage.app.takeImageRequest()) exportImage();
  if (!g.ready) {
    g.ready = true;
    g.publishedEvaluation = thePage.app.evaluations();  // the opening scenario keeps the address as it was
    markDescribed();
    usjp_js_ready(usjp::describeScenario(thePage.app).c_str(), thePage.app.summary().c_str());
  }
  publishIfChanged(nowMs);
  if (busy(nowMs)) scheduleFrame();
  return EM_FALSE;
}

// --- Canvas size and pixel density ---------------------------------------------------------------

void buildFonts() {
  ImGuiIO& io = ImGui::GetIO();
  webgl::destroyFontTexture(io);
  usjp::theme::buildFonts(*io.Fonts, thePage.fontScale);
  usjp::theme::applyStyle(thePage.fontScale);
  webgl::createFontTexture(io);
}

// The link's figures, computed as ever, into the page's static graphic (no WebGL2), in the language.
void showStatic() {
  const App& app = thePage.app;
  usjp_js_show_static(tariff::graphicJson(app.data(), app.evaluated(), app.results(), usjp::language()).dump().c_str(),
                      nullptr);
}

void switchTo(const std::string& code) {
  if (!usjp::switchLanguage(thePage.app, code)) return;
  usjp_js_set_language(code.c_str(), thePage.app.languageChosen() ? 1 : 0);
  if (thePage.drawsNothing) showStatic();
  if (thePage.fontScale > 0) buildFonts();
}

}  // namespace

void applyLanguageRequest() {
  const std::string code = thePage.app.takeLanguageRequest();
  if (code.empty() || code == thePage.app.languageCode()) return;
  thePage.app.chooseLanguage();
  thePage.app.languageProblem().clear();
  if (thePage.app.hasLanguage(code)) {
    switchTo(code);
    return;
  }
  thePage.languagePending = code;
  usjp_js_load_language(code.c_str());
}

namespace {

// One part of a language's pack (0: its words as UTF-8, 1: its font) from the page's script.
std::string packPart(const std::string& code, int part) {
  const int size = usjp_js_pack_size(code.c_str(), part);
  std::string bytes(static_cast<size_t>(std::max(0, size)) + 1, '\0');  // room for the words' NUL
  const int copied = usjp_js_pack_copy(code.c_str(), part, reinterpret_cast<unsigned char*>(bytes.data()),
                                       static_cast<int>(bytes.size()));
  bytes.resize(static_cast<size_t>(std::max(0, std::min(copied, size))));
  return bytes;
}

}  // namespace

void languageArrived() {
  const std::string code = std::exchange(thePage.languagePending, std::string());
  if (code.empty()) return;
  std::string error(256, '\0');
  error.resize(static_cast<size_t>(std::max(0, usjp_js_pack_error(code.c_str(), error.data(), 256))));
  std::vector<std::string> problems;
  if (error.empty()) {
    problems = addJapanese(thePage.app, packPart(code, 0), packPart(code, 1));
  } else {
    problems.push_back(error);
  }
  if (problems.empty()) {
    switchTo(code);
  } else {
    for (const std::string& p : problems) std::fprintf(stderr, "usjp: %s\n", p.c_str());
    thePage.app.languageProblem() = trf("language.unavailable", {{"reason", problems.front()}});
    usjp_js_set_language("en", 0);
  }
  wake();
}

// The canvas fills its container (CSS); its backing store follows at the device's pixel ratio.
void fitCanvas() {
  double cssWidth = 0, cssHeight = 0;
  emscripten_get_element_css_size(kCanvas, &cssWidth, &cssHeight);
  const double dpr = std::max(0.5, emscripten_get_device_pixel_ratio());
  const int width = std::max(1, static_cast<int>(std::lround(cssWidth * dpr)));
  const int height = std::max(1, static_cast<int>(std::lround(cssHeight * dpr)));
  if (width != thePage.width || height != thePage.height) emscripten_set_canvas_element_size(kCanvas, width, height);
  thePage.width = width;
  thePage.height = height;
  thePage.canvasLeft = usjp_js_canvas_left();
  thePage.canvasTop = usjp_js_canvas_top();
  thePage.dpr = dpr;
  const float fontScale = static_cast<float>(dpr) * theme::widthScale(static_cast<float>(cssWidth));
  if (fontScale != thePage.fontScale) {
    thePage.fontScale = fontScale;
    buildFonts();
  }
}

namespace {

// --- Start-up ------------------------------------------------------------------------------------

bool createContext() {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  attributes.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(kCanvas, &attributes);
  if (context <= 0) return false;
  emscripten_webgl_make_context_current(context);
  return true;
}

bool initImGui() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing persists between visits
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames forever
  io.BackendPlatformName = "usjp_emscripten";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  return webgl::init(io);
}

}  // namespace

Page& page() { return thePage; }

std::string fromJs(int (*read)(char*, int), size_t size) {
  std::string text(size, '\0');
  const int n = read(text.data(), static_cast<int>(text.size()));
  text.resize(static_cast<size_t>(std::max(0, n)));
  return text;
}

}  // namespace usjp::browser

namespace usjp::platform {

void openUrl(const std::string& url) { usjp_js_open_url(url.c_str()); }

std::string pageAddress() { return browser::page().pageAddress; }

bool compactView() { return browser::page().compact; }

void reportContentHeight(float height, bool scrollsInside) {
  browser::Page& page = browser::page();
  const int css = static_cast<int>(std::ceil(height / std::max(0.5, page.dpr)));
  if (css != page.reportedHeight) usjp_js_report_height(css);
  if (scrollsInside != page.scrollsInside) usjp_js_swipe_scrolls_page(scrollsInside ? 0 : 1);
  page.reportedHeight = css;
  page.scrollsInside = scrollsInside;
}

void shareText(const std::string& what, const std::string& text) { usjp_js_share(what.c_str(), text.c_str()); }

void saveFile(const std::string& name, const std::string& mime, const std::string& bytes) {
  usjp_js_save_file(name.c_str(), mime.c_str(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    static_cast<int>(bytes.size()));
}

ShareOutcome shareOutcome() { return shareOutcomeNamed(browser::fromJs(usjp_js_share_outcome, 16)); }

}  // namespace usjp::platform

// The page's error box with one line per problem (data or words that could not be loaded).
static void showProblems(const char* titleKey, const std::vector<std::string>& problems) {
  std::string detail;
  for (const std::string& problem : problems) detail += problem + "\n";
  usjp_js_show_error(titleKey, detail.c_str(), 0);
}

int main() {
  using namespace usjp::browser;
  Page& page = usjp::browser::page();
  const std::vector<std::string> problems = page.app.use(tariff::loadTradeData(usjp::embeddedDataFiles()));
  if (!problems.empty()) {
    showProblems("page.data_not_loaded", problems);
    return 1;
  }
  const std::vector<std::string> wordProblems = usjp::addEnglish(page.app);
  if (!wordProblems.empty()) {
    showProblems("page.words_not_loaded", wordProblems);
    return 1;
  }
  page.app.start(fromJs(usjp_js_location_hash, kMaxHashBytes));
  // The page asked for another language (?lang=, or the browser's): its pack is already on its way.
  const std::string language = fromJs(usjp_js_requested_language, 8);
  if (usjp_js_language_chosen()) page.app.chooseLanguage();
  if (language != "en" && tariff::isLanguageCode(language)) {
    page.languagePending = language;
    usjp_js_load_language(language.c_str());
  }
  if (!createContext() || !initImGui()) {
    usjp_js_show_error("page.no_webgl", "page.no_webgl_detail", 1);
    page.drawsNothing = true;
    showStatic();  // again in Japanese if its pack is on its way
    return 1;
  }
  page.pageAddress = fromJs(usjp_js_page_address, kMaxAddressBytes);
  page.compact = usjp_js_compact_view() != 0;
  usjp::theme::useDarkScheme(usjp_js_dark_scheme() != 0);
  usjp::theme::useTouchSizes(usjp_js_coarse_pointer() != 0);
  fitCanvas();
  installInput();
  usjp_js_watch_size();
  wake();    // a few frames to settle ImGui's first layout (tables size their columns on frame 2)
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); frames come from events from now on
}
