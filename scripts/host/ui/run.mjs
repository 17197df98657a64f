// The UI tier of `npm test`: the extension loaded as a development extension in code-server, worked from outside
// by Playwright as a person works it (keystrokes, Ctrl+Space, Ctrl+., hovers, clicks), asserting on what the
// workbench renders. Each step saves a PNG under test-results/screenshots/; figures (e.g. keystroke-to-squiggle
// time) go to test-results/ui-figures.json, for reading, never for asserting.
//
// Steps live in scripts/host/ui/steps/*.mjs, each exporting `steps`: [{ name, run(ctx) }], run in file order in
// one code-server session. ctx: { wb (Workbench), editor (Editor), workspace, httpFile, figures, shared }.
//
// usage: node scripts/host/ui/run.mjs [name-filter]      (after `node scripts/build.mjs`)
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCodeServer } from '../code-server.mjs';
import { REPO_ROOT } from '../install-host.mjs';
import { launchBrowser, SCREENSHOT_DIR, Workbench } from '../workbench.mjs';
import { Editor } from './editor.mjs';
import { writeFixtures } from './fixtures.mjs';

const EXAMPLES = join(REPO_ROOT, 'examples');
const STEP_DIR = join(REPO_ROOT, 'scripts/host/ui/steps');
const FIGURES = process.env.UI_FIGURES_FILE ?? join(REPO_ROOT, 'test-results', 'ui-figures.json');

async function loadSteps() {
  const files = readdirSync(STEP_DIR).filter((f) => f.endsWith('.mjs')).sort();
  const all = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(join(STEP_DIR, f)).href);
    for (const step of mod.steps ?? []) all.push({ ...step, file: f, isolated: mod.isolated });
  }
  return all;
}

/** Each step starts from the same workbench: no widget, no panel, no editor, the mouse out of the way. */
async function resetWorkbench(wb) {
  await wb.page.keyboard.press('Escape');
  await wb.page.keyboard.press('Escape');
  await wb.page.mouse.move(1, 400);
  if (await wb.page.locator('.part.panel').isVisible().catch(() => false)) await wb.runCommand('View: Hide Panel');
  await wb.runCommand('View: Close All Editors');
}

async function runStep(step, ctx) {
  try {
    if (ctx.wb) await resetWorkbench(ctx.wb);
    await step.run(ctx);
    console.log(`  ✔ ${step.name}`);
    return true;
  } catch (e) {
    console.log(`  ✘ ${step.name}: ${String(e?.message ?? e).split("\n").slice(0, 8).join("\n      ")}`);
    await ctx.wb?.screenshot(`${step.name}-FAILED`).catch(() => {});
    await ctx.wb?.page.keyboard.press('Escape').catch(() => {});
    await ctx.wb?.page.keyboard.press('Escape').catch(() => {});
    return false;
  }
}

async function main() {
  if (!existsSync(join(REPO_ROOT, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run `node scripts/build.mjs` first');
  const filter = process.argv[2];
  // A whole run starts from no screenshots; a filtered one (a benchmark, a developer) keeps the others.
  for (const f of existsSync(SCREENSHOT_DIR) && !filter ? readdirSync(SCREENSHOT_DIR) : []) {
    if (f !== 'host-tests-FAILED.png') rmSync(join(SCREENSHOT_DIR, f), { recursive: true, force: true });
  }
  const steps = (await loadSteps()).filter((s) => !filter || s.name.includes(filter) || s.file.includes(filter));
  const server = await startCodeServer();
  const workspace = join(server.runDir, 'workspace');
  // What users see (examples/) plus the files the steps type into, all there before the workbench indexes the folder.
  cpSync(EXAMPLES, workspace, { recursive: true });
  writeFixtures(workspace);
  const figures = {};
  let browser, passed = 0, failed = 0;
  try {
    browser = await launchBrowser();
    const wb = await Workbench.open(browser, server.baseUrl, { folder: workspace, extensionDevelopmentPath: REPO_ROOT });
    const ctx = { wb, editor: new Editor(wb, workspace), workspace, httpFile: 'connector-groups.http', figures, shared: {}, browser };
    for (const step of steps) {
      if (step.isolated) continue;
      if (await runStep(step, ctx)) passed++; else failed++;
    }
    for (const step of steps.filter((s) => s.isolated)) {
      if (await runStep(step, { browser, figures, wb: undefined })) passed++; else failed++;
    }
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
  mkdirSync(dirname(FIGURES), { recursive: true });
  writeFileSync(FIGURES, JSON.stringify(figures, null, 2) + '\n');
  for (const [k, v] of Object.entries(figures)) console.log(`  figure: ${k} = ${v}`);
  if (failed === 0 && !process.env.KEEP_HOST_RUN) server.cleanup();
  else console.error(`code-server logs: ${server.runDir}`);
  console.log(`screenshots in ${relative(process.cwd(), SCREENSHOT_DIR) || SCREENSHOT_DIR}`);
  console.log(`ui: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

console.log('\n> ui tier (code-server + Playwright: typing, clicking, reading what the workbench renders)');
main().then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e?.stack ?? e); console.log('ui: 0 passed, 1 failed'); process.exit(1); });
