// Opens the built site in Debian's Chromium and reports what a reader gets, as one JSON line: for every
// HTML page reachable from the landing page, its typeset formulas (MathJax's mjx-container), maths left
// untypeset, a `$` or TeX command left in the prose, MathJax errors, images that did not load, its
// Binder links, the rows of the landing page's notebook table, its element ids and every URL it links to or loads; the HTTP status of every
// same-origin URL that any page links to or loads; and every request that left 127.0.0.1 (aborted:
// the site must need no network); the saved widget views of each page and how many the embed manager drew.
// Screenshots: the landing page and one notebook page.
// Usage: node check_site.mjs BASE_URL SCREENSHOT_PNG NOTEBOOK_PAGE NOTEBOOK_SCREENSHOT_PNG [TIMEOUT_S]
import { chromium } from 'playwright-core';

const [baseUrl, screenshot, notebookPage, notebookShot, timeoutArg] = process.argv.slice(2);
if (!notebookShot) {
  console.error('usage: node check_site.mjs BASE_URL SCREENSHOT_PNG NOTEBOOK_PAGE NOTEBOOK_SCREENSHOT_PNG [TIMEOUT_S]');
  process.exit(2);
}
const timeout = Number(timeoutArg || 120) * 1000;
const origin = new URL(baseUrl).origin;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Outside code and typeset maths, prose shows neither a dollar sign nor a TeX command or delimiter.
const RAW_DOLLARS = /\$/;
const RAW_TEX = /\\[A-Za-z]+|\\[()[\]{}]/;

const WIDGET_VIEW = 'application/vnd.jupyter.widget-view+json';

// Runs in the page once MathJax has finished: everything the test judges.
function inspect(args) {
  const WIDGET_VIEW = 'application/vnd.jupyter.widget-view+json';
  const [rawDollars, rawTex] = args.map((s) => new RegExp(s));
  const article = document.querySelector('.bd-article') || document.body;
  const skip = 'pre, code, script, style, textarea, mjx-container, .highlight';
  const leftovers = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(skip)) continue;
    const text = node.textContent;
    if (rawDollars.test(text) || rawTex.test(text)) leftovers.push(text.trim().slice(0, 160));
  }
  const untypeset = [...document.querySelectorAll('.math')]
    .filter((el) => !el.querySelector('mjx-container') && !el.closest('mjx-container'))
    .map((el) => el.textContent.trim().slice(0, 160));
  const mathErrors = [...document.querySelectorAll('mjx-merror')]
    .map((el) => (el.getAttribute('data-mjx-error') || el.textContent).slice(0, 160));
  const images = [...document.images].map((img) => ({
    src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0,
    output: img.closest('.cell_output') !== null && img.closest('.widget-subarea') === null,
    widget: img.closest('.widget-subarea') !== null,
  }));
  const refs = [...document.querySelectorAll('a[href]')].map((a) => a.href)
    .concat([...document.querySelectorAll('link[href]')].map((l) => l.href))
    .concat([...document.querySelectorAll('script[src], img[src]')].map((e) => e.src));
  return {
    title: document.title,
    h1: (document.querySelector('.bd-article h1') || {}).textContent || '',
    math: document.querySelectorAll('mjx-container').length,
    untypeset, leftovers, mathErrors, images, refs,
    binder: [...document.querySelectorAll('a.mdlab-binder')].map((a) => a.href),
    notebookRows: [...document.querySelectorAll('table.mdlab-notebooks tbody tr')]
      .map((tr) => [...tr.cells].map((td) => td.innerText.trim())),
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    widgetViews: document.querySelectorAll(`script[type="${WIDGET_VIEW}"]`).length,
    widgetsDrawn: document.querySelectorAll('.widget-subarea > .jupyter-widgets, .widget-subarea > .lm-Widget').length,
    text: article.innerText.slice(0, 20000),
  };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const report = { pages: {}, status: {}, external: [], pageErrors: [], failedRequests: [] };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    report.external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (e) => report.pageErrors.push(`${page.url()}: ${String(e)}`));
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(origin)) report.failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) report.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  });

  const queue = [new URL('index.html', baseUrl + '/').href];
  const seen = new Set(queue);
  const refs = new Set();
  while (queue.length) {
    const url = queue.shift();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async () => {
      if (window.MathJax && MathJax.startup && MathJax.startup.promise) await MathJax.startup.promise;
      await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
    });
    await page.waitForFunction((mime) => {
      const views = document.querySelectorAll(`script[type="${mime}"]`).length;
      return views === 0 || document.querySelectorAll('.widget-subarea > *').length >= views;
    }, WIDGET_VIEW, { timeout: 20_000 }).catch(() => null);
    const found = await page.evaluate(inspect, [RAW_DOLLARS.source, RAW_TEX.source]);
    const path = url.slice(origin.length);
    report.pages[path] = found;
    for (const ref of found.refs) {
      if (!ref.startsWith(origin)) continue;
      refs.add(ref);
      const bare = ref.split('#')[0];
      if (bare.endsWith('.html') && !seen.has(bare)) {
        seen.add(bare);
        queue.push(bare);
      }
    }
  }
  for (const ref of refs) {
    const bare = ref.split('#')[0];
    if (!(bare in report.status)) report.status[bare] = (await context.request.get(bare)).status();
  }
  report.fragments = [...refs].filter((r) => r.includes('#') && r.split('#')[1])
    .map((r) => ({ page: r.split('#')[0].slice(origin.length), id: decodeURIComponent(r.split('#')[1]) }));

  await page.goto(new URL('index.html', baseUrl + '/').href, { waitUntil: 'load' });
  await page.evaluate(async () => { if (window.MathJax && MathJax.startup) await MathJax.startup.promise; });
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.goto(new URL(notebookPage, baseUrl + '/').href, { waitUntil: 'load' });
  await page.evaluate(async () => { if (window.MathJax && MathJax.startup) await MathJax.startup.promise; });
  await page.screenshot({ path: notebookShot, fullPage: false });
  report.screenshots = [screenshot, notebookShot];
} catch (e) {
  report.failure = String(e && e.stack || e).slice(0, 3000);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
