// Shared by the e2e scripts, without any npm package (so that a missing playwright-core can be
// reported clearly): their options, a tiny check runner, the command-line oracle and the first
// steps of driving a page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');

// The options every e2e script takes: --dist DIR, --cli PATH, --artifacts DIR.
export function testArgs(script, argv = process.argv.slice(2)) {
  const out = {
    dist: join(repo, 'dist'),
    cli: join(repo, 'build', 'native-debug', 'core', 'usjp-tariff'),
    artifacts: join(here, 'artifacts'),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in out) || i + 1 >= argv.length) {
      console.error(`usage: node ${script} [--dist DIR] [--cli PATH] [--artifacts DIR] (bad option ${argv[i]})`);
      process.exit(2);
    }
    out[key] = resolve(argv[i + 1]);
  }
  skipUnlessBuilt(script, out);
  return out;
}

// CTest's SKIP_RETURN_CODE (tests/e2e/CMakeLists.txt): a test that cannot run here says why and is
// reported as skipped, not failed.
export const SKIP = 77;

// Without the browser build, the command-line oracle or Chromium there is nothing to test yet.
function skipUnlessBuilt(script, args) {
  const missing = [
    [join(args.dist, 'index.html'), 'the browser build (scripts/build-web.sh writes dist/)'],
    [join(args.dist, 'index.wasm'), 'the browser build (scripts/build-web.sh writes dist/)'],
    [join(args.dist, 'single', 'index.html'), 'the single-file build (scripts/build-web.sh writes dist/single/)'],
    [args.cli, 'the command-line tool (cmake --build --preset native-debug)'],
    [process.env.USJP_CHROMIUM || '/usr/bin/chromium', "Chromium (apt-get install chromium, or set USJP_CHROMIUM)"],
  ].filter(([path]) => !existsSync(path));
  if (missing.length === 0) return;
  for (const [path, what] of missing) console.log(`SKIPPED ${script}: ${path} is missing: ${what}`);
  process.exit(SKIP);
}

// Named checks, one line each, and a summary; summary() is true when every check passed.
export function createRunner() {
  const results = [];
  async function check(name, body) {
    const started = Date.now();
    try {
      await body();
      results.push({ name, ok: true });
      console.log(`PASS  ${name}  (${Date.now() - started} ms)`);
    } catch (error) {
      results.push({ name, ok: false, error });
      console.log(`FAIL  ${name}\n      ${String(error && error.stack || error).split('\n').join('\n      ')}`);
    }
  }
  function summary() {
    const failed = results.filter((r) => !r.ok);
    console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
    for (const f of failed) console.log(`  failed: ${f.name}`);
    return failed.length === 0;
  }
  return { check, summary };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// The oracle: what the command-line tool computes with these options, as JSON.
export function cliJson(cli, ...options) {
  return JSON.parse(execFileSync(cli, [...options, '--json'],
                                 { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] }));
}

// Page results equal the CLI's, field by field (numbers to 1e-9 relative), naming the first difference.
export function sameResults(page, cli, path = '$') {
  if (typeof cli === 'number') {
    assert(typeof page === 'number', `${path}: page has ${JSON.stringify(page)}, CLI ${cli}`);
    assert(Math.abs(page - cli) <= 1e-9 * Math.max(1, Math.abs(cli)), `${path}: page ${page}, CLI ${cli}`);
  } else if (Array.isArray(cli)) {
    assert(Array.isArray(page) && page.length === cli.length, `${path}: arrays differ in length`);
    cli.forEach((v, i) => sameResults(page[i], v, `${path}[${i}]`));
  } else if (cli && typeof cli === 'object') {
    assert(page && typeof page === 'object', `${path}: page has no object`);
    for (const k of new Set([...Object.keys(cli), ...Object.keys(page)])) sameResults(page[k], cli[k], `${path}.${k}`);
  } else {
    assert(page === cli, `${path}: page ${JSON.stringify(page)}, CLI ${JSON.stringify(cli)}`);
  }
}

// Before any browser starts: the build, the CLI oracle and playwright-core must be there, or the
// test fails saying which is missing. Returns lib.mjs (the server and browser helpers).
export async function prepareBrowserTest(args, extraFiles = []) {
  console.log(`dist: ${args.dist}\nCLI oracle: ${args.cli}\n`);
  const needed = [[join(args.dist, 'index.html'), 'scripts/build-web.sh'],
                  ...extraFiles.map((f) => [join(args.dist, f), 'scripts/build-web.sh']),
                  [args.cli, 'cmake --build --preset native-debug']];
  for (const [file, how] of needed) {
    if (!existsSync(file)) {
      console.log(`FAIL  ${file} is missing: build it first (${how})`);
      process.exit(1);
    }
  }
  let lib;
  try {
    lib = await import('./lib.mjs');
  } catch (error) {
    console.log(`FAIL  playwright-core is not installed: run npm ci in tests/e2e (scripts/setup.sh does)\n${error}`);
    process.exit(1);
  }
  mkdirSync(args.artifacts, { recursive: true });
  return lib;
}

export const SCREEN = { width: 1920, height: 1200 };  // never equal to the viewport (TOOLCHAIN trap 5)

export async function openPage(context, url, consoleErrors) {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.usjp && window.usjp.ready, null, { timeout: 60000 });
  await frames(page, 2);
  return page;
}

// Waits until the page has drawn `n` more frames, or has gone idle: it draws only while something
// happens, so on a loaded machine the frames after an input may all be drawn before we look.
export async function frames(page, n) {
  const start = await page.evaluate(() => window.usjp.frames());
  try {
    await page.waitForFunction((target) => window.usjp.frames() >= target, start + n, { timeout: 3000 });
  } catch {
    const now = await page.evaluate(() => window.usjp.frames());
    await page.waitForTimeout(800);
    assert(await page.evaluate(() => window.usjp.frames()) === now, 'the page neither drew the frames nor went idle');
  }
}


// --- Files the page saves ----------------------------------------------------------------------------

// RFC 4180 rows from CSV text (quoted fields, doubled quotes, CRLF or LF).
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') ++i;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// Width, height and an RGB reader of an 8-bit RGB(A) PNG, filters undone (node's zlib only).
export function readPng(buffer) {
  assert(buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'not a PNG');
  let pos = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < buffer.length) {
    const length = buffer.readUInt32BE(pos), kind = buffer.toString('latin1', pos + 4, pos + 8);
    const body = buffer.subarray(pos + 8, pos + 8 + length);
    if (kind === 'IHDR') {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      assert(body[8] === 8 && (body[9] === 2 || body[9] === 6), `unexpected PNG format ${body[8]}/${body[9]}`);
      channels = body[9] === 2 ? 3 : 4;
    } else if (kind === 'IDAT') idat.push(body);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels, pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; ++i) {
      const x = raw[y * (stride + 1) + 1 + i];
      const left = i >= channels ? pixels[y * stride + i - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const corner = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      const p = left + up - corner, pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - corner);
      const predictor = [0, left, up, (left + up) >> 1, pa <= pb && pa <= pc ? left : pb <= pc ? up : corner][filter];
      pixels[y * stride + i] = (x + predictor) & 255;
    }
  }
  const rgb = (x, y) => [0, 1, 2].map((c) => pixels[y * stride + x * channels + c]);
  return { width, height, rgb };
}

// How many pixels in a rectangle are not white.
export function inked(png, x0, y0, x1, y1) {
  let n = 0;
  for (let y = y0; y < y1; ++y) for (let x = x0; x < x1; ++x) n += png.rgb(x, y).some((v) => v < 250);
  return n;
}
