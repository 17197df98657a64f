import type { Node } from 'jsonc-parser';
import { propertySchema, type GraphSchema } from '../graph/schemas';

/** Keywords that describe rather than constrain: the language service reports nothing for them. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'markdownDescription', 'default', 'examples', 'readOnly', 'enumDescriptions', 'patternErrorMessage', 'deprecationMessage']);
// `definitions` only holds what a `$ref` points at (the service validates nothing there itself), and a property whose schema
// refers to it has `allOf`/`$ref`, which VALUE_CHECKED leaves to the service: the root may carry it.
const ROOT_CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'allOf', 'definitions']);
const VALUE_CHECKED = new Set(['type', 'enum', 'pattern', 'minimum', 'maximum', 'maxLength']);

const known = new WeakMap<GraphSchema, Map<Set<string>, boolean>>();

/** Whether the schema uses only the keywords checked here (once per schema: the schemas are shared and never change). */
function onlyKnown(schema: GraphSchema, checked: Set<string>): boolean {
  let bySet = known.get(schema);
  if (!bySet) known.set(schema, bySet = new Map());
  let answer = bySet.get(checked);
  if (answer === undefined) bySet.set(checked, answer = Object.keys(schema).every(k => checked.has(k) || ANNOTATIONS.has(k) || k.startsWith('x-')));
  return answer;
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
    const re = typeof s.pattern === 'string' ? serviceRegExp(s.pattern) : undefined;
    if (!re || typeof value.value !== 'string' || !re.test(value.value)) return false;
  }
  return true;
}

/** A key a pattern property takes with any value (`{ "@": {} }`: the v1.0 schemas' instance annotations). */
function anyValueAllowed(schema: GraphSchema, key: string): boolean {
  const byPattern = schema.patternProperties as Record<string, GraphSchema> | undefined;
  if (!byPattern) return false;
  const matching = Object.entries(byPattern).filter(([p]) => serviceRegExp(p)?.test(key));
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


/** `{ not: { required: [k] } }` or `{ properties: { k: { enum: [v, ...] } }, required: [k] }` (namesType) on the body's keys; undefined: another condition. */
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
    if (!c || Object.keys(c).join(',') !== 'enum' || !Array.isArray(c.enum) || !c.enum.every((e: unknown) => typeof e === 'string')) return undefined;
    const v = seen.get(k);
    return v?.type === 'string' && c.enum.includes(v.value);
  }
  return undefined;
}

/** A place the JSON language service reports a problem at: a value, a key, or the object's first character. */
export interface ProblemPlace { offset: number; length: number }

/**
 * Where the JSON language service would report problems in a body checked against a flat schema (one without
 * `allOf` whose properties are primitive values), found without it: an unknown key under `additionalProperties:
 * false`, a value of the wrong type, not in its enum, against its pattern or bounds, a missing required property.
 * This mirrors the service's validate() (vscode-json-languageservice's jsonParser.ts: `matchesType` with its
 * integer rule, `equals` for enums, `extendedRegExp`, `stringLength`) for exactly these keywords; anything else
 * is "not sure" (undefined) and the service runs. The caller words the places as the service's problems would be.
 */
export function problemPlaces(root: Node | undefined, schema: GraphSchema, json: string): ProblemPlace[] | undefined {
  if (!root || root.type !== 'object' || schema.type !== 'object' || schema.allOf !== undefined) return undefined;
  if (!onlyKnown(schema, ROOT_CHECKED) || unsureAnnotations(schema)) return undefined;
  const extra = schema.additionalProperties;
  if (extra !== undefined && typeof extra !== 'boolean') return undefined;
  const places: ProblemPlace[] = [];
  const seen = new Set<string>();
  for (const prop of root.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value || typeof key.value !== 'string' || seen.has(key.value)) return undefined;
    seen.add(key.value);
    const s: GraphSchema | undefined = propertySchema(schema, key.value);
    if (s !== undefined) {
      const problem = valueHasProblem(value, s, json);
      if (problem === undefined) return undefined;
      if (problem) places.push({ offset: value.offset, length: value.length });
      continue;
    }
    let matched = false;
    for (const [pattern, ps] of Object.entries((schema.patternProperties ?? {}) as Record<string, GraphSchema | boolean>)) {
      const re = serviceRegExp(pattern);
      if (re === undefined) return undefined;
      if (!re || !re.test(key.value)) continue;
      matched = true;
      if (ps === false) places.push({ offset: key.offset, length: key.length });
      else if (ps !== true && (typeof ps !== 'object' || Object.keys(ps).length > 0)) return undefined;
    }
    if (!matched && extra === false) places.push({ offset: key.offset, length: key.length });
  }
  if (((schema.required ?? []) as string[]).some(r => !seen.has(r))) places.push({ offset: root.offset, length: 1 });
  return places;
}

/** Annotations the service does act on: a deprecation is reported as a problem of its own. */
function unsureAnnotations(s: GraphSchema): boolean {
  return s.deprecationMessage !== undefined || s.deprecated !== undefined || s.errorMessage !== undefined;
}

/** Whether the service reports a problem at this value (true/false), or undefined: not sure. */
function valueHasProblem(value: Node, s: GraphSchema | boolean, json: string): boolean | undefined {
  if (typeof s !== 'object' || s === null || !onlyKnown(s, VALUE_CHECKED) || unsureAnnotations(s)) return undefined;
  const types: string[] = Array.isArray(s.type) ? s.type : s.type !== undefined ? [s.type] : [];
  // The service's integer: a number written without a '.' (so 1.0 is not one, 1e3 is).
  const matches = (t: string) => t === value.type || t === 'integer' && value.type === 'number' && !json.slice(value.offset, value.offset + value.length).includes('.');
  if (types.length && !types.some(matches)) return true;
  if (s.enum !== undefined) {
    if (!Array.isArray(s.enum) || value.type === 'object' || value.type === 'array') return undefined;
    if (!s.enum.includes(value.value)) return true;
  }
  if (value.type === 'string') {
    if (s.maxLength !== undefined && (typeof s.maxLength !== 'number' || serviceStringLength(value.value) > s.maxLength)) return true;
    if (s.pattern !== undefined) {
      const re = typeof s.pattern === 'string' ? serviceRegExp(s.pattern) : undefined;
      if (re === undefined) return undefined;
      if (re && !re.test(value.value)) return true;
    }
  }
  if (value.type === 'number') {
    if (typeof s.minimum === 'number' && value.value < s.minimum) return true;
    if (typeof s.maximum === 'number' && value.value > s.maximum) return true;
  }
  return false;
}

const serviceRegExps = new Map<string, RegExp | null>();

/** The service's extendedRegExp: `(?i)` for case-insensitive, 'u' when the pattern allows it; null: invalid (skipped). Undefined: never. */
function serviceRegExp(pattern: string): RegExp | null | undefined {
  let re = serviceRegExps.get(pattern);
  if (re === undefined) {
    const insensitive = pattern.startsWith('(?i)');
    const body = insensitive ? pattern.slice(4) : pattern;
    const flags = insensitive ? 'i' : '';
    try { re = new RegExp(body, flags + 'u'); } catch {
      try { re = new RegExp(body, flags); } catch { re = null; }
    }
    serviceRegExps.set(pattern, re);
  }
  return re;
}

/** Code points, as the service counts a string's length (a surrogate pair is one). */
function serviceStringLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return n;
}
