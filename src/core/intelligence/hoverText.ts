import { valueType, type GraphSchema } from '../graph/schemas';
import { leastPermissions, type Route, type RouteOperation } from '../graph/types';
import { permissionsText } from '../graph/routeInfo';
import { l10n } from '../text/l10n';

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/** Hover/completion documentation of a body property: type, required/read-only, meaning of enum values. */
export function propertyMarkdown(name: string, s: GraphSchema, required: boolean, owner?: string): string {
  const lines = [`**${name}**: \`${s['x-graphType'] ?? valueType(s) ?? 'any'}\``];
  // Whose property it is: after an `@odata.type`, the derived type's (iPv4CidrRange's cidrAddress), not the URL's type.
  if (owner && name !== '@odata.type') lines.push(l10n.t('Property of {0}.', `\`${owner}\``));
  const types = itemTypes(s);
  if (types) lines.push(types);
  const flags = [required ? l10n.t('Required.') : '', s['x-readOnly'] ? l10n.t('Read-only: {0}', String(s['x-readOnly']).replace(/^`[^`]+` /, '')) : s.readOnly ? l10n.t('Read-only.') : '', s['x-betaOnly'] ? l10n.t('beta only.') : ''].filter(Boolean);
  if (flags.length) lines.push(flags.join(' '));
  if (s['x-deprecated']) lines.push(l10n.t('Deprecated: {0}', String(s['x-deprecated'])));
  if (s.description && !/^(Required when creating\.|Read-only\.)$/.test(s.description)) lines.push(String(s.description).replace(/^Required when creating\. |^Read-only\. /, ''));
  if (s.enum) {
    const meanings: Record<string, string> = s['x-enumDescriptions'] ?? {};
    lines.push(s.enum.filter((v: unknown) => typeof v === 'string' && !s['x-spellingVariants']?.includes(v)).map((v: string) => `- \`${v}\`${meanings[v] ? `: ${meanings[v]}` : v === s['x-evolvableSentinel'] ? `: ${l10n.t('evolvable-enum sentinel (Graph may return it; do not send it)')}` : ''}`).join('\n'));
  }
  if (s['x-flags']) lines.push(l10n.t('Flags: one or more of {0}, comma-separated.', s['x-flags'].map((v: string) => `\`${v}\``).join(', ')));
  else if (s.pattern) lines.push(l10n.t('Pattern: {0}', `\`${s.pattern}\``));
  if (Array.isArray(s.type) && s.type.includes('null')) lines.push(l10n.t('Nullable: `null` is accepted.'));
  if (s['x-readOnlySource']) lines.push(l10n.t('Read-only per {0}.', s['x-readOnlySource']));
  return lines.join('\n\n');
}

/** Shown types at most: `entity` has thousands of derived types. */
const MAX_TYPES = 8;

/**
 * What a value (or each item) whose type is abstract or has derived types must or may name in `@odata.type`:
 * the dispatcher's `x-derivedTypes` (ipRange: four concrete types), else nothing.
 */
function itemTypes(s: GraphSchema): string | undefined {
  const value: GraphSchema | undefined = s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array')) ? s.items : s;
  const dispatch: GraphSchema | undefined = (value?.allOf ?? []).find((b: GraphSchema) => Array.isArray(b?.['x-derivedTypes']));
  if (!dispatch) return undefined;
  const derived = (dispatch['x-derivedTypes'] as string[]).map(t => `\`#${t}\``);
  const list = derived.length <= MAX_TYPES ? derived.join(', ') : l10n.t('{0} and {1} more', derived.slice(0, MAX_TYPES).join(', '), String(derived.length - MAX_TYPES));
  const each = value !== s;
  return dispatch['x-abstract']
    ? (each ? l10n.t('Each item names its type in `@odata.type` ({0} is abstract): {1}.', `\`${dispatch['x-graphType']}\``, list) : l10n.t('Name its type in `@odata.type` ({0} is abstract): {1}.', `\`${dispatch['x-graphType']}\``, list))
    : (each ? l10n.t('An item may name a derived type in `@odata.type`: {0}.', list) : l10n.t('It may name a derived type in `@odata.type`: {0}.', list));
}

function permissionLine(op: RouteOperation): string {
  const notSupported = l10n.t('not supported');
  const shown = (kind: 'delegated' | 'application') => permissionsText(leastPermissions(op.permissions, kind).map(p => `\`${p}\``)) ?? notSupported;
  return l10n.t('Least-privileged permissions: delegated {0}; application {1}.', shown('delegated'), shown('application'));
}

/** Hover of a request line: the operation, its success status, least-privileged permissions and availability. */
export function operationMarkdown(route: Route, op: RouteOperation | undefined, method: string): string {
  const lines: string[] = [];
  if (op) {
    lines.push(`**${op.summary}**: \`${op.method} ${route.template}\``);
    // HTTP's reason phrases (OK, Created) are the protocol's words, not translated.
    const statuses = op.success.map(s => `\`${s}${STATUS_TEXT[s] ? ' ' + STATUS_TEXT[s] : ''}\``);
    lines.push(l10n.t('Success: {0}', (statuses.length ? statuses.reduce((all, s) => l10n.t('{0} or {1}', all, s)) : '')));
    lines.push(permissionLine(op));
  } else {
    lines.push(l10n.t('`{0}` does not support {1}. Operations: {2}.', route.template, method, route.operations.map(o => `${o.method} (${o.summary})`).join(', ')));
  }
  if (route.versions.length === 1) {
    lines.push(route.versions[0] === 'beta' ? l10n.t('_Only in {0}: beta APIs are in preview and may change; not supported in production._', 'beta') : l10n.t('_Only in {0}._', route.versions[0]));
  }
  if (route.deprecated) lines.push(l10n.t('Deprecated: {0}', route.deprecated.message));
  if (op?.docs) lines.push(l10n.t('Docs: {0}', `\`${op.docs}\``));
  return lines.join('\n\n');
}
