/**
 * The Graph facts folder (../shared/graph) as the generator reads it. The facts are hand-extracted
 * from public Graph metadata, docs and permission maps; their shape is loose, so it is typed loosely here
 * and every read goes through the small helpers below.
 */
export interface GraphFacts {
  resources: any;      // graph-resources.json
  permissions: any;    // permissions-excerpt.json
  sourcesMd: string;   // SOURCES.md (docs pages are checked against it)
}

export const FACT_FILES = ['graph-resources.json', 'permissions-excerpt.json', 'SOURCES.md'] as const;

/** 'applicationProxy(0)', 'oflineDomainJoin(5) [sic]' and {name, value} all name an enum member. */
export function enumMemberNames(members: unknown[]): string[] {
  return members.map(m => typeof m === 'string' ? m.replace(/\(.*$/, '').trim() : String((m as any).name));
}

/** Finds an enum by full or short name ('externalConnectors.connectionState') in a version's enums. */
export function findEnum(facts: GraphFacts, version: string, typeName: string): { names: string[]; meanings: Record<string, string> } | undefined {
  const enums = facts.resources.enums?.[version] ?? {};
  const key = Object.keys(enums).find(k => k === typeName || k.endsWith('.' + typeName.replace(/^graph\./, '')));
  if (!key) return undefined;
  return { names: enumMemberNames(enums[key].members), meanings: enums[key].docsMeaning ?? {} };
}

/** Entity type facts by full name; keys in the facts may carry a parenthetical note ('(beta, relevant part)'). */
export function findEntityType(facts: GraphFacts, typeName: string): { name: string; facts: any } | undefined {
  const bare = typeName.replace(/^Collection\((.*)\)$/, '$1').replace(/^graph\./, '').trim();
  for (const key of Object.keys(facts.resources.entityTypes)) {
    const name = key.replace(/\s*\(.*\)\s*$/, '');
    if (/LEGACY/.test(key)) continue;
    if (name === bare || name.endsWith('.' + bare)) return { name, facts: facts.resources.entityTypes[key] };
  }
  return undefined;
}

/** Every 2xx status mentioned by an endpoint's `success` and `successNote`, the documented one first. */
export function successStatuses(success: unknown, note?: string): number[] {
  const found: number[] = [];
  for (const text of [String(success ?? ''), note ?? '']) {
    for (const m of text.matchAll(/\b(2\d\d)\b/g)) {
      const n = Number(m[1]);
      if (!found.includes(n)) found.push(n);
    }
  }
  return found;
}
