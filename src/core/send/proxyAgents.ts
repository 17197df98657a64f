import type * as http from 'node:http';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { describeProxy, proxyForUrl, type Environment } from './proxyEnvironment';

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
  const agents = new Map<string, ProxyRoute>();
  return url => {
    const proxy = proxyForUrl(url, env);
    if (!proxy) return undefined;
    const key = `${url.protocol} ${proxy.href}`;
    let route = agents.get(key);
    if (!route) {
      const agent = url.protocol === 'https:' ? new HttpsProxyAgent(proxy, { keepAlive: true }) : new HttpProxyAgent(proxy, { keepAlive: true });
      route = { agent, proxy: describeProxy(proxy) };
      agents.set(key, route);
    }
    return route;
  };
}
