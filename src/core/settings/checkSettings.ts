/**
 * The extension's settings come from files anyone can commit (`.vscode/settings.json`), so every value is
 * checked here, once, before anything uses it: a port that is a path would make a Unix socket, a timeout
 * past setTimeout's 2^31 ms range fires at once, a string disables it. Pure: values arrive as `unknown`.
 */
import { GRAPH_CLI_TOOLS_CLIENT_ID } from '../auth/clientIds';
import { GUID } from '../text/guid';

export interface CheckedSettings {
  environment: 'sandbox' | 'cloud';
  cloud: 'Global' | 'USGovL4' | 'USGovL5' | 'China';
  tenant: string;
  clientId: string;
  authProvider: 'msal' | 'vscode';
  environmentVariables: unknown;
  activeVariableSet: string;
  requestTimeoutSeconds: number;
  maxRetries: number;
  sandboxSeedFile: string;
  sandboxPort: number;
}

/** Integer ranges; package.json declares the same `minimum`/`maximum` (a unit test compares them). */
export const INTEGER_SETTINGS = {
  requestTimeoutSeconds: { minimum: 1, maximum: 3600, default: 100 },
  maxRetries: { minimum: 0, maximum: 10, default: 3 },
  'sandbox.port': { minimum: 0, maximum: 65535, default: 0 },
} as const;

/** The settings' default client id: Microsoft Graph Command Line Tools (core/auth/clientIds.ts, free of msal-node). */
export const DEFAULT_CLIENT_ID = GRAPH_CLI_TOOLS_CLIENT_ID;
const CLOUD_IDS = ['Global', 'USGovL4', 'USGovL5', 'China'] as const;
/** A tenant id (GUID), a domain, or organizations/common/consumers: it becomes a path segment of the authority URL. */
const TENANT = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?$/;

export interface SettingsCheck { settings: CheckedSettings; problems: string[] }

/** `get(key)` returns the effective value of `graphConnectorGroups.<key>` (undefined when unset). */
export function checkSettings(get: (key: string) => unknown): SettingsCheck {
  const problems: string[] = [];
  const bad = (key: string, value: unknown, want: string, using: unknown) => {
    problems.push(`graphConnectorGroups.${key}: ${describe(value)} is not ${want}; using ${JSON.stringify(using)}.`);
    return using;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = get(key);
    if (v === undefined || v === '') return fallback;
    return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? v as T : bad(key, v, `one of ${allowed.join(', ')}`, fallback) as T;
  };
  const text = (key: string, fallback: string, pattern?: RegExp, want = 'a string'): string => {
    const v = get(key);
    if (v === undefined || v === '') return fallback;
    return typeof v === 'string' && (!pattern || pattern.test(v)) ? v : bad(key, v, want, fallback) as string;
  };
  const integer = (key: keyof typeof INTEGER_SETTINGS): number => {
    const { minimum, maximum, default: fallback } = INTEGER_SETTINGS[key];
    const v = get(key);
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < minimum || v > maximum) {
      return bad(key, v, `an integer from ${minimum} to ${maximum}`, fallback) as number;
    }
    return v;
  };
  const variables = get('environmentVariables');
  const settings: CheckedSettings = {
    environment: oneOf('environment', ['cloud', 'sandbox'], 'cloud'),
    cloud: oneOf('cloud', CLOUD_IDS, 'Global'),
    tenant: text('tenant', 'organizations', TENANT, 'a tenant id or domain'),
    clientId: text('clientId', DEFAULT_CLIENT_ID, GUID, 'a client id (a GUID)'),
    authProvider: oneOf('authProvider', ['msal', 'vscode'], 'msal'),
    environmentVariables: typeof variables === 'object' && variables !== null && !Array.isArray(variables) ? variables
      : variables === undefined ? {} : bad('environmentVariables', variables, 'an object of variable sets', {}),
    activeVariableSet: text('activeVariableSet', ''),
    requestTimeoutSeconds: integer('requestTimeoutSeconds'),
    maxRetries: integer('maxRetries'),
    sandboxSeedFile: text('sandbox.seedFile', ''),
    sandboxPort: integer('sandbox.port'),
  };
  return { settings, problems };
}

function describe(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
