// Screenshots for a person to look at (not a test): node tests/e2e/shot.mjs --dist dist --out DIR
//   [--query '?lang=ja'] [--size 1400x900] [--name NAME] [--full]
import { launchBrowser, serve } from './lib.mjs';
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('--dist', 'dist'), out = arg('--out', '/tmp/shots');
const query = arg('--query', '?lang=ja'), [w, h] = arg('--size', '1400x900').split('x').map(Number);
const name = arg('--name', 'shot');
const server = await serve(dist);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: Number(arg('--dpr', '1')) });
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(server.url + query);
await page.waitForFunction(() => window.usjp && window.usjp.ready && window.usjp.frames() >= 3, null, { timeout: 60000 });
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/${name}.png` });
console.log(`${out}/${name}.png`, await page.evaluate(() => document.documentElement.lang));
await browser.close();
await server.close();
