// window.usjp: a read-only hook for tests and for pages that embed the calculator. Everything it
// returns comes from core (resultsToJson, encodeScenario) or from ImGui's layout of the last frame.
(function () {
  var hook = window['usjp'];
  function text(f) { return UTF8ToString(f()); }

  hook['resultsJson'] = function () { return text(_usjp_results_json); };
  hook['link'] = function () { return text(_usjp_link); };
  hook['headline'] = function () { return text(_usjp_headline); };
  hook['notices'] = function () { return JSON.parse(text(_usjp_notices)); };
  hook['frames'] = function () { return _usjp_frame_count(); };
  hook['language'] = function () { return text(_usjp_language); };  // 'en' or 'ja': what the canvas draws in
  hook['evaluations'] = function () { return _usjp_evaluations(); };
  hook['frameMsTotal'] = function () { return _usjp_frame_ms_total(); };  // main-thread time in frames
  // What the share buttons last handed over: {what, text, outcome: 'copied' | 'field' | 'pending' | '',
  // count: how many times anything was shared}.
  hook['lastShare'] = function () {
    var s = usjpShareState;
    return { 'what': s['what'], 'text': s['text'], 'outcome': s['outcome'], 'count': s['count'] };
  };
  // What "Download image" or "Download data" last saved: {name, mime, size, outcome, count, text}.
  hook['lastSave'] = function () {
    var s = usjpSaveState;
    return { 'name': s['name'], 'mime': s['mime'], 'size': s['size'], 'outcome': s['outcome'], 'count': s['count'],
             'text': s['text'] };
  };
  // A new fragment on a loaded page (a reader's edit of the address, an embed whose src changed only
  // after '#'): apply it as a fresh link, with the same notices. replaceState never fires this.
  window.addEventListener('hashchange', function () { _usjp_on_hash_change(); });
  // Printing: the canvas does not print well, so the static graphic takes the current scenario
  // and the print stylesheet (page.css) shows it with every source.
  window.addEventListener('beforeprint', function () { _usjp_prepare_print(); });

  hook['widgetKeys'] = function () { return Object.keys(JSON.parse(text(_usjp_widget_rects))); };

  // A widget's rectangle in CSS pixels of the page, from the last frame; null if it was not drawn.
  hook['widgetRect'] = function (key) {
    var all = JSON.parse(text(_usjp_widget_rects));
    var r = all[key];
    if (!r) return null;
    var canvas = document.getElementById('canvas');
    var box = canvas.getBoundingClientRect();
    var scale = canvas.width / box.width;  // device pixels per CSS pixel, as the C++ side uses
    return {
      'x': box.left + r['x'] / scale,
      'y': box.top + r['y'] / scale,
      'width': r['w'] / scale,
      'height': r['h'] / scale,
      'visible': r['visible'],
      'focused': r['focused']
    };
  };
})();
