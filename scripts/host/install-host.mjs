// Installs, on first use, the test host: code-server (a build of the VS Code server, with the real
// Node extension host) and playwright-core (to drive a headless Chromium against its workbench).
// Why not `@vscode/test-electron`'s download: these machines reach only the npm registry and Debian,
// so VS Code itself cannot be downloaded. Like test-electron's `.vscode-test/`, the install is a cache
// folder outside package.json, reused by later runs.
//
// usage: node scripts/host/install-host.mjs        (prints the install folder)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, copyFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3; the last line that runs on Node 20
export const PLAYWRIGHT_VERSION = '1.65.1';
const RIPGREP_VERSION = '1.15.11'; // @vscode/ripgrep pulled in by code-server 4.100.3
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST_DIR = join(REPO_ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const MARKER = join(HOST_DIR, '.installed.json');
const INSTALL_TIMEOUT_MS = 25 * 60_000;

/** Paths of an installed host. */
export function hostPaths() {
  return {
    dir: HOST_DIR,
    entry: join(HOST_DIR, 'node_modules/code-server/out/node/entry.js'),
    playwrightCore: join(HOST_DIR, 'node_modules/playwright-core/index.js'),
    tmp: join(HOST_DIR, '.tmp'),
  };
}

export function findChromium() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (p && existsSync(p)) return p;
  }
  return undefined;
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function isInstalled() {
  const p = hostPaths();
  if (!existsSync(MARKER) || !existsSync(p.entry) || !existsSync(p.playwrightCore)) return false;
  try {
    const m = JSON.parse(readFileSync(MARKER, 'utf8'));
    return m.codeServer === CODE_SERVER_VERSION && m.playwrightCore === PLAYWRIGHT_VERSION;
  } catch { return false; }
}

/** System packages the install and the runs need; `.ci/run` installs them with apt. */
function checkSystem() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev'); // code-server's kerberos module
  if (!which('rg')) missing.push('ripgrep'); // replaces @vscode/ripgrep's GitHub download
  if (missing.length && process.getuid?.() === 0 && which('apt-get')) {
    // As root on a fresh machine (CI, a new dev box), install them rather than stop: `npm ci && npm test` just works.
    console.log(`[host] installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 300_000 });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env, timeout: 900_000 });
    if (install && install.status === 0) return;
  }
  if (missing.length) {
    throw new Error(`the VS Code test host needs Debian packages: ${missing.join(' ')}\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
}

/** @vscode/ripgrep's postinstall downloads from GitHub unless its cache in $TMPDIR holds the asset: seed it with Debian's rg. */
function seedRipgrepCache(tmp) {
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_VERSION}`);
  const asset = join(cache, RIPGREP_ASSET);
  if (existsSync(asset)) return;
  const stage = join(tmp, 'rg-stage');
  mkdirSync(cache, { recursive: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(which('rg'), join(stage, 'rg'));
  const r = spawnSync('tar', ['czf', asset, '-C', stage, 'rg'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('could not seed the ripgrep cache');
}

/** Node headers for node-gyp (node-pty, kerberos): the local ones, since nodejs.org is unreachable. */
function nodeDir() {
  if (process.env.npm_config_nodedir) return process.env.npm_config_nodedir;
  const prefix = resolve(dirname(process.execPath), '..');
  return existsSync(join(prefix, 'include/node/node.h')) ? prefix : undefined;
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Several engineers run the host tier at once: one process installs while the others wait for it.
 * A lock older than the install timeout is left over from a killed install and is taken over.
 */
function withInstallLock(fn, log) {
  const lock = `${HOST_DIR}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 2000) {
    try { mkdirSync(lock); break; } catch (e) { if (e.code !== 'EEXIST') throw e; }
    if (isInstalled()) return hostPaths();
    let age = 0;
    try { age = Date.now() - statSync(lock).mtimeMs; } catch { continue; }
    if (age > INSTALL_TIMEOUT_MS) { rmSync(lock, { recursive: true, force: true }); continue; }
    if (waited === 0) log(`[host] waiting for another process to finish installing (${lock})`);
    sleep(2000);
  }
  try { return isInstalled() ? hostPaths() : fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

/** Installs the host if needed; returns its paths. Logs go to stderr so stdout stays clean for callers. */
export function ensureHost({ log = (m) => console.error(m) } = {}) {
  if (isInstalled()) return hostPaths();
  checkSystem();
  return withInstallLock(() => install(log), log);
}

function install(log) {
  const t0 = Date.now();
  log(`[host] installing code-server@${CODE_SERVER_VERSION} and playwright-core@${PLAYWRIGHT_VERSION} into ${HOST_DIR} (first use, ~1 min)`);
  rmSync(MARKER, { force: true });
  const { tmp } = hostPaths();
  mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp);
  writeFileSync(join(HOST_DIR, 'package.json'), JSON.stringify({ name: 'gcg-vscode-test-host', private: true }, null, 2) + '\n');
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`; a user config `yes=false` would cancel it
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  const nd = nodeDir();
  if (nd) env.npm_config_nodedir = nd;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --unsafe-perm: as root, code-server's postinstall refuses to run without it.
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error',
    ...(process.getuid?.() === 0 ? ['--unsafe-perm'] : []),
    `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_VERSION}`];
  const r = spawnSync(npm, args, { cwd: HOST_DIR, env, stdio: ['ignore', 'inherit', 'inherit'], timeout: INSTALL_TIMEOUT_MS });
  if (r.status !== 0 || !existsSync(hostPaths().entry)) {
    throw new Error(`npm install of the VS Code test host failed (exit ${r.status ?? r.signal}) in ${HOST_DIR}`);
  }
  writeFileSync(MARKER, JSON.stringify({ codeServer: CODE_SERVER_VERSION, playwrightCore: PLAYWRIGHT_VERSION, installedAt: new Date().toISOString() }) + '\n');
  log(`[host] installed in ${Math.round((Date.now() - t0) / 1000)} s`);
  return hostPaths();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureHost().dir);
  } catch (e) {
    console.error(`[host] ${e.message}`);
    process.exit(1);
  }
}
