// Drives JupyterLab 4 or Notebook 7 in Debian's Chromium the way a reader would, and reports what the
// page shows as one JSON line. Every step names what it waits for on screen; the first step that does
// not see it ends the run with `failure: "missing on screen: ..."` and a screenshot of that moment.
//
//   node jupyter_ui.mjs lab      BASE_URL TOKEN PAPER_NOTEBOOK OUT_DIR [TIMEOUT_S]
//     opens index.ipynb, follows its link to PAPER_NOTEBOOK, clears the outputs, Run > Run All Cells,
//     then in a new cell: Tab completion, Shift+Tab tooltip, a busy cell interrupted from the toolbar
//     and the next cell run, a slider (Jupyter widgets) dragged and its chart redrawn, Kernel > Restart
//     Kernel… and a cell run in the fresh kernel.
//   node jupyter_ui.mjs notebook BASE_URL TOKEN PAPER_NOTEBOOK OUT_DIR [TIMEOUT_S]
//     opens PAPER_NOTEBOOK in Notebook 7, clears the outputs, Run > Run All Cells.
//
// The server must expose `window.jupyterapp` (--expose-app-in-browser): the notebook model tells when
// every cell has run and which outputs are errors; everything else is read off the page.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [mode, baseUrl, token, notebook, outDir, timeoutArg] = process.argv.slice(2);
if (!['lab', 'notebook'].includes(mode) || !outDir) {
  console.error('usage: node jupyter_ui.mjs lab|notebook BASE_URL TOKEN PAPER_NOTEBOOK OUT_DIR [TIMEOUT_S]');
  process.exit(2);
}
const runTimeout = Number(timeoutArg || 300) * 1000;
const uiTimeout = 60_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const report = { mode, notebook, steps: [], screenshots: [] };
const profile = mkdtempSync(join(tmpdir(), 'mdlab-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
  viewport: { width: 1400, height: 1000 },
});
const page = context.pages()[0] || await context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e.stack || e).slice(0, 800)));

class Missing extends Error {}

async function step(what, action) {
  const started = Date.now();
  try {
    const value = await action();
    report.steps.push({ step: what, seconds: (Date.now() - started) / 1000 });
    return value;
  } catch (e) {
    const cause = String(e && e.message || e).split('\n')[0].slice(0, 300);
    throw new Missing(`missing on screen: ${what} (after ${((Date.now() - started) / 1000).toFixed(1)} s; ${cause})`);
  }
}

async function shot(name) {
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path });
  report.screenshots.push(path);
}

const current = (fn, arg) => page.evaluate(fn, arg);

function panelState() {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.context || !panel.content || !panel.content.model) return null;
  const cells = [];
  const model = panel.content.model;
  for (let i = 0; i < model.cells.length; i++) {
    const cell = model.cells.get(i);
    if (cell.type !== 'code') continue;
    const outputs = [];
    for (let j = 0; j < cell.outputs.length; j++) outputs.push(cell.outputs.get(j).toJSON());
    cells.push({ count: cell.executionCount, outputs });
  }
  return { path: panel.context.path, status: panel.sessionContext.kernelDisplayStatus,
    kernel: panel.sessionContext.kernelDisplayName, cells };
}

async function waitFor(predicate, arg, timeout = uiTimeout) {
  await page.waitForFunction(predicate, arg, { timeout, polling: 250 });
}

async function waitIdle(timeout = uiTimeout) {
  await waitFor(() => {
    const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    return panel && panel.sessionContext && panel.sessionContext.kernelDisplayStatus === 'idle';
  }, null, timeout);
}

async function menu(label, item) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: new RegExp(`^${label}$`) }).first().click();
  await page.locator('.lm-Menu-item:not(.lm-mod-disabled) .lm-Menu-itemLabel', { hasText: new RegExp(`^${item}$`) }).first().click();
}

const panelSelector = '.jp-NotebookPanel:not(.lm-mod-hidden)';

async function openedNotebook(name) {
  await waitFor((n) => {
    const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    return panel && panel.context && panel.context.path === n && panel.content && panel.content.model
      && panel.content.model.cells.length > 0;
  }, name);
  await waitIdle(runTimeout);
}

async function runAllAndReport() {
  await step('Edit > Clear Outputs of All Cells leaves no output and no execution count', async () => {
    await menu('Edit', 'Clear Outputs of All Cells');
    await waitFor((sel) => {
      const model = window.jupyterapp.shell.currentWidget.content.model;
      for (let i = 0; i < model.cells.length; i++) {
        const cell = model.cells.get(i);
        if (cell.type === 'code' && (cell.outputs.length > 0 || cell.executionCount !== null)) return false;
      }
      return document.querySelectorAll(`${sel} .jp-OutputArea-output`).length === 0;
    }, panelSelector);
  });
  const started = Date.now();
  await step('Run > Run All Cells: every code cell numbered and the kernel idle', async () => {
    await menu('Run', 'Run All Cells');
    await page.waitForTimeout(500);
    await waitFor(() => {
      const panel = window.jupyterapp.shell.currentWidget;
      const model = panel.content.model;
      for (let i = 0; i < model.cells.length; i++) {
        const cell = model.cells.get(i);
        if (cell.type === 'code' && cell.sharedModel.getSource().trim() && typeof cell.executionCount !== 'number') return false;
      }
      return panel.sessionContext.kernelDisplayStatus === 'idle';
    }, null, runTimeout);
  });
  report.runAllSeconds = (Date.now() - started) / 1000;
  const state = await current(panelState);
  report.codeCells = state.cells.length;
  report.kernel = state.kernel;
  report.pngOutputs = state.cells.reduce((n, c) => n + c.outputs.filter((o) => o.data && o.data['image/png']).length, 0);
  const errors = state.cells.flatMap((c) => c.outputs.filter((o) => o.output_type === 'error'));
  report.errorOutputs = errors.length;
  report.errorText = errors.map((e) => `${e.ename}: ${e.evalue}`).join('\n').slice(0, 2000);
  const images = await current((sel) => [...document.querySelectorAll(`${sel} .jp-OutputArea-output img`)]
    .map((img) => ({ png: img.src.startsWith('data:image/png'), loaded: img.complete && img.naturalWidth > 0,
      widget: img.closest('.jupyter-widgets') !== null })), panelSelector);
  report.images = images.filter((i) => i.png && !i.widget).length;
  report.widgetImages = images.filter((i) => i.png && i.widget).length;
  report.imagesNotLoaded = images.filter((i) => !i.loaded).length;
  const checks = page.locator(`${panelSelector} .jp-OutputArea-output .mdlab-table`, { has: page.locator('caption', { hasText: 'Reproduction checks' }) });
  report.checkTables = await checks.count();
  report.checksPassed = await checks.locator('td.pass').count();
  report.checksFailed = await checks.locator('td.fail').count();
  report.errorOutputsOnScreen = await page.locator(`${panelSelector} .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]`, { hasText: /Exception|Error/ }).count();
  const chart = page.locator(`${panelSelector} .jp-OutputArea-output img`).first();
  if (await chart.count()) {
    await scrollTo(chart, 'center');
    await shot(`${mode}-chart`);
  }
  if (report.checkTables) {
    await scrollTo(checks.first(), 'start');
    await shot(`${mode}-checks`);
  }
}

// Offscreen cells are laid out only once near the viewport (content-visibility), so the first scroll
// lands short of the element; scroll again once it has its real size.
async function scrollTo(locator, block) {
  for (let i = 0; i < 3; i++) {
    await locator.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
    await page.waitForTimeout(400);
  }
}

async function editLastCell(source) {
  const cells = page.locator(`${panelSelector} .jp-Cell`);
  await cells.last().locator('.jp-InputArea-editor').click();
  const editor = cells.last().locator('.cm-content');
  await editor.press('Control+a');
  await page.keyboard.insertText(source);
}

async function runLastCellAndSelectNext() {
  await page.keyboard.press('Shift+Enter');
}

// Waits until the cell countFromEnd from the end has run (an execution count and an output): the kernel's
// status alone can read idle before a just-submitted cell starts, and an older output may match a pattern.
async function ranCell(countFromEnd) {
  await waitFor((k) => {
    const model = window.jupyterapp.shell.currentWidget.content.model;
    const cell = model.cells.get(model.cells.length - k);
    return cell && cell.executionCount !== null && cell.outputs.length > 0;
  }, countFromEnd);
}

async function lastOutputsOf(countFromEnd) {
  return current((k) => {
    const model = window.jupyterapp.shell.currentWidget.content.model;
    const cell = model.cells.get(model.cells.length - k);
    const outputs = [];
    for (let j = 0; j < cell.outputs.length; j++) outputs.push(cell.outputs.get(j).toJSON());
    return { count: cell.executionCount, outputs };
  }, countFromEnd);
}

function textOf(outputs) {
  return outputs.map((o) => (o.data && o.data['text/plain']) || o.text || `${o.ename || ''}: ${o.evalue || ''}`).join('\n');
}

const WIDGET_CELL = [
  'var uiWeight = FloatSlider.of("mass at 1", 0.05, 0.9, 0.01, 0.34);',
  'var uiExplore = Interact.of(() -> {',
  '    double a = uiWeight.value();',
  '    Market m = Market.of(new double[] {1, 2, 3}, new double[] {a, (1 - a) / 2, (1 - a) / 2});',
  '    return SegmentationViews.welfareTriangleChart(m, Map.of("consumer-optimal", Segmentation.consumerOptimal(m)),',
  '            String.format("mass at 1 = %.2f", a));',
  '}, uiWeight);',
  'uiExplore',
].join('\n');
const WIDGET_PROBE = 'String.format("%.2f", uiWeight.value()) + " " + uiExplore.output().shown("image/png").hashCode()'
  + ' + " " + uiExplore.output().shown("text/plain")';

// Java's String.hashCode, to compare the image on screen with the one the kernel rendered.
function javaHash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h;
}

async function widgetImage() {
  return current((sel) => {
    const img = document.querySelector(`${sel} .jp-Cell:last-of-type .jupyter-widgets .jp-OutputArea-output img`)
      || [...document.querySelectorAll(`${sel} .widget-output img, ${sel} .jupyter-widgets-output-area img`)].pop();
    return img ? img.src : null;
  }, panelSelector);
}

async function widgetScenario() {
  await step('a slider and its chart drawn by the widget manager', async () => {
    await editLastCell(WIDGET_CELL);
    await runLastCellAndSelectNext();
    await ranCell(2);
    await page.locator(`${panelSelector} .widget-slider .noUi-handle`).last().waitFor({ timeout: uiTimeout });
    await page.waitForFunction((sel) => [...document.querySelectorAll(`${sel} .widget-output img, ${sel} .jupyter-widgets-output-area img`)]
      .some((i) => i.complete && i.naturalWidth > 0), panelSelector, { timeout: uiTimeout });
  });
  const before = await widgetImage();
  report.sliderBefore = await page.locator(`${panelSelector} .widget-readout`).last().innerText();
  await shot('lab-widget-before');
  await step('dragging the slider redraws the chart', async () => {
    const handle = page.locator(`${panelSelector} .widget-slider .noUi-handle`).last();
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let dx = 10; dx <= 50; dx += 10) {
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2);
      await page.waitForTimeout(40);
    }
    await page.mouse.up();
    await waitIdle();
    await page.waitForFunction(([sel, old]) => {
      const imgs = [...document.querySelectorAll(`${sel} .widget-output img, ${sel} .jupyter-widgets-output-area img`)];
      const img = imgs.pop();
      return img && img.src !== old && img.complete && img.naturalWidth > 0;
    }, [panelSelector, before], { timeout: uiTimeout });
    await page.waitForTimeout(1000);
  });
  report.sliderAfter = await page.locator(`${panelSelector} .widget-readout`).last().innerText();
  await shot('lab-widget');
  await step('the chart on screen is the one rendered for the slider value shown', async () => {
    const shown = await widgetImage();
    await page.keyboard.press('Escape');
    await editLastCell(WIDGET_PROBE);
    await runLastCellAndSelectNext();
    await ranCell(2);
    const probe = textOf((await lastOutputsOf(2)).outputs).replace(/^"|"$/g, '');
    const [value, hash] = probe.split(' ');
    report.widgetProbe = probe.slice(0, 300);
    report.widgetOnScreen = { readout: report.sliderAfter, hash: javaHash(shown.replace(/^data:image\/png;base64,/, '')) };
    if (value !== report.sliderAfter.trim()) throw new Error(`the kernel holds ${value}, the slider shows ${report.sliderAfter}`);
    if (String(report.widgetOnScreen.hash) !== hash) throw new Error(`the image on screen is not the kernel's latest render (${probe})`);
    if (!probe.includes(`mass at 1 = ${value}`)) throw new Error(`the chart is not titled with the value: ${probe}`);
    if (report.sliderAfter.trim() === report.sliderBefore.trim()) throw new Error(`the slider did not move (${report.sliderBefore})`);
  });
}

async function labScenario() {
  await step('JupyterLab shows index.ipynb with the mdlab kernel idle', async () => {
    await page.goto(`${baseUrl}/lab/tree/index.ipynb?reset&token=${token}`, { timeout: uiTimeout });
    await openedNotebook('index.ipynb');
  });
  report.indexKernel = (await current(panelState)).kernel;
  await shot('lab-index');
  await step(`the index's link to ${notebook} opens it in a new tab`, async () => {
    const link = page.locator(`${panelSelector} .jp-RenderedMarkdown a[href*="${notebook}"]`).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await openedNotebook(notebook);
    await page.locator('.lm-TabBar-tab.lm-mod-current', { hasText: notebook }).first().waitFor({ timeout: uiTimeout });
  });
  await runAllAndReport();

  await step('a new cell below the last one, in edit mode', async () => {
    await page.locator(`${panelSelector} .jp-Cell`).last().locator('.jp-InputArea-editor').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Market.unif');
  });
  await step('Tab completion popup listing the library method Market.uniform', async () => {
    await page.keyboard.press('Tab');
    const item = page.locator('.jp-Completer .jp-Completer-item', { hasText: 'uniform' }).first();
    await item.waitFor({ state: 'visible', timeout: uiTimeout });
    report.completions = await page.locator('.jp-Completer .jp-Completer-item').allInnerTexts();
  });
  await shot('lab-completion');
  await page.keyboard.press('Escape');
  await step('Shift+Tab tooltip with the signature of Market.uniform', async () => {
    await editLastCell('Market.uniform');
    await page.keyboard.press('Shift+Tab');
    const tooltip = page.locator('.jp-Tooltip', { hasText: 'uniform' }).first();
    await tooltip.waitFor({ state: 'visible', timeout: uiTimeout });
    report.tooltip = (await tooltip.innerText()).slice(0, 500);
  });
  await shot('lab-tooltip');
  await page.keyboard.press('Escape');

  await step('a busy cell (an endless loop) running, the kernel busy', async () => {
    await editLastCell('long spins = 0;\nwhile (true) { spins++; }');
    await runLastCellAndSelectNext();
    await waitFor(() => window.jupyterapp.shell.currentWidget.sessionContext.kernelDisplayStatus === 'busy');
    await page.waitForTimeout(1000);
  });
  await step('the toolbar Interrupt button stops the busy cell with an interruption message', async () => {
    await page.locator(`${panelSelector} .jp-Toolbar [data-command="notebook:interrupt-kernel"]`).first().click();
    await waitIdle(30_000);
    const busy = await lastOutputsOf(2);
    report.interruptedOutput = textOf(busy.outputs).slice(0, 300);
    if (!/interrupt/i.test(report.interruptedOutput)) throw new Error(`the cell shows ${JSON.stringify(report.interruptedOutput)}`);
    await page.locator(`${panelSelector} .jp-OutputArea-output`, { hasText: /interrupted/i }).last().waitFor({ timeout: uiTimeout });
  });
  await step('the next cell runs after the interrupt and shows 42', async () => {
    await editLastCell('6 * 7');
    await runLastCellAndSelectNext();
    await ranCell(2);
    await page.locator(`${panelSelector} .jp-OutputArea-output`, { hasText: /^42$/ }).last().waitFor({ timeout: uiTimeout });
    report.afterInterrupt = textOf((await lastOutputsOf(2)).outputs);
  });
  await shot('lab-interrupt');
  await widgetScenario();

  await step('Kernel > Restart Kernel… and its confirmation dialog restart the kernel', async () => {
    await menu('Kernel', 'Restart Kernel…');
    const accept = page.locator('.jp-Dialog .jp-Dialog-button.jp-mod-accept');
    await accept.waitFor({ timeout: uiTimeout });
    report.restartDialog = (await page.locator('.jp-Dialog-header').innerText()).trim();
    await accept.click();
    await page.waitForTimeout(500);
    await waitIdle();
  });
  await step('a cell in the restarted kernel runs as its first execution ([1]) and shows 2', async () => {
    await editLastCell('1 + 1');
    await runLastCellAndSelectNext();
    await ranCell(2);
    await page.locator(`${panelSelector} .jp-OutputArea-output`, { hasText: /^2$/ }).last().waitFor({ timeout: uiTimeout });
    const after = await lastOutputsOf(2);
    report.afterRestart = { count: after.count, text: textOf(after.outputs) };
    if (after.count !== 1) throw new Error(`the cell ran as execution ${after.count}, not 1: the kernel was not restarted`);
  });
  await shot('lab-restart');
}

async function notebookScenario() {
  await step(`Notebook 7 shows ${notebook} with the mdlab kernel idle`, async () => {
    await page.goto(`${baseUrl}/notebooks/${encodeURI(notebook)}?token=${token}`, { timeout: uiTimeout });
    await openedNotebook(notebook);
  });
  await runAllAndReport();
}

try {
  await (mode === 'lab' ? labScenario() : notebookScenario());
} catch (e) {
  report.failure = e instanceof Missing ? e.message : String(e && e.stack || e).slice(0, 3000);
  try { await shot(`${mode}-failure`); } catch { /* the page is gone */ }
} finally {
  report.pageErrors = pageErrors;
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
process.exit(report.failure ? 1 : 0);
