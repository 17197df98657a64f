import { staticTokenSource, type TokenSource } from './tokenSource';
import type { DeviceCodePrompt } from './msalTokenSource';
import { lazyMsalTokenSource } from './lazyMsalTokenSource';
import type { MsalSettings } from './msalConfig';

export interface ChosenTokenSource {
  source: TokenSource;
  /** App-only tokens need `.default` scopes. */
  appOnly: boolean;
  /** For a verbose line such as "Using client credentials for app 1234...". Never holds a secret. */
  description: string;
}

/** The environment variables holding the credentials read below: no `.http` file may read them (`{{$processEnv}}`). */
export const CREDENTIAL_ENV_VARIABLES: readonly string[] = ['GRAPH_ACCESS_TOKEN', 'AZURE_CLIENT_SECRET'];

/**
 * The CLI's sign-in order, the same as Azure tooling users expect:
 * 1. GRAPH_ACCESS_TOKEN (a token from elsewhere, used as is);
 * 2. AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (app-only, client credentials);
 * 3. device code sign-in, the prompt going wherever `deviceCodeCallback` sends it.
 */
export function tokenSourceFromEnvironment(
  env: Record<string, string | undefined>,
  settings: MsalSettings,
  deviceCodeCallback: (prompt: DeviceCodePrompt) => void,
): ChosenTokenSource {
  const token = env.GRAPH_ACCESS_TOKEN?.trim();
  if (token) return { source: staticTokenSource(token), appOnly: false, description: 'Using the token in GRAPH_ACCESS_TOKEN.' };
  const tenant = env.AZURE_TENANT_ID?.trim(), clientId = env.AZURE_CLIENT_ID?.trim(), secret = env.AZURE_CLIENT_SECRET;
  if (tenant && clientId && secret) {
    return {
      source: lazyMsalTokenSource({ ...settings, tenant, clientId }, { kind: 'clientSecret', clientSecret: secret }),
      appOnly: true,
      description: `Signing in as app ${clientId} in tenant ${tenant} (client credentials from AZURE_* variables).`,
    };
  }
  return {
    source: lazyMsalTokenSource({ ...settings, tenant: tenant || settings.tenant }, { kind: 'deviceCode', deviceCodeCallback }),
    appOnly: false,
    description: 'Signing in with a device code.',
  };
}
