import { readFileSync } from 'node:fs';
import defaultSeed from './defaultSeed.json';
import type { SandboxSeed } from './types';

const ARRAYS = ['publicClientIds', 'connectors', 'connectorGroups', 'applications', 'externalConnections'] as const;

function fail(problem: string): never {
  throw new Error(`Invalid sandbox seed: ${problem}`);
}

function requireStrings(where: string, value: unknown, keys: string[]): void {
  if (typeof value !== 'object' || value === null) fail(`${where} must be an object.`);
  for (const key of keys) {
    if (typeof (value as Record<string, unknown>)[key] !== 'string') fail(`${where}.${key} must be a string.`);
  }
}

/** Catches the mistakes a hand-written seed file makes, with a message that names the field, instead of failing later per request. */
function checkSeed(seed: SandboxSeed): SandboxSeed {
  if (typeof seed.tenantId !== 'string' || !/^[0-9a-f-]{36}$/i.test(seed.tenantId)) fail('tenantId must be a GUID.');
  requireStrings('user', seed.user, ['id', 'userPrincipalName', 'displayName']);
  if (!Array.isArray(seed.user.delegatedScopes)) fail('user.delegatedScopes must be an array.');
  requireStrings('confidentialApp', seed.confidentialApp, ['clientId', 'clientSecret', 'displayName']);
  if (!Array.isArray(seed.confidentialApp.roles)) fail('confidentialApp.roles must be an array.');
  for (const key of ARRAYS) if (!Array.isArray(seed[key])) fail(`${key} must be an array.`);
  seed.connectors.forEach((c, i) => requireStrings(`connectors[${i}]`, c, ['id', 'machineName', 'externalIp', 'status', 'version']));
  seed.connectorGroups.forEach((g, i) => requireStrings(`connectorGroups[${i}]`, g, ['id', 'name']));
  seed.applications.forEach((a, i) => requireStrings(`applications[${i}]`, a, ['id', 'appId', 'displayName']));
  seed.externalConnections.forEach((c, i) => requireStrings(`externalConnections[${i}]`, c, ['id', 'name']));
  if (seed.apis !== undefined && !Array.isArray(seed.apis)) fail('apis must be an array.');
  (seed.apis ?? []).forEach((a, i) => { requireStrings(`apis[${i}]`, a, ['appIdUri']); if (!Array.isArray(a.scopes)) fail(`apis[${i}].scopes must be an array.`); });
  if (seed.connectorGroups.filter(g => g.isDefault).length > 1) fail('at most one connector group can be the default.');
  return seed;
}

/**
 * The seed to start from: the default, or a replacement (object or JSON file path). A replacement's top-level
 * fields override the default's one by one, so a file holding only `connectors` keeps the default users and apps.
 */
export function loadSeed(seed: SandboxSeed | string | undefined): SandboxSeed {
  const base = structuredClone(defaultSeed) as SandboxSeed;
  if (seed === undefined) return base;
  const override: unknown = typeof seed === 'string' ? JSON.parse(readFileSync(seed, 'utf8')) : structuredClone(seed);
  if (typeof override !== 'object' || override === null || Array.isArray(override)) fail('the seed must be a JSON object.');
  return checkSeed({ ...base, ...(override as Partial<SandboxSeed>) });
}
