import type { ApiVersion, HttpMethod, RouteOperation } from '../../core/graph/types';
import type { SandboxContext } from '../context';
import type { Principal } from './auth';

/** One Graph call after routing and authentication: what a resource handler needs and nothing more. */
export interface SandboxRequest {
  ctx: SandboxContext;
  method: HttpMethod;
  version: ApiVersion;
  /** Path after the version segment, as sent (for nextLink), e.g. /external/connections */
  path: string;
  /** Template parameters, decoded, in template order. */
  params: string[];
  query: URLSearchParams;
  /** Parsed JSON body; undefined when none was sent. */
  body: unknown;
  operation: RouteOperation;
  principal: Principal;
}

export interface GraphResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type GraphHandler = (req: SandboxRequest) => GraphResult;

export const noContent = (): GraphResult => ({ status: 204 });
