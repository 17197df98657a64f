import { objectRoot } from './bodyTree';
import type { GraphSchema } from '../graph/schemas';
import type { PreparedBody } from './bodyText';
import type { CodeFix, GraphDiagnostic } from './types';
import { removePropertyEdit, spanOf } from './jsonEdits';
import type { SchemaProperty } from './schemaWalk';
import { l10n } from '../text/l10n';

/**
 * What JSON Schema cannot say inside nested values: a read-only property (`onPremisesPublishing.
 * isOnPremPublishingEnabled`, which the App Proxy tutorial sends), and, in a v1.0 request, a property only beta
 * has (at any depth, including the top level). `toBeta` is the edit that moves the request to /beta/.
 */
export function nestedDiagnostics(prepared: PreparedBody, schema: GraphSchema | undefined, version: string | undefined, toBeta: CodeFix | undefined, properties: () => readonly SchemaProperty[]): GraphDiagnostic[] {
  if (!schema) return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const base = prepared.offset;
  const out: GraphDiagnostic[] = [];
  // The walk is depth first: what lies inside a property already reported (its value) comes right after it, and is skipped.
  let skipUntil = -1;
  for (const { prop, key, value, schema: s, name, depth } of properties()) {
    if (out.length >= 100) break;
    if (key.offset < skipUntil) continue;
    if (version === 'v1.0' && s['x-betaOnly']) {
      const fixes: CodeFix[] = [...(toBeta ? [toBeta] : []), { title: l10n.t("Remove '{0}'", key.value), edits: [removePropertyEdit(prop, base)] }];
      out.push({ span: spanOf(key, base), severity: 'error', code: 'graph.body.betaOnly', message: l10n.t("'{0}' exists only in beta: Graph v1.0 rejects it. Send this request to /beta/ or remove the property.", name), fixes });
      skipUntil = value ? value.offset + value.length : skipUntil;
      continue;
    }
    if (depth > 0 && s['x-readOnly']) {
      out.push({ span: spanOf(key, base), severity: 'warning', code: 'graph.body.readOnly', message: l10n.t('{0} Remove it from the request.', String(s['x-readOnly']).replace(/^`[^`]+`/, `\`${name}\``)), fixes: [{ title: l10n.t("Remove '{0}'", key.value), edits: [removePropertyEdit(prop, base)], isPreferred: true }] });
      skipUntil = value ? value.offset + value.length : skipUntil;
    }
  }
  return out.filter(d => !prepared.opaque.some(o => o.start < d.span.end && d.span.start < o.end));
}
