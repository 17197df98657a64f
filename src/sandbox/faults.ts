import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from './context';
import { graphDate } from './graph/errors';
import { sendJson } from './http';
import type { FaultRule } from './types';

const GRAPH_PATH = /^\/(v1\.0|beta)(\/|$)/;

export function compileFaults(rules: FaultRule[]): SandboxContext['faults'] {
  return rules.map(rule => ({ rule, hits: 0 }));
}

function ruleMatches(rule: FaultRule, method: string, pathname: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return GRAPH_PATH.test(pathname); // by default faults hit Graph, not sign-in
  const pattern = typeof rule.path === 'string' ? new RegExp(rule.path) : rule.path;
  return pattern.test(pathname);
}

/** The first rule that matches and has hits left; counting the hit here is what makes `times` work. */
export function takeFault(ctx: SandboxContext, method: string, pathname: string): FaultRule | undefined {
  for (const entry of ctx.faults) {
    if (entry.rule.times !== undefined && entry.hits >= entry.rule.times) continue;
    if (!ruleMatches(entry.rule, method, pathname)) continue;
    entry.hits++;
    return entry.rule;
  }
  return undefined;
}

interface Ids { requestId: string; clientRequestId: string }

/** Graph's documented throttling answer (concepts/throttling.md sample body). */
function throttle(ctx: SandboxContext, res: ServerResponse, rule: FaultRule, ids: Ids): void {
  const retryAfter = String(rule.retryAfterSec ?? 1);
  sendJson(res, 429, {
    error: {
      code: 'TooManyRequests', message: 'Please retry again later.',
      innerError: { code: '429', date: graphDate(ctx.clock()), message: 'Please retry after', 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId, status: '429' },
    },
  }, { 'retry-after': retryAfter });
}

function unavailable(ctx: SandboxContext, res: ServerResponse, rule: FaultRule, ids: Ids): void {
  const headers: Record<string, string> = rule.retryAfterSec !== undefined ? { 'retry-after': String(rule.retryAfterSec) } : {};
  sendJson(res, 503, {
    error: {
      code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Please retry later.',
      innerError: { date: graphDate(ctx.clock()), 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId },
    },
  }, headers);
}

/** N megabytes of valid JSON, written with back-pressure so the sandbox never holds the body in memory. */
async function largeBody(res: ServerResponse, rule: FaultRule): Promise<void> {
  const target = Math.max(0, rule.sizeMb ?? 5) * 1024 * 1024;
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const item = JSON.stringify({ id: '00000000-0000-0000-0000-000000000000', name: 'padding'.padEnd(200, '.') });
  const batch = Array.from({ length: 100 }, () => item).join(',');
  let written = 0;
  const write = (chunk: string): Promise<void> | undefined => {
    written += Buffer.byteLength(chunk);
    if (res.write(chunk)) return undefined;
    // Wait for the client to catch up, or for it to go away (then 'drain' would never come).
    return new Promise(resolve => {
      const done = (): void => { res.off('drain', done); res.off('close', done); resolve(); };
      res.on('drain', done);
      res.on('close', done);
    });
  };
  await write('{"value":[');
  let first = true;
  while (written < target && !res.destroyed) {
    await write((first ? '' : ',') + batch);
    first = false;
  }
  res.end(']}');
}

/**
 * Applies a fault. Returns true when the fault produced the whole response (or killed the connection);
 * false when the request should now be handled normally (latency).
 */
export async function applyFault(ctx: SandboxContext, rule: FaultRule, req: IncomingMessage, res: ServerResponse, ids: Ids): Promise<boolean> {
  switch (rule.kind) {
    case 'latency':
      await new Promise(resolve => setTimeout(resolve, Math.max(0, rule.latencyMs ?? 1000)));
      return false;
    case 'throttle': throttle(ctx, res, rule, ids); return true;
    case 'unavailable': unavailable(ctx, res, rule, ids); return true;
    case 'reset': req.socket.destroy(); return true;
    case 'malformedJson':
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end('{"@odata.context":"$metadata#connectorGroups","value":[{"id":"e1f2a3b4-c5d6",');
      return true;
    case 'largeBody': await largeBody(res, rule); return true;
  }
}
