// Page glue that runs before the module starts: the loading message, errors shown on the page,
// and the WebGL2 check. A file, not inline script in shell.html, so that the page can be served
// with a strict Content-Security-Policy.

// The page's own words (data/i18n/*.json "page.*", put into the page at build time by
// web/cmake/make_page.py as a JSON block): loading and error texts, before the program runs.
var usjpPageWords = (function () {
  try {
    return JSON.parse(document.getElementById('usjp-words').textContent);
  } catch (e) {
    return { 'en': {} };
  }
})();
var usjpLanguage = 'en';

// The words for `key` in the page's language, each {name} replaced from `values`; English until
// the language's pack has brought its words (usjpLanguagePack); `key` itself if it is not a key.
function usjpWord(key, values) {
  var words = usjpPageWords[usjpLanguage] || {};
  var text = words[key] || (usjpPageWords['en'] || {})[key] || key;
  for (var name in values || {}) text = text.split('{' + name + '}').join(String(values[name]));
  return text;
}

// The 2024 baseline and the sources are in the page once, inside <noscript> (web/cmake/make_page.py),
// where with scripting on they are text: parsed here into #fallback, for the no-WebGL2 message and
// the print. No script is in that markup; the page's CSP allows no inline script anyway.
(function () {
  var fallback = document.getElementById('fallback');
  var noscript = document.querySelector('noscript');
  if (fallback && noscript && !fallback.firstElementChild) fallback.innerHTML = noscript.textContent;
})();

// Shows the error box; withBaseline adds the 2024 figures and the sources (generated from data/
// into the page at build time) for a browser that cannot run the calculator at all.
// title and detail: "page.*" keys or text.
var usjpShownError = null;
function usjpShowError(title, detail, withBaseline) {
  var box = document.getElementById('error');
  if (!box) return;
  usjpShownError = [title, detail, withBaseline];
  box.querySelector('h1').textContent = usjpWord(title);
  var pre = box.querySelector('pre');
  pre.textContent = detail = usjpWord(detail);
  pre.className = detail.indexOf('\n') >= 0 ? '' : 'prose';  // a list of data errors stays monospaced
  var baseline = document.getElementById('fallback');
  if (baseline && withBaseline) baseline.hidden = false;
  // The static graphic (the opening scenario, or the link's once the program has drawn it) stays
  // in view above the baseline.
  var graphic = document.getElementById('sg');
  if (graphic && baseline && withBaseline) baseline.parentNode.insertBefore(graphic, baseline);
  box.hidden = false;
  var status = document.getElementById('status');
  if (status) status.hidden = true;
  var canvas = document.getElementById('canvas');
  if (canvas) canvas.hidden = true;
}

// --- The static graphic (web/cmake/make_page.py draws it into the page at build time) -----------

var SVG_NS = 'http://www.w3.org/2000/svg';

function usjpSvg(name, attributes, text) {
  var element = document.createElementNS(SVG_NS, name);
  for (var key in attributes) element.setAttribute(key, String(attributes[key]));
  if (text !== undefined) element.textContent = text;
  return element;
}

// Fills the static graphic with a scenario's figures (core graphicJson, as text): a shared link's
// scenario where the calculator cannot run. Texts come formatted by core; only geometry is placed.
function usjpShowStatic(jsonText, note) {
  var g = JSON.parse(jsonText);
  var figure = document.getElementById('sg');
  if (!figure) return;
  ['title', 'label', 'scenario', 'date', 'before', 'after', 'change', 'buyers', 'exporters'].forEach(function (key) {
    usjpSetText('sg-' + key, g[key]);
  });
  usjpSetText('sg-who', g['who_pays']);
  var split = figure.querySelectorAll('.sg-split rect');
  if (split.length === 2) {
    var share = 100 * g['buyers_share'];
    split[0].setAttribute('width', share.toFixed(2));
    split[1].setAttribute('x', share.toFixed(2));
    split[1].setAttribute('width', (100 - share).toFixed(2));
  }
  var bars = document.getElementById('sg-bars');
  var rowHeight = 26, left = 218, width = 640 - 218 - 70;
  while (bars.firstChild) bars.removeChild(bars.firstChild);
  g['steps'].forEach(function (step, i) {
    var y = i * rowHeight, x0 = left + step['from'] * width, w = Math.max(1, (step['to'] - step['from']) * width);
    var row = usjpSvg('g', { 'class': 'sg-' + step['kind'] });
    row.appendChild(usjpSvg('text', { 'x': 0, 'y': y + 16 }, step['label']));
    row.appendChild(usjpSvg('rect', { 'x': x0.toFixed(1), 'y': y + 4, 'width': w.toFixed(1), 'height': 16 }));
    row.appendChild(usjpSvg('text', { 'x': (x0 + w + 6).toFixed(1), 'y': y + 16, 'class': 'sg-value' }, step['value']));
    bars.appendChild(row);
  });
  bars.setAttribute('viewBox', '0 0 640 ' + rowHeight * g['steps'].length);
  usjpSetText('sg-note', g['as_of'] + '. ' + (note || usjpWord('page.static_note')));
  figure.classList.remove('sg-pending');
}

function usjpSetStatus(text, fraction) {
  var label = document.getElementById('status-text');
  if (label && text) label.textContent = text;
  var bar = document.getElementById('progress');
  if (bar && fraction !== undefined) bar.value = Math.round(fraction * 100);
}

function usjpSetText(id, text) {
  var element = document.getElementById(id);
  if (element && element.textContent !== text) element.textContent = text;  // unchanged: nothing re-announced
}

// The visually hidden live region: the scenario and the result in words (screen readers cannot
// read the canvas).
function usjpDescribe(scenario, summary) {
  usjpSetText('scenario', scenario);
  usjpSetText('summary', summary);
}

// --- Sharing: the clipboard where allowed, else a field the reader copies from -------------------

// outcome: '' nothing yet, 'pending' waiting for the clipboard, 'copied', or 'field' (shown in the
// field to copy from); the C++ side reads the same names (platform::ShareOutcome). count: shares so far.
var usjpShareState = { 'what': '', 'text': '', 'outcome': '', 'count': 0 };

function usjpShowField(label, text) {
  var box = document.getElementById('share');
  if (!box) return;
  document.getElementById('share-label').textContent = label;
  var field = document.getElementById('share-text');
  field.value = text;
  box.hidden = false;
  field.focus();
  field.select();
}

function usjpHideField() {
  var box = document.getElementById('share');
  if (!box || box.hidden) return;
  box.hidden = true;
  var canvas = document.getElementById('canvas');
  if (canvas) canvas.focus();  // back where the keyboard was
}

// False where the page's permissions policy refuses clipboard writes (a cross-origin iframe without
// allow="clipboard-write"): asking anyway would only log a violation in the host's console.
function usjpClipboardAllowed() {
  try {
    var policy = document['permissionsPolicy'] || document['featurePolicy'];
    if (policy && policy['allowsFeature']) return policy['allowsFeature']('clipboard-write');
  } catch (e) {
    return false;
  }
  return true;
}

// The clipboard API is missing on plain http, refused in sandboxed or unfocused frames, and may
// throw rather than reject: every failure ends in the field.
function usjpShare(what, text, done) {
  var state = { 'what': what, 'text': text, 'outcome': 'pending', 'count': usjpShareState['count'] + 1 };
  usjpShareState = state;
  usjpSetText('share-status', '');
  var showField = function () {
    if (usjpShareState !== state) return;  // a later share took over
    state['outcome'] = 'field';
    usjpShowField(usjpWord('page.copy_field', { 'what': what }), text);
    done();
  };
  var pending = null;
  try {
    if (navigator.clipboard && navigator.clipboard.writeText && usjpClipboardAllowed()) {
      pending = navigator.clipboard.writeText(text);
    }
  } catch (e) {
    pending = null;
  }
  if (!pending) {
    showField();
    return;
  }
  pending.then(function () {
    if (usjpShareState !== state) return;
    state['outcome'] = 'copied';
    usjpSetText('share-status', usjpWord('page.copied', { 'what': what }));
    done();
  }, showField);
}

// --- Saving files: a download where the page may start one, else the text to copy -----------------

// What was last saved, for tests (window.usjp.lastSave): name, mime, size in bytes, outcome
// ('downloaded', 'field' or 'refused'), count; text for text files.
var usjpSaveState = { 'name': '', 'mime': '', 'size': 0, 'outcome': '', 'count': 0, 'text': '' };

// A page with an opaque origin (an iframe sandboxed without allow-same-origin) cannot be asked
// whether it may download, and browsers drop its downloads silently unless allow-downloads is set:
// there the reader gets the text to copy, or for an image the way to the full calculator.
function usjpSave(name, mime, bytes) {
  var text = mime.indexOf('text/') === 0 ? new TextDecoder().decode(bytes) : '';
  var state = { 'name': name, 'mime': mime, 'size': bytes.length, 'outcome': '', 'count': usjpSaveState['count'] + 1,
                'text': text };
  usjpSaveState = state;
  if (window.origin === 'null') {
    if (text) {
      state['outcome'] = 'field';
      usjpShowField(usjpWord('page.no_download_data', { 'name': name }), text);
    } else {
      state['outcome'] = 'refused';
      usjpShowField(usjpWord('page.no_download_image'), String(window.location.href).replace(/\?[^#]*/, ''));
    }
    return;
  }
  var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  var link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  state['outcome'] = 'downloaded';
  usjpSetText('share-status', usjpWord('page.saved', { 'name': name }));
}

(function () {
  var box = document.getElementById('share');
  if (!box) return;
  document.getElementById('share-close').addEventListener('click', usjpHideField);
  box.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') usjpHideField();
  });
})();

// --- Languages: English is in the program; another arrives with its font as lang-<code>.js ------

// ?lang=ja|en, else the reader's browser language; chosen when the address says it.
function usjpRequestedLanguage() {
  var asked = null;
  try {
    asked = new URLSearchParams(window.location.search).get('lang');
  } catch (e) {
    asked = null;
  }
  if (asked === 'ja' || asked === 'en') return { 'code': asked, 'chosen': true };
  var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return { 'code': /^ja(-|$)/i.test(first) ? 'ja' : 'en', 'chosen': false };
}

// Packs by code: {words: ja.json's text, font: bytes} once arrived, {error} if not.
var usjpPacks = {};
var usjpPackWaiters = {};

// Called by lang-<code>.js (web/cmake/fonts_and_words.py).
window['usjpLanguagePack'] = function (code, words, fontBase64, pageWords, graphic) {
  var text = atob(fontBase64);
  var font = new Uint8Array(text.length);
  for (var i = 0; i < text.length; ++i) font[i] = text.charCodeAt(i);
  usjpPacks[code] = { 'words': words, 'font': font };
  // The page's own words in this language (the page carries English alone): the loading line, an
  // error already shown, and the rest from now on.
  usjpPageWords[code] = pageWords || {};
  if (usjpLanguage === code) {
    usjpUseLanguage(code, false);
    if (usjpShownError) usjpShowError(usjpShownError[0], usjpShownError[1], usjpShownError[2]);
    // The static graphic of the opening scenario in this language, while the program loads.
    if (graphic && !(window['usjp'] && window['usjp']['ready'])) {
      var link = window.location.hash.replace(/^#/, '') !== '';
      usjpShowStatic(graphic, usjpWord(link ? 'page.static_pending' : 'page.static_loading'));
      if (link) document.getElementById('sg').classList.add('sg-pending');
    }
  }
};
(window['usjpEarlyPacks'] || []).forEach(function (pack) { window['usjpLanguagePack'].apply(null, pack); });

// A script, not a fetch: it loads in a sandboxed iframe and from file:// alike (as index.wasm.js).
function usjpLoadLanguage(code, done) {
  if (usjpPacks[code]) {
    done();
    return;
  }
  var waiting = usjpPackWaiters[code];
  if (waiting) {
    waiting.push(done);
    return;
  }
  usjpPackWaiters[code] = [done];
  var finish = function () {
    if (!usjpPacks[code]) usjpPacks[code] = { 'error': 'lang-' + code + '.js could not be loaded' };
    var callbacks = usjpPackWaiters[code];
    delete usjpPackWaiters[code];
    callbacks.forEach(function (callback) { callback(); });
  };
  var script = document.createElement('script');
  script.src = 'lang-' + code + '.js';
  script.onload = finish;
  script.onerror = finish;
  document.head.appendChild(script);
}

// The page follows the calculator's language: <html lang> (screen readers pronounce the live region
// in it), its own texts, the fallback in that language alone, and ?lang= when the reader chose.
function usjpUseLanguage(code, chosen) {
  usjpLanguage = code;
  document.documentElement.lang = code;
  document.documentElement.setAttribute('data-lang', code);
  document.title = usjpWord('page.title');
  usjpSetText('status-text', usjpWord('page.loading'));
  usjpSetText('keys', usjpWord('page.keys'));
  usjpSetText('share-close', usjpWord('page.close'));
  usjpSetText('share-label', usjpWord('page.copy'));
  var canvas = document.getElementById('canvas');
  if (canvas) canvas.setAttribute('aria-label', usjpWord('page.canvas'));
  if (!chosen) return;
  try {
    var url = new URL(window.location.href);
    url.searchParams.set('lang', code);
    if (url.href !== window.location.href) window.history.replaceState(null, '', url.href);
  } catch (e) {
    // an opaque-origin frame may refuse: the shared links still carry the language
  }
}

// The page's texts in the reader's language at once; a Japanese reader's pack starts downloading
// with the program, not after it.
(function () {
  var start = usjpRequestedLanguage();
  usjpUseLanguage(start['code'], false);
  if (start['code'] !== 'en') usjpLoadLanguage(start['code'], function () {});
})();

// Asks for a throwaway WebGL2 context and releases it at once.
function usjpHasWebGL2() {
  try {
    var gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    var lose = gl.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
    return true;
  } catch (e) {
    return false;
  }
}

var usjpCanRun = true;
window['usjp'] = { 'ready': false };

if (typeof WebAssembly !== 'object') {
  usjpCanRun = false;
  usjpShowError('page.no_wasm', 'page.no_wasm_detail', true);
} else if (!usjpHasWebGL2()) {
  usjpShowError('page.no_webgl', 'page.no_webgl_detail', true);
  // A shared link: the program still runs, without drawing, to put the link's figures into the
  // static graphic (usjpShowStatic). Without one the graphic already shows the opening scenario.
  usjpCanRun = window.location.hash.replace(/^#/, '') !== '';
}

Module['print'] = function (text) { console.log(text); };
Module['printErr'] = function (text) { console.warn(text); };
// Emscripten's own "Running..." says nothing to a reader: the loading line stays until the first frame.
Module['setStatus'] = function (text) { if (text && !/^Running/.test(text)) usjpSetStatus(text); };

// A shared link: the graphic drawn at build time shows the opening scenario, not the link's, until
// the calculator (or, without WebGL2, the program alone) replaces it.
(function () {
  var figure = document.getElementById('sg');
  if (!figure || window.location.hash.replace(/^#/, '') === '') return;
  figure.classList.add('sg-pending');
  usjpSetText('sg-note', usjpWord('page.static_pending'));
})();
Module['onAbort'] = function (what) { usjpShowError('page.stopped', String(what)); };
window.addEventListener('error', function (event) {
  if (!window['usjp']['ready']) usjpShowError('page.not_started', String(event.message));
});
