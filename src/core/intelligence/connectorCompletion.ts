import { findNodeAtOffset, getLocation, parseTree, type Node } from 'jsonc-parser';
import type { RouteTable } from '../graph/types';
import type { GraphCompletion } from './completionTypes';
import type { RequestTarget } from './requestTarget';
import { collectConnectorFacts, schemaForItem } from './connectorFacts';
import { variableLookup } from './validator';
import { l10n } from '../text/l10n';

/** Markers of rule item.odataTypeMarkers (docs-facts.json; see connectorRules.ts), inserted with the collection. */
const MARKERS: Record<string, string> = { stringCollection: 'Collection(String)', dateTimeCollection: 'Collection(DateTimeOffset)' };

/** A value snippet per `propertyType` member (CSDL microsoft.graph.externalConnectors.propertyType). */
function valueSnippet(type: string | undefined): string {
  if (type?.endsWith('Collection')) return '[$1]';
  switch (type) {
    case 'string': return '"$1"';
    case 'int64': case 'double': return '${1:0}';
    case 'boolean': return '${1|false,true|}';
    case 'dateTime': return '"${1:2024-01-01T00:00:00Z}"';
    default: return '$1';
  }
}

/**
 * Inside an item's `properties` (PUT/PATCH .../items/{id}): the property names of the schema the same file registers
 * for that connection, each with a value of its type and, for a collection, its `@odata.type` marker line.
 * Undefined when the cursor is not at a property name there or no such schema is in the file.
 */
export function itemPropertyCompletions(text: string, offset: number, target: RequestTarget, table: RouteTable, environment?: Record<string, string>): GraphCompletion[] | undefined {
  const opId = target.analysis.match?.operation?.id;
  const connection = target.analysis.match?.params.connectionId;
  const body = target.body;
  if (!body || !connection || (opId !== 'externalItem.put' && opId !== 'externalItem.update')) return undefined;
  const rel = offset - body.offset;
  const location = getLocation(body.json, rel);
  if (location.path.length !== 2 || location.path[0] !== 'properties' || !location.isAtPropertyKey) return undefined;
  const facts = collectConnectorFacts(target.file, text, variableLookup(target.file, environment), table);
  const registered = schemaForItem(facts, connection, target.request);
  if (!registered) return undefined;
  const root = parseTree(body.json);
  const properties = root?.children?.find(p => p.children?.[0]?.value === 'properties')?.children?.[1];
  const present = new Set((properties?.children ?? []).map(p => p.children?.[0]?.value).filter((v): v is string => typeof v === 'string'));
  const node: Node | undefined = root ? findNodeAtOffset(root, rel, true) : undefined;
  const stringSpan = node?.type === 'string' ? { start: body.offset + node.offset, end: body.offset + node.offset + node.length } : undefined;
  const out: GraphCompletion[] = [];
  for (const [i, p] of [...registered.properties.values()].entries()) {
    if (present.has(p.name) && !(stringSpan && node?.value === p.name)) continue;
    const marker = p.type ? MARKERS[p.type] : undefined;
    const item: GraphCompletion = {
      label: p.name, kind: 'property',
      insertText: `${marker ? `"${p.name}@odata.type": "${marker}",\n` : ''}"${p.name}": ${valueSnippet(p.type)}`,
      isSnippet: true,
      detail: p.type ? l10n.t('{0} (connection schema)', p.type) : l10n.t('property (connection schema)'),
      documentation: marker
        ? l10n.t('{0}, from the schema this file registers for connection `{1}`. Inserted with its marker `"{2}@odata.type": "{3}"` (docs rule item.odataTypeMarkers).', `\`${p.name}\`${p.type ? `: ${p.type}` : ''}`, connection, p.name, marker)
        : l10n.t('{0}, from the schema this file registers for connection `{1}`.', `\`${p.name}\`${p.type ? `: ${p.type}` : ''}`, connection),
      sortText: String(i).padStart(3, '0'), // the schema's order
    };
    if (stringSpan) Object.assign(item, { replaceSpan: stringSpan, filterText: JSON.stringify(p.name) });
    out.push(item);
  }
  return out;
}
