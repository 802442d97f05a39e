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
        usjpSetStatus('Loading the calculator\u2026 ' + Math.min(100, Math.round(100 * loaded / total)) + '%',
                      Math.min(1, loaded / total));
        controller.enqueue(chunk.value);
      });
    }
  });
  return new Response(stream, { 'headers': { 'Content-Type': 'application/wasm' } });
}

Module['instantiateWasm'] = function (imports, receiveInstance) {
  if (!usjpCanRun) return {};  // the message is on the page; do not download
  var url = typeof wasmBinaryFile === 'string' ? wasmBinaryFile : 'index.wasm';
  fetch(url, { 'credentials': 'same-origin' })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + url);
      var counted = usjpCountingResponse(response);
      if (WebAssembly.instantiateStreaming) return WebAssembly.instantiateStreaming(counted, imports);
      return counted.arrayBuffer().then(function (bytes) { return WebAssembly.instantiate(bytes, imports); });
    })
    .then(function (result) {
      usjpSetStatus('Starting\u2026', 1);
      receiveInstance(result['instance'], result['module']);
    })
    .catch(function (error) {
      usjpShowError('The calculator could not be downloaded', String(error));
    });
  return {};
};
