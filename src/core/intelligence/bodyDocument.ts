import type { HttpRequest } from '../http/types';
import { getBodySchema } from '../graph/schemas';
import { loadRouteTable } from '../graph/routes';
import type { RouteTable } from '../graph/types';
import { bodyDiagnostics } from './bodyRules';
import { prepareBody } from './bodyText';
import { createJsonService, type JsonService } from './jsonService';
import type { GraphDiagnostic } from './types';

/**
 * The findings on a body kept in its own file (`*.connectorGroup.json`, checked by VS Code's JSON support through
 * `jsonValidation`) that the JSON Schema alone cannot give: read-only properties (JSON Schema's `readOnly` is an
 * annotation VS Code does not enforce), documentation placeholders, `@odata.id` targets.
 * What the schema does check (types, enums, unknown or missing properties) is left to VS Code, so nothing shows twice.
 */
const BEYOND_THE_SCHEMA = new Set(['graph.body.readOnly', 'graph.body.placeholder', 'graph.body.odataId', 'graph.body.tooDeep', 'graph.limit.bodyProblems', 'graph.limit.bodyNotChecked']);

export function validateBodyDocument(text: string, schemaKey: string, table: RouteTable = loadRouteTable(), json: JsonService = createJsonService()): GraphDiagnostic[] {
  const schema = getBodySchema(schemaKey);
  if (!schema) return [];
  const whole = { start: 0, end: text.length };
  const request: HttpRequest = {
    index: 0, method: 'POST', url: '', urlParts: [], urlSpan: { start: 0, end: 0 }, requestLine: 0, requestLineSpan: { start: 0, end: 0 },
    headers: [], body: { text, span: whole, startLine: 0, endLine: 0 }, span: whole, startLine: 0, endLine: 0, problems: [],
  };
  const prepared = prepareBody(request, text);
  if (!prepared) return [];
  return bodyDiagnostics(prepared, schema, json, table).filter(d => BEYOND_THE_SCHEMA.has(d.code));
}
