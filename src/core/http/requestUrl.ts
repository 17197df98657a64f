import { CLOUDS } from '../auth/clouds';

/**
 * Where a request goes when its URL does not say so itself, as REST Client reads it: a path-only URL with a
 * `Host:` header goes to that host (https for ports 443 and 8443, http otherwise), and a URL written without
 * a scheme (`localhost:4000/v1/movies`, `example.com/x`) is http. Graph's own hosts written without a scheme
 * stay https, so a token is never sent in clear text. Undefined when the URL needs no such reading: absolute,
 * or path-only without a Host header (those go to the Graph endpoint).
 */
export function effectiveHostUrl(url: string, headers: ReadonlyArray<{ name: string; value: string }>, graphHosts: readonly string[] = graphHostNames()): string | undefined {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return undefined;
  if (trimmed.startsWith('/')) {
    const host = headers.find(h => h.name.toLowerCase() === 'host')?.value.trim();
    if (!host) return undefined;
    const port = /:(\d+)$/.exec(host)?.[1];
    return `${port === '443' || port === '8443' ? 'https' : 'http'}://${host}${trimmed}`;
  }
  const m = /^((?:\{\{[^{}]*\}\}|[a-z0-9-])+(?:\.(?:\{\{[^{}]*\}\}|[a-z0-9-])+)*(?::(?:\d+|\{\{[^{}]*\}\}))?)(?=[/?#]|$)/i.exec(trimmed);
  if (!m || /^(v1\.0|beta)$/i.test(m[1]) || (!m[1].includes('.') && !m[1].includes(':') && !/^localhost$/i.test(m[1]) && !m[1].includes('{{'))) return undefined;
  const isGraph = graphHosts.includes(m[1].toLowerCase());
  return `${isGraph ? 'https' : 'http'}://${trimmed}`;
}

let hosts: readonly string[] | undefined;

/** Graph's hosts in every national cloud (worked out on first use, not while the extension loads). */
export function graphHostNames(): readonly string[] {
  return hosts ??= Object.values(CLOUDS).map(c => new URL(c.graphHost).host);
}
