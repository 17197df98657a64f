/** A recording fake of the Graph sender for the tree's unit tests: routes by method + URL, pages by $skip. */
import type { GraphAnswer, TenantRequest, GraphSend } from '../../../src/core/tenant/tenantAnswers';

export interface FakeGraph { send: GraphSend; requests: TenantRequest[] }

export function fakeGraph(handler: (r: TenantRequest) => GraphAnswer | Promise<GraphAnswer>): FakeGraph {
  const requests: TenantRequest[] = [];
  return { requests, send: async (r) => { requests.push(r); return handler(r); } };
}

export const json = (status: number, body: unknown): GraphAnswer => ({ status, body: JSON.stringify(body) });

/** A collection served `pageSize` at a time with Graph-style absolute nextLinks. */
export function pagedCollection(url: string, items: unknown[], pageSize: number) {
  return (r: TenantRequest): GraphAnswer | undefined => {
    if (!r.url.startsWith(url) || r.method !== 'GET') return undefined;
    const rest = r.url.slice(url.length);
    if (rest !== '' && !rest.startsWith('?')) return undefined;
    const skip = Number(new URL(r.url).searchParams.get('$skip') ?? 0);
    const value = items.slice(skip, skip + pageSize);
    const next = skip + pageSize < items.length ? `${url}?$skip=${skip + pageSize}` : undefined;
    return json(200, { value, ...(next ? { '@odata.nextLink': next } : {}) });
  };
}

export const groups = (n: number) => Array.from({ length: n }, (_, i) => ({
  id: `g${i}`, name: `Group ${i}`, connectorGroupType: 'applicationProxy', isDefault: i === 0, region: i % 2 ? 'nam' : 'eur',
}));
