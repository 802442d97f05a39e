// The embed script (docs/embedding.md): sizes each calculator iframe marked data-usjp-embed to the
// height its compact graphic reports, so that the article shows it whole, with no scrollbar inside.
// Ours, no dependencies, nothing else read or sent; it runs under a strict Content-Security-Policy
// (no eval, no inline style: it sets the frame's height attribute) and works with frames sandboxed
// with allow-scripts alone (it recognises a frame by its window, not by an origin).
(function () {
  'use strict';
  var MIN_HEIGHT = 200;   // CSS px: never smaller than the graphic's title and headline
  var MAX_HEIGHT = 4000;  // nor so tall that a broken message could swallow the article

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'usjp:height' || data.version !== 1) return;
    var height = Math.round(Number(data.height));
    if (!isFinite(height)) return;
    height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height));
    var frames = document.querySelectorAll('iframe[data-usjp-embed]');
    for (var i = 0; i < frames.length; ++i) {
      if (frames[i].contentWindow !== event.source) continue;
      if (frames[i].getAttribute('height') !== String(height)) frames[i].setAttribute('height', String(height));
    }
  }

  if (!window.usjpEmbedListening) {  // the script may be pasted once per embed
    window.usjpEmbedListening = true;
    window.addEventListener('message', onMessage);
  }
})();
