// Page glue that runs before the module starts: the loading message, errors shown on the page,
// and the WebGL2 check. A file, not inline script in shell.html, so that the page can be served
// with a strict Content-Security-Policy.

function usjpShowError(title, detail) {
  var box = document.getElementById('error');
  if (!box) return;
  box.querySelector('h1').textContent = title;
  var pre = box.querySelector('pre');
  pre.textContent = detail;
  pre.className = detail.indexOf('\n') >= 0 ? '' : 'prose';  // a list of data errors stays monospaced
  box.hidden = false;
  var status = document.getElementById('status');
  if (status) status.hidden = true;
  var canvas = document.getElementById('canvas');
  if (canvas) canvas.hidden = true;
}

function usjpSetStatus(text, fraction) {
  var label = document.getElementById('status-text');
  if (label && text) label.textContent = text;
  var bar = document.getElementById('progress');
  if (bar && fraction !== undefined) bar.value = Math.round(fraction * 100);
}

function usjpSetSummary(text) {
  var summary = document.getElementById('summary');
  if (summary) summary.textContent = text;
}

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
  usjpShowError('This calculator needs WebAssembly', 'Try a current Chrome, Edge, Firefox or Safari.');
} else if (!usjpHasWebGL2()) {
  usjpCanRun = false;
  usjpShowError('This calculator needs WebGL2',
                'Your browser did not provide a WebGL2 context. Try a current Chrome, Edge, Firefox or Safari, ' +
                'or turn on hardware acceleration in its settings.');
}

Module['print'] = function (text) { console.log(text); };
Module['printErr'] = function (text) { console.warn(text); };
Module['setStatus'] = function (text) { if (text) usjpSetStatus(text); };
Module['onAbort'] = function (what) { usjpShowError('The calculator stopped', String(what)); };
window.addEventListener('error', function (event) {
  if (!window['usjp']['ready']) usjpShowError('The calculator could not start', String(event.message));
});
