import type { GraphFacts } from './facts';
import { findEntityType } from './facts';
import { propertyFacts, propertyValueSchema } from './properties';

export type JsonSchema = Record<string, any>;
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
export const SCHEMA_ID_PREFIX = 'urn:graph-connector-groups:';

function shortName(typeName: string): string { return typeName.slice(typeName.lastIndexOf('.') + 1); }

function odataTypeSchema(typeName: string): JsonSchema {
  return { type: 'string', enum: [`#${typeName}`], description: `Optional. When present it must name the resource: \`#${typeName}\`.` };
}

/** Schema of an entity type: every property (read-only ones marked), for hover and `$select` checks. */
export function entitySchema(facts: GraphFacts, typeName: string): JsonSchema {
  const t = findEntityType(facts, typeName)!;
  const properties: JsonSchema = {};
  for (const p of propertyFacts(t.facts)) {
    const s = propertyValueSchema(facts, p);
    if (p.readOnly) s.readOnly = true;
    if (p.betaOnly) s['x-betaOnly'] = true;
    properties[p.name] = s;
  }
  const navs = { ...t.facts.navigationProperties, ...t.facts['navigationProperties_v1.0'] };
  return {
    $schema: DRAFT_07, $id: `${SCHEMA_ID_PREFIX}entities:${shortName(typeName)}`, title: shortName(typeName),
    description: `${typeName} (${(t.facts.versions ?? ['beta']).join(', ')})`,
    type: 'object', properties,
    'x-graphType': typeName,
    'x-navigationProperties': Object.keys(navs).filter(n => !n.endsWith('_extra')),
  };
}

/**
 * Request body of a create or update. Create requires what the docs require; update requires nothing.
 * Read-only properties stay in the schema (so hover can explain them) with `x-readOnly` giving the reason.
 */
export function bodySchema(facts: GraphFacts, typeName: string, kind: 'create' | 'update'): JsonSchema {
  const t = findEntityType(facts, typeName)!;
  const properties: JsonSchema = { '@odata.type': odataTypeSchema(typeName) };
  const required: string[] = [];
  for (const p of propertyFacts(t.facts)) {
    const s = propertyValueSchema(facts, p);
    if (p.readOnly) { s.readOnly = true; s['x-readOnly'] = `\`${p.name}\` is read-only: set by the service, not by the request.`; }
    else if (kind === 'update' && !p.settableOnUpdate) { s.readOnly = true; s['x-readOnly'] = `\`${p.name}\` cannot be changed after creation.`; }
    if (kind === 'create' && p.requiredOnCreate) required.push(p.name);
    if (p.betaOnly) s['x-betaOnly'] = true;
    properties[p.name] = s;
  }
  const schema: JsonSchema = {
    $schema: DRAFT_07, $id: `${SCHEMA_ID_PREFIX}bodies:${shortName(typeName)}.${kind}`,
    title: `${shortName(typeName)} (${kind})`,
    description: `Request body to ${kind} a ${typeName}.`,
    type: 'object', properties, additionalProperties: false,
    'x-graphType': typeName, 'x-kind': kind,
  };
  if (required.length) schema.required = required;
  return schema;
}

/** `{ "@odata.id": "<URL of the target>" }` for POST/PUT .../$ref. */
export function refBodySchema(targetType: string, example: string): JsonSchema {
  return {
    $schema: DRAFT_07, $id: `${SCHEMA_ID_PREFIX}bodies:ref.${shortName(targetType)}`,
    title: `reference to a ${shortName(targetType)}`,
    description: `Body of a $ref request: the URL of the ${shortName(targetType)} to link.`,
    type: 'object',
    properties: { '@odata.id': { type: 'string', description: `URL of the ${shortName(targetType)}, e.g. \`${example}\`.`, 'x-refTarget': targetType, 'x-example': example } },
    required: ['@odata.id'], additionalProperties: false,
    'x-graphType': targetType, 'x-kind': 'ref',
  };
}

export { shortName };
