/**
 * Which proxy a URL goes through, read from the variables curl, git, npm and the Azure CLI read:
 * HTTPS_PROXY for https URLs, HTTP_PROXY for http URLs, ALL_PROXY for either, NO_PROXY for the exceptions
 * (lower-case names win over upper-case ones, as in curl). Pure: the environment is passed in, so the CLI's
 * injected environment is the one that counts, and tests need not touch process.env.
 */
export type Environment = Record<string, string | undefined>;

function read(env: Environment, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value?.trim() ? value.trim() : undefined;
}

/** Loopback is never proxied (VS Code does the same): a proxy elsewhere cannot reach this machine's sandbox. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '::1' || h === '::ffff:127.0.0.1';
}

/**
 * NO_PROXY: entries separated by commas or spaces; `*` matches everything; `example.com`, `.example.com` and
 * `*.example.com` match that domain and its subdomains (curl's rule); `host:port` only that port.
 */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy.split(/[\s,]+/).some(raw => {
    const entry = raw.trim().toLowerCase();
    if (!entry) return false;
    if (entry === '*') return true;
    const m = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=(:\d+)?$)/g, ''))!;
    const name = m[1].replace(/^\*?\./, '');
    if (m[2] && m[2] !== port) return false;
    return host === name || host.endsWith(`.${name}`);
  });
}

/** Whether any proxy variable is set: without one every URL goes direct (proxyForUrl is undefined for each). */
export function anyProxyConfigured(env: Environment): boolean {
  return ['https_proxy', 'http_proxy', 'all_proxy'].some(name => read(env, name) !== undefined);
}

/** The proxy URL for `url`, or undefined when it goes direct. A proxy given without a scheme is http://. */
export function proxyForUrl(url: URL, env: Environment): URL | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (isLoopbackHost(url.hostname) || bypassesProxy(url, read(env, 'no_proxy'))) return undefined;
  const raw = read(env, url.protocol === 'https:' ? 'https_proxy' : 'http_proxy') ?? read(env, 'all_proxy');
  if (!raw) return undefined;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new Error(`The proxy URL in ${url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'} is not a URL: write it as http://host:port (or http://user:password@host:port).`);
  }
}

/** A proxy URL fit for a message: scheme, host and port, never its credentials. */
export function describeProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}
