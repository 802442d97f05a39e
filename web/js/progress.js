// Downloads the .wasm with a progress bar and compiles it while it streams in. Split build only:
// the single-file build carries the wasm inside the page. Emscripten calls instantiateWasm in
// place of its own fetch.
function usjpCountingResponse(response) {
  var total = Number(response.headers.get('Content-Length')) || 0;
  if (!response.body || !total) return response;
  var reader = response.body.getReader();
  var loaded = 0;
  var stream = new ReadableStream({
    'pull': function (controller) {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          controller.close();
          return;
        }
        loaded += chunk.value.byteLength;
        usjpSetStatus(usjpWord('page.loading_pct', { 'pct': Math.min(100, Math.round(100 * loaded / total)) }),
                      Math.min(1, loaded / total));
        controller.enqueue(chunk.value);
      });
    }
  });
  return new Response(stream, { 'headers': { 'Content-Type': 'application/wasm' } });
}

// A page with an opaque origin (an iframe sandboxed without allow-same-origin, a file:// page) may
// not fetch its own index.wasm: that is a CORS request, which a plain static host refuses. A
// <script> may still load from the same place, so index.wasm.js carries the same bytes as base64
// and hands them to window.usjpWasmBase64 (docs/embedding.md).
function usjpOpaqueOrigin() {
  try {
    return window.origin === 'null';
  } catch (e) {
    return true;
  }
}

function usjpInstantiateFromScript(url, imports, receiveInstance) {
  usjpSetStatus(usjpWord('page.loading'));
  window['usjpWasmBase64'] = function (base64) {
    delete window['usjpWasmBase64'];
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
    WebAssembly.instantiate(bytes, imports)
      .then(function (result) {
        usjpSetStatus(usjpWord('page.starting'), 1);
        receiveInstance(result['instance'], result['module']);
      })
      .catch(function (error) {
        usjpShowError('page.not_started', String(error));
      });
  };
  var script = document.createElement('script');
  script.src = url + '.js';
  script.onerror = function () {
    usjpShowError('page.not_downloaded', usjpWord('page.could_not_load', { 'what': script.src }));
  };
  document.body.appendChild(script);
}

Module['instantiateWasm'] = function (imports, receiveInstance) {
  if (!usjpCanRun) return {};  // the message is on the page; do not download
  var url = typeof wasmBinaryFile === 'string' ? wasmBinaryFile : 'index.wasm';
  if (usjpOpaqueOrigin()) {
    usjpInstantiateFromScript(url, imports, receiveInstance);
    return {};
  }
  fetch(url, { 'credentials': 'same-origin' })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + url);
      var counted = usjpCountingResponse(response);
      if (WebAssembly.instantiateStreaming) return WebAssembly.instantiateStreaming(counted, imports);
      return counted.arrayBuffer().then(function (bytes) { return WebAssembly.instantiate(bytes, imports); });
    })
    .then(function (result) {
      usjpSetStatus(usjpWord('page.starting'), 1);
      receiveInstance(result['instance'], result['module']);
    })
    .catch(function (error) {
      usjpShowError('page.not_downloaded', String(error));
    });
  return {};
};
