/**
 * The Graph facts folder (../shared/graph) as the generator reads it. The facts are hand-extracted
 * from public Graph metadata, docs and permission maps; their shape is loose, so it is typed loosely here
 * and every read goes through the small helpers below.
 */
export interface GraphFacts {
  resources: any;      // graph-resources.json
  permissions: any;    // permissions-excerpt.json
  sourcesMd: string;   // SOURCES.md (docs pages are checked against it)
  /** CSDL excerpts: enums the JSON facts only name (e.g. externalConnectors.contentCategory) are read from here. */
  csdl?: string[];
}

const CSDL_FILES = ['csdl/clean_v10_metadata_cleanMetadata-externalConnectors-excerpt.xml', 'csdl/beta-USNat-applicationProxy-excerpt.xml'] as const;
export const FACT_FILES = ['graph-resources.json', 'permissions-excerpt.json', 'SOURCES.md', ...CSDL_FILES] as const;

/** Reads the facts folder through `read(relativePath)`, so the generator script and the drift test load it the same way. */
export function readGraphFacts(read: (relativePath: string) => string): GraphFacts {
  return {
    resources: JSON.parse(read('graph-resources.json')),
    permissions: JSON.parse(read('permissions-excerpt.json')),
    sourcesMd: read('SOURCES.md'),
    csdl: CSDL_FILES.map(f => read(f)),
  };
}

/** Member names of `<EnumType Name="…">` in the CSDL excerpts, by the type's short name: for enums the JSON facts only name. */
export function findCsdlEnum(facts: GraphFacts, typeName: string): { names: string[]; meanings: Record<string, string> } | undefined {
  const short = typeName.split('.').pop() ?? typeName;
  for (const xml of facts.csdl ?? []) {
    const body = new RegExp(`<EnumType Name="${short}"[^>]*>([\\s\\S]*?)</EnumType>`).exec(xml)?.[1];
    if (body) return { names: [...body.matchAll(/<Member Name="([^"]+)"/g)].map(m => m[1]), meanings: {} };
  }
  return undefined;
}

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
