// UI smoke of the host tier: the extension loaded as a development extension in code-server, driven from
// outside by Playwright (not from inside the extension host), with PNG screenshots in test-results/screenshots/.
// To add a screenshot for a feature, add a step to STEPS; each step gets a Workbench (scripts/host/workbench.mjs).
//
// usage: node scripts/host/ui-smoke.mjs        (after `node scripts/build.mjs`)
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startCodeServer } from './code-server.mjs';
import { REPO_ROOT } from './install-host.mjs';
import { launchBrowser, SCREENSHOT_DIR, Workbench } from './workbench.mjs';

const EXAMPLES = join(REPO_ROOT, 'examples');
const FIXTURE_WORKSPACE = join(REPO_ROOT, 'test/host/fixtures/workspace');

/** The folder to show: examples/ once it has .http files (what users see), else the test fixture. */
function sourceWorkspace() {
  const hasHttp = existsSync(EXAMPLES) && readdirSync(EXAMPLES, { recursive: true }).some((f) => String(f).endsWith('.http'));
  return hasHttp ? EXAMPLES : FIXTURE_WORKSPACE;
}

/** The .http file to show: the connector-groups example when there is one, else the first. */
function showcaseHttpFile(folder) {
  const files = readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.http')).sort();
  return files.find((f) => f.endsWith('connector-groups.http')) ?? files[0];
}

/** @type {{ name: string, run: (wb: Workbench, ctx: { httpFile: string, workspace: string }) => Promise<void> }[]} */
const STEPS = [
  {
    name: '01-http-file',
    async run(wb, { httpFile }) {
      await wb.openFile(httpFile);
      await wb.waitForHighlighting();
      await wb.screenshot('01-http-file');
    },
  },
  {
    name: '02-command-palette',
    async run(wb) {
      // Shows the contributed commands; Escape leaves the workbench as it was.
      await wb.focusWorkbench();
      await wb.page.keyboard.press('F1');
      await wb.page.locator('.quick-input-widget input').fill('>Graph Connector Groups');
      await wb.page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
      await wb.screenshot('02-command-palette');
      await wb.page.keyboard.press('Escape');
    },
  },
  {
    // The docs seeds' mistakes, flagged while typing: squiggles in the editor and the Problems panel.
    name: '03-diagnostics',
    async run(wb, { workspace }) {
      ensureSeedMistakes(workspace);
      await wb.openFile('seed-mistakes.http');
      await wb.waitForHighlighting();
      await wb.page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 20_000 });
      await wb.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
      await wb.page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15_000 });
      await wb.screenshot('03-diagnostics');
    },
  },
  {
    // Hover on a squiggle: the message, and the property's docs (enum meanings) from the schema.
    name: '04-hover',
    async run(wb) {
      await wb.runCommand('View: Toggle Panel Visibility');
      // The value of "region" in seed 000's body: a placeholder error, explained with the enum's meanings.
      const line = wb.page.locator('.editor-instance .view-line', { hasText: '"region": "String"' }).first();
      await line.waitFor({ timeout: 15_000 });
      await line.locator('span span', { hasText: 'String' }).last().hover();
      await wb.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ timeout: 15_000 });
      await wb.screenshot('04-hover');
      await wb.page.keyboard.press('Escape');
    },
  },
  {
    // Sign in to the sandbox (device code, approved by the emulator itself), send the first request by its CodeLens.
    name: '10-response-view',
    async run(wb, { httpFile }) {
      await signInToSandbox(wb);
      await wb.openFile(httpFile);
      await sendByCodeLens(wb, 0);
      await wb.screenshot('10-response-view');
    },
  },
  {
    name: '11-error-response',
    async run(wb, { workspace }) {
      // connectorGroups exist only in beta: the sandbox answers v1.0 with an error the view explains.
      writeFileSync(join(workspace, 'error-demo.http'), '### Connector groups are beta-only\nGET https://graph.microsoft.com/v1.0/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n');
      await wb.runCommand('View: Close All Editors');
      // Quick Open's file index may not know a file written a moment ago; the explorer does.
      await wb.clickTreeItem('error-demo.http');
      await wb.page.locator('.tabs-container .tab[aria-label^="error-demo.http"]').first().waitFor({ timeout: 15_000 });
      await sendByCodeLens(wb, 0);
      await wb.screenshot('11-error-response');
    },
  },
  {
    // The Tenant view with the seeded connector groups expanded .
    name: '20-tenant-tree',
    async run(wb) {
      const signedIn = await wb.page.locator('.part.statusbar', { hasText: '@sandbox' }).count();
      if (!signedIn) await signInToSandbox(wb);
      await wb.runCommand('View: Close All Editors');
      await wb.runCommand('Graph Connector Groups: Focus on Tenant View');
      const row = (label) => wb.page.locator('.part.sidebar .monaco-list-row', { hasText: label }).first();
      await wb.clickTreeItem('Connector groups');
      await row('US datacenter').waitFor({ timeout: 20_000 });
      await wb.clickTreeItem('Default');
      // The first "Connectors" row is now the Default group's own folder (the tenant-wide one is further down).
      await row('Applications').waitFor({ timeout: 20_000 });
      await wb.clickTreeItem('Connectors');
      await row('APPPROXY-EU-01').waitFor({ timeout: 20_000 });
      await row('US datacenter').click();
      await wb.page.locator('.part.sidebar .monaco-list-row', { hasText: 'Applications' }).nth(1).waitFor({ timeout: 20_000 });
      await wb.screenshot('20-tenant-tree');
    },
  },
];

/** The seeds' mistakes file shown by the diagnostics steps: from examples/ when shown, else written from the fixture. */
function ensureSeedMistakes(workspace) {
  const target = join(workspace, 'seed-mistakes.http');
  if (!existsSync(target)) cpSync(join(REPO_ROOT, 'examples', 'seed-mistakes.http'), target);
}

/** Runs "Use the Sandbox Tenant" and waits until the status bar shows the signed-in account. */
async function signInToSandbox(wb) {
  await wb.runCommand('Graph Connector Groups: Use the Sandbox Tenant');
  await wb.page.locator('.part.statusbar', { hasText: '@sandbox' }).waitFor({ timeout: 30_000 });
  await wb.runCommand('Notifications: Clear All Notifications');
}

/** Clicks the n-th "Send Request" CodeLens of the active editor and waits for the response editor beside it. */
async function sendByCodeLens(wb, n) {
  const before = await wb.page.locator('.tabs-container .tab[aria-label*=".jsonc"]').count();
  const lens = wb.page.locator('.editor-instance .codelens-decoration a', { hasText: 'Send Request' }).nth(n);
  await lens.waitFor({ timeout: 15_000 });
  await lens.click();
  await wb.page.waitForFunction((b) => document.querySelectorAll('.tabs-container .tab[aria-label*=".jsonc"]').length > b, before, { timeout: 30_000 });
  await wb.page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
}

/**
 * Restricted Mode, in its own code-server with workspace trust on (extension test runs are always trusted, so this
 * is checked from the UI): an untrusted folder still gets validation, while sign-in is refused with an explanation.
 */
async function restrictedModeSmoke(browser) {
  const server = await startCodeServer({
    workspaceTrust: true,
    settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'graphConnectorGroups.environment': 'sandbox' },
  });
  const workspace = join(server.runDir, 'workspace');
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  const name = '30-restricted-mode';
  let wb;
  try {
    wb = await Workbench.open(browser, server.baseUrl, { folder: workspace, extensionDevelopmentPath: REPO_ROOT });
    await wb.openFile('mistakes.http');
    await wb.page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 20_000 });
    await wb.runCommand('Graph Connector Groups: Sign In…');
    await wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Signing in needs a trusted workspace' }).first().waitFor({ timeout: 15_000 });
    await wb.runCommand('Notifications: Clear All Notifications');
    // The cursor on the first request, then the command (the CodeLens can render late on a loaded machine).
    await wb.page.locator('.editor-instance .view-line', { hasText: 'POST https://graph.microsoft.com' }).first().click();
    await wb.runCommand('Graph Connector Groups: Send Request');
    await wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Sending requests needs a trusted workspace' }).first().waitFor({ timeout: 15_000 });
    await wb.screenshot(name);
    console.log(`  ✔ ${name}`);
    return { passed: 1, failed: 0 };
  } catch (e) {
    console.log(`  ✘ ${name}: ${e.message.split('\n')[0]}`);
    await wb?.screenshot(`${name}-FAILED`).catch(() => {});
    return { passed: 0, failed: 1 };
  } finally {
    await wb?.page.close().catch(() => {});
    server.stop();
    server.cleanup();
  }
}

async function main() {
  if (!existsSync(join(REPO_ROOT, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run `node scripts/build.mjs` first');
  // Fresh screenshots each run; the host tests' failure screenshot (same folder) is theirs to keep.
  for (const f of existsSync(SCREENSHOT_DIR) ? readdirSync(SCREENSHOT_DIR) : []) {
    if (f !== 'host-tests-FAILED.png') rmSync(join(SCREENSHOT_DIR, f), { recursive: true, force: true });
  }
  const server = await startCodeServer();
  const workspace = join(server.runDir, 'workspace');
  cpSync(sourceWorkspace(), workspace, { recursive: true });
  const httpFile = showcaseHttpFile(workspace);
  let browser, passed = 0, failed = 0;
  try {
    browser = await launchBrowser();
    const wb = await Workbench.open(browser, server.baseUrl, { folder: workspace, extensionDevelopmentPath: REPO_ROOT });
    for (const step of STEPS) {
      try {
        await step.run(wb, { httpFile, workspace });
        passed++;
        console.log(`  ✔ ${step.name}`);
      } catch (e) {
        failed++;
        console.log(`  ✘ ${step.name}: ${e.message.split('\n')[0]}`);
        await wb.screenshot(`${step.name}-FAILED`).catch(() => {});
        await wb.page.keyboard.press('Escape').catch(() => {});
      }
    }
    const restricted = await restrictedModeSmoke(browser);
    passed += restricted.passed; failed += restricted.failed;
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
  if (failed === 0 && !process.env.KEEP_HOST_RUN) server.cleanup();
  else console.error(`code-server logs: ${server.runDir}`);
  console.log(`screenshots in ${relative(process.cwd(), SCREENSHOT_DIR) || SCREENSHOT_DIR} (${httpFile} from ${relative(REPO_ROOT, sourceWorkspace())})`);
  console.log(`ui smoke: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

console.log('\n> ui smoke (code-server + Playwright)');
main().then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e?.stack ?? e); console.log('ui smoke: 0 passed, 1 failed'); process.exit(1); });
