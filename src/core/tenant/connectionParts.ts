/**
 * What an external connection holds in the tree besides its remembered groups: its schema (GET .../schema, one
 * entity whose `properties` become items) and the operations this workspace started (schema registrations: Graph
 * answers PATCH .../schema with 202 and the operation's URL, and has no list of operations). The property fields are
 * microsoft.graph.externalConnectors.property in the v1.0 CSDL (name, type, labels, aliases, description and the
 * isSearchable/isQueryable/isRetrievable/isRefinable flags); an operation is connectionOperation (id, status of
 * connectionOperationStatus: unspecified, inprogress, completed, failed; error: publicError).
 */
import { graphUrls } from './graphUrls';
import { CONTEXT, childKey, type NodeIcon, type TenantNode } from './nodes';
import type { RememberedOperation } from './rememberedOperations';
import type { GraphFailure } from './tenantAnswers';
import { l10n } from '../text/l10n';
import { COMMAND } from '../commands';

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : []);

export function schemaFolder(connection: TenantNode): TenantNode {
  const connectionId = connection.entityId ?? '';
  return {
    key: childKey(connection, 'schema'), kind: 'connectionSchema', parent: connection, connectionId, expandable: true,
    label: l10n.t('Schema'), tooltip: l10n.t('The schema registered for this connection (GET {0})', graphUrls.connectionSchema(connectionId)),
    icon: { id: 'symbol-structure' }, listUrl: graphUrls.connectionSchema(connectionId),
  };
}

export function operationsFolder(connection: TenantNode): TenantNode {
  return {
    key: childKey(connection, 'operations'), kind: 'connectionOperations', parent: connection, connectionId: connection.entityId ?? '', expandable: true,
    label: l10n.t('Operations'),
    tooltip: l10n.t('Schema registrations started from this workspace, with the status Graph gives each when expanded. Microsoft Graph has no operation that lists a connection\'s operations.'),
    icon: { id: 'history' },
  };
}

/** The flags a property sets, in the order the docs list them, as short words for its description. */
function flagWords(p: Json): string[] {
  return [
    p.isSearchable === true && l10n.t('searchable'),
    p.isQueryable === true && l10n.t('queryable'),
    p.isRetrievable === true && l10n.t('retrievable'),
    p.isRefinable === true && l10n.t('refinable'),
  ].filter((x): x is string => typeof x === 'string');
}

const yesNo = (v: unknown): string => (v === true ? l10n.t('yes') : l10n.t('no'));

const TYPE_ICON: Record<string, string> = {
  string: 'symbol-string', int64: 'symbol-numeric', double: 'symbol-numeric', dateTime: 'calendar', boolean: 'symbol-boolean',
  principal: 'person',
};

function propertyIcon(type: string | undefined): NodeIcon {
  if (!type) return { id: 'symbol-property' };
  if (type.endsWith('Collection')) return { id: 'symbol-array' };
  return { id: TYPE_ICON[type] ?? 'symbol-property' };
}

export function mapSchemaProperty(folder: TenantNode, json: Json): TenantNode | undefined {
  const name = str(json.name);
  if (!name) return undefined;
  const type = str(json.type);
  const labels = strings(json.labels);
  const aliases = strings(json.aliases);
  const flags = flagWords(json);
  return {
    key: childKey(folder, `property:${name}`), kind: 'schemaProperty', parent: folder, connectionId: folder.connectionId, json, expandable: false,
    label: name,
    description: [type ?? l10n.t('no type'), labels.length ? labels.join(', ') : undefined, flags.length ? flags.join(', ') : undefined].filter(Boolean).join(' · '),
    tooltip: [
      name,
      l10n.t('Type: {0}', type ?? '-'),
      l10n.t('Labels: {0}', labels.length ? labels.join(', ') : '-'),
      aliases.length ? l10n.t('Aliases: {0}', aliases.join(', ')) : undefined,
      str(json.description),
      l10n.t('Searchable: {0}', yesNo(json.isSearchable)),
      l10n.t('Queryable: {0}', yesNo(json.isQueryable)),
      l10n.t('Retrievable: {0}', yesNo(json.isRetrievable)),
      l10n.t('Refinable: {0}', yesNo(json.isRefinable)),
    ].filter(Boolean).join('\n'),
    icon: propertyIcon(type), contextValue: CONTEXT.schemaProperty,
  };
}

/** The schema's properties, in the order Graph returns them. */
export function schemaChildren(folder: TenantNode, schema: unknown): TenantNode[] {
  const props = schema && typeof schema === 'object' ? (schema as Json).properties : undefined;
  if (!Array.isArray(props)) return [];
  return props.filter((p): p is Json => !!p && typeof p === 'object').map(p => mapSchemaProperty(folder, p)).filter((n): n is TenantNode => n !== undefined);
}

/** GET .../schema answered 404: the connection has no schema yet (a draft connection). Said, not shown as an error. */
export function noSchemaNode(folder: TenantNode): TenantNode {
  const connectionId = folder.connectionId ?? '';
  return {
    key: childKey(folder, 'state:noSchema'), kind: 'empty', parent: folder, expandable: false,
    label: l10n.t('No schema registered'), description: l10n.t('Register Schema from File…'),
    tooltip: l10n.t('Graph has no schema for connection "{0}" yet: items can be put only after one is registered. Click to register one from a JSON file.', connectionId),
    icon: { id: 'info' },
    command: { command: COMMAND.registerSchemaFromFile, title: l10n.t('Register Schema from File…'), arguments: [{ connectionId }] },
  };
}

export function noOperationsNode(folder: TenantNode): TenantNode {
  return {
    key: childKey(folder, 'state:empty'), kind: 'empty', parent: folder, expandable: false,
    label: l10n.t('No operations started from this workspace'), description: l10n.t('Graph cannot list operations'),
    tooltip: l10n.t('Microsoft Graph has no operation that lists a connection\'s operations: this shows the schema registrations sent from this workspace (from the tree or a .http file), by the operation URL each 202 Accepted named.'),
    icon: { id: 'info' },
  };
}

/** What a GET of the operation said: its JSON, or why it could not be read. */
export type OperationReading = { ok: true; json: Json } | { ok: false; failure: GraphFailure };

const STATUS_ICON: Record<string, NodeIcon> = {
  completed: { id: 'pass-filled', color: 'testing.iconPassed' },
  failed: { id: 'error', color: 'testing.iconFailed' },
  inprogress: { id: 'sync~spin' },
  unspecified: { id: 'circle-large-outline' },
};

const two = (n: number): string => String(n).padStart(2, '0');
/** Local time of day: enough to tell this workspace's registrations apart, and what the user saw when sending. */
export function timeOfDay(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** The error of a failed operation (publicError: code, message, target), one line. */
export function operationError(json: Json | undefined): string | undefined {
  const e = json?.error;
  if (!e || typeof e !== 'object') return undefined;
  const { code, message, target } = e as Json;
  const head = [str(code), str(message)].filter(Boolean).join(': ');
  const where = str(target) ? l10n.t('(target: {0})', str(target)!) : undefined;
  return [head, where].filter(Boolean).join(' ') || undefined;
}

export function mapOperation(folder: TenantNode, op: RememberedOperation, reading: OperationReading | undefined): TenantNode {
  const json = reading?.ok ? reading.json : undefined;
  const status = str(json?.status) ?? (reading && !reading.ok ? 'unknown' : op.status ?? 'unknown');
  const error = operationError(json);
  const readFailure = reading && !reading.ok ? reading.failure : undefined;
  const statusText = readFailure ? l10n.t('could not read: {0}', readFailure.message) : status;
  return {
    key: childKey(folder, `operation:${op.id}`), kind: 'connectionOperation', parent: folder, entityId: op.id, connectionId: op.connectionId,
    json: json ?? { id: op.id, status }, expandable: false,
    label: l10n.t('Schema registration'),
    description: [statusText, l10n.t('started {0}', timeOfDay(op.startedAt))].join(' · '),
    tooltip: [
      l10n.t('Schema registration of connection "{0}"', op.connectionId),
      l10n.t('Operation id: {0}', op.id),
      l10n.t('Status: {0}', statusText),
      error && l10n.t('Error: {0}', error),
      l10n.t('Started: {0}', new Date(op.startedAt).toISOString()),
      `GET ${graphUrls.connectionOperation(op.connectionId, op.id)}`,
    ].filter(Boolean).join('\n'),
    icon: readFailure ? { id: 'question', color: 'disabledForeground' } : STATUS_ICON[status] ?? { id: 'question' },
    contextValue: `${CONTEXT.connectionOperation}.${readFailure ? 'unknown' : status}`,
  };
}
