import type { Sandbox } from '../../../src/sandbox/server';

export const PROFILE = '/onPremisesPublishingProfiles/applicationProxy';
export const ALL_DELEGATED = ['Directory.ReadWrite.All', 'ExternalConnection.ReadWrite.OwnedBy', 'ExternalItem.ReadWrite.OwnedBy'];

export interface Call { status: number; headers: Headers; body: any; text: string }

/** One Graph call with a delegated token that has every permission the routes need (unless a token is given). */
export async function graph(sandbox: Sandbox, method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}): Promise<Call> {
  const url = path.startsWith('http') ? path : `${sandbox.graphEndpoint}${path}`;
  const init: RequestInit = {
    method,
    headers: { authorization: `Bearer ${token ?? sandbox.issueToken({ scp: ALL_DELEGATED })}`, ...headers },
  };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let parsed: unknown;
  try { parsed = text ? JSON.parse(text) : undefined; } catch { parsed = undefined; }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export const ref = (path: string) => ({ '@odata.id': `https://graph.microsoft.com/beta${path}` });
