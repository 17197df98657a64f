/**
 * Opening a 50 MB JSON response: our send path (sendGraphRequest + node transport) streams the body to a
 * temp file, then the response view's pure part builds the document (readBodyPreview + formatResponseDocument).
 * The server is a child process, so its work does not count against our event loop. A 1 ms interval probe
 * records the longest event-loop block while this runs. Median of 5 runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticTokenSource } from '../src/core/auth/tokenSource';
import { createNodeTransport } from '../src/core/send/nodeTransport';
import { sendGraphRequest } from '../src/core/send/sendGraphRequest';
import { readBodyPreview } from '../src/core/response/bodyPreview';
import { findNextLink, formatResponseDocument } from '../src/core/response/formatResponse';
import { median, type BenchResult } from './util';

const SIZE_MB = 50;
const RUNS = 5;

/** A loopback server in its own process answering every GET with SIZE_MB of valid Graph-like JSON. */
const SERVER = `
const http = require('node:http');
const item = JSON.stringify({ id: '00000000-0000-0000-0000-000000000000', name: 'padding'.padEnd(200, '.') });
const parts = ['{"@odata.context":"https://graph.microsoft.com/beta/$metadata#connectorGroups","value":['];
let size = parts[0].length;
for (let i = 0; size < ${SIZE_MB} * 1024 * 1024; i++) { const p = (i ? ',' : '') + item; parts.push(p); size += p.length; }
parts.push(']}');
const body = Buffer.from(parts.join(''));
const server = http.createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, 'request-id': 'bench' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('disconnect', () => process.exit(0));
`;

async function startServer(): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', code => reject(new Error(`server exited ${code}`)));
    child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
  });
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

/** Longest gap between 1 ms interval ticks, minus the interval, while `fn` runs. */
async function withBlockProbe<T>(fn: () => Promise<T>): Promise<{ result: T; longestBlockMs: number }> {
  let last = performance.now(), longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  try {
    const result = await fn();
    await new Promise(resolve => setImmediate(resolve));
    longest = Math.max(longest, performance.now() - last - 1);
    return { result, longestBlockMs: longest };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<BenchResult[]> {
  const { child, endpoint } = await startServer();
  const tempDir = mkdtempSync(join(tmpdir(), 'gcg-bench-large-'));
  try {
    const deps = { transport: createNodeTransport({ tempDir }), tokenSource: staticTokenSource('bench-token'), graphEndpoint: endpoint };
    const request = { method: 'GET', url: 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', headers: {} };
    const open = async () => {
      const res = await sendGraphRequest(request, deps);
      if (!res.bodyFile) throw new Error(`expected the body in a temp file (status ${res.status}, ${res.bodyBytes} bytes)`);
      try {
        const bodyPreview = await readBodyPreview(res.bodyFile);
        const doc = formatResponseDocument({ ...res, method: request.method, bodyPreview });
        findNextLink(res.body);
        return { bytes: res.bodyBytes, docChars: doc.text.length };
      } finally {
        rmSync(res.bodyFile, { force: true });
      }
    };
    await open();
    const times: number[] = [], blocks: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const { result, longestBlockMs } = await withBlockProbe(open);
      times.push(performance.now() - t0);
      blocks.push(longestBlockMs);
      bytes = result.bytes;
    }
    const mb = (bytes / 1024 / 1024).toFixed(0);
    return [
      { name: `large response: ${mb} MB JSON streamed to a temp file + response view preview, median of ${RUNS}`, value: median(times), unit: 'ms', goal: '<= 2 s', goalMax: 2000 },
      { name: `large response: longest event-loop block during it (median of ${RUNS} runs' max; worst ${Math.max(...blocks).toFixed(1)} ms)`, value: median(blocks), unit: 'ms', goal: '<= 100 ms', goalMax: 100 },
    ];
  } finally {
    child.kill();
    rmSync(tempDir, { recursive: true, force: true });
  }
}
