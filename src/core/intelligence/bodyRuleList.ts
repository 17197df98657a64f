/**
 * The Graph rules on a request's JSON body, after the JSON Schema check (bodyRules.ts): adding one is a new file
 * exporting a function and an entry here. Each gets the same input and reads the body's one parsed tree
 * (bodyTree.ts's objectRoot).
 */
import type { GraphSchema } from '../graph/schemas';
import type { PreparedBody } from './bodyText';
import type { VariableLookup } from './mappedUrl';
import type { CodeFix, GraphDiagnostic } from './types';
import type { RegisteredSchema } from './connectorFacts';
import { nestedDiagnostics } from './nestedRules';
import { appProxyDiagnostics } from './appProxyRules';
import { connectorDiagnostics } from './connectorRules';
import { openTypeDiagnostics } from './openTypeRules';
import { appRoleAssignmentDiagnostics } from './appRoleAssignmentRules';
import { referenceDiagnostics } from './referenceRules';
import { valueWrapperDiagnostics } from './valueWrapperRule';
import type { RouteTable } from '../graph/types';
import type { Span } from '../text/lineIndex';

export interface BodyRuleInput {
  prepared: PreparedBody;
  /** The body schema's key (`application.update`) and the schema itself, when the request's route has one. */
  schemaKey?: string;
  schema?: GraphSchema;
  /** The documented operation the request addresses (`externalItem.put`). */
  operationId?: string;
  version?: string;
  /** The edit that sends a v1.0 request to /beta/, for a property only beta has. */
  toBeta?: CodeFix;
  lookup: VariableLookup;
  /** The schema the same file registers for the item's connection, if any. */
  registered?: RegisteredSchema;
  /** The route's template parameters as written (`{ servicePrincipalId: '...' }`). */
  pathParams: Record<string, string>;
  /** The document span of a literal segment of the request's URL, for fixes that edit the URL. */
  segmentSpan: (segment: string) => Span | undefined;
  /** The route table (Graph's origins and versions), for the URLs a body links by. */
  table: RouteTable;
}

export type BodyRule = (input: BodyRuleInput) => GraphDiagnostic[];

export const BODY_RULES: readonly BodyRule[] = [
  // Read-only, beta-only and deprecated properties below the top level (deprecated ones at every level: deprecationRules.ts).
  i => nestedDiagnostics(i.prepared, i.schema, i.version, i.toBeta),
  // App Proxy's docs-only rules (Kerberos SSO settings, the external URL's domain): src/core/graph/facts.
  i => appProxyDiagnostics(i.prepared, i.schemaKey),
  // Graph connectors: schema properties, items and their ACLs, items against the schema the file registers.
  i => connectorDiagnostics(i.prepared, i.operationId, i.schema, { lookup: i.lookup, registered: i.registered }),
  // Open types (user, group, application, servicePrincipal): unknown properties are warnings, extension_ names fine.
  i => openTypeDiagnostics(i.prepared, i.schema, i.toBeta),
  // The App Proxy tutorial's app-role grant to a user through /appRoleAssignments (the API page: use /appRoleAssignedTo).
  i => appRoleAssignmentDiagnostics(i.prepared, i.operationId, i.pathParams, i.segmentSpan),
  // The URLs a body links by (@odata.bind, a v1.0 $ref's @odata.id): empty, placeholder, version, v1.0 path, bound name.
  i => referenceDiagnostics(i.prepared, i.schema, i.version, i.table),
  // A body wrapped in { "value": { ... } } as a response lists items: the resource's properties go at the top level.
  i => valueWrapperDiagnostics(i.prepared, i.schema),
];
