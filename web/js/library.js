// Functions the C++ side calls (declared extern "C" in web/main_emscripten.cpp). Plain DOM calls,
// no eval: the page runs under script-src 'self' 'wasm-unsafe-eval'.
mergeInto(LibraryManager.library, {
  // title and detail: "page.*" keys of the page's words (data/i18n), or text as it is.
  usjp_js_show_error: function (title, detail, withBaseline) {
    usjpShowError(UTF8ToString(title), UTF8ToString(detail), withBaseline !== 0);
  },

  // First frame drawn: hide the loading message, fill the live region, open the test hook.
  usjp_js_ready: function (scenario, summary) {
    usjpDescribe(UTF8ToString(scenario), UTF8ToString(summary));
    var status = document.getElementById('status');
    if (status) status.hidden = true;
    window['usjp']['firstFrameMs'] = performance.now();  // since navigation started (tests/e2e/bench.mjs)
    window['usjp']['ready'] = true;
  },

  // The scenario changed: the address carries it (history.replaceState adds no history entries,
  // and unlike location.hash it fires no hashchange).
  usjp_js_publish: function (link) {
    var fragment = '#' + UTF8ToString(link);
    try {
      if (window.location.hash !== fragment) window.history.replaceState(null, '', fragment);
    } catch (e) {
      // An opaque-origin (sandboxed) frame or a file:// page may refuse; the calculator works without it.
    }
  },

  // The scenario and the result in words, for the live region (after a drag ends, not at every step).
  usjp_js_describe: function (scenario, summary) {
    usjpDescribe(UTF8ToString(scenario), UTF8ToString(summary));
  },

  // The clipboard where allowed, else a field to copy from (web/js/pre.js).
  usjp_js_share: function (what, text) {
    usjpShare(UTF8ToString(what), UTF8ToString(text), function () { _usjp_wake(); });
  },

  // The last share's outcome by name ('', 'pending', 'copied', 'field'; web/js/pre.js), written
  // into out (at most size bytes with the NUL).
  usjp_js_share_outcome: function (out, size) {
    return stringToUTF8(usjpShareState['outcome'], out, size);
  },

  // The page's address without query and fragment; writes at most size bytes, returns the length.
  usjp_js_page_address: function (out, size) {
    return stringToUTF8(String(window.location.href).split('#')[0].split('?')[0], out, size);
  },

  // ?view=compact: the embed for narrow article columns.
  usjp_js_compact_view: function () {
    try {
      return new URLSearchParams(window.location.search).get('view') === 'compact' ? 1 : 0;
    } catch (e) {
      return 0;
    }
  },

  // A new tab without access back to this page. Where tabs are refused (a sandbox without
  // allow-popups, a popup blocker) window.open returns null: the address is shown to copy instead.
  usjp_js_open_url: function (url) {
    var address = UTF8ToString(url);
    var opened = null;
    try {
      opened = window.open(address, '_blank');
    } catch (e) {
      opened = null;
    }
    if (opened) {
      try {
        opened.opener = null;
      } catch (e) {
        // a cross-origin tab: nothing to cut
      }
    } else {
      usjpShowField(usjpWord('page.no_tab'), address);
    }
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

  // A CSS cursor name, chosen on the C++ side from ImGui's cursor by name (web/browser_input.cpp).
  usjp_js_set_cursor: function (css) {
    document.getElementById('canvas').style.cursor = UTF8ToString(css);
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

  // The compact graphic's height for the page that embeds it (docs/embedding.md: the message
  // format, and web/embed.js, the script that sizes the frame). Only a height: nothing else leaves.
  usjp_js_report_height: function (height) {
    if (window.parent === window) return;
    try {
      window.parent.postMessage({ 'type': 'usjp:height', 'version': 1, 'height': height }, '*');
    } catch (e) {
      // a host that cannot receive it keeps the frame's own height
    }
  },

  // While nothing scrolls inside the calculator, a vertical swipe scrolls the article around it.
  usjp_js_swipe_scrolls_page: function (yes) {
    document.getElementById('canvas').style.touchAction = yes ? 'pan-y pinch-zoom' : 'none';
  },

  // "Download image" and "Download data" (web/js/pre.js: usjpSave).
  usjp_js_save_file: function (name, mime, data, size) {
    usjpSave(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + size));
  },

  // Dark or light: ?theme=dark|light, else the reader's prefers-color-scheme, followed when it
  // changes. The page's own CSS (loading, errors) follows the same choice through a class.
  usjp_js_dark_scheme: function () {
    var chosen = null;
    try {
      chosen = new URLSearchParams(window.location.search).get('theme');
    } catch (e) {
      chosen = null;
    }
    var query = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    var dark = chosen === 'dark' || (chosen !== 'light' && !!(query && query.matches));
    document.documentElement.classList.toggle('dark', dark);
    document.documentElement.classList.toggle('light', !dark);
    if (query && chosen !== 'dark' && chosen !== 'light') {
      query.addEventListener('change', function (event) {
        document.documentElement.classList.toggle('dark', event.matches);
        document.documentElement.classList.toggle('light', !event.matches);
        _usjp_on_scheme_change(event.matches ? 1 : 0);
      });
    }
    return dark ? 1 : 0;
  },

  // The scenario's figures into the static graphic, where the calculator cannot draw (web/js/pre.js);
  // with the scenario's address for a print, whose note names it.
  usjp_js_show_static: function (json, address) {
    var note = address ? usjpWord('page.this_scenario', { 'address': UTF8ToString(address) }) : '';
    usjpShowStatic(UTF8ToString(json), note);
  },

  // A touch screen as the main pointer (a phone, a tablet): finger-sized controls from the start.
  usjp_js_coarse_pointer: function () {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },

  // --- Languages (web/js/pre.js: usjpLoadLanguage) ----------------------------------------------

  // The language to start in: ?lang=ja|en, else the reader's browser language. Returns the code's
  // length; chosen (?lang= given) in the low bit of usjp_js_language_chosen.
  usjp_js_requested_language: function (out, size) {
    return stringToUTF8(usjpRequestedLanguage()['code'], out, size);
  },

  usjp_js_language_chosen: function () {
    return usjpRequestedLanguage()['chosen'] ? 1 : 0;
  },

  // Loads lang-<code>.js once (already under way if the page asked for it at start), then calls
  // _usjp_language_arrived (the C++ side knows which code it waits for; usjp_js_pack_error says
  // whether it failed).
  usjp_js_load_language: function (code) {
    usjpLoadLanguage(UTF8ToString(code), function () { _usjp_language_arrived(); });
  },

  // Why a pack could not be used ('' when it arrived); returns the length.
  usjp_js_pack_error: function (code, out, size) {
    var pack = usjpPacks[UTF8ToString(code)];
    return stringToUTF8(pack ? pack['error'] || '' : 'not loaded', out, size);
  },

  // A pack's part (0: the words as UTF-8, 1: the font's bytes): its size, and a copy into out.
  usjp_js_pack_size: function (code, part) {
    var pack = usjpPacks[UTF8ToString(code)];
    if (!pack || pack['error']) return 0;
    return part === 0 ? lengthBytesUTF8(pack['words']) : pack['font'].length;
  },

  usjp_js_pack_copy: function (code, part, out, size) {
    var pack = usjpPacks[UTF8ToString(code)];
    if (!pack || pack['error']) return 0;
    if (part === 0) return stringToUTF8(pack['words'], out, size);  // size counts the NUL
    var bytes = pack['font'].subarray(0, size);
    HEAPU8.set(bytes, out);
    return bytes.length;
  },

  // The page follows the calculator's language (web/js/pre.js: usjpUseLanguage).
  usjp_js_set_language: function (code, chosen) {
    usjpUseLanguage(UTF8ToString(code), chosen !== 0);
  },
});
