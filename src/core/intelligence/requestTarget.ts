import { parse as parseJsonc } from 'jsonc-parser';
import { findRequestAtOffset } from '../http/parser';
import { parsedHttpFile } from '../http/parsedFiles';
import type { HttpFile, HttpRequest } from '../http/types';
import type { RouteTable } from '../graph/types';
import { bodySchemaForODataType, getBodySchema, type GraphSchema } from '../graph/schemas';
import { MappedUrl } from './mappedUrl';
import { analyzeUrl, type UrlAnalysis } from './urlRules';
import { prepareBody, type PreparedBody } from './bodyText';
import { variableLookup } from './validator';

/** What completion and hover need to know about the request under the cursor. */
export interface RequestTarget {
  file: HttpFile;
  request: HttpRequest;
  url: MappedUrl;
  analysis: UrlAnalysis;
  body?: PreparedBody;
  bodySchema?: GraphSchema;
}

export function findRequestTarget(text: string, offset: number, table: RouteTable, environment?: Record<string, string>): RequestTarget | undefined {
  const file = parsedHttpFile(text);
  const request = findRequestAtOffset(file, offset);
  if (!request) return undefined;
  const url = MappedUrl.fromRequest(request, variableLookup(file, environment));
  const analysis = analyzeUrl(request, url, table);
  const target: RequestTarget = { file, request, url, analysis };
  if (request.body) target.body = prepareBody(request, text);
  let key = analysis.match?.operation?.bodySchema;
  if (!key && !analysis.match && target.body) {
    const value = parseJsonc(target.body.json, [], { allowTrailingComma: true });
    const declared = value && typeof value === 'object' ? (value as Record<string, unknown>)['@odata.type'] : undefined;
    if (typeof declared === 'string') key = bodySchemaForODataType(declared, request.method);
  }
  if (!key && analysis.match && !analysis.match.operation) {
    // Completing a body before the method is right: take the route's only body-taking operation.
    key = analysis.match.route.operations.find(o => o.bodySchema)?.bodySchema;
  }
  target.bodySchema = getBodySchema(key);
  return target;
}
