// Starts and stops one code-server (VS Code server with the real Node extension host) for a run.
// Each run gets its own folder for HOME/XDG, user data and extensions, so nothing is written under
// the real home and runs do not see each other's state.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ensureHost, REPO_ROOT } from './install-host.mjs';

/** Settings that keep the workbench quiet and deterministic (no welcome page, trust prompts or update checks). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'git.enabled': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function status(url) {
  return new Promise((resolve) => {
    const r = get(url, (res) => { res.resume(); resolve(res.statusCode); });
    r.on('error', () => resolve(0));
    r.setTimeout(2000, () => { r.destroy(); resolve(0); });
  });
}

/**
 * A fresh folder under .tmp/host/ for one run (logs, HOME, user data, extensions). Failed runs keep theirs
 * for inspection (~40 MB each), so older ones are pruned here: past an hour (no run is that long), keeping the newest five.
 */
export function makeRunDir(prefix = 'run') {
  const base = join(REPO_ROOT, '.tmp', 'host');
  mkdirSync(base, { recursive: true });
  const old = readdirSync(base).map((name) => {
    try { return { path: join(base, name), mtime: statSync(join(base, name)).mtimeMs }; } catch { return undefined; }
  }).filter(Boolean).sort((a, b) => b.mtime - a.mtime).slice(5).filter((d) => Date.now() - d.mtime > 60 * 60_000);
  for (const d of old) rmSync(d.path, { recursive: true, force: true });
  return mkdtempSync(join(base, `${prefix}-`));
}

/** stop() of every running server: a signal must not leave a detached code-server behind. */
const live = new Set();
let signalsHooked = false;
function stopServersOnSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
    process.on(signal, () => {
      for (const stop of live) stop();
      // Exit only if nobody else handles the signal (start.mjs and the test driver do, and exit themselves).
      if (process.listenerCount(signal) === 1) process.exit(128 + number);
    });
  }
}

/**
 * Starts code-server and waits until it answers /healthz.
 * @param {{ runDir?: string, port?: number, host?: string, settings?: object, extensionsDir?: string, userDataDir?: string,
 *           extraArgs?: string[], env?: object, stdio?: 'log'|'inherit', workspaceTrust?: boolean }} options
 */
export async function startCodeServer(options = {}) {
  const paths = ensureHost();
  const runDir = options.runDir ?? makeRunDir();
  const home = join(runDir, 'home');
  const userDataDir = options.userDataDir ?? join(runDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(runDir, 'extensions');
  const tmp = join(runDir, 'tmp');
  for (const d of [home, userDataDir, extensionsDir, tmp, join(userDataDir, 'User')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? await freePort();
  const env = {
    ...process.env, ...options.env,
    HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: tmp, TMPDIR: tmp,
  };
  const args = [paths.entry, '--bind-addr', `${host}:${port}`, '--auth', 'none',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    // options.workspaceTrust keeps trust on, so an untrusted folder opens in Restricted Mode.
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--ignore-last-opened', ...(options.extraArgs ?? [])];
  const logFile = join(runDir, 'server.log');
  // detached: the server and its extension hosts form one process group, killed together in stop().
  const proc = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  proc.stdout.pipe(log); proc.stderr.pipe(log);
  if (options.stdio === 'inherit') { proc.stdout.pipe(process.stdout); proc.stderr.pipe(process.stderr); }
  let exited = false;
  proc.on('exit', () => { exited = true; });

  const stop = () => {
    live.delete(stop);
    if (exited) return;
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    const t = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
    t.unref();
  };
  live.add(stop);
  stopServersOnSignals();
  process.on('exit', stop); // last resort; callers stop() explicitly

  const baseUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const deadline = Date.now() + 60_000;
  while (await status(`${baseUrl}/healthz`) !== 200) {
    if (exited) throw new Error(`code-server exited during startup; see ${logFile}`);
    if (Date.now() > deadline) { stop(); throw new Error(`code-server did not start within 60 s; see ${logFile}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl, port, runDir, logFile, userDataDir, extensionsDir, process: proc, stop,
    /** Removes the run folder (call after stop() when the logs are not needed). */
    cleanup: () => rmSync(runDir, { recursive: true, force: true }),
  };
}
