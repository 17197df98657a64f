import { valueType, type GraphSchema } from '../graph/schemas';
import type { Route, RouteOperation } from '../graph/types';

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/** Hover/completion documentation of a body property: type, required/read-only, meaning of enum values. */
export function propertyMarkdown(name: string, s: GraphSchema, required: boolean): string {
  const lines = [`**${name}**: \`${s['x-graphType'] ?? valueType(s) ?? 'any'}\``];
  const flags = [required ? 'Required.' : '', s['x-readOnly'] ? `Read-only: ${String(s['x-readOnly']).replace(/^`[^`]+` /, '')}` : s.readOnly ? 'Read-only.' : '', s['x-betaOnly'] ? 'beta only.' : ''].filter(Boolean);
  if (flags.length) lines.push(flags.join(' '));
  if (s.description && !/^(Required when creating\.|Read-only\.)$/.test(s.description)) lines.push(String(s.description).replace(/^Required when creating\. |^Read-only\. /, ''));
  if (s.enum) {
    const meanings: Record<string, string> = s['x-enumDescriptions'] ?? {};
    lines.push(s.enum.filter((v: unknown) => typeof v === 'string').map((v: string) => `- \`${v}\`${meanings[v] ? `: ${meanings[v]}` : v === s['x-evolvableSentinel'] ? ': evolvable-enum sentinel (Graph may return it; do not send it)' : ''}`).join('\n'));
  }
  if (s['x-flags']) lines.push(`Flags: one or more of ${s['x-flags'].map((v: string) => `\`${v}\``).join(', ')}, comma-separated.`);
  else if (s.pattern) lines.push(`Pattern: \`${s.pattern}\``);
  if (Array.isArray(s.type) && s.type.includes('null')) lines.push('Nullable: `null` is accepted.');
  if (s['x-readOnlySource']) lines.push(`Read-only per ${s['x-readOnlySource']}.`);
  return lines.join('\n\n');
}

function permissionLine(op: RouteOperation): string {
  const p = op.permissions;
  return `Least-privileged permissions: delegated ${p.delegated ? `\`${p.delegated}\`` : 'not supported'}; application ${p.application ? `\`${p.application}\`` : 'not supported'}.`;
}

/** Hover of a request line: the operation, its success status, least-privileged permissions and availability. */
export function operationMarkdown(route: Route, op: RouteOperation | undefined, method: string): string {
  const lines: string[] = [];
  if (op) {
    lines.push(`**${op.summary}**: \`${op.method} ${route.template}\``);
    lines.push(`Success: ${op.success.map(s => `\`${s}${STATUS_TEXT[s] ? ' ' + STATUS_TEXT[s] : ''}\``).join(' or ')}`);
    lines.push(permissionLine(op));
  } else {
    lines.push(`\`${route.template}\` does not support ${method}. Operations: ${route.operations.map(o => `${o.method} (${o.summary})`).join(', ')}.`);
  }
  if (route.versions.length === 1) lines.push(`_Only in ${route.versions[0]}${route.versions[0] === 'beta' ? ': beta APIs are in preview and may change; not supported in production' : ''}._`);
  if (op?.docs) lines.push(`Docs: \`${op.docs}\``);
  return lines.join('\n\n');
}
