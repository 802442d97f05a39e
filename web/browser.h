// The browser platform's parts, shared by its three files: main_emscripten.cpp (WebGL2, canvas size,
// frames only while something happens, start-up), browser_input.cpp (the page's mouse, wheel,
// touch and key events into ImGui) and browser_hook.cpp (window.usjp, the read-only test hook).
#pragma once
#include <cstddef>
#include <string>

#include "app.h"

// web/js/library.js. Strings cross by name, never as numbers whose meaning lives on one side.
extern "C" {
void usjp_js_show_error(const char* title, const char* detail, int withBaseline);
void usjp_js_ready(const char* scenario, const char* summary);
void usjp_js_publish(const char* link);
void usjp_js_describe(const char* scenario, const char* summary);
void usjp_js_open_url(const char* url);
void usjp_js_share(const char* what, const char* text);
int usjp_js_share_outcome(char* out, int size);
int usjp_js_page_address(char* out, int size);
int usjp_js_compact_view();
int usjp_js_location_hash(char* out, int size);
double usjp_js_canvas_left();
double usjp_js_canvas_top();
void usjp_js_set_cursor(const char* css);
void usjp_js_watch_size();
void usjp_js_report_height(int cssPixels);
void usjp_js_swipe_scrolls_page(int yes);
int usjp_js_dark_scheme();
int usjp_js_coarse_pointer();
void usjp_js_show_static(const char* graphicJson, const char* address);  // address: for the print's note
void usjp_js_save_file(const char* name, const char* mime, const unsigned char* data, int size);
int usjp_js_requested_language(char* out, int size);
int usjp_js_language_chosen();
void usjp_js_load_language(const char* code);
int usjp_js_pack_error(const char* code, char* out, int size);
int usjp_js_pack_size(const char* code, int part);
int usjp_js_pack_copy(const char* code, int part, unsigned char* out, int size);
void usjp_js_set_language(const char* code, int chosen);
}

namespace usjp::browser {

constexpr const char* kCanvas = "#canvas";
constexpr size_t kMaxHashBytes = 8192;  // twice core's longest link (kMaxLinkLength)

struct Page {
  App app;
  double dpr = 0;
  float fontScale = 0;                   // dpr times theme::widthScale: the size fonts and the style were built at
  int width = 0, height = 0;             // the canvas's backing store, device pixels
  double canvasLeft = 0, canvasTop = 0;  // CSS px in the viewport
  int frames = 0;
  double frameMsTotal = 0;    // time spent building and submitting frames (tests/e2e/bench.mjs)
  std::string pageAddress;    // without query and fragment; it does not change
  bool compact = false;       // ?view=compact
  int reportedHeight = -1;    // the compact graphic's height last told to the embedding page, CSS px
  bool scrollsInside = true;  // the calculator scrolls inside: a vertical swipe is ours, not the page's
  std::string languagePending;  // a language whose pack is downloading (lang-<code>.js)
  bool drawsNothing = false;    // no WebGL2: the link's figures go to the page's static graphic
};
Page& page();

// Something changed: draw frames until things settle.
void wake();
// The canvas backing store follows its CSS size times devicePixelRatio (fonts rebuilt on a change).
void fitCanvas();
// A string from a JS function that writes at most `size` bytes and returns the length.
std::string fromJs(int (*read)(char*, int), size_t size);

// Between frames: the language the reader asked for (the switch), loading its pack first if need be.
void applyLanguageRequest();
// A pack arrived (or failed): switch to it if it is still wanted.
void languageArrived();

// browser_input.cpp
void installInput();
void releasePendingEvents();            // at the start of a frame
bool inputBusy();                       // a touch or a delayed press still needs frames
bool wheelScrollsInside(float deltaY);  // false at the calculator's ends: the page scrolls instead
void updateCursor();                    // the canvas's CSS cursor follows ImGui's

}  // namespace usjp::browser
