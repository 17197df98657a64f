// Activation time of the extension in the real host (code-server's Node extension host), for bench/activation.bench.ts.
// The extension (package.json, the manifest's assets, and a production build of dist/extension.js as packaged) is
// copied into the run folder so a concurrent `node scripts/build.mjs` cannot change it mid-run. For each run a fresh
// workbench window (and so a fresh extension host) opens a .http file, which activates the extension by
// onLanguage:http; then "Developer: Show Running Extensions" shows VS Code's own activation time for it
// (code loading + the synchronous activate() call), which is read from that editor.
//
// usage: node scripts/host/measure-activation.mjs [--runs N] [--deadline-ms MS]
// prints one JSON line: {"times":[ms...],"activationEvent":"...","runDir":"..."}; exit 0 with at least one time.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleAll } from '../bundle.mjs';
import { startCodeServer } from './code-server.mjs';
import { REPO_ROOT } from './install-host.mjs';
import { launchBrowser, Workbench } from './workbench.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 3);
const DEADLINE = Date.now() + arg('deadline-ms', 150_000);
const EXTENSION_ID = 'graph-connector-groups.graph-connector-groups';

/** The extension as packaged: manifest, assets, and dist/extension.js built like `npm run package` (scripts/build.mjs --production). */
async function prepareExtension(dir) {
  mkdirSync(dir, { recursive: true });
  for (const p of ['package.json', 'package.nls.json', 'l10n', 'syntaxes', 'snippets', 'media', 'schemas', 'README.md']) {
    if (existsSync(join(REPO_ROOT, p))) cpSync(join(REPO_ROOT, p), join(dir, p), { recursive: true });
  }
  await bundleAll({ production: true, outdir: join(dir, 'dist'), cli: false });
}

/** Opens the Running Extensions editor and returns our row's text once it shows an activation time. */
async function readActivation(wb) {
  await wb.runCommand('Developer: Show Running Extensions');
  const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: EXTENSION_ID }).first();
  await row.waitFor({ timeout: 20_000 });
  for (let i = 0; i < 40; i++) {
    const text = await row.innerText();
    const m = /Activation:\s*(\d+(?:\.\d+)?)\s*ms/.exec(text);
    if (m) {
      return { ms: Number(m[1]), text: text.replace(/\s+/g, ' ').trim() };
    }
    await wb.page.waitForTimeout(250);
  }
  throw new Error(`no activation time in the Running Extensions row: ${await row.innerText()}`);
}

/** The extension host's own log line, e.g. "..._doActivateExtension <id>, startup: false, activationEvent: 'onLanguage:http'". */
function activationLogLine(runDir) {
  for (const f of readdirSync(runDir, { recursive: true }).map(String).filter((f) => f.endsWith('.log'))) {
    const line = readFileSync(join(runDir, f), 'utf8').split('\n').find((l) => l.includes(`_doActivateExtension ${EXTENSION_ID}`));
    if (line) return line.replace(/^.*?ExtensionService#/, 'ExtensionService#').trim();
  }
  return undefined;
}

let stopServer;
// bench/activation.bench.ts sends SIGTERM when a run overruns: take code-server (its own process group) down too.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => { stopServer?.(); process.exit(1); });

async function main() {
  const server = await startCodeServer();
  stopServer = server.stop;
  const extensionDir = join(server.runDir, 'extension');
  const workspace = join(server.runDir, 'workspace');
  let browser;
  const times = [];
  let activationEvent, ok = false;
  try {
    await prepareExtension(extensionDir);
    mkdirSync(workspace, { recursive: true });
    cpSync(join(REPO_ROOT, 'examples/connector-groups.http'), join(workspace, 'connector-groups.http'));
    writeFileSync(join(workspace, 'readme.txt'), 'Activation benchmark workspace.\n');
    browser = await launchBrowser();
    for (let i = 0; i < RUNS && (i === 0 || Date.now() < DEADLINE); i++) {
      const wb = await Workbench.open(browser, server.baseUrl, { folder: workspace, extensionDevelopmentPath: extensionDir });
      try {
        await wb.openFile('connector-groups.http');
        // The "Send Request" CodeLens is the extension's: once it shows, activation is over.
        await wb.page.locator('.editor-instance .codelens-decoration a', { hasText: 'Send Request' }).first().waitFor({ timeout: 60_000 });
        const { ms, text } = await readActivation(wb);
        times.push(ms);
        console.error(`activation run ${i + 1}: ${ms} ms (${text})`);
      } finally {
        await wb.page.close().catch(() => {});
      }
    }
    ok = times.length > 0;
    activationEvent = activationLogLine(server.runDir);
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
  console.log(JSON.stringify({ times, activationEvent, runDir: server.runDir }));
  // stop() kills the process group (SIGKILL after 3 s at worst); then the run folder can go.
  if (ok && !process.env.KEEP_HOST_RUN) { await new Promise((r) => setTimeout(r, 3500)); server.cleanup(); }
}

main().then(() => process.exit(0), (e) => { console.error(e?.stack ?? e); process.exit(1); });
