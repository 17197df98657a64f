/**
 * National clouds: each has its own Graph host and sign-in host, and a token from one is useless in another.
 * Values from Microsoft Graph's national-cloud deployments doc (see ../shared/graph/graph-resources.json
 * `nationalClouds`; a unit test checks this table against that file when it is present).
 */
export type CloudId = 'Global' | 'USGovL4' | 'USGovL5' | 'China' | 'sandbox';

export interface Cloud {
  id: CloudId;
  label: string;
  /** Graph origin, no trailing slash. */
  graphHost: string;
  /** Entra ID sign-in origin, no trailing slash. */
  loginHost: string;
}

export const CLOUDS: Readonly<Record<Exclude<CloudId, 'sandbox'>, Cloud>> = {
  Global: { id: 'Global', label: 'Global', graphHost: 'https://graph.microsoft.com', loginHost: 'https://login.microsoftonline.com' },
  USGovL4: { id: 'USGovL4', label: 'US Gov L4 (GCC High)', graphHost: 'https://graph.microsoft.us', loginHost: 'https://login.microsoftonline.us' },
  USGovL5: { id: 'USGovL5', label: 'US Gov L5 (DoD)', graphHost: 'https://dod-graph.microsoft.us', loginHost: 'https://login.microsoftonline.us' },
  China: { id: 'China', label: 'China (21Vianet)', graphHost: 'https://microsoftgraph.chinacloudapi.cn', loginHost: 'https://login.chinacloudapi.cn' },
};

/**
 * The sandbox emulator is a cloud whose hosts are only known at run time.
 * Its Graph URLs are still written as https://graph.microsoft.com/..., so that is its "graphHost" for rewriting.
 */
export function sandboxCloud(graphEndpoint: string, authority: string): Cloud & { graphEndpoint: string } {
  return { id: 'sandbox', label: 'Sandbox tenant', graphHost: CLOUDS.Global.graphHost, loginHost: new URL(authority).origin, graphEndpoint };
}

export function getCloud(id: string | undefined): Cloud | undefined {
  if (id === undefined) return CLOUDS.Global;
  return (CLOUDS as Record<string, Cloud>)[id];
}

/** `https://login.microsoftonline.com/<tenant>/`; tenant defaults to 'organizations' (work or school accounts). */
export function authorityFor(cloud: Cloud, tenant = 'organizations'): string {
  return `${cloud.loginHost}/${encodeURIComponent(tenant)}/`;
}

/** Which cloud a Graph URL is addressed to, if any (used to pick the token's audience). */
export function cloudOfGraphUrl(url: string): Cloud | undefined {
  let origin: string;
  try { origin = new URL(url).origin; } catch { return undefined; }
  return Object.values(CLOUDS).find(c => c.graphHost === origin);
}
