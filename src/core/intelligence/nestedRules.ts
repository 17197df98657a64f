import { type Node } from 'jsonc-parser';
import { objectRoot, odataTypeOf } from './bodyTree';
import { branchHolds, type GraphSchema } from '../graph/schemas';
import type { PreparedBody } from './bodyText';
import type { CodeFix, GraphDiagnostic } from './types';
import { removePropertyEdit, spanOf } from './jsonEdits';
import { l10n } from '../text/l10n';
import { deprecationFinding } from './deprecationRules';

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

/**
 * What JSON Schema cannot say inside nested values: a read-only property (`onPremisesPublishing.
 * isOnPremPublishingEnabled`, which the App Proxy tutorial sends), and, in a v1.0 request, a property only beta
 * has (at any depth, including the top level). `toBeta` is the edit that moves the request to /beta/. The same walk
 * reports what Graph's metadata deprecates (deprecationRules.ts): the body is walked once, without an object per
 * property (this runs for every body of a file opened cold).
 */
export function nestedDiagnostics(prepared: PreparedBody, schema: GraphSchema | undefined, version: string | undefined, toBeta: CodeFix | undefined): GraphDiagnostic[] {
  if (!schema) return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const base = prepared.offset;
  const out: GraphDiagnostic[] = [];
  const walk = (node: Node, schemas: GraphSchema[], path: string, depth: number) => {
    if (depth > MAX_DEPTH || out.length >= 100) return;
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const s = propertyIn(schemas, key.value);
      if (!s) continue;
      const name = path ? `${path}.${key.value}` : key.value;
      // What Graph's metadata deprecates (deprecationRules.ts), found in this same walk: one walk of each body.
      const deprecated = deprecationFinding(key, s, name, base);
      if (deprecated) out.push(deprecated);
      if (version === 'v1.0' && s['x-betaOnly']) {
        const fixes: CodeFix[] = [...(toBeta ? [toBeta] : []), { title: l10n.t("Remove '{0}'", key.value), edits: [removePropertyEdit(prop, base)] }];
        out.push({ span: spanOf(key, base), severity: 'error', code: 'graph.body.betaOnly', message: l10n.t("'{0}' exists only in beta: Graph v1.0 rejects it. Send this request to /beta/ or remove the property.", name), fixes });
        continue;
      }
      if (depth > 0 && s['x-readOnly']) {
        out.push({ span: spanOf(key, base), severity: 'warning', code: 'graph.body.readOnly', message: l10n.t('{0} Remove it from the request.', String(s['x-readOnly']).replace(/^`[^`]+`/, `\`${name}\``)), fixes: [{ title: l10n.t("Remove '{0}'", key.value), edits: [removePropertyEdit(prop, base)], isPreferred: true }] });
        continue;
      }
      if (value?.type === 'object') walk(value, applicable(s, value), name, depth + 1);
      else if (value?.type === 'array') {
        for (const item of value.children ?? []) {
          if (item.type === 'object') walk(item, applicable(s.items, item), `${name}[]`, depth + 1);
          else if (item.type === 'string' && s.items?.['x-spellingVariants']) spelling(item, s.items, `${name}[]`);
        }
      } else if (value?.type === 'string' && s['x-spellingVariants'] && key.value !== '@odata.type') spelling(value, s, name);
    }
  };
  /**
   * An enum member in another case than the metadata's (chatmessage-update's "BlockAccess", mailboxSettings' "Scheduled"):
   * accepted, as Graph reads members case-insensitively (typeSchemas.ts enumSchema), so a hint with the metadata's spelling.
   */
  const spelling = (value: Node, s: GraphSchema, name: string) => {
    const variants: unknown[] = s['x-spellingVariants'];
    if (!variants.includes(value.value)) return;
    const lower = String(value.value).toLowerCase();
    const member = ((s.enum ?? []) as unknown[]).find((v): v is string => typeof v === 'string' && !variants.includes(v) && v.toLowerCase() === lower);
    if (!member) return;
    const span = spanOf(value, base);
    out.push({
      span, severity: 'hint', code: 'graph.body.enumSpelling',
      message: l10n.t('{0}: "{1}" is written "{2}" in Graph\'s metadata. Graph reads enum members in any case (its docs write some so); completion offers the metadata\'s.', name, String(value.value), member),
      fixes: [{ title: l10n.t('Change to "{0}"', member), edits: [{ span, newText: JSON.stringify(member) }], isPreferred: true }],
    });
  };
  walk(root, applicable(schema, root), '', 0);
  return out.filter(d => !prepared.opaque.some(o => o.start < d.span.end && d.span.start < o.end));
}
