// The page's input into ImGui: mouse and wheel (in device pixels of the canvas), one-finger touch
// (tap, long press for tooltips, horizontal drag presses, vertical drag scrolls), keys by their
// code (letters by what the layout types), and the cursor back to CSS.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cctype>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <vector>

#include "browser.h"
#include "imgui.h"
#include "imgui_internal.h"  // the hovered window and its scroll, for the page's own scrolling
#include "theme.h"

namespace usjp::browser {
namespace {

// A touch that moves this far (CSS px) is a drag: mostly vertical scrolls, mostly horizontal presses.
constexpr double kTouchSlopPx = 8;
constexpr double kLongPressMs = 450;

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

struct InputState {
  TouchState touch;
  bool movedSinceFrame = false;
  bool tabLeaves = false;  // Escape was the last key: the next Tab leaves the canvas
  ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;
  std::vector<PendingEvent> pending;
};

InputState g;

void addMousePos(ImVec2 p) {
  if (!g.pending.empty()) {
    g.pending.push_back({p});
    return;
  }
  ImGui::GetIO().AddMousePosEvent(p.x, p.y);
  g.movedSinceFrame = true;
}

void addMouseButton(int button, bool down) {
  if (g.movedSinceFrame || !g.pending.empty())
    g.pending.push_back({ImVec2(), button, down});
  else
    ImGui::GetIO().AddMouseButtonEvent(button, down);
}

}  // namespace

// A move still unseen by ImGui goes first, the waiting events next frame.
void releasePendingEvents() {
  const bool moveUnseen = g.movedSinceFrame;
  g.movedSinceFrame = false;
  if (moveUnseen) return;
  ImGuiIO& io = ImGui::GetIO();
  for (const PendingEvent& e : g.pending) {
    if (e.button < 0)
      io.AddMousePosEvent(e.pos.x, e.pos.y);
    else
      io.AddMouseButtonEvent(e.button, e.down);
  }
  g.pending.clear();
}

bool inputBusy() { return g.touch.mode != TouchMode::None || !g.pending.empty(); }

// As ImGui chooses the window a wheel scrolls (from the hovered one outwards, past windows that
// cannot scroll), with the last frame's layout; steps > 0 scroll up.
bool wheelScrollsInside(float steps) {
  if (steps == 0) return false;
  for (ImGuiWindow* w = GImGui ? GImGui->HoveredWindow : nullptr; w; w = w->ParentWindow) {
    const bool scrollable = !(w->Flags & ImGuiWindowFlags_NoScrollWithMouse) && w->ScrollMax.y > 0;
    if (scrollable) return steps > 0 ? w->Scroll.y > 0 : w->Scroll.y < w->ScrollMax.y;
    if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
  }
  return false;
}

// By name, so that a Dear ImGui that adds or reorders cursors cannot show the wrong one.
const char* cssCursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_None:
      return "none";
    case ImGuiMouseCursor_TextInput:
      return "text";
    case ImGuiMouseCursor_ResizeAll:
      return "move";
    case ImGuiMouseCursor_ResizeNS:
      return "ns-resize";
    case ImGuiMouseCursor_ResizeEW:
      return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW:
      return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE:
      return "nwse-resize";
    case ImGuiMouseCursor_Hand:
      return "pointer";
    case ImGuiMouseCursor_NotAllowed:
      return "not-allowed";
    default:
      return "default";
  }
}

void updateCursor() {
  const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  if (cursor == g.cursor) return;
  g.cursor = cursor;
  usjp_js_set_cursor(cssCursor(cursor));
}

namespace {

ImVec2 toImGui(double clientX, double clientY) {
  return ImVec2(static_cast<float>((clientX - page().canvasLeft) * page().dpr),
                static_cast<float>((clientY - page().canvasTop) * page().dpr));
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
  const double linePx = 16, pagePx = page().height / page().dpr;
  const double cssPx = mode == DOM_DELTA_LINE ? delta * linePx : mode == DOM_DELTA_PAGE ? delta * pagePx : delta;
  const double stepPx = 5 * ImGui::GetIO().Fonts->Fonts[0]->FontSize;
  return static_cast<float>(-cssPx * page().dpr / stepPx);
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
  addMousePos(toImGui(e->mouse.clientX, e->mouse.clientY));
  const float dy = wheelSteps(e->deltaY, e->deltaMode);
  ImGui::GetIO().AddMouseWheelEvent(wheelSteps(e->deltaX, e->deltaMode), dy);
  wake();
  // The calculator scrolls while it can; at its ends (or with nothing to scroll) the wheel is left
  // to the browser, which scrolls the article around an embed: no scroll trap.
  return wheelScrollsInside(dy) ? EM_TRUE : EM_FALSE;
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
  g.touch = {TouchMode::Undecided, t->identifier,      double(t->clientX),
             double(t->clientY),   double(t->clientY), emscripten_get_now()};
  ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  addMousePos(toImGui(t->clientX, t->clientY));
  if (!theme::touchSizes()) {  // a touch screen the page did not announce: finger-sized from now on
    theme::useTouchSizes(true);
    theme::applyStyle(theme::scale());
  }
  wake();
  // While nothing scrolls inside (page().scrollsInside, CSS touch-action pan-y), a vertical swipe
  // is the browser's: it scrolls the article and cancels the touch. Otherwise no browser gestures.
  // Emulated mouse events are stopped at touchend either way.
  return page().scrollsInside ? EM_TRUE : EM_FALSE;
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
  if (g.touch.mode == TouchMode::Scroll && page().scrollsInside)
    io.AddMouseWheelEvent(0, wheelSteps(g.touch.lastY - t->clientY, DOM_DELTA_PIXEL));
  g.touch.lastY = t->clientY;
  wake();
  // A press drags a slider: no browser gesture. Otherwise the page may scroll (page().scrollsInside).
  return g.touch.mode == TouchMode::Press || page().scrollsInside ? EM_TRUE : EM_FALSE;
}

EM_BOOL onTouchEnd(int type, const EmscriptenTouchEvent* e, void*) {
  const EmscriptenTouchPoint* t = findTouch(e, true);
  if (!t || g.touch.mode == TouchMode::None) return EM_TRUE;
  const bool longPress = emscripten_get_now() - g.touch.startMs > kLongPressMs;
  const bool pageScrolled = g.touch.mode == TouchMode::Scroll && !page().scrollsInside;
  if (g.touch.mode == TouchMode::Undecided && type == EMSCRIPTEN_EVENT_TOUCHEND && !longPress) {
    pressAt(g.touch.startX, g.touch.startY);
    addMouseButton(0, false);
  } else if (g.touch.mode == TouchMode::Press) {
    addMouseButton(0, false);
  }
  // No hover left behind: a finger is not a pointer, and a long press's tooltip closes with it.
  addMousePos(ImVec2(-FLT_MAX, -FLT_MAX));
  g.touch.mode = TouchMode::None;
  wake();
  // Stops the emulated mouse events after a tap; a swipe the browser scrolled is its own to finish.
  return pageScrolled ? EM_FALSE : EM_TRUE;
}

ImGuiKey keyFromDom(const EmscriptenKeyboardEvent& e) {
  static const struct {
    const char* code;
    ImGuiKey key;
  } kNamed[] = {{"Tab", ImGuiKey_Tab},
                {"ArrowLeft", ImGuiKey_LeftArrow},
                {"ArrowRight", ImGuiKey_RightArrow},
                {"ArrowUp", ImGuiKey_UpArrow},
                {"ArrowDown", ImGuiKey_DownArrow},
                {"PageUp", ImGuiKey_PageUp},
                {"PageDown", ImGuiKey_PageDown},
                {"Home", ImGuiKey_Home},
                {"End", ImGuiKey_End},
                {"Insert", ImGuiKey_Insert},
                {"Delete", ImGuiKey_Delete},
                {"Backspace", ImGuiKey_Backspace},
                {"Space", ImGuiKey_Space},
                {"Enter", ImGuiKey_Enter},
                {"NumpadEnter", ImGuiKey_KeypadEnter},
                {"Escape", ImGuiKey_Escape},
                {"ShiftLeft", ImGuiKey_LeftShift},
                {"ShiftRight", ImGuiKey_RightShift},
                {"ControlLeft", ImGuiKey_LeftCtrl},
                {"ControlRight", ImGuiKey_RightCtrl},
                {"AltLeft", ImGuiKey_LeftAlt},
                {"AltRight", ImGuiKey_RightAlt},
                {"MetaLeft", ImGuiKey_LeftSuper},
                {"MetaRight", ImGuiKey_RightSuper}};
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
  usjp_js_show_error("page.context_lost", "page.context_lost_detail", 0);
  return EM_TRUE;
}

}  // namespace

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

}  // namespace usjp::browser
