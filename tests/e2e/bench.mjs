// Benchmark of the browser build (not a test: it prints figures, it does not pass or fail).
//   - download size: bytes and gzip -9 bytes of each file in dist/, for an English reader and for a
//     Japanese one (who also loads lang-ja.js)
//   - time from navigation to the first frame drawn (also in Japanese: ?lang=ja)
//   - frames drawn and CPU used by all of Chromium's processes during 5 s of idle
//   - CPU time per frame while a slider is dragged
// each for the calculator, a blank page and a bare ImGui page (tests/bench/bare_imgui.cpp: one
// window, a slider and a checkbox, the same size flags, the usual every-frame main loop), with the
// calculator-to-bare ratios.
//
//   node tests/e2e/bench.mjs [--dist DIR] [--bare DIR] [--runs N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serve, treeCpuSeconds } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const options = { dist: join(repo, 'dist'), bare: join(repo, 'build', 'wasm-release', 'bench', 'bare'), runs: '5' };
for (let i = 2; i + 1 < process.argv.length; i += 2) options[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const RUNS = Number(options.runs);
const IDLE_SECONDS = 5;
const DRAG_SECONDS = 3;
const VIEWPORT = { width: 1280, height: 800 };
const SCREEN = { width: 1920, height: 1200 };

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes(dir, label) {
  console.log(`\n${label}: ${dir}`);
  console.log(`  ${'file'.padEnd(26)} ${'bytes'.padStart(10)} ${'gzip -9'.padStart(10)}`);
  let total = 0, totalGzip = 0, japanese = null;
  for (const path of files(dir).sort()) {
    const body = readFileSync(path);
    const gz = gzipSync(body, { level: 9 }).length;
    const name = relative(dir, path);
    console.log(`  ${name.padEnd(26)} ${String(body.length).padStart(10)} ${String(gz).padStart(10)}`);
    // What a reader of the page downloads: the single file and the script-wrapped wasm (sandboxed
    // frames and file:// only) are alternatives to index.html + index.js + index.wasm, not
    // additions; the methodology pages and the embed script (read by the article's page) are apart.
    // lang-ja.js is what a Japanese reader downloads on top (web/js/pre.js loads it for them only).
    const apart = ['index.wasm.js', 'embed.js', 'methodology.html', 'data.html', 'validation.html', 'lang-ja.js'];
    if (!name.startsWith('single') && !apart.includes(name)) {
      total += body.length;
      totalGzip += gz;
    }
    if (name === 'lang-ja.js') japanese = [body.length, gz];
  }
  console.log(`  ${'English reader downloads'.padEnd(26)} ${String(total).padStart(10)} ${String(totalGzip).padStart(10)}`);
  if (japanese)
    console.log(`  ${'Japanese reader downloads'.padEnd(26)} ${String(total + japanese[0]).padStart(10)} ` +
                `${String(totalGzip + japanese[1]).padStart(10)}  (+${japanese[1]} gzip: lang-ja.js)`);
  return totalGzip;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// How each page says it has drawn, and how to count its frames.
const PAGES = {
  app: {
    ready: () => window.usjp && window.usjp.ready,
    firstFrame: () => window.usjp.firstFrameMs,
    frames: () => window.usjp.frames(),
  },
  bare: {
    ready: () => window.bareModule && window.bareModule['_bare_frame_count'] && window.bareModule['_bare_frame_count']() > 0,
    firstFrame: () => performance.now(),  // polled every animation frame: at most one frame late
    frames: () => window.bareModule['_bare_frame_count'](),
  },
  blank: { ready: () => true, firstFrame: () => performance.now(), frames: () => 0 },
};

async function open(browser, url, kind) {
  const context = await browser.newContext({ viewport: VIEWPORT, screen: SCREEN });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('  [page error]', String(e)));
  await page.goto(url);
  await page.waitForFunction(PAGES[kind].ready, null, { polling: 'raf', timeout: 60000 });
  const firstFrameMs = await page.evaluate(PAGES[kind].firstFrame);
  return { context, page, firstFrameMs };
}

async function firstFrame(browser, url, kind) {
  const times = [];
  for (let i = 0; i < RUNS; ++i) {
    const { context, firstFrameMs } = await open(browser, url, kind);
    times.push(firstFrameMs);
    await context.close();
  }
  return median(times);
}

async function idle(browser, url, kind) {
  const { context, page } = await open(browser, url, kind);
  await page.waitForTimeout(1500);  // let start-up work and the settle frames finish
  const frames0 = await page.evaluate(PAGES[kind].frames);
  const cpu0 = treeCpuSeconds(process.pid);
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const cpu = treeCpuSeconds(process.pid) - cpu0;
  const frames = (await page.evaluate(PAGES[kind].frames)) - frames0;
  await context.close();
  return { cpuPct: (100 * cpu) / IDLE_SECONDS, frames };
}

// The slider's rectangle in CSS pixels of the page.
async function sliderRect(page, kind) {
  if (kind === 'app') {
    for (let i = 0; i < 40; ++i) {
      const r = await page.evaluate(() => window.usjp.widgetRect('offer-share:chips'));
      if (r.visible) return r;
      await page.mouse.move(r.x + 4, VIEWPORT.height * 0.6);
      await page.mouse.wheel(0, r.y > VIEWPORT.height / 2 ? 240 : -240);
      await page.waitForTimeout(100);
    }
    throw new Error('the chips slider never became visible');
  }
  return page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    const box = canvas.getBoundingClientRect();
    const sx = box.width / canvas.width, sy = box.height / canvas.height;
    const v = [0, 1, 2, 3].map((i) => window.bareModule['_bare_slider'](i));
    return { x: box.left + v[0] * sx, y: box.top + v[1] * sy, width: (v[2] - v[0]) * sx, height: (v[3] - v[1]) * sy };
  });
}

async function drag(browser, url, kind) {
  const { context, page } = await open(browser, url, kind);
  const r = await sliderRect(page, kind);
  await page.waitForTimeout(1000);
  const y = r.y + r.height / 2;
  await page.mouse.move(r.x + r.width * 0.1, y);
  await page.mouse.down();
  const frames0 = await page.evaluate(PAGES[kind].frames);
  const mainMs0 = kind === 'app' ? await page.evaluate(() => window.usjp.frameMsTotal()) : 0;
  const cpu0 = treeCpuSeconds(process.pid);
  const started = Date.now();
  for (let i = 0; Date.now() - started < DRAG_SECONDS * 1000; ++i) {
    const t = (i % 60) / 59;  // back and forth across the slider, one sweep a second
    await page.mouse.move(r.x + r.width * (0.1 + 0.8 * (i % 120 < 60 ? t : 1 - t)), y);
    await page.waitForTimeout(16);
  }
  const cpu = treeCpuSeconds(process.pid) - cpu0;
  const frames = (await page.evaluate(PAGES[kind].frames)) - frames0;
  const mainMs = kind === 'app' ? (await page.evaluate(() => window.usjp.frameMsTotal())) - mainMs0 : NaN;
  await page.mouse.up();
  await context.close();
  return { msPerFrame: (1000 * cpu) / Math.max(1, frames), frames, cpuPct: (100 * cpu) / DRAG_SECONDS,
           mainMsPerFrame: mainMs / Math.max(1, frames) };
}

async function main() {
  const appGzip = sizes(options.dist, 'Calculator (dist/)');
  const bareGzip = sizes(options.bare, 'Bare ImGui page');
  const app = await serve(options.dist);
  const bare = await serve(options.bare);
  const blankUrl = 'about:blank';
  const browser = await launchBrowser();
  try {
    console.log(`\nFirst frame (median of ${RUNS} loads, ms from navigation):`);
    const appFirst = await firstFrame(browser, app.url, 'app');
    const bareFirst = await firstFrame(browser, bare.url, 'bare');
    const japaneseFirst = await firstFrame(browser, app.url + '?lang=ja', 'app');
    console.log(`  calculator ${appFirst.toFixed(0)}   in Japanese ${japaneseFirst.toFixed(0)}   bare ImGui ${bareFirst.toFixed(0)}`);

    console.log(`\nIdle ${IDLE_SECONDS} s (CPU of all Chromium processes, % of one core; frames drawn):`);
    const idleBlank = await idle(browser, blankUrl, 'blank');
    const idleApp = await idle(browser, app.url, 'app');
    const idleBare = await idle(browser, bare.url, 'bare');
    console.log(`  blank page  ${idleBlank.cpuPct.toFixed(1)}%`);
    console.log(`  calculator  ${idleApp.cpuPct.toFixed(1)}%  ${idleApp.frames} frames  (${(idleApp.cpuPct - idleBlank.cpuPct).toFixed(1)} points above blank)`);
    console.log(`  bare ImGui  ${idleBare.cpuPct.toFixed(1)}%  ${idleBare.frames} frames`);

    console.log(`\nDragging a slider for ${DRAG_SECONDS} s:`);
    const dragApp = await drag(browser, app.url, 'app');
    const dragBare = await drag(browser, bare.url, 'bare');
    for (const [name, d] of [['calculator', dragApp], ['bare ImGui', dragBare]])
      console.log(`  ${name.padEnd(10)}  ${d.frames} frames, ${d.msPerFrame.toFixed(2)} ms CPU per frame in all processes ` +
                  `(${d.cpuPct.toFixed(0)}% of a core)` +
                  (Number.isNaN(d.mainMsPerFrame) ? '' : `; ${d.mainMsPerFrame.toFixed(2)} ms of it in the page's frame code`));

    console.log('\nCalculator / bare ImGui:');
    console.log(`  gzip size        ${(appGzip / bareGzip).toFixed(2)}x  (${appGzip} / ${bareGzip} bytes)`);
    console.log(`  first frame      ${(appFirst / bareFirst).toFixed(2)}x`);
    console.log(`  idle CPU         ${idleApp.cpuPct.toFixed(1)}% vs ${idleBare.cpuPct.toFixed(1)}%  (blank page ${idleBlank.cpuPct.toFixed(1)}%)`);
    console.log(`  CPU per frame    ${(dragApp.msPerFrame / dragBare.msPerFrame).toFixed(2)}x while dragging`);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
