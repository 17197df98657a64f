import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const FIXTURES = join(process.cwd(), 'test', 'unit', 'network', 'fixtures');
/** A root CA, as a TLS-inspecting proxy has, and a server certificate it signed for graph.gcg.test, login.gcg.test and 127.0.0.1. */
export const TEST_ROOT_CA_FILE = join(FIXTURES, 'test-root-ca.pem');
export const TEST_ROOT_CA = readFileSync(TEST_ROOT_CA_FILE, 'utf8');
const SERVER_PEM = readFileSync(join(FIXTURES, 'test-server.pem'), 'utf8');

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  return (server.address() as AddressInfo).port;
}

function closer(server: http.Server): () => Promise<void> {
  const sockets = new Set<net.Socket>();
  server.on('connection', s => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  return () => new Promise<void>(r => { for (const s of sockets) s.destroy(); server.close(() => r()); });
}

export interface TlsFront { port: number; seen: Array<{ method: string; url: string; authorization?: string }>; close(): Promise<void> }

/**
 * An https server with the fixture certificate that passes every request on to the plain-http server on
 * 127.0.0.1:`targetPort` (the sandbox), rewriting Host as the sandbox wants it: Graph over TLS, as in the cloud.
 */
export async function startTlsFront(targetPort: number): Promise<TlsFront> {
  const seen: TlsFront['seen'] = [];
  const server = https.createServer({ key: SERVER_PEM, cert: SERVER_PEM }, (req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    const upstream = http.request({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${targetPort}` } }, up => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const close = closer(server);
  return { port: await listen(server), seen, close };
}

export interface ProxyOptions {
  /** user:password the proxy wants in Proxy-Authorization: Basic; without it, 407. */
  credentials?: string;
  /** Answer every CONNECT with this status instead (a proxy that refuses). */
  refuseWith?: number;
  /** Host names the proxy resolves (to 127.0.0.1): the client never resolves them itself. */
  hosts?: string[];
}

export interface ProxyLog {
  /** `host:port` of each CONNECT, with the headers it carried. */
  connects: Array<{ target: string; proxyAuthorization?: string }>;
  /** Plain requests in absolute form (http URLs). */
  requests: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders }>;
  /** Every byte that went through the tunnels, both ways: what the proxy could read. */
  tunnelBytes(): Buffer;
}

export interface TestProxy extends ProxyLog { url: string; port: number; close(): Promise<void> }

/** A real HTTP proxy on loopback: CONNECT tunnels and absolute-form forwarding, optionally with Basic auth or refusing. */
export async function startProxy(options: ProxyOptions = {}): Promise<TestProxy> {
  const connects: ProxyLog['connects'] = [];
  const requests: ProxyLog['requests'] = [];
  const bytes: Buffer[] = [];
  const known = new Set([...(options.hosts ?? []), '127.0.0.1', 'localhost']);
  const authorized = (value: string | undefined) => !options.credentials || value === `Basic ${Buffer.from(options.credentials).toString('base64')}`;

  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (!authorized(req.headers['proxy-authorization'])) { res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end(); return; }
    let target: URL;
    try { target = new URL(req.url ?? ''); } catch { res.writeHead(400).end(); return; }
    if (!known.has(target.hostname)) { res.writeHead(502).end(); return; }
    const headers: http.OutgoingHttpHeaders = { ...req.headers, host: `127.0.0.1:${target.port}` };
    delete headers['proxy-authorization']; delete headers['proxy-connection'];
    const up = http.request({ host: '127.0.0.1', port: Number(target.port || 80), method: req.method, path: `${target.pathname}${target.search}`, headers }, r => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push({ target, proxyAuthorization: req.headers['proxy-authorization'] });
    if (options.refuseWith) { client.end(`HTTP/1.1 ${options.refuseWith} ${http.STATUS_CODES[options.refuseWith]}\r\nContent-Length: 0\r\n\r\n`); return; }
    if (!authorized(req.headers['proxy-authorization'])) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
    if (!known.has(host)) { client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n'); return; }
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) { bytes.push(head); upstream.write(head); }
      client.on('data', (d: Buffer) => bytes.push(d));
      upstream.on('data', (d: Buffer) => bytes.push(d));
      client.pipe(upstream).pipe(client);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const close = closer(server);
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, port, connects, requests, tunnelBytes: () => Buffer.concat(bytes), close };
}

/** A port nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>(r => server.close(() => r()));
  return port;
}
