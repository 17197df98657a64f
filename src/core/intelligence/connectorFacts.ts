import type { Node } from 'jsonc-parser';
import { strictTree } from './bodyTree';
import type { Span } from '../text/lineIndex';
import type { HttpFile, HttpRequest } from '../http/types';
import { findVariableReferences } from '../http/variables';
import type { RouteTable } from '../graph/types';
import type { VariableLookup } from './mappedUrl';
import { analyzeRequestUrl, type AnalyzedUrl } from './urlRules';
import { prepareBody, type PreparedBody } from './bodyText';
import { spanOf } from './jsonEdits';
import { getBodySchema } from '../graph/schemas';
import { writableEnum } from './bodyRules';

/** One property of a schema a file registers: its name and `propertyType` (`string`, `int64Collection`...). */
export interface RegisteredProperty { name: string; type?: string; nameSpan: Span }

let propertyTypes: string[] | undefined;

/**
 * A registered property's `type` as the metadata spells it (`"String"` is `string`): Graph reads enum members
 * case-insensitively, and the docs' own registration example (externalconnectors-externalconnection-patch-schema)
 * writes `"String"`. A value that is no member is kept as written (the schema check reports it).
 */
export function propertyTypeMember(value: string): string {
  const s = getBodySchema('schema.update')?.properties?.properties?.items?.allOf?.[0]?.properties?.type;
  propertyTypes ??= s ? writableEnum(s) : [];
  const lower = value.toLowerCase();
  return propertyTypes.find(t => t.toLowerCase() === lower) ?? value;
}

/** A schema registration (PATCH or the older POST `.../connections/{id}/schema`) found in the same file. */
export interface RegisteredSchema {
  connection: string;
  request: HttpRequest;
  properties: Map<string, RegisteredProperty>;
  /** The body text as written: part of the cache key of the items checked against it. */
  source: string;
  /** Where the registration came from: the file (its own request, the default) or the tenant (GET .../schema). */
  origin?: 'tenant';
}

/** An external group the file creates (POST `.../connections/{id}/groups` with a body `id`). */
export interface CreatedGroup { connection: string; id: string; request: HttpRequest; idSpan: Span }

/**
 * What one `.http` file says about its Graph connectors, for the checks and links that span requests: an item's
 * `properties` against the schema the same file registers for that connection, an ACL entry's `value` to the
 * request that creates that external group. Connections are matched by the URL's connection id as written after
 * file variables are substituted: a literal, a file variable's value, or the same unresolved `{{request.var}}`.
 */
export interface ConnectorFacts {
  schemas: RegisteredSchema[];
  groups: CreatedGroup[];
  /** Changes whenever a registered schema does: validation results of items are cached under it. */
  signature: string;
}

const SCHEMA_OPS = new Set(['schema.register', 'schema.create.legacy']);
const CANDIDATE = /\/connections\/[^/?#\s]+\/(schema|groups)\/?(?:[?#]|\s*$)/i;

/** The JSON string's value with its `{{var}}`s replaced by their values where known (the rest kept as written). */
export function resolvedString(value: string, lookup: VariableLookup): string {
  if (!value.includes('{{')) return value;
  let out = '', last = 0;
  for (const ref of findVariableReferences(value)) {
    const v = lookup(ref.name);
    if (v === undefined) continue;
    out += value.slice(last, ref.span.start) + v;
    last = ref.span.end;
  }
  return out + value.slice(last);
}

/**
 * What one request says, relative to where it starts (spans) and without the request object: kept by FactsMemo
 * under the request's text and the values of its variables, so an edit elsewhere does not analyse it again.
 */
type Piece =
  | { kind: 'schema'; connection: string; properties: Array<{ name: string; type?: string; nameSpan: Span }> }
  | { kind: 'group'; connection: string; id: string; idSpan: Span }
  | { kind: 'none' };

/** The pieces of one validator's recent documents (what the last pass did not use goes when there are too many). */
export class FactsMemo {
  private readonly pieces = new Map<string, { piece: Piece; pass: number }>();
  private pass = 0;

  /** `keyOf`: the request's text and the values of its variables, as one string (the validator's cache key). */
  constructor(readonly keyOf: (request: HttpRequest, text: string, lookup: VariableLookup) => string) {}

  /** @internal */ begin(): void { this.pass++; }
  /** @internal */ get(key: string): Piece | undefined {
    const e = this.pieces.get(key);
    if (e) e.pass = this.pass;
    return e?.piece;
  }
  /** @internal */ set(key: string, piece: Piece): void { this.pieces.set(key, { piece, pass: this.pass }); }
  /** @internal */ end(used: number): void {
    if (this.pieces.size <= Math.max(64, 2 * used)) return;
    for (const [k, e] of this.pieces) if (e.pass !== this.pass) this.pieces.delete(k);
  }
}

/** `pass`: the validation pass's prepared bodies, analysed URLs and cloud, shared with the requests' own checks. */
export interface FactsPass { bodies?: Map<HttpRequest, PreparedBody>; urls?: Map<HttpRequest, AnalyzedUrl>; cloud?: string }

export function collectConnectorFacts(file: HttpFile, text: string, lookup: VariableLookup, table: RouteTable, origin?: 'tenant', memo?: FactsMemo, pass: FactsPass = {}): ConnectorFacts {
  const schemas: RegisteredSchema[] = [];
  const groups: CreatedGroup[] = [];
  memo?.begin();
  let used = 0;
  for (const request of file.requests) {
    if ((request.method !== 'PATCH' && request.method !== 'POST') || !request.body || !CANDIDATE.test(request.url)) continue;
    used++;
    const base = request.span.start;
    const key = memo?.keyOf(request, text, lookup);
    let piece = key === undefined ? undefined : memo!.get(key);
    if (!piece) {
      piece = analyse(request, text, lookup, table, pass);
      if (key !== undefined) memo!.set(key, piece);
    }
    if (piece.kind === 'schema') {
      const properties = new Map<string, RegisteredProperty>();
      for (const p of piece.properties) properties.set(p.name, { name: p.name, type: p.type, nameSpan: moved(p.nameSpan, base) });
      schemas.push({ connection: piece.connection, request, properties, source: request.body.text, ...(origin ? { origin } : {}) });
    } else if (piece.kind === 'group') {
      groups.push({ connection: piece.connection, id: piece.id, request, idSpan: moved(piece.idSpan, base) });
    }
  }
  memo?.end(used);
  const signature = schemas.map(s => `${s.connection}\u0000${s.request.index}\u0000${s.origin ?? ''}\u0000${s.source}`).join('\u0001');
  return { schemas, groups, signature };
}

/** One candidate request's registration or external group, its spans relative to the request's start. */
function analyse(request: HttpRequest, text: string, lookup: VariableLookup, table: RouteTable, pass: FactsPass): Piece {
  const base = request.span.start;
  const match = analyzeRequestUrl(request, lookup, table, pass.cloud, pass.urls).analysis.match;
  const connection = match?.params.connectionId;
  const opId = match?.operation?.id;
  if (!connection || !opId) return { kind: 'none' };
  const prepared = prepareBody(request, text, pass.bodies);
  const root = prepared && strictTree(prepared).root;
  if (root?.type !== 'object') return { kind: 'none' };
  const prop = (n: Node, name: string) => n.children?.find(p => p.children?.[0]?.value === name)?.children?.[1];
  if (SCHEMA_OPS.has(opId)) {
    // By name, as the facts keep them: a name given twice keeps its first place and takes the last entry.
    const properties = new Map<string, { name: string; type?: string; nameSpan: Span }>();
    for (const p of prop(root, 'properties')?.children ?? []) {
      const name = p.type === 'object' ? prop(p, 'name') : undefined;
      if (name?.type !== 'string') continue;
      const type = prop(p, 'type');
      properties.set(name.value, { name: name.value, type: type?.type === 'string' ? propertyTypeMember(type.value) : undefined, nameSpan: moved(spanOf(name, prepared!.offset), -base) });
    }
    return { kind: 'schema', connection, properties: [...properties.values()] };
  }
  if (opId === 'externalGroup.create') {
    const id = prop(root, 'id');
    if (id?.type === 'string') return { kind: 'group', connection, id: resolvedString(id.value, lookup), idSpan: moved(spanOf(id, prepared!.offset), -base) };
  }
  return { kind: 'none' };
}

function moved(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/** The schema an item request is checked against: the connection's nearest registration above it, else the last one. */
export function schemaForItem(facts: ConnectorFacts | undefined, connection: string, request: HttpRequest): RegisteredSchema | undefined {
  const own = facts?.schemas.filter(s => s.connection === connection) ?? [];
  return own.filter(s => s.request.index < request.index).pop() ?? own[own.length - 1];
}

/** Whether a document can hold anything these facts are about (cheap test before parsing URLs). */
export function mayHoldConnectorFacts(text: string): boolean {
  return /\/connections\//i.test(text);
}
