import type { Node } from 'jsonc-parser';
import { objectRoot } from './bodyTree';
import type { GraphSchema } from '../graph/schemas';
import { shortTypeName } from '../graph/schemas';
import type { RouteTable } from '../graph/types';
import { normalizeVersion, parseGraphUrl } from '../graph/routes';
import { resolveV1Path } from '../graph/v1Routes';
import type { PreparedBody } from './bodyText';
import type { CodeFix, GraphDiagnostic } from './types';
import { spanOf } from './jsonEdits';
import { objectShapeAt } from './bodyCompletion';
import { didYouMean } from './didYouMean';
import { l10n } from '../text/l10n';
import { BRACED } from './placeholders';

const MAX_DEPTH = 16;
const MAX_FINDINGS = 50;
/** URLs looked at per body at most: Graph takes 20 members@odata.bind in one request; a file with 100,000 costs no more. */
const MAX_URLS = 100;
const BIND = '@odata.bind';

/**
 * The URLs a body links by: `<navigation>@odata.bind` values (a URL, or an array of them: group-post-groups'
 * `members@odata.bind`) at any depth, and a v1.0 $ref body's `@odata.id` (routes.json's own $ref bodies are checked by
 * odataId.ts against the type they link). JSON Schema only knows they are strings, yet Graph resolves each one:
 * - an empty one links nothing (security-ediscoverycase-post-tags Example 2: `"parent@odata.bind": ""`);
 * - its API version must be one Graph serves (identitycontainer-post-b2xuserflows Example 3: `/v1/identity/...`);
 * - a `{id}` segment is a documentation placeholder (b2xidentityuserflow-put-apiconnectorconfiguration);
 * - in v1.0, its path must be one v1.0's metadata has (security-retentionevent-post binds
 *   `/security/triggerTypes/retentionEventType/{id}`; the collection is `retentionEventTypes`);
 * - and, on a type that is not open, the name before `@odata.bind` must be one of its properties (at the top level).
 * A URL that starts with a `{{variable}}`, or whose version is one, is not checked; elsewhere a variable stands for a key.
 */
export function referenceDiagnostics(prepared: PreparedBody, schema: GraphSchema | undefined, version: string | undefined, table: RouteTable): GraphDiagnostic[] {
  // Most bodies link by nothing: no walk for them (this runs for every body of a file opened cold).
  if (!prepared.json.includes(BIND) && !(schema?.['x-kind'] === 'ref' && prepared.json.includes('@odata.id'))) return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const base = prepared.offset;
  const out: GraphDiagnostic[] = [];
  let looked = 0;
  const checkUrl = (key: string, value: Node) => {
    if (value.type !== 'string' || typeof value.value !== 'string' || out.length >= MAX_FINDINGS || ++looked > MAX_URLS) return;
    const url = value.value, span = spanOf(value, base);
    if (url.startsWith('{{')) return;                           // `{{baseUrl}}/users/...`: not known here
    if (!url.trim()) {
      out.push({ span, severity: 'error', code: 'graph.body.referenceUrl', message: l10n.t('{0} is empty: it takes the URL of what it links.', key) });
      return;
    }
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
    const parsed = parseGraphUrl(absolute ? url : `/${version ?? 'v1.0'}/${url.replace(/^\//, '')}`, table);
    if (!parsed.ok) {
      if (absolute) out.push({ span, severity: 'error', code: 'graph.body.referenceUrl', message: l10n.t('{0}: {1}', key, parsed.reason) });
      return;
    }
    if (parsed.version.includes('{{')) return;
    const known = normalizeVersion(parsed.version, table);
    if (!known) {
      // The version as written, replaced in place: the request's own version is the likely one.
      const at = url.indexOf(`/${parsed.version}`) + 1;
      const to = version ?? 'v1.0';
      const fix: CodeFix = { title: l10n.t('Use {0}', to), edits: [{ span: { start: span.start + 1 + at, end: span.start + 1 + at + parsed.version.length }, newText: to }], isPreferred: true };
      out.push({ span, severity: 'error', code: 'graph.body.referenceUrl', message: l10n.t("{0}: '{1}' is no API version: Microsoft Graph serves v1.0 and beta.", key, parsed.version), ...(at > 0 && !/[\\"]/.test(url) ? { fixes: [fix] } : {}) });
      return;
    }
    const placeholder = parsed.segments.find(s => BRACED.test(s));
    if (placeholder) {
      out.push({ span, severity: 'warning', code: 'graph.body.placeholder', message: l10n.t("'{0}' in {1} is a documentation placeholder: put the real id (or a {{variable}}) there.", placeholder, key) });
      return;
    }
    if (known !== 'v1.0') return;                             // beta's paths are checked only on our own surfaces
    const r = resolveV1Path(parsed.path);
    if (r.kind !== 'unknown') return;
    const template = r.candidates()[0];
    // The nearest path with the URL's own ids where its keys stand (the same number of segments: a renamed segment).
    const near = template && withIds(template, parsed.segments);
    const pathAt = url.indexOf(parsed.path);
    const fixed = near && pathAt >= 0 && !/[\\"]/.test(url) ? url.slice(0, pathAt) + near + url.slice(pathAt + parsed.path.length) : undefined;
    out.push({
      span, severity: 'error', code: 'graph.body.referenceUrl',
      message: near
        ? l10n.t("{0}: '{1}' is no v1.0 path ({2}). Did you mean '{3}'?", key, parsed.path, r.reason, near)
        : l10n.t("{0}: '{1}' is no v1.0 path ({2}).", key, parsed.path, r.reason),
      ...(fixed ? { fixes: [{ title: l10n.t('Change to {0}', near!), edits: [{ span, newText: JSON.stringify(fixed) }], isPreferred: true }] } : {}),
    });
  };
  const walk = (node: Node, depth: number) => {
    if (depth > MAX_DEPTH || out.length >= MAX_FINDINGS) return;
    for (const child of node.children ?? []) {
      if (node.type === 'object') {
        const [key, value] = child.children ?? [];
        const name = typeof key?.value === 'string' ? key.value : undefined;
        if (!value || name === undefined) continue;
        if (name.endsWith(BIND)) {
          // A URL, or a list of them (OData JSON Format 4.0, 8.5): never a number, a Boolean or null. Objects are left alone:
          // security-ediscoverycase-post-legalholds (beta) binds userSources with objects holding @odata.type and email.
          const scalar = (n: Node) => n.type === 'number' || n.type === 'boolean' || n.type === 'null';
          const strange = value.type === 'array' ? value.children?.find(scalar) : scalar(value) ? value : undefined;
          if (strange && out.length < MAX_FINDINGS) {
            out.push({ span: spanOf(strange, base), severity: 'error', code: 'graph.body.referenceUrl', message: l10n.t('{0} takes the URL of what it links (a list of URLs for a collection), not {1}.', name, strange.type === 'null' ? 'null' : `${/^[aeiou]/.test(strange.type) ? 'an' : 'a'} ${strange.type}`) });
            continue;
          }
          if (value.type === 'array') for (const item of value.children ?? []) checkUrl(name, item);
          else checkUrl(name, value);
          continue;
        }
        if (name === '@odata.id' && depth === 0 && schema?.['x-kind'] === 'ref' && !schema.properties?.['@odata.id']?.['x-refTarget']) checkUrl(name, value);
        if (value.type === 'object' || value.type === 'array') walk(value, depth + 1);
      } else if (child.type === 'object' || child.type === 'array') walk(child, depth + 1);
    }
  };
  walk(root, 0);
  out.push(...unknownBindNames(root, schema, base));
  return out.filter(d => !prepared.opaque.some(o => o.start < d.span.end && d.span.start < o.end));
}

/** A template's `{...}` keys filled with the path's segments at the same places, when both have as many segments. */
function withIds(template: string, segments: string[]): string | undefined {
  const parts = template.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  return '/' + parts.map((p, i) => BRACED.test(p) ? segments[i] : p).join('/');
}

/**
 * `<name>@odata.bind` at the top level: of a closed type whose properties do not include `name`; or holding one URL for a
 * collection-valued navigation, or a list for a single-valued one.
 */
function unknownBindNames(root: Node, schema: GraphSchema | undefined, base: number): GraphDiagnostic[] {
  if (!schema || schema['x-kind'] === 'action' || schema['x-kind'] === 'ref') return [];
  const shape = objectShapeAt(schema, root, root);
  if (!shape?.properties) return [];
  const open = !!(shape['x-openType'] || schema['x-openType']);
  const names = Object.keys(shape.properties).filter(n => !n.startsWith('@'));
  const out: GraphDiagnostic[] = [];
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    const name = typeof key?.value === 'string' && key.value.endsWith(BIND) ? key.value.slice(0, -BIND.length) : undefined;
    const declared = key && name ? names.find(n => n.toLowerCase() === name.toLowerCase()) : undefined;
    if (key && declared) {
      // A collection-valued navigation binds a list of URLs, a single-valued one a URL (group-post-groups: "members@odata.bind": [...]).
      const many = String(shape.properties[declared]?.['x-graphType'] ?? '').startsWith('Collection(');
      const value = prop.children?.[1];
      if (value?.type === 'string' && many) out.push({ span: spanOf(value, base), severity: 'error', code: 'graph.body.referenceUrl', message: l10n.t("{0} links a collection: its value is a list of URLs, [\"...\"].", key.value), fixes: [{ title: l10n.t('Put it in a list'), edits: [{ span: spanOf(value, base), newText: `[${JSON.stringify(value.value)}]` }], isPreferred: true }] });
      if (value?.type === 'array' && !many && shape.properties[declared]?.['x-graphType']) out.push({ span: spanOf(value, base), severity: 'error', code: 'graph.body.referenceUrl', message: l10n.t('{0} links one {1}: its value is one URL, not a list.', key.value, shortTypeName(String(shape.properties[declared]['x-graphType']))) });
      continue;
    }
    if (!key || !name || open) continue;
    const near = didYouMean(name, names);
    const owner = shortTypeName(String(shape['x-graphType'] ?? schema['x-graphType'] ?? '')) || l10n.t('This resource');
    out.push({
      span: spanOf(key, base), severity: 'error', code: 'graph.body.referenceUrl',
      message: near ? l10n.t("{0} has no property '{1}' to bind. Did you mean '{2}'?", owner, name, near) : l10n.t("{0} has no property '{1}' to bind.", owner, name),
      ...(near ? { fixes: [{ title: l10n.t("Rename to '{0}'", `${near}${BIND}`), edits: [{ span: { start: base + key.offset + 1, end: base + key.offset + 1 + name.length }, newText: near }], isPreferred: true }] } : {}),
    });
  }
  return out;
}
