// End-to-end test of the Japanese edition (issue 13) on the browser build in dist/, in Chromium:
//   - a reader whose browser is Japanese gets the calculator in Japanese (the canvas, <html lang>,
//     the live region), with the same figures as the English page and the CLI;
//   - an English reader downloads nothing of it (no lang-ja.js request);
//   - the EN | 日本語 switch changes the language in place, the address says ?lang=, and the shared
//     link and embed code carry lang=ja; the link opens in Japanese for a reader whose browser is
//     English (the round trip);
//   - a pack that cannot load leaves the calculator in English with a notice;
//   - sorting sectors by name keeps the data's order, since kanji have no alphabet order;
// and saves screenshots in Japanese (1400 px, the compact graphic at 640x480, a 360 px phone) for a
// person to look at.
//
//   node tests/e2e/japanese.mjs [--dist DIR] [--cli PATH] [--artifacts DIR]
import { join } from 'node:path';
import { assert, cliJson, createRunner, frames, prepareBrowserTest, sameResults, SCREEN, testArgs } from './check.mjs';

const args = testArgs('japanese.mjs');
const { check, summary } = createRunner();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

async function open(context, url, errors) {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.usjp && window.usjp.ready, null, { timeout: 60000 });
  await frames(page, 2);
  return { page, requests };
}

const language = (page) => page.evaluate(() => window.usjp.language());
const results = async (page) => JSON.parse(await page.evaluate(() => window.usjp.resultsJson()));
const liveText = (page) => page.evaluate(() => document.getElementById('summary').textContent + ' ' +
                                               document.getElementById('scenario').textContent);

async function click(page, key) {
  const r = await page.evaluate((k) => window.usjp.widgetRect(k), key);
  assert(r && r.visible, `widget ${key} is not visible`);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

async function main() {
  const lib = await prepareBrowserTest(args, ['lang-ja.js']);
  const server = await lib.serve(args.dist);
  const chromium = await lib.launchBrowser();
  const errors = [];
  const context = (locale, viewport = { width: 1400, height: 900 }, extra = {}) =>
    chromium.newContext({ locale, viewport, screen: SCREEN, ...extra });
  // The opening scenario as the command-line tool computes it, its words in Japanese.
  const japanese = cliJson(args.cli, '--preset', 'today', '--lang', 'ja');
  try {
    await check('a Japanese browser gets Japanese: canvas, <html lang>, live region; the figures are the CLI\'s', async () => {
      const ctx = await context('ja-JP');
      const { page, requests } = await open(ctx, server.url, errors);
      assert(await language(page) === 'ja', `language ${await language(page)}`);
      assert(requests.some((u) => u.endsWith('/lang-ja.js')), 'lang-ja.js was not requested');
      assert(await page.evaluate(() => document.documentElement.lang) === 'ja', '<html lang> is not ja');
      const live = await liveText(page);
      assert(live.startsWith('米国の対日貿易赤字') && /兆円/.test(live) && /ドル/.test(live), `live region: ${live}`);
      assert(!/\b(the|and|with)\b/.test(live.replace(/https?:\S+/g, '')), `English words in the live region: ${live}`);
      sameResults(await results(page), japanese);
      await page.screenshot({ path: join(args.artifacts, 'ja-1400.png') });
      await ctx.close();
    });

    await check('an English browser stays English and downloads nothing Japanese', async () => {
      const ctx = await context('en-US');
      const { page, requests } = await open(ctx, server.url, errors);
      assert(await language(page) === 'en', `language ${await language(page)}`);
      assert(!requests.some((u) => u.includes('lang-ja')), 'an English reader downloaded lang-ja.js');
      assert(await page.evaluate(() => document.documentElement.lang) === 'en', '<html lang> is not en');
      await ctx.close();
    });

    await check('the switch: 日本語 in place, ?lang=ja in the address, the shared link and embed code carry it', async () => {
      const ctx = await context('en-US');
      const { page } = await open(ctx, server.url + '#p=sep2025', errors);
      const before = await results(page);
      await click(page, 'lang-ja');
      await page.waitForFunction(() => window.usjp.language() === 'ja', null, { timeout: 20000 });
      await frames(page, 3);
      assert(/[?&]lang=ja/.test(page.url()), `address ${page.url()}`);
      assert(JAPANESE.test(await liveText(page)), 'the live region did not follow');
      // Words change, figures do not: the page is the CLI's Japanese JSON of the same link.
      const link = await page.evaluate(() => window.usjp.link());
      sameResults(await results(page), cliJson(args.cli, '--link', link, '--lang', 'ja'));
      sameResults((await results(page)).deficit_after_usd, before.deficit_after_usd);
      await click(page, 'share:link');
      await page.waitForFunction(() => window.usjp.lastShare().count > 0, null, { timeout: 10000 });
      const shared = (await page.evaluate(() => window.usjp.lastShare())).text;
      assert(/\?lang=ja#/.test(shared), `shared link ${shared}`);
      await click(page, 'share:embed');
      await page.waitForFunction(() => window.usjp.lastShare().count > 1, null, { timeout: 10000 });
      const embed = (await page.evaluate(() => window.usjp.lastShare())).text;
      assert(/\?view=compact&amp;lang=ja#/.test(embed), `embed code ${embed}`);
      // The round trip: a reader whose browser is English opens the shared link.
      const other = await context('en-US');
      const opened = await open(other, shared.replace(/^[^?#]*/, server.url), errors);
      assert(await language(opened.page) === 'ja', 'the shared link did not open in Japanese');
      assert(await opened.page.evaluate(() => window.usjp.link()) === await page.evaluate(() => window.usjp.link()),
             'the shared link opened another scenario');
      await other.close();
      await click(page, 'lang-en');
      await page.waitForFunction(() => window.usjp.language() === 'en', null, { timeout: 20000 });
      assert(/[?&]lang=en/.test(page.url()), `address after EN ${page.url()}`);
      assert(!JAPANESE.test(await liveText(page)), 'Japanese left in the live region after EN');
      await ctx.close();
    });

    await check('a Japanese pack that cannot load: the calculator in English, with a notice', async () => {
      const ctx = await context('ja-JP');
      await ctx.route('**/lang-ja.js', (route) => route.abort());
      const quiet = [];  // the aborted request logs its own console error
      const { page } = await open(ctx, server.url, quiet);
      assert(await language(page) === 'en', 'not English');
      assert(await page.evaluate(() => window.usjp.widgetRect('language-dismiss')), 'no notice was drawn');
      await ctx.close();
    });

    await check('before the program loads, a Japanese reader sees the static graphic in Japanese', async () => {
      const ctx = await context('ja-JP', { width: 800, height: 700 });
      let release;
      const held = new Promise((ok) => { release = ok; });
      await ctx.route('**/*.wasm', async (route) => { await held; await route.continue(); });
      const page = await ctx.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => document.getElementById('sg-after').textContent.includes('兆円'), null,
                                 { timeout: 20000 });
      const graphic = cliJson(args.cli, '--preset', 'today', '--lang', 'ja', '--graphic');
      assert(await page.textContent('#sg-after') === graphic.after, 'not the CLI\'s Japanese figure');
      assert(/読み込んでいます/.test(await page.textContent('#status-text')), 'the loading line is not Japanese');
      await page.screenshot({ path: join(args.artifacts, 'ja-loading.png') });
      release();
      await page.waitForFunction(() => window.usjp.ready, null, { timeout: 60000 });
      await ctx.close();
    });

    await check('no WebGL2 in Japanese: the message, the link\'s figures and the baseline in Japanese', async () => {
      const noGl = await lib.launchBrowser(['--disable-3d-apis']);
      try {
        const ctx = await noGl.newContext({ locale: 'ja-JP', viewport: { width: 800, height: 900 }, screen: SCREEN });
        const page = await ctx.newPage();
        const link = cliJson(args.cli, '--preset', 'sep2025').scenario.link;
        await page.goto(`${server.url}#${link}`);
        await page.waitForSelector('#fallback:not([hidden])', { timeout: 20000 });
        await page.waitForFunction(() => /WebGL2が必要/.test(document.querySelector('#error h1').textContent), null,
                                   { timeout: 20000 });
        const graphic = cliJson(args.cli, '--link', link, '--lang', 'ja', '--graphic');
        await page.waitForFunction((after) => document.getElementById('sg-after').textContent === after, graphic.after,
                                   { timeout: 20000 });
        assert(await page.isVisible('#fallback .baseline[lang="ja"]'), 'the Japanese baseline is not shown');
        assert(!(await page.isVisible('#fallback .baseline[lang="en"]')), 'the English baseline is shown too');
        await page.screenshot({ path: join(args.artifacts, 'ja-no-webgl.png'), fullPage: true });
        await ctx.close();
      } finally {
        await noGl.close();
      }
    });

    await check('Japanese: the compact graphic fits 640x480 to its credit line; screenshots there and on a 360 px phone', async () => {
      const compact = await context('ja-JP', { width: 640, height: 480 });
      const a = await open(compact, server.url + '?view=compact', errors);
      await a.page.screenshot({ path: join(args.artifacts, 'ja-compact-640x480.png') });
      const credit = await a.page.evaluate(() => window.usjp.widgetRect('credit-sources'));
      assert(credit && credit.visible && credit.y + credit.height <= 480, `credit line ${JSON.stringify(credit)}`);
      for (const key of ['share:full', 'share:link', 'lang-en', 'lang-ja']) {
        const r = await a.page.evaluate((k) => window.usjp.widgetRect(k), key);
        assert(r && r.visible && r.y < 60, `${key} is not beside the title: ${JSON.stringify(r)}`);
      }
      await compact.close();
      const phone = await context('ja-JP', { width: 360, height: 740 },
                                  { deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const b = await open(phone, server.url, errors);
      await b.page.screenshot({ path: join(args.artifacts, 'ja-phone-360.png') });
      const c = await open(phone, server.url + '?view=compact', errors);
      await c.page.screenshot({ path: join(args.artifacts, 'ja-phone-360-compact.png') });
      await phone.close();
    });

    await check('Japanese: sorting the sector table by name keeps the data\'s order (kanji have no alphabet order)', async () => {
      const ctx = await context('ja-JP');
      const { page } = await open(ctx, server.url, errors);
      const ids = (await results(page)).sectors.map((s) => s.id);
      const rowOrder = async () => {
        const rows = [];
        for (const id of ids) rows.push({ id, y: (await page.evaluate((k) => window.usjp.widgetRect(k), `sector:${id}`)).y });
        return rows.sort((a, b) => a.y - b.y).map((r) => r.id);
      };
      for (let i = 0; i < 40; ++i) {  // scroll the table's header into view
        const r = await page.evaluate(() => window.usjp.widgetRect('sector-header:0'));
        assert(r, 'no sector table');
        if (r.visible) break;
        await page.mouse.move(r.x + 4, 900 * 0.6);
        await page.mouse.wheel(0, r.y > 450 ? 240 : -240);
        await frames(page, 2);
      }
      await click(page, 'sector-header:0');
      await frames(page, 3);
      const first = await rowOrder();
      await click(page, 'sector-header:0');
      await frames(page, 3);
      const second = await rowOrder();
      const asc = ids.join(), desc = [...ids].reverse().join();
      assert((first.join() === asc && second.join() === desc) || (first.join() === desc && second.join() === asc),
             `rows by name: ${first.join()} then ${second.join()}`);
      await ctx.close();
    });

    await check('no console errors', async () => {
      assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
    });
  } finally {
    await chromium.close();
    await server.close();
  }
  console.log(`screenshots: ${args.artifacts}`);
  process.exit(summary() ? 0 : 1);
}

main().catch((error) => {
  console.log(`FAIL  ${error && error.stack || error}`);
  process.exit(1);
});
