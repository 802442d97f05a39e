// End-to-end test of the browser build in dist/: serves it on a free localhost port, drives Debian's
// Chromium (headless, software WebGL2) with playwright-core, clicks and drags real widgets (their
// rectangles come from window.usjp.widgetRect, recorded by the ImGui UI) and checks every result
// against the command-line tool, the oracle: `usjp-tariff --link <the page's link> --json`.
//
//   node tests/e2e/e2e.mjs [--dist DIR] [--cli PATH] [--artifacts DIR]
//
// Prints one line per check and a summary; exits 1 if any check failed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { assert, cliJson, createRunner, frames, inked, openPage, parseCsv, prepareBrowserTest, readPng, repo, sameResults, SCREEN,
         testArgs } from './check.mjs';

const args = testArgs('e2e.mjs');
const { check, summary } = createRunner();



// --- The oracle ----------------------------------------------------------------------------------

function oracle(link) {
  return cliJson(args.cli, '--link', link);
}

function cliGraphic(...options) {
  return JSON.parse(execFileSync(args.cli, [...options, '--graphic'], { encoding: 'utf8' }));
}

function cliLink(...options) {
  return execFileSync(args.cli, [...options, '--encode'], { encoding: 'utf8' }).trim();
}

// Same structure, same strings, numbers equal to 1e-9 relative (the wasm and native maths
// libraries may differ in the last bits of pow()).

async function matchesOracle(page) {
  const link = await page.evaluate(() => window.usjp.link());
  const fromPage = JSON.parse(await page.evaluate(() => window.usjp.resultsJson()));
  sameResults(fromPage, oracle(link));
  return fromPage;
}

// --- Driving the page ----------------------------------------------------------------------------

async function rect(page, key) {
  return page.evaluate((k) => window.usjp.widgetRect(k), key);
}

// Scrolls the column holding `key` with the mouse wheel until the widget is fully visible.
async function reveal(page, key) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 60; ++i) {
    const r = await rect(page, key);
    assert(r, `widget ${key} is not drawn`);
    if (r.visible) return r;
    await page.mouse.move(r.x + 4, viewport.height * 0.6);
    await page.mouse.wheel(0, r.y > viewport.height / 2 ? 240 : -240);
    await frames(page, 2);
  }
  throw new Error(`widget ${key} never became visible`);
}

async function untilLinkChanges(page, before) {
  await page.waitForFunction((old) => window.usjp.link() !== old, before, { timeout: 10000 });
  await frames(page, 2);
}

// Clicks a checkbox's box (the square at the start of its rectangle).
async function clickCheckbox(page, key) {
  const r = await reveal(page, key);
  await page.mouse.click(r.x + r.height / 2, r.y + r.height / 2);
}

function layer(results, id) { return results.layers.find((l) => l.id === id); }
function offer(results, id) { return results.offers.find((o) => o.id === id); }

async function expectCanvasSharp(page, dpr) {
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    const box = c.getBoundingClientRect();
    return { width: c.width, height: c.height, cssWidth: box.width, cssHeight: box.height };
  });
  assert(Math.abs(size.width - Math.round(size.cssWidth * dpr)) <= 1 &&
         Math.abs(size.height - Math.round(size.cssHeight * dpr)) <= 1,
         `canvas backing store ${size.width}x${size.height} is not CSS ${size.cssWidth}x${size.cssHeight} x ${dpr}`);
}

// --- The checks ----------------------------------------------------------------------------------

async function desktopChecks(launchContext, url) {
  const consoleErrors = [];
  const context = await launchContext({ viewport: { width: 1400, height: 900 }, screen: SCREEN });
  const page = await openPage(context, url, consoleErrors);

  await check('desktop: loads, the opening scenario matches the CLI', async () => {
    const r = await matchesOracle(page);
    assert(r.scenario.preset === 'today', `opened on ${r.scenario.preset}`);
    assert(r.scenario.date === r.scenario.law_as_of, `opened on ${r.scenario.date}, not the law as of ${r.scenario.law_as_of}`);
    const summary = await page.evaluate(() => document.getElementById('summary').textContent);
    assert(summary.includes('US goods deficit with Japan'), `live region says "${summary}"`);
    await page.screenshot({ path: join(args.artifacts, 'desktop.png') });
  });

  await check('desktop: idle page draws no frames', async () => {
    await page.mouse.move(5, 890);
    await page.waitForTimeout(1000);
    const before = await page.evaluate(() => window.usjp.frames());
    await page.waitForTimeout(1500);
    const after = await page.evaluate(() => window.usjp.frames());
    assert(after === before, `${after - before} frames drawn in 1.5 s of idle`);
  });

  await check('desktop: ticking a layer (Section 122 10%) changes the headline to the CLI\'s figures', async () => {
    const before = JSON.parse(await page.evaluate(() => window.usjp.resultsJson()));
    assert(!layer(before, 's122').on, 's122 should start off in the law today');
    const link = await page.evaluate(() => window.usjp.link());
    await clickWidget(page, 'layers-fold:s122');  // not in force today: folded under one line
    await page.waitForFunction(() => window.usjp.widgetRect('layer:s122'), null, { timeout: 5000 });
    await clickCheckbox(page, 'layer:s122');
    await untilLinkChanges(page, link);
    const after = await matchesOracle(page);
    assert(layer(after, 's122').on, 's122 did not switch on');
    assert(after.deficit_after_usd !== before.deficit_after_usd, 'the deficit did not change');
    const headline = await page.evaluate(() => window.usjp.headline());
    assert(headline === (await page.evaluate(() => document.getElementById('summary').textContent)),
           'the live region does not show the new headline');
  });

  await check('desktop: dragging an offer\'s slider (chips) matches the CLI', async () => {
    const link = await page.evaluate(() => window.usjp.link());
    const r = await reveal(page, 'offer-share:chips');
    const y = r.y + r.height / 2;
    await page.mouse.move(r.x + r.width * 0.9, y);
    await page.mouse.down();
    for (let step = 1; step <= 8; ++step) await page.mouse.move(r.x + r.width * (0.9 - step * 0.08), y);
    await page.mouse.up();
    await untilLinkChanges(page, link);
    const after = await matchesOracle(page);
    const chips = offer(after, 'chips');
    assert(chips.on, 'dragging the slider should switch the offer on');
    assert(chips.share_pct > 5 && chips.share_pct < 50, `share ${chips.share_pct}% is not where the slider was dropped`);
    assert(Number.isInteger(chips.share_pct), `share ${chips.share_pct} is not whole percent`);
  });

  await check('desktop: switching the preset (April 2025) matches the CLI', async () => {
    const link = await page.evaluate(() => window.usjp.link());
    const combo = await reveal(page, 'preset-combo');
    await page.mouse.click(combo.x + combo.width / 2, combo.y + combo.height / 2);
    await frames(page, 3);
    const item = await reveal(page, 'preset:apr2025');
    await page.mouse.click(item.x + 20, item.y + item.height / 2);
    await untilLinkChanges(page, link);
    const after = await matchesOracle(page);
    assert(after.scenario.preset === 'apr2025', `preset is ${after.scenario.preset}`);
    assert(await page.evaluate(() => window.location.hash.includes('p=apr2025')), 'the address does not carry the preset');
  });

  await check('desktop: keyboard: arrows move the focus, Space toggles a checkbox', async () => {
    const link = await page.evaluate(() => window.usjp.link());
    await clickCheckbox(page, 'layer:ieepa_base');  // focuses it (and toggles it)
    await untilLinkChanges(page, link);
    const toggled = layer(JSON.parse(await page.evaluate(() => window.usjp.resultsJson())), 'ieepa_base').on;
    const link2 = await page.evaluate(() => window.usjp.link());
    for (const key of ['ArrowDown', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await frames(page, 2);
    }
    await untilLinkChanges(page, link2);
    const after = await matchesOracle(page);
    assert(layer(after, 'ieepa_base').on === !toggled, 'Space did not toggle the checkbox');
  });

  await check('desktop: keyboard: ArrowLeft on the focused date slider moves the date back a day and keeps the focus', async () => {
    await page.focus('#canvas');
    let focused = false;
    for (let i = 0; i < 80 && !focused; ++i) {  // backwards: the slider is above the layers
      await page.keyboard.press('Shift+Tab');
      await frames(page, 2);
      focused = Boolean((await rect(page, 'date-slider') || {}).focused);
    }
    assert(focused, 'Shift+Tab never reached the date slider');
    const before = JSON.parse(await page.evaluate(() => window.usjp.resultsJson())).scenario.date;
    const link = await page.evaluate(() => window.usjp.link());
    await page.keyboard.press('ArrowLeft');
    await untilLinkChanges(page, link);
    const after = JSON.parse(await page.evaluate(() => window.usjp.resultsJson())).scenario.date;
    const days = (Date.parse(before) - Date.parse(after)) / 86400000;
    assert(days === 1, `ArrowLeft moved the date from ${before} to ${after}`);
    assert((await rect(page, 'date-slider')).focused, 'the focus left the slider');
    await matchesOracle(page);
  });

  await check('desktop: keyboard: Tab closes an open list instead of cycling inside it', async () => {
    const combo = await reveal(page, 'date-combo');
    await page.mouse.click(combo.x + combo.width / 2, combo.y + combo.height / 2);
    await frames(page, 3);
    const open = (await page.evaluate(() => window.usjp.widgetKeys())).some((k) => k.startsWith('date:'));
    assert(open, 'the event list did not open');
    await page.keyboard.press('Tab');
    await frames(page, 3);
    const still = (await page.evaluate(() => window.usjp.widgetKeys())).some((k) => k.startsWith('date:'));
    assert(!still, 'Tab left the event list open');
  });

  await check('desktop: hovering and moving the mouse does not re-run the model', async () => {
    const before = await page.evaluate(() => window.usjp.evaluations());
    for (let i = 0; i < 20; ++i) await page.mouse.move(100 + i * 60, 150 + (i % 5) * 120);
    await frames(page, 5);
    const after = await page.evaluate(() => window.usjp.evaluations());
    assert(after === before, `the model ran ${after - before} times without a change`);
  });

  await check('desktop: the sector table sorts by a clicked column', async () => {
    const header = await reveal(page, 'sector-header:2');  // Imports 2024
    await page.mouse.click(header.x + header.width / 2, header.y + header.height / 2);
    await frames(page, 3);
    const r = JSON.parse(await page.evaluate(() => window.usjp.resultsJson()));
    const rows = [];
    for (const s of r.sectors) rows.push({ imports: s.imports_before_usd, y: (await rect(page, `sector:${s.id}`)).y });
    rows.sort((a, b) => a.y - b.y);
    const imports = rows.map((row) => row.imports);
    const descending = imports.every((v, i) => i === 0 || imports[i - 1] >= v);
    const ascending = imports.every((v, i) => i === 0 || imports[i - 1] <= v);
    assert(descending || ascending, `rows are not sorted by imports: ${imports.join(', ')}`);
    await page.screenshot({ path: join(args.artifacts, 'desktop-table.png') });
  });

  await check('desktop: an assumption (cars\' pass-through) moves the results as the CLI says', async () => {
    const header = await reveal(page, 'assumptions');
    await page.mouse.click(header.x + header.width / 2, header.y + header.height / 2);
    await frames(page, 3);
    const link = await page.evaluate(() => window.usjp.link());
    const r = await reveal(page, 'pass-through:cars');
    const y = r.y + r.height / 2;
    await page.mouse.move(r.x + r.width * 0.2, y);
    await page.mouse.down();
    for (let step = 1; step <= 6; ++step) await page.mouse.move(r.x + r.width * (0.2 + step * 0.1), y);
    await page.mouse.up();
    await untilLinkChanges(page, link);
    const newLink = await page.evaluate(() => window.usjp.link());
    assert(newLink.includes('pt.cars:'), `the link does not carry the assumption: ${newLink}`);
    await matchesOracle(page);
    await page.screenshot({ path: join(args.artifacts, 'desktop-assumptions.png') });
  });

  await check('desktop: the sources panel lists every source in data/sources.json', async () => {
    const header = await reveal(page, 'sources');
    await page.mouse.click(header.x + header.width / 2, header.y + header.height / 2);
    await frames(page, 3);
    const keys = await page.evaluate(() => window.usjp.widgetKeys());
    const ids = JSON.parse(readFileSync(join(repo, 'data', 'sources.json'), 'utf8')).sources.map((x) => x.id);
    const missing = ids.filter((id) => !keys.includes(`source:${id}`));
    assert(missing.length === 0, `sources not shown: ${missing.join(', ')}`);
    await reveal(page, `source:${ids[0]}`);
    await page.screenshot({ path: join(args.artifacts, 'desktop-sources.png') });
  });

  await check('desktop: Escape then Tab leaves the calculator (no keyboard trap)', async () => {
    await page.focus('#canvas');
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement.id === 'canvas'), 'Tab alone should stay in the calculator');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert(await page.evaluate(() => document.activeElement.id !== 'canvas'), 'Escape, Tab did not move the focus out');
  });

  await check('desktop: Download data saves a CSV with the CLI\'s fields and figures for the same link', async () => {
    const r = await reveal(page, 'share:data');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }),
                                          page.mouse.click(r.x + r.width / 2, r.y + r.height / 2)]);
    assert(/^usjp-tariff-\d{4}-\d\d-\d\d\.csv$/.test(download.suggestedFilename()), download.suggestedFilename());
    const saved = parseCsv(readFileSync(await download.path(), 'utf8'));
    const link = await page.evaluate(() => window.usjp.link());
    const cli = parseCsv(execFileSync(args.cli, ['--link', link, '--csv'], { encoding: 'utf8' }));
    assert(saved[0].join() === 'field,value', `header ${saved[0]}`);
    assert(saved.length === cli.length, `${saved.length} rows, the CLI has ${cli.length}`);
    for (let i = 1; i < cli.length; ++i) {
      const [field, value] = saved[i], [cliField, cliValue] = cli[i];
      assert(field === cliField, `row ${i}: ${field}, the CLI has ${cliField}`);
      const a = Number(value), b = Number(cliValue);
      const same = value === cliValue || (value !== '' && Number.isFinite(a) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
      assert(same, `${field}: ${value}, the CLI says ${cliValue}`);
    }
  });

  await check('desktop: Download image saves a PNG of the results graphic: 960 px wide, a title on white', async () => {
    const r = await reveal(page, 'share:image');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }),
                                          page.mouse.click(r.x + r.width / 2, r.y + r.height / 2)]);
    assert(/^usjp-tariff-\d{4}-\d\d-\d\d\.png$/.test(download.suggestedFilename()), download.suggestedFilename());
    const bytes = readFileSync(await download.path());
    const png = readPng(bytes);
    assert(png.width === 960 && png.height >= 300 && png.height <= 1400, `the image is ${png.width}x${png.height}`);
    const title = inked(png, 10, 8, 210, 30), margin = inked(png, 700, 8, 950, 30);
    assert(title > 200 && margin < 20, `title region ${title} inked pixels, beside it ${margin}`);
    const save = await page.evaluate(() => window.usjp.lastSave());
    assert(save.outcome === 'downloaded' && save.size === bytes.length, JSON.stringify({ ...save, text: '' }));
    writeFileSync(join(args.artifacts, 'download-image.png'), bytes);
  });

  await check('desktop: no console errors', async () => {
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
  await context.close();
}

// WCAG relative luminance and contrast of two sRGB colours.
function luminance([r, g, b]) {
  const lin = (v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The strongest text pixel in a band against the band's background (its most common colour):
// the contrast a reader sees for that line of text.
function bandContrast(png, x0, y0, x1, y1) {
  const counts = new Map();
  for (let y = y0; y < y1; ++y) for (let x = x0; x < x1; ++x) {
    const key = png.rgb(x, y).join();
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const background = [...counts].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
  let best = 1;
  for (const key of counts.keys()) best = Math.max(best, contrast(background, key.split(',').map(Number)));
  return { background, best };
}

async function schemeChecks(launchContext, url) {
  for (const [query, colorScheme, dark] of [['?theme=dark', 'light', true], ['?view=compact', 'dark', true],
                                             ['?theme=light', 'dark', false]]) {
    await check(`colour scheme: ${query} with the reader's ${colorScheme} setting is ${dark ? 'dark' : 'light'}, text at least 4.5:1`, async () => {
      const consoleErrors = [];
      const context = await launchContext({ viewport: { width: 1000, height: 700 }, screen: SCREEN, colorScheme });
      const page = await openPage(context, `${url}${query}`, consoleErrors);
      await frames(page, 2);
      const png = readPng(await page.screenshot());
      const title = bandContrast(png, 10, 8, 260, 34);        // the title
      const paperIsDark = luminance(title.background) < 0.1;
      assert(paperIsDark === dark, `the background is ${title.background}: expected ${dark ? 'dark' : 'light'}`);
      assert(title.best >= 4.5, `the title's contrast is ${title.best.toFixed(2)}:1`);
      // Dim text, the smallest: the as-of line in the full view, the label over the headline in the compact one.
      const dim = query.includes('compact') ? bandContrast(png, 14, 44, 230, 58) : bandContrast(png, 14, 44, 150, 58);
      assert(dim.best >= 4.5, `dim text's contrast is ${dim.best.toFixed(2)}:1`);
      await page.screenshot({ path: join(args.artifacts, `scheme-${dark ? 'dark' : 'light'}${query.includes('compact') ? '-compact' : ''}.png`) });
      assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
      await context.close();
    });
  }
}

async function linkChecks(launchContext, url) {
  const consoleErrors = [];
  const context = await launchContext({ viewport: { width: 1200, height: 800 }, screen: SCREEN });
  const link = 'v=1&p=jun2025&d=2025-06-04&l=ieepa_base,s232_metals_50,s232_autos@20,s232_parts&o=chips@40&bogus=1';
  const page = await openPage(context, `${url}#${link}`, consoleErrors);
  await check('link: a shared link opens its scenario, unusable parts are listed', async () => {
    const notices = await page.evaluate(() => window.usjp.notices());
    assert(notices.some((n) => n.includes('bogus')), `notices: ${JSON.stringify(notices)}`);
    const r = await matchesOracle(page);
    assert(layer(r, 's232_autos').rate_pct === 20, 'the link\'s rate for s232_autos was not applied');
    assert(offer(r, 'chips').share_pct === 40, 'the link\'s chips share was not applied');
    const dismiss = await rect(page, 'notices-dismiss');
    assert(dismiss && dismiss.visible, 'the notice is not shown');
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
  await check('link: a new fragment on the loaded page is applied, with its notices', async () => {
    const before = await page.evaluate(() => window.usjp.link());
    await page.evaluate(() => { window.location.hash = '#v=1&p=sep2025'; });
    await page.waitForFunction((l) => window.usjp.link() !== l, before, { timeout: 10000 });
    const r = await matchesOracle(page);
    assert(r.scenario.preset === 'sep2025', `the page shows ${r.scenario.preset} after the hash changed`);
    const notices = await page.evaluate(() => window.usjp.notices());
    assert(notices.length === 0, `a clean link left notices: ${JSON.stringify(notices)}`);
  });
  await check('link: a crafted link is "your own settings", never a preset\'s name', async () => {
    const before = await page.evaluate(() => window.usjp.link());
    await page.evaluate(() => { window.location.hash = '#v=1&p=sep2025&l=s232_autos@1000,s232_parts@1000'; });
    await page.waitForFunction((l) => window.usjp.link() !== l, before, { timeout: 10000 });
    const r = await matchesOracle(page);
    assert(r.scenario.preset === '', `the page names the preset ${r.scenario.preset}`);
    assert(layer(r, 's232_autos').rate_pct <= 200, `a rate of ${layer(r, 's232_autos').rate_pct}% got through`);
    await frames(page, 3);
    const live = await page.evaluate(() => document.getElementById('summary').textContent + ' ' +
                                          (document.getElementById('scenario') || {}).textContent);
    assert(!live.includes('September 2025 deal'), `the live text names the preset: ${live}`);
    const notices = await page.evaluate(() => window.usjp.notices());
    assert(notices.some((n) => n.includes('most the calculator allows')), `no notice of the clamp: ${JSON.stringify(notices)}`);
  });
  await context.close();
}

async function phoneChecks(launchContext, url) {
  const consoleErrors = [];
  const context = await launchContext({ viewport: { width: 390, height: 844 }, screen: { width: 430, height: 932 },
                                        deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await openPage(context, url, consoleErrors);
  await check('phone 390x844 @3x: one column, sharp canvas, tap switches a layer off', async () => {
    await expectCanvasSharp(page, 3);
    assert(await rect(page, 'headline:compact'), 'the compact headline is not drawn on a phone');
    await page.screenshot({ path: join(args.artifacts, 'phone.png') });
    // The first screen holds the scenario, the date control and the result with its ranges; the
    // layers follow one swipe down.
    const r = await reveal(page, 'layer:s232_buses');
    const link = await page.evaluate(() => window.usjp.link());
    await page.touchscreen.tap(r.x + r.height / 2, r.y + r.height / 2);
    await untilLinkChanges(page, link);
    const after = await matchesOracle(page);
    assert(!layer(after, 's232_buses').on, 'the tap did not switch the layer off');
  });

  await check('phone: a vertical swipe scrolls the page', async () => {
    const before = await rect(page, 'layer:s232_buses');
    const cdp = await context.newCDPSession(page);
    const point = (y) => [{ x: 200, y, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(700) });
    for (let y = 680; y >= 400; y -= 20) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await frames(page, 3);
    const after = await rect(page, 'layer:s232_buses');
    assert(after.y < before.y - 200, `content moved ${before.y - after.y} px for a 300 px swipe`);
    const on = layer(JSON.parse(await page.evaluate(() => window.usjp.resultsJson())), 's232_buses').on;
    assert(!on, 'the swipe should not have clicked anything');
  });

  await check('phone: a sideways drag with a finger moves an offer\'s slider', async () => {
    const r = await reveal(page, 'offer-share:chips');
    const link = await page.evaluate(() => window.usjp.link());
    const cdp = await context.newCDPSession(page);
    const y = r.y + r.height / 2;
    const point = (x) => [{ x, y, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(r.x + r.width * 0.9) });
    for (let i = 1; i <= 10; ++i)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(r.x + r.width * (0.9 - i * 0.06)) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await untilLinkChanges(page, link);
    const after = await matchesOracle(page);
    const chips = offer(after, 'chips');
    assert(chips.on && chips.share_pct < 60, `chips: on ${chips.on}, share ${chips.share_pct}%`);
    await page.screenshot({ path: join(args.artifacts, 'phone-slider.png') });
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
  await check('phone: switches and links are touch targets of 44 CSS px', async () => {
    for (const key of ['layer:s301_2026', 'more:s301_2026', 'layers-fold:ieepa', 'offer:chips']) {
      const r = await reveal(page, key);
      assert(r.height >= 43.5, `${key} is ${r.height.toFixed(1)} px tall on a touch screen`);
    }
  });

  await context.close();
}

async function hiDpiChecks(launchContext, url) {
  const consoleErrors = [];
  const context = await launchContext({ viewport: { width: 1280, height: 800 }, screen: SCREEN, deviceScaleFactor: 2 });
  const page = await openPage(context, url, consoleErrors);
  await check('desktop @2x: backing store at device pixels, renders, matches the CLI', async () => {
    await expectCanvasSharp(page, 2);
    await matchesOracle(page);
    await page.screenshot({ path: join(args.artifacts, 'dpr2.png') });
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
  await check('desktop @2x: a change of devicePixelRatio alone (zoom, another screen) rebuilds at 1x', async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
    await page.mouse.move(640, 700);  // emulation fires no event: the next frame notices the ratio
    await page.waitForFunction(() => document.getElementById('canvas').width === 1280, null, { timeout: 10000 });
    await frames(page, 2);
    await expectCanvasSharp(page, 1);
    await page.screenshot({ path: join(args.artifacts, 'dpr-change.png') });
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
    await page.mouse.move(600, 700);
    await page.waitForFunction(() => document.getElementById('canvas').width === 2560, null, { timeout: 10000 });
    await cdp.detach();
  });

  await check('desktop @2x: the canvas follows a window resize', async () => {
    await page.setViewportSize({ width: 700, height: 500 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 1400, null, { timeout: 10000 });
    await frames(page, 2);
    await expectCanvasSharp(page, 2);
    assert(await rect(page, 'headline:compact'), 'a 700 px window should use the one-column layout');
  });
  await context.close();
}

async function iframeChecks(launchContext, url) {
  const consoleErrors = [];
  const context = await launchContext({ viewport: { width: 900, height: 700 }, screen: SCREEN });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(`${url}missing-page-for-a-blank-origin`).catch(() => {});
  await page.setContent(`<!doctype html><body style="margin:20px;font:16px serif"><p>An article paragraph.</p>
    <iframe id="calc" src="${url}" style="width:560px;height:360px;border:1px solid #999"></iframe></body>`);
  await check('iframe 560x360: renders inside an article', async () => {
    const frame = page.frameLocator('#calc');
    const handle = await page.$('#calc');
    const inner = await handle.contentFrame();
    await inner.waitForFunction(() => window.usjp && window.usjp.ready, null, { timeout: 60000 });
    const size = await inner.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert(size[0] === 560 && size[1] === 360, `canvas is ${size} in a 560x360 iframe`);
    await frame.locator('#canvas').waitFor();
    await page.screenshot({ path: join(args.artifacts, 'iframe.png') });
    const errors = consoleErrors.filter((e) => !e.includes('missing-page-for-a-blank-origin') && !e.includes('404'));
    assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
  });
  await context.close();
}

async function singleFileChecks(launchContext) {
  const file = join(args.dist, 'single', 'index.html');
  if (!existsSync(file)) return;  // the single-file build is optional
  const consoleErrors = [];
  const context = await launchContext({ viewport: { width: 1000, height: 700 }, screen: SCREEN });
  await check('single file: dist/single/index.html runs from file://', async () => {
    const page = await openPage(context, pathToFileURL(file).href, consoleErrors);
    await matchesOracle(page);
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
  await context.close();
}

async function noWebGlChecks(lib, url) {
  const browser = await lib.launchBrowser(['--disable-3d-apis']);
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, screen: SCREEN });
    const page = await context.newPage();
    const wasmRequests = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests.push(r.url()); });
    await check('no WebGL2: the page says so plainly, shows the opening scenario\'s graphic, downloads nothing more', async () => {
      await page.goto(url);
      await page.waitForSelector('#error:not([hidden])', { timeout: 20000 });
      const text = await page.textContent('#error');
      assert(text.includes('WebGL2'), `the message is "${text}"`);
      const opening = cliGraphic('--preset', 'today');
      assert(await page.isVisible('#sg'), 'no static graphic');
      assert(await page.textContent('#sg-after') === opening.after, 'the graphic is not the opening scenario');
      await page.waitForTimeout(500);
      assert(wasmRequests.length === 0, `the wasm was downloaded anyway: ${wasmRequests}`);
      await page.screenshot({ path: join(args.artifacts, 'no-webgl.png') });
    });
    await check('no WebGL2, a shared link: the program draws the link\'s own figures into the graphic', async () => {
      const link = cliLink('--preset', 'apr2025');
      const expected = cliGraphic('--link', link);
      const linked = await context.newPage();  // a fresh load: on the same page only the fragment would change
      await linked.goto(`${url}#${link}`);
      await linked.waitForFunction((after) => document.getElementById('sg-after').textContent === after &&
                                 !document.getElementById('sg').classList.contains('sg-pending'), expected.after,
                                 { timeout: 30000 });
      for (const key of ['before', 'change', 'scenario', 'buyers', 'exporters']) {
        const shown = await linked.textContent(`#sg-${key}`);
        assert(shown === expected[key], `${key}: ${shown}, the CLI says ${expected[key]}`);
      }
      const labels = await linked.$$eval('#sg-bars text:not(.sg-value)', (nodes) => nodes.map((n) => n.textContent));
      assert(labels.join('|') === expected.steps.map((st) => st.label).join('|'), `bars ${labels}`);
      await linked.screenshot({ path: join(args.artifacts, 'no-webgl-link.png'), fullPage: true });
    });
  } finally {
    await browser.close();
  }
}

// Printing: the print stylesheet shows the static graphic of the current scenario and the sources.
async function printChecks(launchContext, url) {
  await check('print: the current scenario as a graphic with every source, not a picture of the screen', async () => {
    const consoleErrors = [];
    const context = await launchContext({ viewport: { width: 1000, height: 700 }, screen: SCREEN });
    const link = cliLink('--preset', 'sep2025');
    const page = await openPage(context, `${url}#${link}`, consoleErrors);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const expected = cliGraphic('--link', link);
    assert(await page.isVisible('#sg'), 'the graphic is not printed');
    assert(!(await page.isVisible('#canvas')), 'the canvas is printed');
    assert(await page.textContent('#sg-after') === expected.after, 'the printed graphic is not the current scenario');
    const note = await page.textContent('#sg-note');
    assert(note.includes(link), `the print does not carry the link: ${note}`);
    const sources = JSON.parse(readFileSync(join(repo, 'data', 'sources.json'), 'utf8')).sources.length;
    const printed = await page.$$eval('#fallback .baseline ol li', (items) => items.filter((li) => li.offsetParent).length);
    assert(printed === sources, `${printed} of ${sources} sources printed`);
    await page.pdf({ path: join(args.artifacts, 'print.pdf') });
    await page.screenshot({ path: join(args.artifacts, 'print.png'), fullPage: true });
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
    await context.close();
  });
}

// Before the program has loaded: the static graphic of the opening scenario, as the CLI computes
// it, and no "Running..." anywhere; with a link, the graphic says it is not yet the link's.
async function loadingChecks(launchContext, url) {
  for (const [hash, name] of [['', 'loading.png'], [`#${cliLink('--preset', 'apr2025')}`, 'loading-link.png']]) {
    await check(`before the calculator loads${hash ? ' (a shared link)' : ''}: the static graphic is there at once`, async () => {
      const context = await launchContext({ viewport: { width: 800, height: 700 }, screen: SCREEN });
      let release;
      const held = new Promise((ok) => { release = ok; });
      await context.route('**/*.wasm', async (route) => { await held; await route.continue(); });
      const page = await context.newPage();
      await page.goto(`${url}${hash}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('#sg', { state: 'visible', timeout: 10000 });
      const opening = cliGraphic('--preset', 'today');
      assert(await page.textContent('#sg-after') === opening.after, 'the graphic is not the opening scenario');
      const status = await page.textContent('#status');
      assert(!/Running/.test(status), `the page says "${status}"`);
      const pending = await page.evaluate(() => document.getElementById('sg').classList.contains('sg-pending'));
      assert(pending === Boolean(hash), hash ? 'a link\'s page does not say the graphic is not its scenario yet'
                                             : 'the opening page marks its own graphic as pending');
      await page.screenshot({ path: join(args.artifacts, name) });
      release();
      await page.waitForFunction(() => window.usjp && window.usjp.ready, null, { timeout: 60000 });
      assert(!(await page.isVisible('#sg')), 'the static graphic stays over the calculator');
      await context.close();
    });
  }
}

// --- Main ----------------------------------------------------------------------------------------

// Editorial design (issue 10): short tooltips, "more" leading to the source, rate sliders, type that
// grows with wide screens.
async function editorialChecks(launchContext, url) {
  const consoleErrors = [];
  const context = await launchContext({ viewport: { width: 1400, height: 900 }, screen: SCREEN });
  const page = await openPage(context, url, consoleErrors);

  await check('editorial: a long tooltip is cut to three lines after a hover delay', async () => {
    const r = await reveal(page, 'layer:s301_2026');
    const moved = Date.now();
    await page.mouse.move(r.x + r.width * 0.5, r.y + r.height / 2);
    await frames(page, 2);
    const shown = await rect(page, 'tooltip-text');
    // ImGui shows a tooltip once the mouse has been still 0.15 s, then 0.15 s more: two frames that
    // took longer than that (a loaded machine) cannot tell a delay from none.
    if (Date.now() - moved < 150) assert(!shown, 'the tooltip shows with no delay');
    else console.log(`      (two frames took ${Date.now() - moved} ms: the delay itself was not checked)`);
    await page.waitForTimeout(900);
    await page.mouse.move(r.x + r.width * 0.5 + 1, r.y + r.height / 2);  // a frame after the delay
    await frames(page, 3);
    const t = await rect(page, 'tooltip-text');
    assert(t, 'no tooltip after the hover delay');
    assert(await rect(page, 'tooltip-cut'), 'the long tooltip does not say where the rest is');
    const line = (await rect(page, 'title')).height * 16.5 / 19;  // body text against the title's size
    assert(t.height < 3.6 * line, `tooltip text ${t.height} px tall, more than three lines of ${line.toFixed(1)} px`);
    await page.screenshot({ path: join(args.artifacts, 'tooltip.png') });
  });

  await check('editorial: "more" under a layer opens its details, and its source in the sources panel', async () => {
    await page.mouse.move(5, 890);
    await clickWidget(page, 'more:s232_trucks');
    await page.waitForFunction(() => window.usjp.widgetRect('more-source:s232_trucks'), null, { timeout: 5000 });
    const link = await reveal(page, 'more-source:s232_trucks');
    await page.mouse.click(link.x + 4, link.y + link.height / 2);
    const inView = () => { const r = window.usjp.widgetRect('source-marked'); return r && r.visible; };
    await page.waitForFunction(inView, null, { timeout: 5000 })
      .catch(() => assert(false, 'the layer\'s source is not marked in view in the sources panel'));
    await page.screenshot({ path: join(args.artifacts, 'more-source.png') });
  });

  await check('editorial: measures not in force on the date fold under one line, which opens them', async () => {
    assert(!(await rect(page, 'layer:ieepa_base')), 'an IEEPA layer is drawn on a date after IEEPA ended');
    await clickWidget(page, 'layers-fold:ieepa');
    await page.waitForFunction(() => window.usjp.widgetRect('layer:ieepa_base'), null, { timeout: 5000 });
    assert(await rect(page, 'layer:deal_15'), 'the deal layer (ended) is not among the folded ones');
  });

  await check('editorial: a layer\'s rate slider sets the rate and the figures match the CLI', async () => {
    const r = await reveal(page, 'layer-rate:s232_trucks');
    const before = await page.evaluate(() => window.usjp.link());
    await page.mouse.click(r.x + r.width * 0.5, r.y + r.height / 2);
    await untilLinkChanges(page, before);
    const after = await matchesOracle(page);
    const rate = layer(after, 's232_trucks').rate_pct;
    assert(Math.abs(rate - 50) < 3, `the middle of the slider gave ${rate}%`);
  });
  assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  await context.close();

  await check('editorial: type is a quarter larger on a 1920 px screen', async () => {
    const wide = await launchContext({ viewport: { width: 1920, height: 1080 }, screen: { width: 1920, height: 1080 } });
    const widePage = await openPage(wide, url, []);
    const narrow = await launchContext({ viewport: { width: 1400, height: 900 }, screen: SCREEN });
    const narrowPage = await openPage(narrow, url, []);
    const ratio = (await rect(widePage, 'title')).height / (await rect(narrowPage, 'title')).height;
    await widePage.screenshot({ path: join(args.artifacts, 'wide-1920.png') });
    await wide.close();
    await narrow.close();
    assert(ratio > 1.2 && ratio < 1.3, `title height ratio 1920/1400 = ${ratio.toFixed(3)}`);
  });
}

async function clickWidget(page, key) {
  const r = await reveal(page, key);
  await page.mouse.click(r.x + Math.min(8, r.width / 2), r.y + r.height / 2);
  await frames(page, 2);
}

async function main() {
  const lib = await prepareBrowserTest(args);
  const server = await lib.serve(args.dist);
  const chromium = await lib.launchBrowser();
  const launchContext = (options) => chromium.newContext(options);
  try {
    await desktopChecks(launchContext, server.url);
    await editorialChecks(launchContext, server.url);
    await schemeChecks(launchContext, server.url);
    await loadingChecks(launchContext, server.url);
    await printChecks(launchContext, server.url);
    await linkChecks(launchContext, server.url);
    await phoneChecks(launchContext, server.url);
    await hiDpiChecks(launchContext, server.url);
    await iframeChecks(launchContext, server.url);
    await singleFileChecks(launchContext);
    await noWebGlChecks(lib, server.url);
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
