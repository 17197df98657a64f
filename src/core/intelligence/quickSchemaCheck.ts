import type { Node } from 'jsonc-parser';
import { propertySchema, type GraphSchema } from '../graph/schemas';

/** Keywords that describe rather than constrain: the language service reports nothing for them. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'markdownDescription', 'default', 'examples', 'readOnly', 'enumDescriptions', 'patternErrorMessage', 'deprecationMessage']);
const ROOT_CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'allOf']);
const VALUE_CHECKED = new Set(['type', 'enum', 'pattern', 'minimum', 'maximum', 'maxLength']);
const patterns = new Map<string, RegExp>();

function onlyKnown(schema: GraphSchema, checked: Set<string>): boolean {
  return Object.keys(schema).every(k => checked.has(k) || ANNOTATIONS.has(k) || k.startsWith('x-'));
}

function valueCertainlyValid(value: Node, s: GraphSchema): boolean {
  if (!onlyKnown(s, VALUE_CHECKED)) return false;
  if (s.type) {
    const actual = value.type === 'number' && Number.isInteger(value.value) ? 'integer' : value.type;
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.includes(actual) && !(types.includes('number') && actual === 'integer')) return false;
    if (actual === 'null') return true;
  }
  if (s.enum && !s.enum.includes(value.value)) return false;
  if (typeof value.value === 'number' && (value.value < (s.minimum ?? -Infinity) || value.value > (s.maximum ?? Infinity))) return false;
  if (s.maxLength !== undefined && (typeof value.value !== 'string' || [...value.value].length > s.maxLength)) return false;
  if (s.pattern) {
    let re = patterns.get(s.pattern);
    if (!re) patterns.set(s.pattern, re = new RegExp(s.pattern, 'u'));
    if (typeof value.value !== 'string' || !re.test(value.value)) return false;
  }
  return true;
}

/** A key a pattern property takes with any value (`{ "@": {} }`: the v1.0 schemas' instance annotations). */
function anyValueAllowed(schema: GraphSchema, key: string): boolean {
  const byPattern = schema.patternProperties as Record<string, GraphSchema> | undefined;
  if (!byPattern) return false;
  const matching = Object.entries(byPattern).filter(([p]) => {
    let re = patterns.get(p);
    if (!re) patterns.set(p, re = new RegExp(p, 'u'));
    return re.test(key);
  });
  return matching.length > 0 && matching.every(([, s]) => Object.keys(s).length === 0);
}

/**
 * True when a body certainly satisfies one of our generated (flat) schemas, so the JSON language service would
 * report nothing and need not run: most bodies, most keystrokes. False means "not sure", never "invalid": the
 * language service then decides, and phrases, what is wrong.
 */
export function certainlyValid(root: Node | undefined, schema: GraphSchema): boolean {
  if (!root || root.type !== 'object' || schema.type !== 'object') return false;
  return fits(root, schema, 0);
}

/**
 * The object `root` against a flat schema, or (the v1.0 schemas of types with derived types) a root whose
 * `allOf` picks a shape by `@odata.type` (`if` the body names `#T` / `if` it names none, `then` a shape): the
 * branches whose condition holds are checked the same way; any other `allOf` is "not sure".
 */
function fits(root: Node, schema: GraphSchema, depth: number): boolean {
  if (schema.type !== undefined && schema.type !== 'object') return false;
  if (!onlyKnown(schema, ROOT_CHECKED)) return false;
  const seen = new Map<string, Node>();
  for (const prop of root.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value || typeof key.value !== 'string' || seen.has(key.value)) return false;
    seen.set(key.value, value);
    const s: GraphSchema | undefined = propertySchema(schema, key.value);
    if (!s) { if (schema.additionalProperties !== true && !anyValueAllowed(schema, key.value)) return false; continue; }
    if (!valueCertainlyValid(value, s)) return false;
  }
  if (!((schema.required ?? []) as string[]).every(r => seen.has(r))) return false;
  if (schema.allOf === undefined) return true;
  if (!Array.isArray(schema.allOf) || depth > 2) return false;
  for (const branch of schema.allOf as GraphSchema[]) {
    const holds = conditionHolds(branch?.if, seen);
    if (holds === undefined || Object.keys(branch).some(k => k !== 'if' && k !== 'then') || !branch.then) return false;
    if (holds && !fits(root, branch.then, depth + 1)) return false;
  }
  return true;
}


/** `{ not: { required: [k] } }` or `{ properties: { k: { const: v } }, required: [k] }` on the body's keys; undefined: another condition. */
function conditionHolds(condition: GraphSchema | undefined, seen: Map<string, Node>): boolean | undefined {
  if (!condition || typeof condition !== 'object') return undefined;
  const keys = Object.keys(condition).sort().join(',');
  if (keys === 'not') {
    const not = condition.not;
    if (!not || Object.keys(not).join(',') !== 'required' || !Array.isArray(not.required) || not.required.length !== 1) return undefined;
    return !seen.has(not.required[0]);
  }
  if (keys === 'properties,required') {
    const [k, ...rest] = Object.keys(condition.properties);
    if (rest.length || !k || condition.required.length !== 1 || condition.required[0] !== k) return undefined;
    const c = condition.properties[k];
    if (!c || Object.keys(c).join(',') !== 'const' || typeof c.const !== 'string') return undefined;
    const v = seen.get(k);
    return v?.type === 'string' && v.value === c.const;
  }
  return undefined;
}
