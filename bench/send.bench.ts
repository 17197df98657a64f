/**
 * Send overhead: our sendGraphRequest (node transport, a static token: the cached-token case) against raw
 * `fetch` to the same loopback endpoint, a sandbox GET of one connector group. Both read the whole body as
 * text. Runs are interleaved (ours, fetch, http.request, ours, ...) so load changes hit all alike; median of
 * 200 each after a warmup. The raw node:http.request line (a keep-alive agent, like our transport's) is the
 * floor our transport is built on, so ours/http is the cost of our own code.
 */
import * as http from 'node:http';
import { staticTokenSource } from '../src/core/auth/tokenSource';
import { createNodeTransport } from '../src/core/send/nodeTransport';
import { sendGraphRequest } from '../src/core/send/sendGraphRequest';
import { startSandbox } from '../src/sandbox/server';
import { median, type BenchResult } from './util';

const RUNS = 200;
const WARMUP = 30;
const GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a01';
const PATH = `/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${GROUP}`;

function rawHttp(url: string, token: string, agent: http.Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { headers: { authorization: `Bearer ${token}` }, agent }, res => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function run(): Promise<BenchResult[]> {
  const sandbox = await startSandbox();
  const agent = new http.Agent({ keepAlive: true });
  try {
    const token = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
    const deps = { transport: createNodeTransport(), tokenSource: staticTokenSource(token), graphEndpoint: sandbox.graphEndpoint };
    const direct = `${sandbox.graphEndpoint}${PATH}`;
    const contenders: Record<'ours' | 'fetch' | 'http', () => Promise<unknown>> = {
      ours: async () => {
        const r = await sendGraphRequest({ method: 'GET', url: `https://graph.microsoft.com${PATH}`, headers: {} }, deps);
        if (r.status !== 200 || !r.body) throw new Error(`sendGraphRequest: ${r.status}`);
      },
      fetch: async () => {
        const r = await fetch(direct, { headers: { authorization: `Bearer ${token}` } });
        const body = await r.text();
        if (r.status !== 200 || !body) throw new Error(`fetch: ${r.status}`);
      },
      http: () => rawHttp(direct, token, agent),
    };
    const times: Record<string, number[]> = { ours: [], fetch: [], http: [] };
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const [name, fn] of Object.entries(contenders)) {
        const t0 = process.hrtime.bigint();
        await fn();
        if (i >= WARMUP) times[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }
    const ours = median(times.ours), viaFetch = median(times.fetch), viaHttp = median(times.http);
    return [
      { name: `send: sendGraphRequest (static token) vs raw fetch, sandbox GET connector group, median of ${RUNS}`, value: ours, unit: 'ms', baseline: viaFetch, goal: 'ratio <= 1.10', goalMax: 1.1, goalOn: 'ratio' },
      { name: 'send: sendGraphRequest vs raw node:http.request (keep-alive agent, what our transport uses), same GET', value: ours, unit: 'ms', baseline: viaHttp, goal: 'info' },
    ];
  } finally {
    agent.destroy();
    await sandbox.close();
  }
}
