// Runs an extension test module inside code-server's real Node extension host, driven by headless Chromium:
// the workbench URL's payload carries extensionDevelopmentPath and extensionTestsPath, the module's run()
// executes in the extension host, its console output comes back through window.codeAutomationLog and
// its result through window.codeAutomationExit.
//
// usage: node scripts/host/code-server-driver.mjs <extensionDevelopmentPath> <extensionTestsPath.js> [folder]
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { startCodeServer } from './code-server.mjs';
import { enableSmokeTestDriver, launchBrowser, SCREENSHOT_DIR, workbenchUrl } from './workbench.mjs';

// The workbench's own chatter while it connects, and what the closed network refuses (the extension
// gallery): hidden unless VERBOSE=1, so the test output is the tests' output.
const NOISE = [/^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Creation of workbench contribution)/,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|open-vsx\.org/, /^Failed to load resource/];
const isStartupNoise = (line) => NOISE.some((re) => re.test(line));

/**
 * @param {{ extensionDevelopmentPath: string, extensionTestsPath: string, folder?: string, timeoutMs?: number,
 *           userDataDir?: string, extensionsDir?: string, env?: object }} o
 * @returns {Promise<number>} the exit code reported by the test run (non-zero on failure, timeout or crash)
 */
export async function runExtensionTests(o) {
  const t0 = Date.now();
  const timeoutMs = o.timeoutMs ?? Number(process.env.HOST_TEST_TIMEOUT_MS || 300_000);
  let server, browser, code;
  const failureShot = join(SCREENSHOT_DIR, 'host-tests-FAILED.png');
  rmSync(failureShot, { force: true });
  const onSignal = (sig) => { server?.stop(); void browser?.close(); process.exit(sig === 'SIGINT' ? 130 : 143); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startCodeServer({ userDataDir: o.userDataDir, extensionsDir: o.extensionsDir, env: o.env });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let exit;
    const exited = new Promise((r) => { exit = r; });
    // The workbench forwards the extension host's console (and stdout/stderr) here when it runs extension tests.
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = format(...(args || []));
      if (process.env.VERBOSE || !isStartupNoise(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (c) => exit(c));
    page.on('console', (m) => {
      // "%c"-styled messages come from the workbench's logger, which also sends them to codeAutomationLog.
      const repeat = m.text().startsWith('%c');
      if (process.env.VERBOSE || (m.type() === 'error' && !isStartupNoise(m.text()) && !repeat)) console.error(`[browser ${m.type()}]`, m.text().slice(0, 400));
    });
    page.on('crash', () => exit('the page crashed'));
    await enableSmokeTestDriver(page);
    await page.goto(workbenchUrl(server.baseUrl, o));
    let timer;
    code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r(`timeout after ${timeoutMs} ms`), timeoutMs); })]);
    clearTimeout(timer);
    if (typeof code !== 'number') console.error(`extension host run failed: ${code}`);
    if (code !== 0) {
      // What the workbench showed when the run failed (a modal dialog, an error notification, a hung editor).
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      if (await page.screenshot({ path: failureShot }).then(() => true, () => false)) console.error(`workbench at the failure: ${failureShot}`);
    }
  } catch (e) {
    console.error(`extension host run failed: ${e?.stack ?? e}`);
    code = 'error';
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  const ok = code === 0;
  if (server) {
    if (ok && !process.env.KEEP_HOST_RUN) server.cleanup();
    else console.error(`code-server logs: ${server.runDir}`);
  }
  console.error(`[host] extension host run: exit ${code} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return typeof code === 'number' ? code : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [extensionDevelopmentPath, extensionTestsPath, folder] = process.argv.slice(2).map((p) => p && resolve(p));
  if (!extensionDevelopmentPath || !extensionTestsPath) {
    console.error('usage: code-server-driver.mjs <extensionDevelopmentPath> <extensionTestsPath.js> [folder]');
    process.exit(2);
  }
  process.exit(await runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, folder }));
}
