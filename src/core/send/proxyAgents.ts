import type * as http from 'node:http';
import type { HttpProxyAgent } from 'http-proxy-agent';
import type { HttpsProxyAgent } from 'https-proxy-agent';
import { anyProxyConfigured, describeProxy, proxyForUrl, type Environment } from './proxyEnvironment';

/** How one request reaches its host through a proxy. */
export interface ProxyRoute {
  agent: http.Agent;
  /** scheme://host:port of the proxy, for messages (never its credentials). */
  proxy: string;
}

/** Picks the proxy route of each URL; undefined means a direct connection. */
export type ProxyResolver = (url: URL) => ProxyRoute | undefined;

/**
 * Proxy routes from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (see proxyEnvironment.ts), one agent per proxy and
 * scheme, reused so connections through the proxy are kept alive. https URLs go through a CONNECT tunnel
 * (https-proxy-agent), so the proxy sees the host name and encrypted bytes only, never the token; http URLs
 * are sent to the proxy in absolute form (http-proxy-agent). Credentials in the proxy URL
 * (http://user:password@proxy:8080) become Proxy-Authorization: Basic.
 */
export function proxyResolverFromEnvironment(env: Environment): ProxyResolver {
  // No proxy variable (the usual case): every request goes direct, without reading the environment per request.
  if (!anyProxyConfigured(env)) return () => undefined;
  const agents = new Map<string, ProxyRoute>();
  return url => {
    const proxy = proxyForUrl(url, env);
    if (!proxy) return undefined;
    const key = `${url.protocol} ${proxy.href}`;
    let route = agents.get(key);
    if (!route) {
      const agent = url.protocol === 'https:' ? new (httpsProxyAgent())(proxy, { keepAlive: true }) : new (httpProxyAgent())(proxy, { keepAlive: true });
      route = { agent, proxy: describeProxy(proxy) };
      agents.set(key, route);
    }
    return route;
  };
}

/**
 * The agents are required on the first request that goes through a proxy (each is a file of its own in the bundle,
 * scripts/bundle.mjs LAZY_VENDORS): a run without a proxy neither compiles them nor loads what they load.
 */
function httpsProxyAgent(): typeof HttpsProxyAgent {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously (the resolver is synchronous)
  return (require('https-proxy-agent') as typeof import('https-proxy-agent')).HttpsProxyAgent;
}

function httpProxyAgent(): typeof HttpProxyAgent {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  return (require('http-proxy-agent') as typeof import('http-proxy-agent')).HttpProxyAgent;
}
