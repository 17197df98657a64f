import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupFunction } from 'node:net';

export interface SeenRequest { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }

export interface Loopback {
  origin: string;
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with a free port; `handle` answers each request. */
export async function startLoopback(handle: (req: SeenRequest, res: http.ServerResponse) => void): Promise<Loopback> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const s: SeenRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(s);
      handle(s, res);
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`, port, seen,
    close: () => new Promise<void>(r => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

/** Resolves every host name to loopback, so look-alike hosts can be exercised without DNS. */
export const everythingIsLoopback: LookupFunction = ((_host: string, options: any, callback: any) => {
  const cb = typeof options === 'function' ? options : callback;
  if (options?.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
}) as LookupFunction;

export function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
