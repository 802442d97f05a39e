// End-to-end test of the date control and the timeline (issue 5) on the browser build in dist/:
// drives the real widgets (rectangles from window.usjp.widgetRect) and checks the page against the
// command-line tool, the oracle:
//   - on the days just before, on and just after every event in data/layers.json, the page's layers,
//     effective tariff rate and per-sector tariffs equal `usjp-tariff --date <day> --json`;
//   - after the reader ticks a layer, choosing a date keeps their layers, and "Follow the law on
//     this date" applies the law again;
//   - hovering the charts does not re-run the model;
// and saves screenshots of the timeline, the ranges, the offers' realism controls and the carmakers
// table (desktop 1400 px and phone 390 px) for a person to look at.
//
//   node tests/e2e/timeline.mjs [--dist DIR] [--cli PATH] [--artifacts DIR]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, cliJson, createRunner, frames, openPage, prepareBrowserTest, repo, SCREEN, testArgs } from './check.mjs';

const args = testArgs('timeline.mjs');
const { check, summary } = createRunner();


// --- The oracle ----------------------------------------------------------------------------------

const cliCache = new Map();
function cli(...options) {
  const key = options.join(' ');
  if (!cliCache.has(key)) cliCache.set(key, cliJson(args.cli, ...options));
  return cliCache.get(key);
}

function near(a, b) { return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)); }

function onLayers(r) { return r.layers.filter((l) => l.on).map((l) => `${l.id}@${l.rate_pct}`).sort().join(','); }

// The tariffs on `day` as the law had them: layers on, effective rate, each sector's stacked tariff.
function expectLawOn(page, day) {
  const law = cli('--date', day);
  assert(page.scenario.date === day, `the page is on ${page.scenario.date}, expected ${day}`);
  assert(onLayers(page) === onLayers(law), `${day}: page layers [${onLayers(page)}], the law's [${onLayers(law)}]`);
  assert(near(page.effective_tariff_rate_pct, law.effective_tariff_rate_pct),
         `${day}: effective rate ${page.effective_tariff_rate_pct}%, CLI ${law.effective_tariff_rate_pct}%`);
  for (const s of law.sectors) {
    const p = page.sectors.find((x) => x.id === s.id);
    assert(p && near(p.tariff_pct, s.tariff_pct), `${day}: ${s.id} tariff ${p && p.tariff_pct}%, CLI ${s.tariff_pct}%`);
  }
  return law;
}

// The page's whole result against the CLI given the page's own link.
function expectMatchesLink(page, link) {
  const fromCli = cli('--link', link);
  assert(near(page.deficit_after_usd, fromCli.deficit_after_usd), `deficit ${page.deficit_after_usd} vs ${fromCli.deficit_after_usd}`);
  assert(near(page.effective_tariff_rate_pct, fromCli.effective_tariff_rate_pct), 'effective rate differs from the CLI');
  assert(onLayers(page) === onLayers(fromCli), 'layers differ from the CLI');
}

// --- Driving the page ----------------------------------------------------------------------------

async function rect(page, key) { return page.evaluate((k) => window.usjp.widgetRect(k), key); }
async function results(page) { return JSON.parse(await page.evaluate(() => window.usjp.resultsJson())); }
async function link(page) { return page.evaluate(() => window.usjp.link()); }

// Scrolls the column holding `key` with the mouse wheel until the widget is fully visible (and, with
// `top`, until it sits in the upper part of the screen, to leave room for what follows it).
async function reveal(page, key, top = false) {
  const viewport = page.viewportSize();
  let lastY = null;
  for (let i = 0; i < 80; ++i) {
    const r = await rect(page, key);
    assert(r, `widget ${key} is not drawn`);
    const high = top && r.y > viewport.height * 0.3 && r.y !== lastY;  // unless the column cannot scroll further
    if (r.visible && !high) return r;
    lastY = r.y;
    await page.mouse.move(r.x + 4, viewport.height * 0.6);
    // Towards where the widget should be; how far a wheel step scrolls depends on the font size.
    const target = high ? viewport.height * 0.15 : viewport.height / 2;
    const by = high ? Math.min(240, r.y - target) : Math.sign(r.y - target) * Math.min(2400, Math.max(240, Math.abs(r.y - target)));
    await page.mouse.wheel(0, by);
    await frames(page, 2);
  }
  throw new Error(`widget ${key} never became visible`);
}

// Moves the pointer off every widget, so that a screenshot shows no stray tooltip.
async function calm(page) {
  await page.mouse.move(1, 1);
  await frames(page, 3);
}

async function click(page, key) {
  const r = await reveal(page, key);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

// Clicks, then waits for the page's link (the scenario) to change and two more frames.
async function clickAndSettle(page, key, x = null) {
  const before = await link(page);
  const r = await reveal(page, key);
  await page.mouse.click(x === null ? r.x + r.width / 2 : r.x + x(r), r.y + r.height / 2);
  await page.waitForFunction((old) => window.usjp.link() !== old, before, { timeout: 10000 });
  await frames(page, 2);
}

async function pickEvent(page, day) {
  const current = (await results(page)).scenario.date;
  await click(page, 'date-combo');
  await frames(page, 3);
  const item = await reveal(page, `date:${day}`);
  const before = await link(page);
  await page.mouse.click(item.x + 20, item.y + item.height / 2);
  if (current !== day) await page.waitForFunction((old) => window.usjp.link() !== old, before, { timeout: 10000 });
  await frames(page, 2);
}

// The events the date control can reach: those up to the records' law_as_of (later ones are scheduled).
function events() {
  const layers = JSON.parse(readFileSync(join(repo, 'data', 'layers.json'), 'utf8'));
  return layers.events.map((e) => e.date).filter((d) => d <= layers.law_as_of);
}

function shiftDay(day, by) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

// A screenshot of the page clipped to the rows from widget `fromKey` to widget `toKey` (inclusive).
async function shotBetween(page, file, fromKey, toKey, pad = 8) {
  const a = await rect(page, fromKey), b = await rect(page, toKey);
  const viewport = page.viewportSize();
  const y = Math.max(0, Math.min(a.y, b.y) - pad);
  const bottom = Math.min(viewport.height, Math.max(a.y + a.height, b.y + b.height) + pad);
  const x = Math.max(0, Math.min(a.x, b.x) - pad);
  const right = Math.min(viewport.width, Math.max(a.x + a.width, b.x + b.width) + pad);
  await page.screenshot({ path: join(args.artifacts, file), clip: { x, y, width: right - x, height: bottom - y } });
}

// --- The checks ----------------------------------------------------------------------------------

async function desktopChecks(newContext, url) {
  const consoleErrors = [];
  const context = await newContext({ viewport: { width: 1400, height: 900 }, screen: SCREEN });
  const page = await openPage(context, url, consoleErrors);

  await check('desktop: the opening scenario follows the law on its date; the chart is drawn', async () => {
    const r = await results(page);
    expectLawOn(r, r.scenario.date);
    const chart = await rect(page, 'timeline-rate');
    assert(chart && chart.width > 400 && chart.height > 150, `timeline chart rectangle ${JSON.stringify(chart)}`);
    assert(!(await rect(page, 'follow-law')), '"Follow the law" shows although the layers follow the date');
  });

  const days = events();
  const last = days[days.length - 1];
  await check(`desktop: the day before, of and after each of ${days.length} events equals usjp-tariff --date`, async () => {
    for (const day of days) {
      await pickEvent(page, day);
      expectLawOn(await results(page), day);
      await clickAndSettle(page, 'date-prev');
      expectLawOn(await results(page), shiftDay(day, -1));
      if (day === last) continue;  // the control ends on the last day in the records
      await clickAndSettle(page, 'date-next');
      await clickAndSettle(page, 'date-next');
      expectLawOn(await results(page), shiftDay(day, 1));
    }
  });

  await check('desktop: the BRIEF\'s table: 24% on 2025-04-09 only, 15% inclusive from 2025-09-04', async () => {
    // Earth-moving machines: duty-free under MFN, on no exemption list and under no Section 232 list until 2026.
    const machines = (r) => r.sectors.find((s) => s.id === 'construction').tariff_pct;
    await pickEvent(page, '2025-04-09');
    assert(near(machines(await results(page)), 24), `earth-moving machines pay ${machines(await results(page))}% on 2025-04-09`);
    await clickAndSettle(page, 'date-next');
    assert(near(machines(await results(page)), 10), 'the pause did not bring 10% back');
    await pickEvent(page, '2025-08-07');
    assert(near(machines(await results(page)), 15), `earth-moving machines pay ${machines(await results(page))}% on 2025-08-07 (15% on MFN 0)`);
    // Inclusive of MFN from 4 September: trucks already pay 25% MFN, so the deal adds nothing to the
    // part of them outside Section 232 (30% light trucks at 25% more, until the 16th).
    const trucks = (r) => r.sectors.find((s) => s.id === 'trucks').tariff_pct;
    await pickEvent(page, '2025-09-04');
    assert(near(trucks(await results(page)), 25 + 0.3 * 25), `trucks pay ${trucks(await results(page))}% on 2025-09-04`);
  });

  await check('desktop: after a layer is ticked by hand, a new date keeps it; "Follow the law" applies the law', async () => {
    await pickEvent(page, '2025-06-04');
    await click(page, 'layers-fold:s122');  // Section 122 is not in force that day: folded
    await page.waitForFunction(() => window.usjp.widgetRect('layer:s122'), null, { timeout: 5000 });
    await clickAndSettle(page, 'layer:s122', (r) => r.height / 2);  // the switch
    const mine = await results(page);
    assert(mine.layers.find((l) => l.id === 's122').on, 's122 did not switch on');
    const follow = await rect(page, 'follow-law');
    assert(follow, 'no "Follow the law on this date" after a layer was ticked by hand');
    await pickEvent(page, '2025-09-16');
    await reveal(page, 'timeline-rate', true);
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'timeline-own-layers-desktop.png') });
    const moved = await results(page);
    assert(moved.scenario.date === '2025-09-16', `the date is ${moved.scenario.date}`);
    assert(onLayers(moved) === onLayers(mine), `the date changed the reader's layers: [${onLayers(mine)}] -> [${onLayers(moved)}]`);
    expectMatchesLink(moved, await link(page));
    await clickAndSettle(page, 'date-next');
    assert(onLayers(await results(page)) === onLayers(mine), 'a day step changed the reader\'s layers');
    await clickAndSettle(page, 'date-prev');
    await clickAndSettle(page, 'follow-law');
    expectLawOn(await results(page), '2025-09-16');
    assert(!(await rect(page, 'follow-law')), '"Follow the law" still shows after following the law');
    await pickEvent(page, '2026-02-24');
    expectLawOn(await results(page), '2026-02-24');  // and the layers follow the date again
  });

  await check('desktop: dragging the date slider moves the date and the layers with it', async () => {
    const before = (await results(page)).scenario.date;
    const r = await reveal(page, 'date-slider');
    const y = r.y + r.height / 2;
    await page.mouse.move(r.x + r.width * 0.8, y);
    await page.mouse.down();
    for (let step = 1; step <= 6; ++step) await page.mouse.move(r.x + r.width * (0.8 - step * 0.07), y);
    await page.mouse.up();
    await frames(page, 3);
    const after = await results(page);
    assert(after.scenario.date < before, `the date went from ${before} to ${after.scenario.date}`);
    expectLawOn(after, after.scenario.date);
  });

  await check('desktop: clicking the chart at an event chooses that event\'s date', async () => {
    await pickEvent(page, '2026-02-24');
    const chart = await reveal(page, 'timeline-rate', true);
    // Hover across the chart and then click near its middle: the date follows the click.
    const evaluations = await page.evaluate(() => window.usjp.evaluations());
    for (let i = 0; i <= 12; ++i) await page.mouse.move(chart.x + chart.width * (0.1 + i * 0.07), chart.y + chart.height * 0.6);
    await frames(page, 3);
    assert(await page.evaluate(() => window.usjp.evaluations()) === evaluations, 'hovering the chart re-ran the model');
    const before = await link(page);
    await page.mouse.click(chart.x + chart.width * 0.5, chart.y + chart.height * 0.6);
    await page.waitForFunction((old) => window.usjp.link() !== old, before, { timeout: 10000 });
    await frames(page, 2);
    const r = await results(page);
    assert(r.scenario.date > '2025-01-01' && r.scenario.date < '2026-07-24', `the click chose ${r.scenario.date}`);
    expectLawOn(r, r.scenario.date);
  });

  await check('desktop: screenshots of the timeline (with a tooltip), ranges, offers and carmakers', async () => {
    await pickEvent(page, '2025-09-16');
    const chart = await reveal(page, 'timeline-rate', true);
    await page.mouse.move(chart.x + chart.width * 0.45, chart.y + chart.height * 0.55);
    await frames(page, 3);
    await page.screenshot({ path: join(args.artifacts, 'timeline-desktop.png') });
    await reveal(page, 'headline:deficit', true);
    await reveal(page, 'chart:waterfall-last');
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'ranges-desktop.png') });
    await click(page, 'offer-realism:chips');
    await frames(page, 3);
    await reveal(page, 'offer-realism:chips', true);
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'offers-desktop.png') });
    await reveal(page, 'carmaker:toyota', true);
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'carmakers-desktop.png') });
    await click(page, 'assumptions');
    await frames(page, 3);
    await reveal(page, 'evidence:pass-through', true);
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'evidence-desktop.png') });
  });

  await check('desktop: an offer\'s counted share and its reset match the CLI and travel in the link', async () => {
    await click(page, 'offer-realism:boeing');
    await frames(page, 3);
    const r = await reveal(page, 'offer-additional:boeing');
    const before = await link(page);
    const y = r.y + r.height / 2;
    await page.mouse.move(r.x + r.width * 0.3, y);
    await page.mouse.down();
    for (let step = 1; step <= 6; ++step) await page.mouse.move(r.x + r.width * (0.3 + step * 0.08), y);
    await page.mouse.up();
    await page.waitForFunction((old) => window.usjp.link() !== old, before, { timeout: 10000 });
    await frames(page, 2);
    const changed = await link(page);
    assert(/boeing@[^,&]*add:/.test(changed), `the link does not carry Boeing's counted share: ${changed}`);
    expectMatchesLink(await results(page), changed);
    const boeing = (await results(page)).offers.find((o) => o.id === 'boeing');
    assert(near(boeing.counted_usd_per_year, cli('--link', changed).offers.find((o) => o.id === 'boeing').counted_usd_per_year),
           'Boeing\'s counted amount differs from the CLI');
    await clickAndSettle(page, 'offer-additional-reset:boeing');
    assert(!(await link(page)).includes('add:'), `the reset left the share in the link: ${await link(page)}`);
  });

  await check('desktop: no console errors', async () => {
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
  await context.close();
}

async function phoneChecks(newContext, url) {
  const consoleErrors = [];
  const context = await newContext({ viewport: { width: 390, height: 844 }, screen: { width: 430, height: 932 },
                                     deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await openPage(context, url, consoleErrors);
  await check('phone 390 px: screenshots of the date control, the timeline, ranges, offers and carmakers', async () => {
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'date-phone.png') });
    const shots = [['headline:deficit', 'ranges-phone.png', true], ['chart:waterfall-last', 'waterfall-phone.png', false],
                   ['timeline-rate', 'timeline-phone.png', true], ['timeline-costs', 'timeline-costs-phone.png', true]];
    for (const [key, file, top] of shots) {
      await reveal(page, key, top);
      await calm(page);
      await page.screenshot({ path: join(args.artifacts, file) });
    }
    const realism = await reveal(page, 'offer-realism:boeing');
    await page.touchscreen.tap(realism.x + 30, realism.y + realism.height / 2);
    await frames(page, 3);
    await reveal(page, 'offer-realism:boeing', true);
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'offers-phone.png') });
    await reveal(page, 'carmaker:toyota', true);
    await calm(page);
    await page.screenshot({ path: join(args.artifacts, 'carmakers-phone.png') });
  });
  await check('phone: a tap on "one day later" moves the date and the layers follow', async () => {
    // The page opens on the last day the records cover: step back one day first.
    const back = await reveal(page, 'date-prev');
    const opened = await link(page);
    await page.touchscreen.tap(back.x + back.width / 2, back.y + back.height / 2);
    await page.waitForFunction((l) => window.usjp.link() !== l, opened, { timeout: 10000 });
    await frames(page, 2);
    const before = (await results(page)).scenario.date;
    const r = await reveal(page, 'date-next');
    const old = await link(page);
    await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
    await page.waitForFunction((l) => window.usjp.link() !== l, old, { timeout: 10000 });
    await frames(page, 2);
    expectLawOn(await results(page), shiftDay(before, 1));
    assert(consoleErrors.length === 0, `console errors:\n${consoleErrors.join('\n')}`);
  });
  await context.close();
}

// --- Main ----------------------------------------------------------------------------------------

async function main() {
  const lib = await prepareBrowserTest(args);
  const server = await lib.serve(args.dist);
  const chromium = await lib.launchBrowser();
  const newContext = (options) => chromium.newContext(options);
  try {
    await desktopChecks(newContext, server.url);
    await phoneChecks(newContext, server.url);
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
