import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from '../context';
import { BodyTooLargeError, readBody } from '../http';
import { authenticate, authorize } from './auth';
import { GraphError, badRequest, graphErrorBody } from './errors';
import { handlersByOperationId } from './handlers';
import type { SandboxRequest, GraphResult } from './request';
import { resolveRoute } from './routing';

interface Ids { requestId: string; clientRequestId: string }

const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

async function readJsonBody(req: IncomingMessage, method: string): Promise<unknown> {
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return undefined;
  let text: string;
  try {
    text = await readBody(req);
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw new GraphError(413, 'RequestEntityTooLarge', 'The request body is too large.');
    throw err;
  }
  if (text.trim() === '') throw badRequest('Empty Payload. JSON content expected.');
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
}

async function execute(ctx: SandboxContext, req: IncomingMessage, url: URL): Promise<GraphResult> {
  const method = (req.method ?? 'GET').toUpperCase();
  // Graph's gateway authenticates before it looks at the path.
  const principal = authenticate(ctx, req.headers.authorization);
  const route = resolveRoute(url.pathname, method);
  // A documented operation the emulator does not implement yet says so, whatever the token's permissions.
  const handler = handlersByOperationId[route.operation.id];
  if (!handler) throw new GraphError(501, 'notSupported', `The sandbox tenant does not implement '${route.operation.id}'.`);
  authorize(principal, route.operation.permissions);
  const graphRequest: SandboxRequest = {
    ctx, method: route.operation.method, version: route.version, path: route.path, params: route.params,
    query: url.searchParams, body: await readJsonBody(req, method), operation: route.operation, principal,
  };
  return handler(graphRequest);
}

function write(res: ServerResponse, result: GraphResult): void {
  const headers: Record<string, string> = { 'odata-version': '4.0', ...result.headers };
  if (result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(result.body);
  res.writeHead(result.status, { ...headers, 'content-type': JSON_CONTENT_TYPE, 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** Serves /v1.0/... and /beta/... Every failure becomes Graph's error JSON; nothing a client sends can crash the server. */
export async function handleGraphRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL, ids: Ids): Promise<void> {
  let result: GraphResult;
  try {
    result = await execute(ctx, req, url);
  } catch (err) {
    const graphErr = err instanceof GraphError ? err : new GraphError(500, 'generalException', 'An unexpected error occurred in the sandbox tenant.');
    result = { status: graphErr.status, body: graphErrorBody(graphErr, ids, ctx.clock()), headers: graphErr.headers };
  }
  write(res, result);
}
