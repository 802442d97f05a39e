// window.usjp (web/js/post.js): what tests and embedding pages may read, and the two calls the page
// makes into the calculator (a new fragment, a new size). Exported by EMSCRIPTEN_KEEPALIVE alone.
#include <emscripten.h>

#include <string>

#include "browser.h"
#include "report.h"
#include "test_hook.h"
#include "theme.h"
#include "words.h"

using usjp::browser::page;

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* usjp_results_json() {
  static std::string json;
  json = tariff::reportJson(page().app.data(), page().app.evaluated(), page().app.results(), page().app.ranges(),
                            page().app.observed(), usjp::language())
             .dump();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* usjp_link() { return page().app.link().c_str(); }

EMSCRIPTEN_KEEPALIVE const char* usjp_headline() { return page().app.summary().c_str(); }

EMSCRIPTEN_KEEPALIVE const char* usjp_widget_rects() {
  static std::string json;
  json = usjp::test_hook::rectsJson();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* usjp_notices() {
  static std::string json;
  json = nlohmann::json(page().app.notices()).dump();
  return json.c_str();
}

EMSCRIPTEN_KEEPALIVE int usjp_frame_count() { return page().frames; }

EMSCRIPTEN_KEEPALIVE double usjp_frame_ms_total() { return page().frameMsTotal; }

// How many times the model ran: it should only grow when the scenario changes.
EMSCRIPTEN_KEEPALIVE int usjp_evaluations() { return page().app.evaluations(); }

// Something outside the frame loop changed what is shown (the clipboard answered): draw again.
EMSCRIPTEN_KEEPALIVE void usjp_wake() { usjp::browser::wake(); }

// The page's fragment changed after load (web/js/post.js): the new link is applied like the first.
EMSCRIPTEN_KEEPALIVE void usjp_on_hash_change() {
  const std::string hash = usjp::browser::fromJs(usjp_js_location_hash, usjp::browser::kMaxHashBytes);
  if (hash == page().app.link()) return;  // our own address update, or nothing new
  page().app.start(hash);
  usjp::browser::wake();
}

// The reader's colour scheme changed (prefers-color-scheme, when ?theme= does not fix it).
EMSCRIPTEN_KEEPALIVE void usjp_on_scheme_change(int dark) {
  usjp::theme::switchScheme(dark != 0);
  usjp::browser::wake();
}

// Before the page prints: the static graphic shows this scenario, with its link (web/page.css).
EMSCRIPTEN_KEEPALIVE void usjp_prepare_print() {
  usjp::App& app = page().app;
  const std::string address = page().pageAddress + "#" + app.link();
  usjp_js_show_static(tariff::graphicJson(app.data(), app.evaluated(), app.results(), usjp::language()).dump().c_str(),
                      address.c_str());
}

// lang-<code>.js arrived or failed (web/js/library.js: usjp_js_load_language).
EMSCRIPTEN_KEEPALIVE void usjp_language_arrived() { usjp::browser::languageArrived(); }

// The language the calculator draws in ("en", "ja"), for tests.
EMSCRIPTEN_KEEPALIVE const char* usjp_language() { return page().app.languageCode().c_str(); }

// Called by a ResizeObserver on the canvas and by window resize (web/js/library.js).
EMSCRIPTEN_KEEPALIVE void usjp_on_resize() {
  usjp::browser::fitCanvas();
  usjp::browser::wake();
}

}  // extern "C"
