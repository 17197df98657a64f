/**
 * Cookies kept for one session, as REST Client keeps them (`rest-client.rememberCookiesForSubsequentRequests`,
 * on by default): a `Set-Cookie` from a response is sent back under its Path until it expires. Stricter than
 * REST Client (and a browser): a cookie goes back only to the origin (scheme, host and port) that set it, never to
 * the other hosts a `Domain` names or to another port, since a `.http` file mixes unrelated services, Graph among
 * them. In memory only: nothing is written to history or disk. Redirects to another origin still drop every Cookie.
 */
interface Cookie { name: string; value: string; origin: string; path: string; expires?: number }

export class CookieJar {
  private cookies: Cookie[] = [];

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** `setCookie`: the response's set-cookie header, several joined with ', ' (split again here). */
  store(url: string, setCookie: string | undefined): void {
    if (!setCookie) return;
    let target: URL;
    try { target = new URL(url); } catch { return; }
    for (const line of splitSetCookie(setCookie)) {
      const cookie = parseSetCookie(line, target, this.now());
      if (!cookie) continue;
      this.cookies = this.cookies.filter(c => !(c.name === cookie.name && c.origin === cookie.origin && c.path === cookie.path));
      if (cookie.expires === undefined || cookie.expires > this.now()) this.cookies.push(cookie);
    }
  }

  /** The headers with this jar's cookies for `url` appended to any Cookie header they have. */
  withCookies(url: string, headers: Record<string, string>): Record<string, string> {
    if (this.cookies.length === 0) return headers; // the usual case: no URL to parse on each request
    let target: URL;
    try { target = new URL(url); } catch { return headers; }
    const now = this.now();
    const matching = this.cookies.filter(c => (c.expires === undefined || c.expires > now)
      && c.origin === target.origin
      && (target.pathname === c.path || target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)));
    if (!matching.length) return headers;
    const jar = matching.map(c => `${c.name}=${c.value}`).join('; ');
    const key = Object.keys(headers).find(k => k.toLowerCase() === 'cookie');
    return key ? { ...headers, [key]: `${headers[key]}; ${jar}` } : { ...headers, Cookie: jar };
  }
}

/** Splits joined Set-Cookie values at ', ' followed by `name=`, not at the comma inside an Expires date. */
function splitSetCookie(joined: string): string[] {
  return joined.split(/,\s*(?=[^;,=\s]+=)/).map(s => s.trim()).filter(Boolean);
}

function parseSetCookie(line: string, url: URL, now: number): Cookie | undefined {
  const [pair, ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const cookie: Cookie = { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), origin: url.origin, path: defaultPath(url) };
  const host = url.hostname.toLowerCase();
  for (const attribute of attributes) {
    const [k, ...v] = attribute.split('=');
    const key = k.trim().toLowerCase(), value = v.join('=').trim();
    if (key === 'domain' && value) {
      const domain = value.replace(/^\./, '').toLowerCase();
      if (host !== domain && !host.endsWith(`.${domain}`)) return undefined; // a host may not set cookies for others
    } else if (key === 'path' && value.startsWith('/')) cookie.path = value;
    else if (key === 'secure' && url.protocol !== 'https:') return undefined; // RFC 6265bis: only a secure origin sets one
    else if (key === 'max-age' && /^-?\d+$/.test(value)) cookie.expires = now + Number(value) * 1000;
    else if (key === 'expires' && cookie.expires === undefined) { const t = Date.parse(value); if (!Number.isNaN(t)) cookie.expires = t; }
  }
  return cookie;
}

function defaultPath(url: URL): string {
  const p = url.pathname;
  const slash = p.lastIndexOf('/');
  return slash <= 0 ? '/' : p.slice(0, slash);
}
