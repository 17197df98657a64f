/**
 * Generates schemas/routes.json and the JSON Schemas under schemas/ from the Graph facts.
 * Pure: facts in, `{ relative path: JSON value }` out. scripts/gen-schemas.mjs writes the files;
 * test/unit/graph/generated.test.ts re-runs this and fails when the committed files drift from the facts.
 */
import type { GraphFacts } from './facts';
import { findEntityType } from './facts';
import { OPERATION_INFO, operationKeyPath } from './operations';
import { generateRouteTable } from './routeTable';
import { bodySchema, entitySchema, refBodySchema, shortName } from './bodySchemas';

export type { GraphFacts } from './facts';
export { FACT_FILES, readGraphFacts } from './facts';

/** Example `@odata.id` of a $ref body, from the endpoint facts. */
function refExample(facts: GraphFacts, schemaKey: string): string {
  for (const version of ['beta', 'v1.0']) {
    for (const e of facts.resources.endpoints[version] ?? []) {
      const info = OPERATION_INFO[`${e.method} ${operationKeyPath(String(e.path))}`];
      if (info?.bodySchema === schemaKey && e.body?.['@odata.id']) return e.body['@odata.id'];
    }
  }
  return '';
}

export function generateGraphSchemas(facts: GraphFacts, generatedFrom: string[]): Record<string, unknown> {
  const table = generateRouteTable(facts, generatedFrom);
  const files: Record<string, unknown> = { 'routes.json': table };
  const bodyKeys = [...new Set(table.routes.flatMap(r => r.operations.map(o => o.bodySchema)).filter((k): k is string => !!k))].sort();
  for (const key of bodyKeys) {
    const [subject, kind] = key.split('.');
    if (subject === 'ref') {
      const target = findEntityType(facts, kind)!.name;
      files[`bodies/${key}.schema.json`] = refBodySchema(target, refExample(facts, key));
    } else {
      files[`bodies/${key}.schema.json`] = bodySchema(facts, findEntityType(facts, subject)!.name, kind as 'create' | 'update');
    }
  }
  const entityTypes = new Set<string>();
  for (const r of table.routes) if (r.resourceType && findEntityType(facts, r.resourceType)?.facts.versions) entityTypes.add(r.resourceType);
  for (const t of [...entityTypes].sort()) files[`entities/${shortName(t)}.schema.json`] = entitySchema(facts, t);
  return files;
}

/** The exact bytes a generated file is committed with. */
export function serializeGenerated(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
