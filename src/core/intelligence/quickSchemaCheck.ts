import type { Node } from 'jsonc-parser';
import { propertySchema, type GraphSchema } from '../graph/schemas';

/** Keywords that describe rather than constrain: the language service reports nothing for them. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'markdownDescription', 'default', 'examples', 'readOnly', 'enumDescriptions', 'patternErrorMessage', 'deprecationMessage']);
const ROOT_CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties']);
const VALUE_CHECKED = new Set(['type', 'enum', 'pattern']);
const patterns = new Map<string, RegExp>();

function onlyKnown(schema: GraphSchema, checked: Set<string>): boolean {
  return Object.keys(schema).every(k => checked.has(k) || ANNOTATIONS.has(k) || k.startsWith('x-'));
}

function valueCertainlyValid(value: Node, s: GraphSchema): boolean {
  if (!onlyKnown(s, VALUE_CHECKED) || Array.isArray(s.type)) return false;
  if (s.type) {
    const actual = value.type === 'number' && Number.isInteger(value.value) ? 'integer' : value.type;
    if (actual !== s.type && !(s.type === 'number' && actual === 'integer')) return false;
  }
  if (s.enum && !s.enum.includes(value.value)) return false;
  if (s.pattern) {
    let re = patterns.get(s.pattern);
    if (!re) patterns.set(s.pattern, re = new RegExp(s.pattern, 'u'));
    if (typeof value.value !== 'string' || !re.test(value.value)) return false;
  }
  return true;
}

/**
 * True when a body certainly satisfies one of our generated (flat) schemas, so the JSON language service would
 * report nothing and need not run: most bodies, most keystrokes. False means "not sure", never "invalid": the
 * language service then decides, and phrases, what is wrong.
 */
export function certainlyValid(root: Node | undefined, schema: GraphSchema): boolean {
  if (!root || root.type !== 'object' || schema.type !== 'object' || !onlyKnown(schema, ROOT_CHECKED)) return false;
  const seen = new Set<string>();
  for (const prop of root.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || !value || typeof key.value !== 'string' || seen.has(key.value)) return false;
    seen.add(key.value);
    const s: GraphSchema | undefined = propertySchema(schema, key.value);
    if (!s) { if (schema.additionalProperties !== true) return false; continue; }
    if (!valueCertainlyValid(value, s)) return false;
  }
  return ((schema.required ?? []) as string[]).every(r => seen.has(r));
}
