// The loopback echo server the compatibility corpus is sent to, by the CLI (test/unit/compat) and by the editor
// (test/host/compat.test.ts): it records what arrived (method, URL, headers, body bytes) and answers a few paths the
// cases need: a redirect, a 401 once, a redirect to another origin, a cookie, the body echoed.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }

/** `redirectAway`: where `/redirect-away` sends the client (a 307 to another origin), when a test needs it. */
export async function echoServer(redirectAway?: () => string): Promise<{ server: Server; port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (req.url === '/redirect') { res.writeHead(302, { location: '/redirected' }); res.end(); return; }
      if (req.url === '/once-401' && !seen.slice(0, -1).some(s => s.url === '/once-401')) { res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' }); res.end(); return; }
      if (req.url === '/redirect-away' && redirectAway) { res.writeHead(307, { location: redirectAway() }); res.end(); return; }
      if (req.url === '/set-cookie') { res.writeHead(200, { 'set-cookie': 's=1; Path=/', 'content-type': 'text/plain' }); res.end('ok'); return; }
      if (req.url === '/echo-body') { res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'text/plain' }); res.end(body); return; }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as AddressInfo).port, seen };
}
