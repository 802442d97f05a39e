// Where a frame's milliseconds go while a slider is dragged: Chromium's sampling profiler over the
// same drag as bench.mjs, self time summed by function (not a test; it prints a table).
// Function names need a build linked with --profiling-funcs (scripts/build-web.sh --profile
// writes one to build/wasm-profile/dist); an ordinary build shows wasm-function[N].
//
//   node tests/e2e/profile.mjs [--dist DIR] [--seconds S] [--top N]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serve } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const options = { dist: join(repo, 'build', 'wasm-profile', 'dist'), seconds: '3', top: '30' };
for (let i = 2; i + 1 < process.argv.length; i += 2) options[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];

async function main() {
  const server = await serve(options.dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.usjp && window.usjp.ready, null, { polling: 'raf', timeout: 60000 });
    let r = null;
    for (let i = 0; i < 40; ++i) {
      r = await page.evaluate(() => window.usjp.widgetRect('offer-share:chips'));
      if (r.visible) break;
      await page.mouse.move(r.x + 4, 480);
      await page.mouse.wheel(0, r.y > 400 ? 240 : -240);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const y = r.y + r.height / 2;
    await page.mouse.move(r.x + r.width * 0.1, y);
    await page.mouse.down();
    const frames0 = await page.evaluate(() => window.usjp.frames());
    await cdp.send('Profiler.start');
    const started = Date.now();
    for (let i = 0; Date.now() - started < Number(options.seconds) * 1000; ++i) {
      const t = (i % 60) / 59;
      await page.mouse.move(r.x + r.width * (0.1 + 0.8 * (i % 120 < 60 ? t : 1 - t)), y);
      await page.waitForTimeout(16);
    }
    const { profile } = await cdp.send('Profiler.stop');
    const frames = (await page.evaluate(() => window.usjp.frames())) - frames0;
    await page.mouse.up();

    // Self time per node from the samples, then summed by function name.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfUs = new Map();
    for (let i = 0; i < profile.samples.length; ++i) {
      const node = byId.get(profile.samples[i]);
      const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'program'})`;
      selfUs.set(name, (selfUs.get(name) || 0) + (profile.timeDeltas[i] || 0));
    }
    const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
    const idle = (selfUs.get('(idle)') || 0);
    console.log(`${frames} frames in ${options.seconds} s; main thread busy ${((total - idle) / 1000).toFixed(0)} ms ` +
                `(${((total - idle) / 1000 / Math.max(1, frames)).toFixed(2)} ms a frame)`);
    console.log(`  ${'self ms'.padStart(8)} ${'per frame'.padStart(9)}  function`);
    for (const [name, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, Number(options.top))) {
      if (name === '(idle)') continue;
      console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ${(us / 1000 / Math.max(1, frames)).toFixed(3).padStart(9)}  ${name}`);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
