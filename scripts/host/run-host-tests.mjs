// The extension-host tier of `npm test` (scripts/test.mjs bundles test/host/index.ts to out/test/host/index.js
// and the extension to dist/ first): runs the host tests with @vscode/test-electron's runTests, then the UI
// smoke screenshots. Exits non-zero if either fails or times out.
//
// Which VS Code: a desktop one when VSCODE_EXECUTABLE_PATH is set or `code` is on PATH; otherwise (these
// machines cannot download VS Code) scripts/host/vscode-shim.mjs, which runs the same tests in code-server's
// real extension host under headless Chromium. HOST_TEST_VSCODE=code-server forces the latter.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { makeRunDir } from './code-server.mjs';
import { ensureHost, REPO_ROOT } from './install-host.mjs';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');

const TESTS = join(REPO_ROOT, 'out/test/host/index.js');
const FIXTURE_WORKSPACE = join(REPO_ROOT, 'test/host/fixtures/workspace');
const SHIM = join(REPO_ROOT, 'scripts/host/vscode-shim.mjs');

/** A desktop VS Code executable, if one is available: the Electron binary, not the `bin/code` CLI wrapper. */
function desktopVSCode() {
  if (process.env.HOST_TEST_VSCODE === 'code-server') return undefined;
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  const r = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.trim()) return undefined;
  const cli = realpathSync(r.stdout.trim());
  const electron = join(dirname(dirname(cli)), 'code'); // /usr/share/code/bin/code -> /usr/share/code/code
  return dirname(cli).endsWith('bin') && existsSync(electron) && statSync(electron).isFile() ? electron : cli;
}

async function extensionHostTests() {
  if (!existsSync(TESTS)) throw new Error(`${TESTS} is missing: run through \`npm run test:host\``);
  const runDir = makeRunDir('tests');
  const workspace = join(runDir, 'workspace');
  cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  let vscodeExecutablePath = desktopVSCode();
  if (vscodeExecutablePath) console.log(`[host] desktop VS Code: ${vscodeExecutablePath}`);
  else { ensureHost(); vscodeExecutablePath = SHIM; console.log('[host] code-server extension host + headless Chromium'); }
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: TESTS,
      launchArgs: [workspace, '--disable-extensions',
        `--user-data-dir=${join(runDir, 'user-data')}`, `--extensions-dir=${join(runDir, 'extensions')}`],
    });
    rmSync(runDir, { recursive: true, force: true });
    return true;
  } catch (e) {
    console.error(`extension host tests failed: ${e.message}`);
    return false;
  }
}

function uiSmoke() {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/host/ui/run.mjs')], { stdio: 'inherit', timeout: 12 * 60_000, killSignal: 'SIGTERM' });
  if (r.status !== 0) console.error(`ui smoke failed (exit ${r.status ?? r.signal})`);
  return r.status === 0;
}

// A desktop VS Code run has no timeout of its own; the code-server shim has one per run (HOST_TEST_TIMEOUT_MS).
const watchdog = setTimeout(() => { console.error('host tier timed out after 15 min'); process.exit(1); }, 15 * 60_000);
watchdog.unref();
let ok = false;
try {
  const hostOk = await extensionHostTests();
  const smokeOk = process.env.SKIP_UI_SMOKE ? true : uiSmoke();
  ok = hostOk && smokeOk;
} catch (e) {
  console.error(e?.stack ?? e);
}
process.exit(ok ? 0 : 1);
