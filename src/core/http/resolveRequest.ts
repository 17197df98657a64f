import type { HttpFile, HttpRequest } from './types';
import type { VariableContext } from './substitute';
import { buildRequest } from './buildRequest';

/** A request ready to send: every variable that could be resolved has been. */
export interface ResolvedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  unresolved: string[];
}

export type ResolveContext = Omit<VariableContext, 'fileVariables'> & { fileVariables?: Record<string, string> };

/**
 * Substitutes variables in one parsed request, as buildRequest does, without reading body files (`< ./file`
 * lines stay as written), so the body is always text. File variables come from the parsed file (the last
 * definition of a name wins); `ctx.fileVariables`, if given, override them.
 */
export function resolveRequest(file: HttpFile, request: HttpRequest, ctx: ResolveContext): ResolvedRequest {
  const built = buildRequest(file, request, ctx);
  const body = built.body === undefined ? undefined : typeof built.body === 'string' ? built.body : Buffer.from(built.body).toString('utf8');
  return { method: built.method, url: built.url, headers: built.headers, ...(body === undefined ? {} : { body }), unresolved: built.unresolved };
}
