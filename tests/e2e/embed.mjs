// End-to-end test of the calculator as a guest in other people's pages (docs/embedding.md), in
// Debian's Chromium: dist/ is served with a strict Content-Security-Policy header from one origin,
// a plain article page from another, and every figure is checked against the command-line tool.
//
//   node tests/e2e/embed.mjs [--dist DIR] [--cli PATH] [--artifacts DIR]
//
// Checks: a shared link restores its scenario; the page's own embed code, pasted into an article on
// another origin, shows the same result; zero CSP violations; an iframe sandboxed with
// allow-scripts alone runs and answers clicks and keys; the single file runs from file:// offline;
// hostile links never crash; no request ever leaves the calculator's and the article's origins.
// Prints one line per check and a summary; exits 1 if any check failed. Screenshots: --artifacts.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assert, cliJson, createRunner, prepareBrowserTest, repo, sameResults, SCREEN, testArgs } from './check.mjs';

const args = testArgs('embed.mjs');
const { check, summary } = createRunner();



// --- The oracle: usjp-tariff --link ... --json ----------------------------------------------------

function oracle(link) {
  return cliJson(args.cli, '--link', link);
}

// The lines the CLI prints for a link's unusable parts, without its "usjp-tariff: link: ignored " prefix.
function oracleIgnored(link) {
  const run = spawnSync(args.cli, ['--link', link, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  assert(run.status === 0, `the CLI failed on the link (${run.status}): ${run.stderr}`);
  const prefix = 'usjp-tariff: link: ignored ';
  return run.stderr.split('\n').filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

function encodePreset(preset) {
  return execFileSync(args.cli, ['--preset', preset, '--encode'], { encoding: 'utf8' }).trim();
}

// Same structure, same strings, numbers equal to 1e-9 relative (wasm and native pow() may differ in
// the last bits).

async function matchesOracle(frame) {
  const link = await frame.evaluate(() => window.usjp.link());
  const fromPage = JSON.parse(await frame.evaluate(() => window.usjp.resultsJson()));
  sameResults(fromPage, oracle(link));
  return fromPage;
}

// --- The policy the calculator is served with, and a guard on every request -----------------------

const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
                   "img-src 'self' data:; connect-src 'self'";

// A browser context that records console errors, page errors, CSP violations (reported from every
// frame by an init script) and every request, and refuses requests to any origin not in `allowed`
// (file: and data: URLs never leave the machine).
async function guardedContext(browser, options, allowed) {
  const context = await browser.newContext(options);
  const log = { errors: [], offOrigin: [], requests: 0 };
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.documentURI}`);
    });
  });
  const leaves = (url) => {
    if (/^(data|blob|about):/.test(url)) return false;
    if (url.startsWith('file:')) return !allowed.includes('file:');
    return !allowed.includes(new URL(url).origin);
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (leaves(url)) {
      log.offOrigin.push(url);
      return route.abort();
    }
    return route.continue();
  });
  context.on('request', (request) => {
    log.requests += 1;
    if (leaves(request.url()) && !log.offOrigin.includes(request.url())) log.offOrigin.push(request.url());
  });
  context.on('page', (page) => watchPage(page, log));
  return { context, log };
}

function watchPage(page, log) {
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(`page error: ${e}`));
  page.on('crash', () => log.errors.push('the page crashed'));
}

function expectClean(log, what, allowedErrors = []) {
  const errors = log.errors.filter((e) => !allowedErrors.some((pattern) => pattern.test(e)));
  assert(errors.length === 0, `${what}: console errors or CSP violations:\n${errors.join('\n')}`);
  assert(log.offOrigin.length === 0, `${what}: requests left the page's origin:\n${log.offOrigin.join('\n')}`);
}

// --- Driving a page or a frame ---------------------------------------------------------------------

// Started, and past the frames that settle ImGui's first layout (the page draws at least three).
async function ready(frame) {
  await frame.waitForFunction(() => window.usjp && window.usjp.ready && window.usjp.frames() >= 3, null,
                              { timeout: 60000 });
}

// Waits until the page has drawn `n` more frames. The page draws only while something happens, and
// on a loaded machine it may have settled before this call: then a resize event (which changes
// nothing but asks for a frame) wakes it.
async function frames(frame, n) {
  const start = await frame.evaluate(() => window.usjp.frames());
  const drawn = (target) => window.usjp.frames() >= target;
  try {
    await frame.waitForFunction(drawn, start + n, { timeout: 3000 });
  } catch {
    await frame.evaluate(() => window.dispatchEvent(new Event('resize')));
    await frame.waitForFunction(drawn, start + n, { timeout: 20000 });
  }
}

// A widget's rectangle in the top page's coordinates (the frame's canvas fills the frame).
async function rectIn(page, frame, key) {
  const r = await frame.evaluate((k) => window.usjp.widgetRect(k), key);
  if (!r) return null;
  if (frame === page.mainFrame()) return r;
  const canvas = await frame.locator('#canvas').boundingBox();
  return { ...r, x: canvas.x + r.x, y: canvas.y + r.y };
}

// Scrolls the calculator with the mouse wheel until the widget is fully visible.
async function reveal(page, frame, key) {
  for (let i = 0; i < 60; ++i) {
    const r = await rectIn(page, frame, key);
    assert(r, `widget ${key} is not drawn`);
    if (r.visible) return r;
    const canvas = frame === page.mainFrame() ? { y: 0, height: page.viewportSize().height }
                                              : await frame.locator('#canvas').boundingBox();
    await page.mouse.move(r.x + 4, canvas.y + canvas.height * 0.6);
    await page.mouse.wheel(0, r.y > canvas.y + canvas.height / 2 ? 200 : -200);
    await frames(frame, 2);
  }
  throw new Error(`widget ${key} never became visible`);
}

async function clickWidget(page, frame, key, { checkbox = false } = {}) {
  const r = await reveal(page, frame, key);
  if (checkbox) await page.mouse.click(r.x + r.height / 2, r.y + r.height / 2);
  else await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

async function untilLinkChanges(frame, before) {
  await frame.waitForFunction((old) => window.usjp.link() !== old, before, { timeout: 20000 });
  await frames(frame, 2);
}

function layer(results, id) { return results.layers.find((l) => l.id === id); }

async function shot(page, name) {
  await page.screenshot({ path: join(args.artifacts, name) });
}

// --- The article page: a narrow column of text on another origin -----------------------------------

const ARTICLE_CSS = `body { margin: 0; background: #f6f4ef; color: #222; font: 18px/1.55 Georgia, "DejaVu Serif", serif; }
main { max-width: 600px; margin: 0 auto; padding: 24px 20px 48px; background: #fff; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 8px; }
.byline { color: #666; font-size: 14px; margin: 0 0 20px; }
figure { margin: 24px 0; }
figcaption { color: #666; font-size: 14px; margin-top: 6px; }
iframe { display: block; border: 1px solid #ccc; }
`;

function articlePage(embed) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Japan offers chips, farm goods and gas to cut its surplus with the US</title>
<link rel="stylesheet" href="article.css"></head>
<body><main>
<h1>Japan offers chips, farm goods and gas to cut its surplus with the US</h1>
<p class="byline">By a staff writer. <a id="before" href="#figure">Skip to the calculator</a></p>
<p>Tokyo has proposed buying up to 1 trillion yen of American semiconductors, mainly AI chips, by subsidising
Japanese telecom and data-centre operators. Officials say it would offset about a tenth of the $68.5 billion
goods deficit the United States ran with Japan in 2024.</p>
<p>The offer comes on top of more purchases of US farm goods, vehicles and liquefied natural gas. Washington has
said it can negotiate only the country-specific part of its tariffs, not the 25% levy on cars, which make up
about 30% of Japan's exports to the US.</p>
<figure id="figure">
${embed}
<figcaption>Switch the tariffs and Japan's offers on and off to see what happens to the deficit.</figcaption>
</figure>
<p>Who pays? In 2018–19 US importers bore almost all of the tariffs. This time Japanese carmakers cut their
export prices sharply, absorbing much of the cost themselves.</p>
</main></body></html>
`;
}

// The article's own policy: its styles, and frames from the calculator's origin only.
// The embed script comes from the calculator's origin, so the article allows scripts from it alone.
function articleCsp(calcOrigin) {
  return `default-src 'none'; style-src 'self'; img-src 'self'; frame-src ${calcOrigin}; script-src ${calcOrigin}`;
}

// --- The checks ------------------------------------------------------------------------------------

// 1 and 3: a shared link (a preset's link with a rate changed) restores its scenario, under the
// strict CSP sent as a header, with zero violations; a deliberate violation is caught.
async function sharedLinkChecks(browser, calc) {
  const { context, log } = await guardedContext(browser, { viewport: { width: 1280, height: 800 }, screen: SCREEN },
                                                [calc.origin]);
  const page = await context.newPage();
  const link = encodePreset('may_offer').replace(/\bs232_autos\b(?!@)/, 's232_autos@20');
  await check('shared link: may_offer with the car tariff at 20% opens as the CLI computes it', async () => {
    assert(link.includes('s232_autos@20'), `could not change the rate in ${link}`);
    const response = await page.goto(`${calc.url}#${link}`);
    assert((response.headers()['content-security-policy'] || '').includes("style-src 'self'"),
           'the server did not send the CSP header');
    await ready(page);
    const fromPage = JSON.parse(await page.evaluate(() => window.usjp.resultsJson()));
    sameResults(fromPage, oracle(link));
    assert(layer(fromPage, 's232_autos').rate_pct === 20, 'the rate from the link was not applied');
    assert((await page.evaluate(() => window.usjp.notices())).length === 0, 'a valid link produced notices');
    assert(await page.evaluate(() => window.location.hash.slice(1)) === link, 'the address changed on opening');
    // A preset's link with a rate changed is the reader's own settings: the preset's name must not stay.
    const scenario = await page.textContent('#scenario');
    assert(scenario.includes('your own settings') && !scenario.includes("Japan's May 2025 offer") &&
           scenario.includes('Cars and light trucks 25% at 20.0%'),
           `the hidden scenario text does not describe the link: ${scenario}`);
    await shot(page, 'shared-link.png');
  });

  await check('shared link: the address follows a change (replaceState) and the live region says it', async () => {
    const before = await page.evaluate(() => window.usjp.link());
    await clickWidget(page, page.mainFrame(), 'layers-fold:s122');  // not in force on the date: folded
    await page.waitForFunction(() => window.usjp.widgetRect('layer:s122'), null, { timeout: 5000 });
    await clickWidget(page, page.mainFrame(), 'layer:s122', { checkbox: true });
    await untilLinkChanges(page, before);
    const after = await matchesOracle(page);
    assert(layer(after, 's122').on, 's122 did not switch on');
    assert(await page.evaluate(() => window.location.hash.slice(1) === window.usjp.link()), 'the address did not follow');
    const scenario = await page.textContent('#scenario');
    assert(scenario.includes('Section 122 surcharge 10%'), `the live region does not list the new layer: ${scenario}`);
    assert(await page.textContent('#summary') === await page.evaluate(() => window.usjp.headline()),
           'the live region does not hold the new headline');
  });

  await check('strict CSP: no violation on the page (and the listener does catch one)', async () => {
    expectClean(log, 'strict CSP page');
    await page.evaluate(() => {
      const style = document.createElement('style');  // an inline style: refused by style-src 'self'
      style.textContent = 'body { color: red; }';
      document.head.appendChild(style);
    });
    await page.waitForTimeout(300);
    assert(log.errors.some((e) => e.includes('CSP violation') || e.includes('Content Security Policy')),
           'a deliberate inline style caused no reported violation: the check could not fail');
  });
  await context.close();
}

// 2: the embed code the page produces (copied by its button) pasted into an article on another
// origin; the embed shows the same result, and its "Open the full calculator" opens this scenario.
async function embedCodeChecks(browser, calc, article) {
  const allowed = [calc.origin, article.origin];
  const { context, log } = await guardedContext(browser, { viewport: { width: 1280, height: 800 }, screen: SCREEN },
                                                allowed);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: calc.origin });
  const page = await context.newPage();
  const link = encodePreset('may_offer').replace(/\bchips@100\b/, 'chips@60');
  let snippet = '';
  let headline = '';
  let resultsJson = '';
  let own = '';  // the page's own link for this scenario
  await check('copy embed code: the button puts an <iframe> for this scenario on the clipboard', async () => {
    await page.goto(`${calc.url}#${link}`);
    await ready(page);
    await clickWidget(page, page.mainFrame(), 'share:embed');
    await page.waitForFunction(() => window.usjp.lastShare().outcome === 'copied', null, { timeout: 10000 });
    snippet = await page.evaluate(() => window.usjp.lastShare().text);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert(clipboard === snippet, `the clipboard holds ${JSON.stringify(clipboard)}, the hook ${JSON.stringify(snippet)}`);
    // The page's own link: a preset's with a share changed no longer names the preset.
    own = await page.evaluate(() => window.usjp.link());
    assert(!own.includes('p=may_offer'), `the page still names the preset: ${own}`);
    const src = `${calc.url}?view=compact#${own}`.replaceAll('&', '&amp;');
    for (const part of [`src="${src}"`, 'title="US&ndash;Japan tariff calculator"', 'loading="lazy"',
                        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"', 'height="',
                        'data-usjp-embed', `<script src="${calc.url}embed.js" async></script>`]) {
      assert(snippet.includes(part), `the embed code lacks ${part}:\n${snippet}`);
    }
    assert(!snippet.includes('style='), 'the embed code has an inline style a strict article CSP would refuse');
    headline = await page.evaluate(() => window.usjp.headline());
    resultsJson = await page.evaluate(() => window.usjp.resultsJson());
    await shot(page, 'copy-embed.png');
  });

  await check('article on another origin: the pasted embed code loads, compact, with the same headline', async () => {
    assert(snippet, 'no embed code');
    writeFileSync(join(article.dir, 'article.html'), articlePage(snippet));
    const articlePageTab = await context.newPage();
    await articlePageTab.setViewportSize({ width: 640, height: 1000 });
    const response = await articlePageTab.goto(`${article.url}article.html`);
    assert(response.headers()['content-security-policy'], 'the article page has no CSP of its own');
    const handle = await articlePageTab.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    await ready(frame);
    assert(await frame.evaluate(() => window.origin) === 'null', 'the sandboxed embed should have an opaque origin');
    assert(await frame.evaluate(() => window.usjp.headline()) === headline, 'the embed shows another headline');
    sameResults(JSON.parse(await frame.evaluate(() => window.usjp.resultsJson())), JSON.parse(resultsJson));
    const full = await rectIn(articlePageTab, frame, 'share:full');
    assert(full && full.visible, 'the compact view has no visible "Open the full calculator"');
    assert(!(await rectIn(articlePageTab, frame, 'sector-header:2')), 'the compact view should not draw the sector table');
    // "Open the full calculator" opens the full view of the same scenario in an unsandboxed tab.
    await handle.scrollIntoViewIfNeeded();
    const popupPromise = context.waitForEvent('page', { timeout: 15000 });
    await clickWidget(articlePageTab, frame, 'share:full');
    const popup = await popupPromise.catch(async (error) => {
      await articlePageTab.screenshot({ path: join(args.artifacts, 'article-embed-no-tab.png') });
      console.log('      share:full at', JSON.stringify(await rectIn(articlePageTab, frame, 'share:full')),
                  'frame box', JSON.stringify(await handle.boundingBox()), 'scrollY', await articlePageTab.evaluate(() => window.scrollY));
      const field = await frame.evaluate(() => !document.getElementById('share').hidden);
      throw new Error(`no tab opened (the address was ${field ? '' : 'not '}shown instead): ${error.message}`);
    });
    await ready(popup);
    assert(popup.url() === `${calc.url}#${own}`, `the full calculator opened at ${popup.url()}`);
    assert(await popup.evaluate(() => window.origin) === calc.origin, 'the full calculator tab is still sandboxed');
    assert(await popup.evaluate(() => window.usjp.headline()) === headline, 'the full calculator shows another headline');
    await popup.close();

    // The embed script sized the frame to the compact graphic: its last line is inside the frame.
    await articlePageTab.waitForFunction(() => document.querySelector('iframe').getAttribute('height') !== '640',
                                         null, { timeout: 15000 });
    await frames(frame, 3);
    const credit = await rectIn(articlePageTab, frame, 'credit-sources');
    const box = await handle.boundingBox();
    assert(credit && credit.visible && credit.y + credit.height <= box.y + box.height,
           `the frame (${box.height} px) does not show the graphic's last line: ${JSON.stringify(credit)}`);
    const reported = Number(await handle.getAttribute('height'));
    assert(Math.abs(reported - box.height) <= 2 && reported < 900, `the frame's height ${reported} px is not the graphic's`);

    // A wheel over the graphic scrolls the article: nothing scrolls inside, so nothing is trapped.
    await handle.scrollIntoViewIfNeeded();
    const before = await articlePageTab.evaluate(() => window.scrollY);
    const inFrame = await handle.boundingBox();
    await articlePageTab.mouse.move(inFrame.x + inFrame.width / 2, inFrame.y + Math.min(inFrame.height, 300) / 2);
    await articlePageTab.mouse.wheel(0, 240);
    await articlePageTab.waitForFunction((y) => window.scrollY > y, before, { timeout: 5000 })
      .catch(() => { throw new Error(`a wheel over the embed left the article at scrollY ${before}`); });

    // A narrower column makes the graphic taller: the frame follows.
    await articlePageTab.setViewportSize({ width: 420, height: 1000 });
    await articlePageTab.waitForFunction((h) => Number(document.querySelector('iframe').getAttribute('height')) > h,
                                         reported, { timeout: 15000 })
      .catch(() => { throw new Error(`the frame stayed ${reported} px high in a 420 px column`); });
    await articlePageTab.setViewportSize({ width: 640, height: 1000 });
    await articlePageTab.waitForFunction((h) => Number(document.querySelector('iframe').getAttribute('height')) <= h + 2,
                                         reported, { timeout: 15000 });
    await frames(frame, 3);
    await articlePageTab.waitForTimeout(500);  // any late report would have resized the frame by now
    const back = await handle.boundingBox();
    const creditBack = await rectIn(articlePageTab, frame, 'credit-sources');
    assert(creditBack && creditBack.y + creditBack.height <= back.y + back.height && back.height >= reported - 2,
           `back in a 640 px column the frame is ${back.height} px, not the graphic's ${reported} px`);
    await articlePageTab.screenshot({ path: join(args.artifacts, 'article-embed.png'), fullPage: true });
    expectClean(log, 'article embed');
  });
  await context.close();

  await check('article on a phone: a swipe over the embed scrolls the article, and the frame fits the graphic', async () => {
    const phone = await guardedContext(browser, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2,
                                                  isMobile: true, hasTouch: true }, allowed);
    const tab = await phone.context.newPage();
    await tab.goto(`${article.url}article.html`);
    const handle = await tab.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    await ready(frame);
    await tab.waitForFunction(() => document.querySelector('iframe').getAttribute('height') !== '640', null,
                              { timeout: 15000 });
    await frames(frame, 3);
    const box = await handle.boundingBox();
    const credit = await rectIn(tab, frame, 'credit-sources');
    assert(credit && credit.y + credit.height <= box.y + box.height, 'the phone frame cuts the graphic');
    const touchAction = await frame.evaluate(() => getComputedStyle(document.getElementById('canvas')).touchAction);
    assert(touchAction.includes('pan-y'), `the canvas keeps vertical swipes (touch-action ${touchAction})`);
    await tab.evaluate((y) => window.scrollTo(0, y), box.y - 100);
    const before = await tab.evaluate(() => window.scrollY);
    const cdp = await phone.context.newCDPSession(tab);
    const inView = await handle.boundingBox();
    // A finger moving up 250 px over the graphic, as the touch screen sends it.
    const x = Math.round(inView.x + inView.width / 2), y = Math.round(Math.max(inView.y, 0) + 350);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; ++i) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 25 * i }] });
      await tab.waitForTimeout(16);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await tab.waitForFunction((y) => window.scrollY > y + 50, before, { timeout: 5000 })
      .catch(async () => { throw new Error(`a swipe over the embed left the article at ${await tab.evaluate(() => window.scrollY)} (from ${before})`); });
    await tab.screenshot({ path: join(args.artifacts, 'article-embed-phone.png'), fullPage: true });
    expectClean(phone.log, 'article embed on a phone');
    await phone.context.close();
  });
}

// 4: an iframe sandboxed with allow-scripts alone (no popups, no same origin, no clipboard) on the
// article's origin: it runs, answers a click, is reachable and operable with the keyboard, and the
// share buttons fall back to a field the reader copies from.
async function sandboxChecks(browser, calc, article) {
  const allowed = [calc.origin, article.origin];
  const { context, log } = await guardedContext(browser, { viewport: { width: 700, height: 900 }, screen: SCREEN },
                                                allowed);
  const page = await context.newPage();
  const link = encodePreset('apr2025');
  const frameHtml = `<iframe src="${calc.url}?view=compact#${link.replaceAll('&', '&amp;')}" ` +
                    'title="US&ndash;Japan tariff calculator" width="100%" height="640" sandbox="allow-scripts"></iframe>';
  writeFileSync(join(article.dir, 'sandbox.html'), articlePage(frameHtml));
  let frame = null;
  await check('sandbox="allow-scripts" on another origin: renders and a click switches a layer off', async () => {
    await page.goto(`${article.url}sandbox.html`);
    const handle = await page.waitForSelector('iframe');
    await handle.scrollIntoViewIfNeeded();
    frame = await handle.contentFrame();
    await ready(frame);
    assert(await frame.evaluate(() => window.origin) === 'null', 'the frame should have an opaque origin');
    const before = await frame.evaluate(() => window.usjp.link());
    await clickWidget(page, frame, 'layer:s232_autos');
    await untilLinkChanges(frame, before);
    const after = await matchesOracle(frame);
    assert(!layer(after, 's232_autos').on, 'the click did not switch the car tariff off');
    await shot(page, 'sandbox.png');
  });

  await check('sandbox: Tab from the article reaches the canvas, with a visible focus ring', async () => {
    assert(frame, 'no frame');
    await page.focus('#before');
    await page.keyboard.press('Tab');
    const focus = await frame.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return { active: document.hasFocus() && document.activeElement === canvas,
               ring: canvas.matches(':focus-visible'), style: getComputedStyle(canvas).outlineStyle,
               width: parseFloat(getComputedStyle(canvas).outlineWidth) };
    });
    assert(focus.active, 'Tab from the article did not focus the calculator');
    assert(focus.ring && focus.style === 'solid' && focus.width >= 2, `no visible focus ring (${JSON.stringify(focus)})`);
    await shot(page, 'sandbox-focus.png');
  });

  await check('sandbox: Enter and Space on "Copy link" show the link in a field (clipboard refused)', async () => {
    let found = false;
    for (let i = 0; i < 80 && !found; ++i) {
      await page.keyboard.press('Tab');
      await frames(frame, 2);
      const r = await frame.evaluate(() => window.usjp.widgetRect('share:link'));
      found = Boolean(r && r.focused);
    }
    assert(found, 'Tab never reached "Copy link"');
    const expected = `${calc.url}#${await frame.evaluate(() => window.usjp.link())}`;
    for (const key of ['Enter', 'Space']) {
      const count = await frame.evaluate(() => window.usjp.lastShare().count);
      await page.keyboard.press(key);
      await frame.waitForFunction((n) => window.usjp.lastShare().count > n && window.usjp.lastShare().outcome === 'field',
                                  count, { timeout: 10000 });
      const field = await frame.evaluate(() => ({
        shown: !document.getElementById('share').hidden,
        value: document.getElementById('share-text').value,
        focused: document.activeElement === document.getElementById('share-text'),
        selected: document.getElementById('share-text').selectionEnd - document.getElementById('share-text').selectionStart,
      }));
      assert(field.shown && field.value === expected, `${key}: field ${JSON.stringify(field)}, expected ${expected}`);
      assert(field.focused && field.selected === expected.length, `${key}: the link is not focused and selected`);
      if (key === 'Enter') await shot(page, 'sandbox-copy-field.png');
      await page.keyboard.press('Escape');
      const back = await frame.evaluate(() => document.getElementById('share').hidden &&
                                              document.activeElement === document.getElementById('canvas'));
      assert(back, `${key}: Escape did not close the field and return to the calculator`);
    }
  });

  await check('sandbox: "Open the full calculator" without allow-popups shows the address instead', async () => {
    await clickWidget(page, frame, 'share:full');
    await frame.waitForFunction(() => !document.getElementById('share').hidden, null, { timeout: 10000 });
    const value = await frame.evaluate(() => document.getElementById('share-text').value);
    assert(value === `${calc.url}#${await frame.evaluate(() => window.usjp.link())}`, `the field shows ${value}`);
    expectClean(log, 'sandboxed frame', [/allow-popups/]);
  });
  await context.close();
}

// 5: the single file from file:// with the browser offline; and the split build from file://,
// which loads its wasm as a script (index.wasm.js) because a file:// page may not fetch.
async function offlineChecks(browser) {
  const { context, log } = await guardedContext(browser, { viewport: { width: 1000, height: 700 }, screen: SCREEN },
                                                ['file:']);
  await context.setOffline(true);
  const link = encodePreset('sep2025');
  for (const [name, file] of [['single file', join(args.dist, 'single', 'index.html')], ['split build', join(args.dist, 'index.html')]]) {
    await check(`offline: the ${name} runs from file:// with the network off`, async () => {
      const page = await context.newPage();
      await page.goto(`${pathToFileURL(file).href}#${link}`);
      const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      assert(policy && policy.includes("default-src 'none'") && !policy.includes('unsafe-inline'),
             `no strict CSP meta tag: ${policy}`);
      await ready(page);
      await matchesOracle(page);
      await shot(page, name === 'single file' ? 'offline-single.png' : 'offline-split.png');
      expectClean(log, name);
      await page.close();
    });
  }
  await context.close();
}

// 6: hostile links (the kinds of tests/unit/test_link.cpp HostileLinksNeverCrash, and more).
function hostileLinks() {
  const huge = 'a'.repeat(100000);
  return [
    '', '#', '?', '&&&&', '=', 'v=', 'v=abc', 'v=-1', 'v=1e400', 'v=99999999999999999999',
    'l=,,,,', 'l=@', 'l=s232_autos@', 'l=s232_autos@1e999', 'l=s232_autos@-5', 'l=s232_autos@nan',
    'l=s232_autos@inf', 'o=chips@', 'o=chips@100;add:2', 'o=chips@100;yrs:0', 'o=chips;;;;',
    'a=fx:0', 'a=pt.cars:', 'a=:::', 'd=2025-02-30', 'd=99999-01-01', 'p=../../etc/passwd',
    '%', '%zz%', 'l=%00%ff%fe', '<script>alert(1)</script>', huge, `v=1&${huge}=1`,
    'l=s232_autos%00x', `o=${','.repeat(5000)}`,
    'v=2&l=s232_autos,quantum_tariff&o=chips@50,moon@10&zz=1',      // a future version, unknown ids
    'v=1&p=may_offer&l=s232_autos@999999&o=chips@-40',              // out-of-range numbers
    'v=1&a=pt.unicorns:0.5,el.cars:-3,h:forever,fx:1e308',
    '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'l=%E6%97%A5%E6%9C%AC,%F0%9F%92%A5',
    `v=1&l=${'ieepa_base,'.repeat(600)}`,
  ];
}

async function hostileChecks(browser, calc) {
  const { context, log } = await guardedContext(browser, { viewport: { width: 1000, height: 700 }, screen: SCREEN },
                                                [calc.origin]);
  const page = await context.newPage();
  const links = hostileLinks();
  const shots = new Set([1, 31, 35]);
  await check(`hostile links: ${links.length} links load, never crash, say what was ignored, stay finite`, async () => {
    assert(links.length >= 30, 'fewer than 30 hostile links');
    const failures = [];
    for (let i = 0; i < links.length; ++i) {
      const errorsBefore = log.errors.length;
      try {
        await page.goto(`${calc.url}?case=${i}#${links[i]}`);
        await ready(page);
        // What the page really got after the browser's URL parsing, and what the CLI makes of it.
        const hash = await page.evaluate(() => window.location.hash.replace(/^#/, ''));
        const fragment = hash.replace(/^#/, '');
        const notices = await page.evaluate(() => window.usjp.notices());
        const expected = fragment ? oracleIgnored(fragment) : [];
        assert(JSON.stringify(notices) === JSON.stringify(expected),
               `notices ${JSON.stringify(notices).slice(0, 300)}, CLI ${JSON.stringify(expected).slice(0, 300)}`);
        if (notices.length) {
          const dismiss = await page.evaluate(() => window.usjp.widgetRect('notices-dismiss'));
          assert(dismiss && dismiss.visible, 'the notice is not shown');
          const spoken = await page.textContent('#scenario');
          assert(spoken.includes('could not use'), 'the hidden text does not mention the notice');
        }
        const fromPage = await matchesOracle(page);
        if (fragment) assert(fromPage.scenario.link === oracle(fragment).scenario.link, 'decoded unlike the CLI');
        for (const key of ['deficit_after_usd', 'exporter_cost_usd', 'us_buyer_cost_usd', 'tariff_revenue_usd'])
          assert(Number.isFinite(fromPage[key]), `${key} is ${fromPage[key]}`);
        const headline = await page.evaluate(() => window.usjp.headline());
        assert(!/nan|inf/i.test(headline), `the headline reads ${headline}`);
        assert(log.errors.length === errorsBefore, `errors: ${log.errors.slice(errorsBefore).join('; ')}`);
        if (shots.has(i)) await shot(page, `hostile-${i}.png`);
      } catch (error) {
        failures.push(`#${i} ${JSON.stringify(links[i].slice(0, 40))}: ${String(error.message || error).split('\n')[0]}`);
        await shot(page, `hostile-${i}-failed.png`).catch(() => {});
      }
    }
    assert(failures.length === 0, `${failures.length} hostile links failed:\n${failures.join('\n')}`);
    expectClean(log, 'hostile links');
  });
  await context.close();
}

// The fallbacks without JavaScript and without WebGL2 show the 2024 baseline from data/.
function baselineStrings() {
  const trade = JSON.parse(readFileSync(join(repo, 'data', 'trade_2024.json'), 'utf8'));
  const usd = (m) => `$${(m / 1000).toFixed(1)}B`;
  const yen = (bn) => `\u00a5${(bn / 1000).toFixed(2)}T`;
  const t = trade.totals;
  const j = trade.japan_view;
  return [usd(t.us_imports_from_japan_usd_m.value), usd(t.us_exports_to_japan_usd_m.value),
          usd(t.us_deficit_with_japan_usd_m.value), yen(j.exports_to_us_jpy_bn.value),
          yen(j.imports_from_us_jpy_bn.value), yen(j.surplus_with_us_jpy_bn.value)];
}

async function fallbackChecks(lib, browser, calc) {
  const expected = baselineStrings();
  const sources = JSON.parse(readFileSync(join(repo, 'data', 'sources.json'), 'utf8')).sources;
  await check('no JavaScript: the 2024 baseline and the sources from data/', async () => {
    assert(expected.join(' ') === '$148.2B $79.7B $68.5B \u00a521.30T \u00a512.65T \u00a58.64T',
           `data/ gives ${expected.join(' ')}`);
    const { context, log } = await guardedContext(browser, { viewport: { width: 800, height: 700 }, screen: SCREEN,
                                                             javaScriptEnabled: false }, [calc.origin]);
    const page = await context.newPage();
    await page.goto(calc.url);
    const section = page.locator('noscript .baseline[lang="en"]');
    assert(await section.isVisible(), 'the baseline is not shown without JavaScript');
    const text = await section.textContent();
    for (const figure of expected) assert(text.includes(figure), `the baseline lacks ${figure}`);
    assert(await section.locator('ol li').count() === sources.length, 'not every source is listed');
    // Without JavaScript nothing knows the reader's language: the Japanese baseline follows.
    const japanese = page.locator('noscript .baseline[lang="ja"]');
    assert(await japanese.isVisible(), 'the Japanese baseline is not shown without JavaScript');
    const jaText = await japanese.textContent();
    assert(/2024年/.test(jaText) && jaText.includes('21.3兆円') && jaText.includes('1482億ドル'), `Japanese baseline: ${jaText.slice(0, 200)}`);
    // Its sources name their publishers and dates in Japanese: 米国勢調査局、2025年5月27日.
    const jaSources = await japanese.locator('ol').textContent();
    const dateJa = (iso) => iso.split('-').map((p, i) => `${Number(p)}${'年月日'[i]}`).join('');
    for (const s of sources.filter((x) => x.date)) {
      assert(jaSources.includes(dateJa(s.date)), `the Japanese source list lacks ${dateJa(s.date)} (${s.id})`);
    }
    assert(jaSources.includes('（米国勢調査局、'), `publishers in the Japanese source list: ${jaSources.slice(0, 300)}`);
    await shot(page, 'noscript.png');
    expectClean(log, 'no JavaScript');
    await context.close();
  });

  const noGl = await lib.launchBrowser(['--disable-3d-apis']);
  try {
    await check('no WebGL2: the message, then the 2024 baseline and the sources', async () => {
      const { context, log } = await guardedContext(noGl, { viewport: { width: 800, height: 700 }, screen: SCREEN },
                                                    [calc.origin]);
      const page = await context.newPage();
      await page.goto(calc.url);
      await page.waitForSelector('#fallback:not([hidden])', { timeout: 20000 });
      const text = await page.textContent('#fallback');
      for (const figure of expected) assert(text.includes(figure), `the baseline lacks ${figure}`);
      assert((await page.textContent('#error h1')).includes('WebGL2'), 'the message does not name WebGL2');
      await shot(page, 'no-webgl-baseline.png');
      expectClean(log, 'no WebGL2');
      await context.close();
    });
  } finally {
    await noGl.close();
  }
}

// --- Main ----------------------------------------------------------------------------------------

async function main() {
  const lib = await prepareBrowserTest(args, ['index.wasm.js']);
  const articleDir = mkdtempSync(join(tmpdir(), 'usjp-article-'));
  writeFileSync(join(articleDir, 'article.css'), ARTICLE_CSS);
  // Two origins: the calculator (strict CSP header; framed only by the article's origin) and the article.
  let article = null;
  const calc = await lib.serve(args.dist, {
    headers: () => ({ 'Content-Security-Policy': `${STRICT_CSP}; frame-ancestors 'self' ${article ? article.origin : "'none'"}` }),
  });
  article = { ...(await lib.serve(articleDir, { headers: () => ({ 'Content-Security-Policy': articleCsp(calc.origin) }) })),
              dir: articleDir };
  console.log(`calculator: ${calc.url}  article: ${article.url}\n`);
  const browser = await lib.launchBrowser();
  try {
    await sharedLinkChecks(browser, calc);
    await embedCodeChecks(browser, calc, article);
    await sandboxChecks(browser, calc, article);
    await offlineChecks(browser);
    await hostileChecks(browser, calc);
    await fallbackChecks(lib, browser, calc);
  } finally {
    await browser.close();
    await calc.close();
    await article.close();
    rmSync(articleDir, { recursive: true, force: true });
  }
  console.log(`screenshots: ${args.artifacts}`);
  process.exit(summary() ? 0 : 1);
}

main().catch((error) => {
  console.log(`FAIL  ${error && error.stack || error}`);
  process.exit(1);
});
