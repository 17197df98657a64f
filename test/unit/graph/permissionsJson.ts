// Expected permissions read from Graph's own permissions.json (../shared/graph/metadata), not from our compiled tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const factsDir = process.env.GRAPH_FACTS_DIR ?? join(process.cwd(), '..', 'shared', 'graph');

/**
 * The least-privileged delegated and application permissions Graph's own permissions.json names for `method path`
 * (a pathSet's `least=` marker; its paths are lower-cased), read here from the file itself rather than from our compiled tables.
 */
export function leastFromPermissionsJson(method: string, path: string): { delegated?: string; application?: string } {
  const file = JSON.parse(readFileSync(join(factsDir, 'metadata/permissions.json'), 'utf8')) as { permissions: Record<string, { pathSets?: { methods: string[]; paths: Record<string, string> }[] }> };
  const out: { delegated?: string; application?: string } = {};
  for (const [name, permission] of Object.entries(file.permissions)) {
    for (const set of permission.pathSets ?? []) {
      const marker = set.methods.includes(method) ? set.paths[path.toLowerCase()] : undefined;
      if (!marker?.startsWith('least=')) continue;
      // Work or school accounts (what a tenant admin signs in with), not DelegatedPersonal's.
      if (/\bDelegatedWork\b/.test(marker)) out.delegated = name;
      if (/\bApplication\b/.test(marker)) out.application = name;
    }
  }
  return out;
}
