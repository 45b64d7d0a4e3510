// Opens a notebook in the classic Jupyter Notebook (6) with Debian's Chromium, clears its outputs,
// runs every cell through the menu (Cell > Run All), waits until the kernel is idle and every code
// cell has run, then reports what the page shows as one JSON line and saves a full-page screenshot.
// Usage: node run_notebook.mjs BASE_URL TOKEN NOTEBOOK_PATH SCREENSHOT_PNG [TIMEOUT_S]
import { chromium } from 'playwright-core';

const [baseUrl, token, notebook, screenshot, timeoutArg] = process.argv.slice(2);
if (!screenshot) {
  console.error('usage: node run_notebook.mjs BASE_URL TOKEN NOTEBOOK_PATH SCREENSHOT_PNG [TIMEOUT_S]');
  process.exit(2);
}
const timeout = Number(timeoutArg || 300) * 1000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const report = { notebook };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${baseUrl}/notebooks/${encodeURI(notebook)}?token=${token}`, { timeout });
  await page.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded
    && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected(), null, { timeout });

  await page.click('#menus a.dropdown-toggle:text-is("Cell")');
  await page.hover('#all_outputs');
  await page.click('#clear_all_output > a');
  report.imagesAfterClear = await page.locator('.output_area img[src^="data:image/png"]').count();

  const started = Date.now();
  await page.click('#menus a.dropdown-toggle:text-is("Cell")');
  await page.click('#run_all_cells > a');
  await page.waitForFunction(() => {
    const cells = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code');
    const done = cells.every((c) => typeof c.input_prompt_number === 'number');
    const idle = document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
    return done && idle;
  }, null, { timeout, polling: 250 });
  report.seconds = (Date.now() - started) / 1000;

  report.codeCells = await page.evaluate(() => Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code').length);
  report.images = await page.locator('.output_area img[src^="data:image/png"]').count();
  report.checkTables = await page.locator('.output_area .mdlab-table caption', { hasText: 'Reproduction checks' }).count();
  report.checksPassed = await page.locator('.output_area .mdlab-table td.pass').count();
  report.checksFailed = await page.locator('.output_area .mdlab-table td.fail').count();
  report.errorOutputs = await page.locator('.output_error').count();
  report.errorText = (await page.locator('.output_error').allInnerTexts()).join('\n').slice(0, 2000);
  report.pageErrors = consoleErrors;
  // Classic Notebook scrolls inside #site, so a full-page shot needs a viewport as tall as the notebook.
  const height = await page.evaluate(() => document.querySelector('#notebook-container').scrollHeight + 200);
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 900), 16000) });
  await page.locator('.output_area .mdlab-table caption', { hasText: 'Reproduction checks' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshot, fullPage: true });
  report.screenshot = screenshot;
} catch (e) {
  report.failure = String(e && e.stack || e).slice(0, 3000);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(report.failure ? 1 : 0);
