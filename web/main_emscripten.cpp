// The browser platform: a WebGL2 context on #canvas sized to its CSS box times devicePixelRatio,
// input from the page's own events (mouse, wheel, touch, keys), frames only while something is
// happening, and window.usjp, a read-only hook for tests (web/js/post.js).
//
// ImGui works in device pixels here: DisplaySize is the canvas backing store, fonts are built at
// CSS size x devicePixelRatio and style sizes scaled by it, so text is sharp on any screen.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "app.h"
#include "embedded.h"
#include "panels.h"
#include "describe.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform.h"
#include "report.h"
#include "test_hook.h"
#include "theme.h"

// web/js/library.js
extern "C" {
void usjp_js_show_error(const char* title, const char* detail, int withBaseline);
void usjp_js_ready(const char* scenario, const char* summary);
void usjp_js_publish(const char* link);
void usjp_js_describe(const char* scenario, const char* summary);
void usjp_js_open_url(const char* url);
void usjp_js_share(const char* what, const char* text);
int usjp_js_share_outcome();
int usjp_js_page_address(char* out, int size);
int usjp_js_compact_view();
int usjp_js_location_hash(char* out, int size);
double usjp_js_canvas_left();
double usjp_js_canvas_top();
void usjp_js_set_cursor(int imguiCursor);
void usjp_js_watch_size();
}

namespace {

constexpr const char* kCanvas = "#canvas";
// Keep drawing this long after the last input, so hover highlights and tooltips (which appear
// after a short stationary delay) settle; then stop until the next event.
constexpr double kSettleMs = 600;
// ... and at least this many frames, however slow they are (a loaded machine, software WebGL):
// ImGui settles a layout over two frames (tables size their columns on the second).
constexpr int kSettleFrames = 3;
// The address bar is updated at most this often while a slider is dragged (browsers throttle
// history.replaceState and warn when it is called every frame).
constexpr double kPublishEveryMs = 400;
// A touch that moves this far (CSS px) is a drag: mostly vertical scrolls, mostly horizontal presses.
constexpr double kTouchSlopPx = 8;
constexpr double kLongPressMs = 450;
constexpr size_t kMaxHashBytes = 8192;  // twice core's longest link (kMaxLinkLength)
constexpr size_t kMaxAddressBytes = 4096;

enum class TouchMode { None, Undecided, Press, Scroll };

struct TouchState {
  TouchMode mode = TouchMode::None;
  long id = 0;
  double startX = 0, startY = 0, lastY = 0, startMs = 0;  // CSS px, relative to the canvas
};

// A press right after a move waits one frame: ImGui widgets that allow overlap (table headers)
// only take a click on an item hovered in the previous frame, and a tap moves and presses at once.
// Events after a waiting press wait with it, so that their order is kept.
struct PendingEvent {
  ImVec2 pos;
  int button = -1;  // -1: a move to pos
  bool down = false;
};

struct Browser {
  usjp::App app;
  double dpr = 0;
  int width = 0, height = 0;  // backing store, device pixels
  double canvasLeft = 0, canvasTop = 0;
  bool framePending = false, ready = false, tabLeaves = false;
  double lastInputMs = 0, lastFrameMs = 0, lastPublishMs = 0;
  int publishedEvaluation = 0, frames = 0, cursor = -1;
  int settleFrames = 0;         // frames still owed to the last input (kSettleFrames)
  int describedEvaluation = 0;  // the live region's text belongs to this evaluation ...
  size_t describedNotices = 0;  // ... and to this many notices
  std::string pageAddress;      // without query and fragment; it does not change
  bool compact = false;         // ?view=compact
  double frameMsTotal = 0;  // time spent building and submitting frames (tests/e2e/bench.mjs)
  TouchState touch;
  bool movedSinceFrame = false;
  std::vector<PendingEvent> pending;
};

Browser g;

void addMousePos(ImVec2 p) {
  if (!g.pending.empty()) {
    g.pending.push_back({p});
    return;
  }
  ImGui::GetIO().AddMousePosEvent(p.x, p.y);
  g.movedSinceFrame = true;
}

void addMouseButton(int button, bool down) {
  if (g.movedSinceFrame || !g.pending.empty()) g.pending.push_back({ImVec2(), button, down});
  else ImGui::GetIO().AddMouseButtonEvent(button, down);
}

// At the start of a frame: a move still unseen by ImGui goes first, the waiting events next frame.
void releasePendingEvents() {
  const bool moveUnseen = g.movedSinceFrame;
  g.movedSinceFrame = false;
  if (moveUnseen) return;
  ImGuiIO& io = ImGui::GetIO();
  for (const PendingEvent& e : g.pending) {
    if (e.button < 0) io.AddMousePosEvent(e.pos.x, e.pos.y);
    else io.AddMouseButtonEvent(e.button, e.down);
  }
  g.pending.clear();
}

// --- Frames: scheduled by events, never a busy loop ----------------------------------------------

EM_BOOL onAnimationFrame(double nowMs, void*);
void fitCanvas();

void scheduleFrame() {
  if (g.framePending) return;
  g.framePending = true;
  emscripten_request_animation_frame(onAnimationFrame, nullptr);
}

void wake() {
  g.lastInputMs = emscripten_get_now();
  g.settleFrames = kSettleFrames;
  scheduleFrame();
}

bool busy(double nowMs) {
  const ImGuiIO& io = ImGui::GetIO();
  for (bool down : io.MouseDown)
    if (down) return true;  // a drag: every frame counts
  return nowMs - g.lastInputMs < kSettleMs || g.settleFrames > 0 ||
         g.publishedEvaluation != g.app.evaluations() || g.describedEvaluation != g.app.evaluations() ||
         g.touch.mode != TouchMode::None || !g.pending.empty();
}

void describe() {
  usjp_js_describe(usjp::describeScenario(g.app).c_str(), g.app.summary().c_str());
  g.describedEvaluation = g.app.evaluations();
  g.describedNotices = g.app.notices().size();
}

// The address follows every change (throttled during a drag); screen readers hear the new scenario
// and result once the reader lets go, not at every step of a drag.
void publishIfChanged(double nowMs) {
  const bool dragging = ImGui::GetIO().MouseDown[0];
  if (g.publishedEvaluation != g.app.evaluations() && (!dragging || nowMs - g.lastPublishMs >= kPublishEveryMs)) {
    usjp_js_publish(g.app.link().c_str());
    g.publishedEvaluation = g.app.evaluations();
    g.lastPublishMs = nowMs;
  }
  const bool stale = g.describedEvaluation != g.app.evaluations() || g.describedNotices != g.app.notices().size();
  if (stale && !dragging) describe();
}

void updateCursor() {
  const int cursor = ImGui::GetMouseCursor();
  if (cursor == g.cursor) return;
  g.cursor = cursor;
  usjp_js_set_cursor(cursor);
}

void renderFrame(double nowMs) {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = static_cast<float>(std::clamp((nowMs - g.lastFrameMs) / 1000.0, 1e-4, 0.25));
  g.lastFrameMs = nowMs;
  io.DisplaySize = ImVec2(static_cast<float>(g.width), static_cast<float>(g.height));
  releasePendingEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  usjp::drawCalculator(g.app);
  updateCursor();
  ImGui::Render();
  glViewport(0, 0, g.width, g.height);
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++g.frames;
  if (g.settleFrames > 0) --g.settleFrames;
}

EM_BOOL onAnimationFrame(double nowMs, void*) {
  g.framePending = false;
  // Some ratio changes come with no event (emulated devices); catch them on the next frame.
  if (emscripten_get_device_pixel_ratio() != g.dpr) fitCanvas();
  const double started = emscripten_get_now();
  renderFrame(nowMs);
  g.frameMsTotal += emscripten_get_now() - started;
  if (!g.ready) {
    g.ready = true;
    g.publishedEvaluation = g.app.evaluations();  // the opening scenario keeps the address as it was
    g.describedEvaluation = g.app.evaluations();
    g.describedNotices = g.app.notices().size();
    usjp_js_ready(usjp::describeScenario(g.app).c_str(), g.app.summary().c_str());
  }
  publishIfChanged(nowMs);
  if (busy(nowMs)) scheduleFrame();
  return EM_FALSE;
}

// --- Canvas size and pixel density ---------------------------------------------------------------

void buildFonts() {
  ImGuiIO& io = ImGui::GetIO();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  usjp::theme::buildFonts(*io.Fonts, static_cast<float>(g.dpr));
  usjp::theme::applyStyle(static_cast<float>(g.dpr));
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// The canvas fills its container (CSS); its backing store follows at the device's pixel ratio.
void fitCanvas() {
  double cssWidth = 0, cssHeight = 0;
  emscripten_get_element_css_size(kCanvas, &cssWidth, &cssHeight);
  const double dpr = std::max(0.5, emscripten_get_device_pixel_ratio());
  const int width = std::max(1, static_cast<int>(std::lround(cssWidth * dpr)));
  const int height = std::max(1, static_cast<int>(std::lround(cssHeight * dpr)));
  if (width != g.width || height != g.height) emscripten_set_canvas_element_size(kCanvas, width, height);
  g.width = width;
  g.height = height;
  g.canvasLeft = usjp_js_canvas_left();
  g.canvasTop = usjp_js_canvas_top();
  if (dpr != g.dpr) {
    g.dpr = dpr;
    buildFonts();
  }
}

// --- Input ---------------------------------------------------------------------------------------

ImVec2 toImGui(double clientX, double clientY) {
  return ImVec2(static_cast<float>((clientX - g.canvasLeft) * g.dpr), static_cast<float>((clientY - g.canvasTop) * g.dpr));
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  addMousePos(toImGui(e->clientX, e->clientY));
  const int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
  if (button >= 0 && type != EMSCRIPTEN_EVENT_MOUSEMOVE) addMouseButton(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
  wake();
  return EM_FALSE;  // mousedown's default focuses the canvas, which keyboard input needs
}

EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent*, void*) {
  if (!ImGui::GetIO().MouseDown[0]) addMousePos(ImVec2(-FLT_MAX, -FLT_MAX));
  wake();
  return EM_FALSE;
}

// ImGui scrolls 5 lines of the window's font per wheel step; convert so that the content moves
// as far as the browser would scroll a page (deltaY CSS pixels).
float wheelSteps(double delta, unsigned long mode) {
  const double linePx = 16, pagePx = g.height / g.dpr;
  const double cssPx = mode == DOM_DELTA_LINE ? delta * linePx : mode == DOM_DELTA_PAGE ? delta * pagePx : delta;
  const double stepPx = 5 * ImGui::GetIO().Fonts->Fonts[0]->FontSize;
  return static_cast<float>(-cssPx * g.dpr / stepPx);
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
  addMousePos(toImGui(e->mouse.clientX, e->mouse.clientY));
  ImGui::GetIO().AddMouseWheelEvent(wheelSteps(e->deltaX, e->deltaMode), wheelSteps(e->deltaY, e->deltaMode));
  wake();
  return EM_TRUE;  // the calculator scrolls, not the page around it
}

const EmscriptenTouchPoint* findTouch(const EmscriptenTouchEvent* e, bool changedOnly) {
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& t = e->touches[i];
    if (changedOnly && !t.isChanged) continue;
    if (g.touch.mode == TouchMode::None || t.identifier == g.touch.id) return &t;
  }
  return nullptr;
}

void pressAt(double x, double y) {
  addMousePos(toImGui(x, y));
  addMouseButton(0, true);
}

// One finger: a tap clicks, a long press shows the tooltip, a horizontal drag presses and drags
// (sliders), a vertical drag scrolls. Further fingers are ignored.
EM_BOOL onTouchStart(int, const EmscriptenTouchEvent* e, void*) {
  if (g.touch.mode != TouchMode::None) return EM_TRUE;
  const EmscriptenTouchPoint* t = findTouch(e, true);
  if (!t) return EM_TRUE;
  g.touch = {TouchMode::Undecided, t->identifier, double(t->clientX), double(t->clientY), double(t->clientY),
             emscripten_get_now()};
  ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  addMousePos(toImGui(t->clientX, t->clientY));
  wake();
  return EM_TRUE;  // no emulated mouse events, no browser gestures
}

EM_BOOL onTouchMove(int, const EmscriptenTouchEvent* e, void*) {
  const EmscriptenTouchPoint* t = findTouch(e, true);
  if (!t || g.touch.mode == TouchMode::None) return EM_TRUE;
  ImGuiIO& io = ImGui::GetIO();
  const double dx = t->clientX - g.touch.startX, dy = t->clientY - g.touch.startY;
  if (g.touch.mode == TouchMode::Undecided && std::hypot(dx, dy) > kTouchSlopPx) {
    g.touch.mode = std::fabs(dy) > std::fabs(dx) ? TouchMode::Scroll : TouchMode::Press;
    if (g.touch.mode == TouchMode::Press) pressAt(g.touch.startX, g.touch.startY);
  }
  addMousePos(toImGui(t->clientX, t->clientY));
  if (g.touch.mode == TouchMode::Scroll) io.AddMouseWheelEvent(0, wheelSteps(g.touch.lastY - t->clientY, DOM_DELTA_PIXEL));
  g.touch.lastY = t->clientY;
  wake();
  return EM_TRUE;
}

EM_BOOL onTouchEnd(int type, const EmscriptenTouchEvent* e, void*) {
  const EmscriptenTouchPoint* t = findTouch(e, true);
  if (!t || g.touch.mode == TouchMode::None) return EM_TRUE;
  const bool longPress = emscripten_get_now() - g.touch.startMs > kLongPressMs;
  if (g.touch.mode == TouchMode::Undecided && type == EMSCRIPTEN_EVENT_TOUCHEND && !longPress) {
    pressAt(g.touch.startX, g.touch.startY);
    addMouseButton(0, false);
    addMousePos(ImVec2(-FLT_MAX, -FLT_MAX));  // no hover left behind: a finger is not a pointer
  } else if (g.touch.mode == TouchMode::Press) {
    addMouseButton(0, false);
    addMousePos(ImVec2(-FLT_MAX, -FLT_MAX));
  }  // a long press keeps its position, so its tooltip stays until the next touch
  g.touch.mode = TouchMode::None;
  wake();
  return EM_TRUE;
}

ImGuiKey keyFromDom(const EmscriptenKeyboardEvent& e) {
  static const struct {
    const char* code;
    ImGuiKey key;
  } kNamed[] = {{"Tab", ImGuiKey_Tab},           {"ArrowLeft", ImGuiKey_LeftArrow},  {"ArrowRight", ImGuiKey_RightArrow},
                {"ArrowUp", ImGuiKey_UpArrow},   {"ArrowDown", ImGuiKey_DownArrow},  {"PageUp", ImGuiKey_PageUp},
                {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},            {"End", ImGuiKey_End},
                {"Insert", ImGuiKey_Insert},     {"Delete", ImGuiKey_Delete},        {"Backspace", ImGuiKey_Backspace},
                {"Space", ImGuiKey_Space},       {"Enter", ImGuiKey_Enter},          {"NumpadEnter", ImGuiKey_KeypadEnter},
                {"Escape", ImGuiKey_Escape},     {"ShiftLeft", ImGuiKey_LeftShift},  {"ShiftRight", ImGuiKey_RightShift},
                {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt},
                {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper},   {"MetaRight", ImGuiKey_RightSuper}};
  for (const auto& n : kNamed)
    if (std::strcmp(e.code, n.code) == 0) return n.key;
  if (e.key[0] != 0 && e.key[1] == 0) {  // letters and digits by what the layout types (Ctrl+A, ...)
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(e.key[0])));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  return ImGuiKey_None;
}

// One Unicode character (its UTF-8 bytes), as `key` gives for printable keys.
bool isCharacter(const char* key) {
  const size_t n = std::strlen(key);
  if (n == 0 || n > 4) return false;
  const unsigned char c = static_cast<unsigned char>(key[0]);
  const size_t expected = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  return expected == n;
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  const ImGuiKey key = keyFromDom(*e);
  // Escape then Tab leaves the calculator: Tab is not trapped (WCAG 2.1.2).
  if (down && key == ImGuiKey_Tab && g.tabLeaves) return EM_FALSE;
  if (down) g.tabLeaves = key == ImGuiKey_Escape && !io.WantTextInput;
  io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
  io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
  io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
  io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  const bool typed = down && !e->ctrlKey && !e->metaKey && isCharacter(e->key);
  if (typed) io.AddInputCharactersUTF8(e->key);
  wake();
  // Keep the browser's own shortcuts (reload, zoom, address bar) unless a text field is being edited.
  if (e->ctrlKey || e->metaKey) return io.WantTextInput ? EM_TRUE : EM_FALSE;
  return (key != ImGuiKey_None && key != ImGuiKey_Escape) || typed ? EM_TRUE : EM_FALSE;
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent*, void*) {
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  wake();
  return EM_FALSE;
}

EM_BOOL onContextLost(int, const void*, void*) {
  usjp_js_show_error("The graphics context was lost", "Reload the page to continue.", 0);
  return EM_TRUE;
}

void installInput() {
  emscripten_set_mousedown_callback(kCanvas, nullptr, false, onMouse);
  // Moves and releases anywhere in the document, so a drag that leaves the canvas still ends.
  emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, onMouse);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, onMouse);
  emscripten_set_mouseleave_callback(kCanvas, nullptr, false, onMouseLeave);
  emscripten_set_wheel_callback(kCanvas, nullptr, false, onWheel);
  emscripten_set_touchstart_callback(kCanvas, nullptr, false, onTouchStart);
  emscripten_set_touchmove_callback(kCanvas, nullptr, false, onTouchMove);
  emscripten_set_touchend_callback(kCanvas, nullptr, false, onTouchEnd);
  emscripten_set_touchcancel_callback(kCanvas, nullptr, false, onTouchEnd);
  emscripten_set_keydown_callback(kCanvas, nullptr, false, onKey);
  emscripten_set_keyup_callback(kCanvas, nullptr, false, onKey);
  emscripten_set_focus_callback(kCanvas, nullptr, false, onFocus);
  emscripten_set_blur_callback(kCanvas, nullptr, false, onFocus);
  emscripten_set_webglcontextlost_callback(kCanvas, nullptr, false, onContextLost);
}

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

// A string from a JS function that writes at most `size` bytes and returns the length.
std::string fromJs(int (*read)(char*, int), size_t size) {
  std::string text(size, '\0');
  const int n = read(text.data(), static_cast<int>(text.size()));
  text.resize(static_cast<size_t>(std::max(0, n)));
  return text;
}

void initImGui() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing persists between visits
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames forever
  io.BackendPlatformName = "usjp_emscripten";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  ImGui_ImplOpenGL3_Init("#version 300 es");
}

}  // namespace

namespace usjp::platform {

void openUrl(const std::string& url) { usjp_js_open_url(url.c_str()); }

std::string pageAddress() { return g.pageAddress; }

bool compactView() { return g.compact; }

void shareText(const std::string& what, const std::string& text) { usjp_js_share(what.c_str(), text.c_str()); }

ShareOutcome shareOutcome() {
  switch (usjp_js_share_outcome()) {
    case 1: return ShareOutcome::Pending;
    case 2: return ShareOutcome::Copied;
    case 3: return ShareOutcome::ShownToCopy;
    default: return ShareOutcome::None;
  }
}

}  // namespace usjp::platform

// --- window.usjp (web/js/post.js) ----------------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* usjp_results_json() {
  static std::string json;
  json = tariff::reportJson(g.app.data(), g.app.evaluated(), g.app.results(), g.app.ranges(), g.app.observed()).dump();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* usjp_link() { return g.app.link().c_str(); }

EMSCRIPTEN_KEEPALIVE const char* usjp_headline() { return g.app.summary().c_str(); }

EMSCRIPTEN_KEEPALIVE const char* usjp_widget_rects() {
  static std::string json;
  json = usjp::test_hook::rectsJson();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* usjp_notices() {
  static std::string json;
  json = nlohmann::json(g.app.notices()).dump();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE int usjp_frame_count() { return g.frames; }

EMSCRIPTEN_KEEPALIVE double usjp_frame_ms_total() { return g.frameMsTotal; }

// How many times the model ran: it should only grow when the scenario changes.
EMSCRIPTEN_KEEPALIVE int usjp_evaluations() { return g.app.evaluations(); }

// Something outside the frame loop changed what is shown (the clipboard answered): draw again.
EMSCRIPTEN_KEEPALIVE void usjp_wake() { wake(); }

// The page's fragment changed after load (web/js/post.js): the new link is applied like the first.
EMSCRIPTEN_KEEPALIVE void usjp_on_hash_change() {
  const std::string hash = fromJs(usjp_js_location_hash, kMaxHashBytes);
  if (hash == g.app.link()) return;  // our own address update, or nothing new
  g.app.start(hash);
  wake();
}

// Called by a ResizeObserver on the canvas and by window resize (web/js/library.js).
EMSCRIPTEN_KEEPALIVE void usjp_on_resize() {
  fitCanvas();
  wake();
}

}  // extern "C"

int main() {
  const std::vector<std::string> problems = g.app.use(tariff::loadTradeData(usjp::embeddedDataFiles()));
  if (!problems.empty()) {
    std::string detail;
    for (const std::string& p : problems) detail += p + "\n";
    usjp_js_show_error("The calculator's data could not be loaded", detail.c_str(), 0);
    return 1;
  }
  if (!createContext()) {
    usjp_js_show_error("This calculator needs WebGL2",
                       "Your browser did not provide a WebGL2 context. Try a current Chrome, Edge, Firefox or "
                       "Safari, or turn on hardware acceleration.",
                       1);
    return 1;
  }
  g.pageAddress = fromJs(usjp_js_page_address, kMaxAddressBytes);
  g.compact = usjp_js_compact_view() != 0;
  g.app.start(fromJs(usjp_js_location_hash, kMaxHashBytes));
  initImGui();
  fitCanvas();
  installInput();
  usjp_js_watch_size();
  wake();  // a few frames to settle ImGui's first layout (tables size their columns on frame 2)
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); frames come from events from now on
}
