import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpTransport, OutgoingRequest, TransportOptions, TransportResponse } from '../net/transport';
import { SendError } from '../net/sendError';
import { proxyError, toSendError } from './networkErrors';
import type { ProxyResolver } from './proxyAgents';

export interface NodeTransportOptions {
  /** Bodies up to this many bytes stay in memory; larger ones stream to a temp file. */
  memoryLimitBytes?: number;
  /** Hard cap: a larger body aborts the exchange with a 'tooLarge' SendError. */
  maxBodyBytes?: number;
  /** Where spilled bodies go (default: a fresh folder under the OS temp dir). */
  tempDir?: string;
  /** DNS override, e.g. to resolve a look-alike host to loopback in tests. */
  lookup?: LookupFunction;
  /** Extra CA certificates (PEM) for https, e.g. a local emulator's. */
  ca?: string | string[];
  /** Reuse connections (default true): a TLS handshake to Graph costs more than most requests. */
  keepAlive?: boolean;
  /** The proxy of each URL (the CLI's HTTPS_PROXY/NO_PROXY); undefined or no route: a direct connection. */
  proxy?: ProxyResolver;
  /**
   * Use Node's global agent (keep-alive since Node 19). In the extension host VS Code replaces the agent of every
   * request with its proxy agent under http.proxySupport "override" (the default), but only agent-less requests
   * under "on": with the global agent, http.proxy, http.noProxy and the system proxy apply under both.
   */
  globalAgent?: boolean;
}

export const DEFAULT_MEMORY_LIMIT = 5 * 1024 * 1024;
export const DEFAULT_MAX_BODY = 200 * 1024 * 1024;

function flattenHeaders(raw: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function createNodeTransport(options: NodeTransportOptions = {}): HttpTransport {
  const memoryLimit = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let tempDir = options.tempDir;
  let fileCounter = 0;
  const newTempFile = () => {
    tempDir ??= mkdtempSync(join(tmpdir(), 'graph-connector-groups-'));
    return join(tempDir, `response-${process.pid}-${Date.now()}-${++fileCounter}.bin`);
  };
  const keepAlive = options.keepAlive ?? true;
  // Idle pooled sockets are unref'd by Node's agent, so they never keep a CLI process alive.
  const agents = keepAlive ? keepAliveAgents() : undefined;
  const limits: Limits = { memoryLimit, maxBody, newTempFile, lookup: options.lookup, ca: options.ca, agents, proxy: options.proxy, globalAgent: options.globalAgent };
  return {
    send: async (req, opts = {}) => {
      try {
        return await sendOnce(req, opts, limits);
      } catch (err) {
        // A pooled connection the server had just closed: nothing was processed, so one fresh attempt is safe.
        if (err instanceof StaleSocketError) return sendOnce(req, opts, { ...limits, agents: undefined });
        throw err;
      }
    },
  };
}

/**
 * node:https (and TLS with it) is required on the first https request: a CLI run against a loopback sandbox or
 * proxy over http never loads it. The extension host has loaded it already.
 */
function httpsModule(): typeof https {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously
  return require('node:https') as typeof https;
}

/** One keep-alive agent per scheme, each made on its scheme's first request. */
function keepAliveAgents(): { readonly http: HttpAgent; readonly https: https.Agent } {
  let httpAgent: HttpAgent | undefined, httpsAgent: https.Agent | undefined;
  return {
    get http() { return httpAgent ??= new HttpAgent({ keepAlive: true }); },
    get https() { return httpsAgent ??= new (httpsModule().Agent)({ keepAlive: true }); },
  };
}

/** Only these are replayed after a reset on a reused socket: a POST might have been processed before the reset. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** The request failed on a reused keep-alive socket before any response byte arrived. */
class StaleSocketError extends Error {
  constructor(readonly cause: SendError) { super(cause.message); }
}

interface Limits {
  memoryLimit: number;
  maxBody: number;
  newTempFile: () => string;
  lookup?: LookupFunction;
  ca?: string | string[];
  agents?: { readonly http: HttpAgent; readonly https: https.Agent };
  proxy?: ProxyResolver;
  globalAgent?: boolean;
}

function sendOnce(req: OutgoingRequest, opts: TransportOptions, limits: Limits): Promise<TransportResponse> {
  return new Promise<TransportResponse>((resolve, reject) => {
    let url: URL;
    try { url = new URL(req.url); } catch { reject(new SendError('badUrl', `Not a valid URL: ${req.url}`)); return; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') { reject(new SendError('badUrl', `Only http and https URLs can be sent (got ${url.protocol}).`)); return; }
    if (opts.signal?.aborted) { reject(new SendError('cancelled', 'The request was cancelled.')); return; }

    const body = req.body === undefined ? undefined : typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : Buffer.from(req.body);
    const headers: Record<string, string> = { ...req.headers };
    if (body && !Object.keys(headers).some(h => h.toLowerCase() === 'content-length')) headers['Content-Length'] = String(body.length);

    const isHttps = url.protocol === 'https:';
    let route;
    try { route = limits.proxy?.(url); } catch (e) { reject(new SendError('proxy', (e as Error).message)); return; }
    const agent = route ? route.agent : limits.globalAgent ? undefined : limits.agents ? (isHttps ? limits.agents.https : limits.agents.http) : false;
    const requestOptions = { method: req.method, headers, lookup: limits.lookup, ca: limits.ca, agent };
    const clientReq = isHttps ? httpsModule().request(url, requestOptions) : httpRequest(url, requestOptions);
    let gotResponse = false;
    let tunnelOpen = false;

    let settled = false;
    let file: WriteStream | undefined;
    let filePath: string | undefined;
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      stopWatching?.();
    };
    const fail = (err: SendError) => {
      if (settled) return;
      settled = true;
      cleanup();
      clientReq.destroy();
      if (file) { const p = filePath!; file.destroy(); file.once('close', () => rmSync(p, { force: true })); rmSync(p, { force: true }); }
      reject(err);
    };
    const stopWatching = opts.signal ? onAbort(opts.signal, () => fail(new SendError('cancelled', 'The request was cancelled.'))) : undefined;
    const timer = opts.timeoutMs ? setTimeout(() => fail(new SendError('timeout', `No complete response from ${url.host} within ${(opts.timeoutMs! / 1000).toFixed(1)} s.`)), opts.timeoutMs) : undefined;

    if (route) {
      // https-proxy-agent reports the proxy's answer to CONNECT; anything but 200 is the proxy's refusal, not the host's.
      clientReq.on('proxyConnect', (answer: { statusCode: number; statusText?: string }) => {
        if (answer.statusCode === 200) tunnelOpen = true;
        else fail(proxyError(route.proxy, url.host, answer.statusCode, answer.statusText));
      });
    }
    clientReq.on('error', err => {
      // Through a proxy the only socket is the proxy's: a network error before the tunnel opened is about the proxy.
      const e = route && !tunnelOpen && !gotResponse && isConnectFailure(err) ? proxyError(route.proxy, url.host, undefined, undefined, err) : toSendError(err, url.host);
      if (!gotResponse && clientReq.reusedSocket && e.code === 'connectionReset' && IDEMPOTENT.has(req.method.toUpperCase()) && !settled) {
        settled = true; cleanup(); clientReq.destroy();
        reject(new StaleSocketError(e));
        return;
      }
      fail(e);
    });
    clientReq.on('response', res => {
      gotResponse = true;
      // http URLs go to the proxy in absolute form, so its 407 arrives as a response.
      if (route && !isHttps && res.statusCode === 407) { fail(proxyError(route.proxy, url.host, 407, res.statusMessage)); return; }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBody) {
        fail(tooLarge(declared, limits.maxBody));
        return;
      }
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        bytes += chunk.length;
        if (bytes > limits.maxBody) { fail(tooLarge(bytes, limits.maxBody)); return; }
        if (file) { if (!file.write(chunk)) { res.pause(); file.once('drain', () => res.resume()); } return; }
        chunks.push(chunk);
        if (bytes > limits.memoryLimit) {
          // Spill: everything so far goes to the file, the rest streams after it.
          filePath = limits.newTempFile();
          file = createWriteStream(filePath);
          file.on('error', e => fail(new SendError('network', `Could not write the response body to ${filePath}: ${e.message}`)));
          file.write(Buffer.concat(chunks));
          chunks.length = 0;
        }
      });
      res.on('error', err => fail(toSendError(err, url.host)));
      res.on('aborted', () => fail(new SendError('connectionReset', `The connection to ${url.host} was closed before the whole body arrived.`)));
      res.on('end', () => {
        if (settled) return;
        if (!res.complete) { fail(new SendError('connectionReset', `The connection to ${url.host} was closed before the whole body arrived.`)); return; }
        const base = { status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: flattenHeaders(res.headers), bodyBytes: bytes };
        if (file) {
          const f = file, p = filePath!;
          f.end(() => {
            if (settled) return;
            settled = true; cleanup();
            resolve({ ...base, bodyFile: p });
          });
          return;
        }
        settled = true; cleanup();
        resolve({ ...base, body: bytes > 0 ? Buffer.concat(chunks) : undefined });
      });
    });
    clientReq.end(body);
  });
}

/** The callbacks waiting on each signal's abort, behind one listener per signal. */
const abortWatchers = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` when `signal` aborts; the returned function stops that. One 'abort' listener per signal, not one
 * per request: a CLI run passes the same signal to every request, and adding and removing an EventTarget listener
 * cost more than the rest of the transport's own work on a loopback request (callgrind).
 */
function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let watchers = abortWatchers.get(signal);
  if (!watchers) {
    const set = watchers = new Set();
    abortWatchers.set(signal, set);
    signal.addEventListener('abort', () => { for (const w of [...set]) w(); set.clear(); }, { once: true });
  }
  watchers.add(callback);
  return () => { watchers.delete(callback); };
}

function isConnectFailure(err: unknown): boolean {
  return /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|ECONNRESET)$/.test((err as NodeJS.ErrnoException)?.code ?? '');
}

function tooLarge(bytes: number, cap: number): SendError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new SendError('tooLarge', `The response body is larger than the ${mb(cap)} limit (at least ${mb(bytes)}); it was not kept. Narrow the request with $select or $top.`);
}
