// `npm start`: builds the extension and opens it, with the examples/ folder, in a real VS Code.
// - desktop VS Code when `code` is on PATH: `code --extensionDevelopmentPath=. examples`;
// - otherwise code-server (installed on first use into .vscode-test/), with the extension loaded as a
//   development extension and the sandbox tenant selected; prints the URL and runs until Ctrl+C.
// Environment: PORT (default 8080), HOST (default 127.0.0.1; 0.0.0.0 to listen on all interfaces),
// GCG_START=code-server to use code-server even when `code` is on PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort, startCodeServer } from './host/code-server.mjs';
import { REPO_ROOT } from './host/install-host.mjs';
import { workbenchUrl } from './host/workbench.mjs';

const EXAMPLES = join(REPO_ROOT, 'examples');
/** Kept between starts, so the browser's state and any setting changed in the UI survive a restart. */
const START_DIR = join(REPO_ROOT, '.vscode-test', 'start');

function build() {
  console.log('> node scripts/build.mjs');
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs')], { stdio: 'inherit', cwd: REPO_ROOT });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function hasDesktopCode() {
  if (process.env.GCG_START === 'code-server') return false;
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

/** User settings: what the user already has (from an earlier start), with the sandbox tenant as the starting environment. */
function userSettings() {
  const file = join(START_DIR, 'user-data', 'User', 'settings.json');
  let existing = {};
  try { existing = JSON.parse(readFileSync(file, 'utf8')); } catch { /* first start */ }
  return { 'graphConnectorGroups.environment': 'sandbox', ...existing };
}

async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  const probe = await import('node:net').then(({ createServer }) => new Promise((resolve) => {
    const s = createServer().once('error', () => resolve(false)).listen(8080, '127.0.0.1', () => s.close(() => resolve(true)));
  }));
  return probe ? 8080 : freePort();
}

async function startCodeServerHost() {
  mkdirSync(START_DIR, { recursive: true });
  const host = process.env.HOST ?? '127.0.0.1';
  const port = await choosePort();
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    console.warn(`warning: HOST=${host} with no authentication: anyone who reaches port ${port} gets this VS Code, terminal included.`);
  }
  const server = await startCodeServer({ runDir: START_DIR, host, port, settings: userSettings() });
  const shown = server.baseUrl.replace('127.0.0.1', 'localhost');
  const url = workbenchUrl(shown, { folder: EXAMPLES, extensionDevelopmentPath: REPO_ROOT });
  console.log(`
Graph Connector Groups is running in VS Code (code-server, with the real Node extension host).
  Open:  ${url}
  Over SSH, forward the port first:  ssh -N -L ${port}:127.0.0.1:${port} ${userInfo().username}@${hostname()}
  Settings: graphConnectorGroups.environment = "sandbox" (the built-in sandbox tenant)
  Logs: ${server.logFile}
Press Ctrl+C to stop.`);
  let stopping = false;
  const stop = () => { stopping = true; console.log('\nstopping code-server'); server.stop(); setTimeout(() => process.exit(0), 500); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.on('exit', (code) => { if (stopping) return; console.error(`code-server exited (${code}); see ${server.logFile}`); process.exit(code ?? 1); });
}

build();
if (!existsSync(EXAMPLES)) mkdirSync(EXAMPLES, { recursive: true });
if (hasDesktopCode()) {
  console.log(`> code --extensionDevelopmentPath=${REPO_ROOT} ${EXAMPLES}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, EXAMPLES], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await startCodeServerHost();
}
