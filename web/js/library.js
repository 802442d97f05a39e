// Functions the C++ side calls (declared extern "C" in web/main_emscripten.cpp). Plain DOM calls,
// no eval: the page runs under script-src 'self' 'wasm-unsafe-eval'.
mergeInto(LibraryManager.library, {
  usjp_js_show_error: function (title, detail) {
    usjpShowError(UTF8ToString(title), UTF8ToString(detail));
  },

  // First frame drawn: hide the loading message, fill the live region, open the test hook.
  usjp_js_ready: function (summary) {
    usjpSetSummary(UTF8ToString(summary));
    var status = document.getElementById('status');
    if (status) status.hidden = true;
    window['usjp']['firstFrameMs'] = performance.now();  // since navigation started (tests/e2e/bench.mjs)
    window['usjp']['ready'] = true;
  },

  // The scenario changed: the address carries it (history.replaceState adds no history entries,
  // and unlike location.hash it fires no hashchange), the live region reads out the new result.
  usjp_js_publish: function (link, summary) {
    var fragment = '#' + UTF8ToString(link);
    if (window.location.hash !== fragment) {
      try {
        window.history.replaceState(null, '', fragment);
      } catch (e) {
        // A sandboxed iframe may refuse; the calculator works without it.
      }
    }
    usjpSetSummary(UTF8ToString(summary));
  },

  usjp_js_open_url: function (url) {
    window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
  },

  // Writes the fragment without '#' into out (at most size bytes with the NUL); returns its length.
  usjp_js_location_hash: function (out, size) {
    var hash = window.location.hash.replace(/^#/, '');
    return stringToUTF8(hash, out, size);
  },

  usjp_js_canvas_left: function () {
    return document.getElementById('canvas').getBoundingClientRect().left;
  },

  usjp_js_canvas_top: function () {
    return document.getElementById('canvas').getBoundingClientRect().top;
  },

  // ImGuiMouseCursor_ values, in order, to CSS cursors.
  usjp_js_set_cursor: function (cursor) {
    var names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer', 'not-allowed'];
    document.getElementById('canvas').style.cursor = names[cursor] || 'default';
  },

  // The canvas follows its container: any size change (window, iframe, layout, zoom) refits it.
  // A change of devicePixelRatio alone (browser zoom, a window moved to another screen) resizes
  // nothing, so a media query on the current ratio, re-armed after each change, reports it.
  usjp_js_watch_size: function () {
    var canvas = document.getElementById('canvas');
    var refit = function () { _usjp_on_resize(); };
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(refit).observe(canvas);
    window.addEventListener('resize', refit);
    var watchRatio = function () {
      if (!window.matchMedia) return;
      var query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      var changed = function () {
        query.removeEventListener('change', changed);
        refit();
        watchRatio();
      };
      query.addEventListener('change', changed);
    };
    watchRatio();
  },
});
