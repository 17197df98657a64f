import type { HttpFile, HttpRequest } from './types';
import { VariableResolver, type VariableContext } from './substitute';

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
 * Substitutes variables in one parsed request. File variables come from the parsed file
 * (the last definition of a name wins); `ctx.fileVariables`, if given, override them.
 * One resolver serves the whole request, so a file variable like `@id = {{$guid}}` has one value in it.
 */
export function resolveRequest(file: HttpFile, request: HttpRequest, ctx: ResolveContext): ResolvedRequest {
  const fileVariables: Record<string, string> = {};
  for (const v of file.variables) fileVariables[v.name] = v.value;
  Object.assign(fileVariables, ctx.fileVariables);
  const resolver = new VariableResolver({ ...ctx, fileVariables });
  const unresolved = new Set<string>();
  const sub = (text: string) => {
    const r = resolver.substitute(text);
    r.unresolved.forEach(u => unresolved.add(u));
    return r.text;
  };
  const url = sub(request.url);
  const headers: Record<string, string> = {};
  for (const h of request.headers) headers[sub(h.name)] = sub(h.value);
  const body = request.body === undefined ? undefined : sub(request.body.text);
  return { method: request.method, url, headers, ...(body === undefined ? {} : { body }), unresolved: [...unresolved] };
}
