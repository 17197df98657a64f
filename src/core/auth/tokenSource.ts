/** The port every sender asks for a token. MSAL, an env var, or a test double can stand behind it. */
export interface AccountSummary {
  homeAccountId: string;
  username: string;
  tenantId: string;
  name?: string;
}

export interface AccessToken {
  accessToken: string;
  expiresOn?: Date;
  account?: AccountSummary;
}

export interface TokenOptions {
  /** Skip cached access tokens, e.g. after Graph answered 401 to one (revoked, or claims changed). */
  forceRefresh?: boolean;
}

export interface TokenSource {
  getToken(scopes: string[], signal?: AbortSignal, options?: TokenOptions): Promise<AccessToken>;
  /** True when the scopes asked for make no difference (a fixed token): a sender need not work them out per request. */
  readonly ignoresScopes?: boolean;
}

/** A fixed token, e.g. from the GRAPH_ACCESS_TOKEN environment variable. Scopes are whatever it was issued for. */
export function staticTokenSource(accessToken: string): TokenSource {
  return { getToken: async () => ({ accessToken }), ignoresScopes: true };
}
