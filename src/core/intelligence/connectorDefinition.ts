import { getLocation, parseTree, findNodeAtLocation } from 'jsonc-parser';
import type { Span } from '../text/lineIndex';
import type { RouteTable } from '../graph/types';
import { loadRouteTable } from '../graph/routes';
import { findRequestTarget } from './requestTarget';
import { collectConnectorFacts, resolvedString, type CreatedGroup } from './connectorFacts';
import { variableLookup } from './validator';

/** Where a reference in a `.http` file is defined: the text it was found on, and the request that defines it. */
export interface GraphDefinition {
  originSpan: Span;
  /** The whole defining request, request line to body. */
  targetSpan: Span;
  /** The part to select there: the group's `id` value. */
  targetSelectionSpan: Span;
}

/** `{{name.response.body.$.id}}`: the id in the response of the request named `name`. */
const RESPONSE_ID = /^\{\{\s*([\w-]+)\.response\.body\.\$\.id\s*\}\}$/;

/**
 * Go to Definition on an ACL entry's `value` when its `type` is `externalGroup` (rule item.acl: the value is the
 * external group's id): the request of the same file that creates that group, `POST .../connections/{id}/groups`
 * for the same connection with that body `id` (literal or through a file variable), or the named creating request
 * whose response id the value takes (`{{externalGroup.response.body.$.id}}`).
 */
export function getDefinition(text: string, offset: number, options: { table?: RouteTable; environment?: Record<string, string> } = {}): GraphDefinition | undefined {
  const table = options.table ?? loadRouteTable();
  const target = findRequestTarget(text, offset, table, options.environment);
  const opId = target?.analysis.match?.operation?.id;
  const body = target?.body;
  const connection = target?.analysis.match?.params.connectionId;
  if (!target || !body || !connection || (opId !== 'externalItem.put' && opId !== 'externalItem.update')) return undefined;
  const location = getLocation(body.json, offset - body.offset);
  const [acl, index, key] = location.path;
  if (acl !== 'acl' || typeof index !== 'number' || key !== 'value' || location.isAtPropertyKey) return undefined;
  const root = parseTree(body.json);
  const value = root && findNodeAtLocation(root, ['acl', index, 'value']);
  const type = root && findNodeAtLocation(root, ['acl', index, 'type']);
  if (value?.type !== 'string' || type?.value !== 'externalGroup') return undefined;
  const lookup = variableLookup(target.file, options.environment);
  const groups = collectConnectorFacts(target.file, text, lookup, table).groups;
  const named = RESPONSE_ID.exec(value.value)?.[1];
  const id = resolvedString(value.value, lookup);
  const group: CreatedGroup | undefined = named
    ? groups.find(g => g.request.name === named)
    : groups.find(g => g.connection === connection && g.id === id);
  if (!group) return undefined;
  const r = group.request;
  return {
    originSpan: { start: body.offset + value.offset, end: body.offset + value.offset + value.length },
    targetSpan: { start: r.requestLineSpan.start, end: r.body?.span.end ?? r.requestLineSpan.end },
    targetSelectionSpan: group.idSpan,
  };
}
