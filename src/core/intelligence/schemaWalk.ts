import { type Node } from 'jsonc-parser';
import { odataTypeOf } from './bodyTree';
import { branchHolds, type GraphSchema } from '../graph/schemas';

/** Nesting below which values are not walked (Graph's bodies here are a few levels deep; a hostile one is not). */
const MAX_DEPTH = 16;

/** The schemas that apply to an object value: the schema, its `allOf`, and the `then` whose `@odata.type` matches. */
function applicable(s: GraphSchema | undefined, node: Node, depth = 0): GraphSchema[] {
  if (!s || depth > 8) return [];
  const out = [s];
  const declared = odataTypeOf(node);
  for (const part of (s.allOf ?? []) as GraphSchema[]) {
    if (!part.if) { out.push(...applicable(part, node, depth + 1)); continue; }
    if (branchHolds(part.if, declared)) out.push(...applicable(part.then, node, depth + 1));
  }
  return out;
}

function propertyIn(schemas: GraphSchema[], name: string): GraphSchema | undefined {
  for (const s of schemas) if (s.properties && Object.hasOwn(s.properties, name)) return s.properties[name];
  return undefined;
}

/** One property of a body object whose schema is known. `name` is its path (`acl[].identitySource`). */
export interface SchemaProperty { prop: Node; key: Node; value: Node | undefined; schema: GraphSchema; name: string; depth: number }

/**
 * Visits every property of `root` (a body object) that `schema` declares, depth first, into object values and arrays
 * of objects, with the schema that applies there (`@odata.type` picking the derived shape). `visit` returns `false` to
 * not descend into that property's value; `stop` ends the walk (a cap on findings).
 */
export function walkSchemaProperties(root: Node, schema: GraphSchema, visit: (p: SchemaProperty) => boolean | void, stop: () => boolean = () => false): void {
  const walk = (node: Node, schemas: GraphSchema[], path: string, depth: number) => {
    if (depth > MAX_DEPTH || stop()) return;
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const s = propertyIn(schemas, key.value);
      if (!s) continue;
      const name = path ? `${path}.${key.value}` : key.value;
      if (visit({ prop, key, value, schema: s, name, depth }) === false) continue;
      if (value?.type === 'object') walk(value, applicable(s, value), name, depth + 1);
      else if (value?.type === 'array') for (const item of value.children ?? []) if (item.type === 'object') walk(item, applicable(s.items, item), `${name}[]`, depth + 1);
    }
  };
  walk(root, applicable(schema, root), '', 0);
}

/** Properties listed per body at most (only declared ones are: a hostile body of unknown names lists none). */
const MAX_LISTED = 10_000;

/**
 * Every property walkSchemaProperties visits in the body, depth first, in a list: the body rules that read them
 * (nestedRules, deprecationRules) share one walk (bodyRuleList.ts hands them the same list), as they share one tree.
 */
export function listSchemaProperties(root: Node, schema: GraphSchema): readonly SchemaProperty[] {
  const props: SchemaProperty[] = [];
  walkSchemaProperties(root, schema, p => { props.push(p); }, () => props.length >= MAX_LISTED);
  return props;
}
