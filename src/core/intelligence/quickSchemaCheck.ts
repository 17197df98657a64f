import type { Node } from 'jsonc-parser';
import { propertySchema, type GraphSchema } from '../graph/schemas';

/** Keywords that describe rather than constrain: the language service reports nothing for them. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'markdownDescription', 'default', 'examples', 'readOnly', 'enumDescriptions', 'patternErrorMessage', 'deprecationMessage']);
const ROOT_CHECKED = new Set(['type', 'properties', 'required', 'additionalProperties']);
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
