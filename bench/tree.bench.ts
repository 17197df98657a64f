/**
 * Tenant tree: a sandbox tenant holding 5,000 connector groups. Measures (1) the first page, as the tree
 * loads it (server page of 100), from request to item models; (2) one page of all 5,000 (sandbox page
 * size 5,000) from request to item models; (3) the pure JSON -> item mapping of 5,000 groups alone, and
 * the heap those 5,000 item models hold. Reports; never fails the build.
 */
import { startSandbox, type Sandbox, type SandboxSeed } from '../src/sandbox/server';
import { fetchPage, pageOf, type GraphSend } from '../src/core/tenant/tenantAnswers';
import { graphUrls, GRAPH_ROOT } from '../src/core/tenant/graphUrls';
import { mapPageValues } from '../src/core/tenant/mapItems';
import { tenantFolders, tenantRoot } from '../src/core/tenant/structure';
import { gcFunction, timeMedian, type BenchResult } from './util';

const GROUPS = 5000;
const REGIONS = ['nam', 'eur', 'aus', 'asia', 'ind', null];

function seedGroups(): SandboxSeed['connectorGroups'] {
  return Array.from({ length: GROUPS }, (_, i) => ({
    id: `b0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Bench group ${i}`, isDefault: i === 0, region: REGIONS[i % REGIONS.length], connectorIds: [],
  }));
}

/** The extension's sender, reduced to what the tree needs: rewrite the Graph origin to the sandbox, add a token. */
function sandboxSend(sandbox: Sandbox): GraphSend {
  const token = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
  return async (r) => {
    const res = await fetch(r.url.replace(GRAPH_ROOT, sandbox.graphEndpoint), { method: r.method, headers: { authorization: `Bearer ${token}`, ...r.headers }, body: r.body });
    return { status: res.status, body: await res.text() };
  };
}

async function firstPageToItems(send: GraphSend) {
  const [folder] = tenantFolders(tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant' }));
  const page = await fetchPage(send, graphUrls.connectorGroups());
  if (!page.ok) throw new Error(page.failure.message);
  return mapPageValues(folder, page.value.values);
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const pageSize of [100, GROUPS]) {
    // loadSeed merges a partial seed over the default one.
    const sandbox = await startSandbox({ seed: { connectorGroups: seedGroups() } as SandboxSeed, pageSize });
    try {
      const send = sandboxSend(sandbox);
      const items = await firstPageToItems(send);
      if (items.length !== pageSize) throw new Error(`expected ${pageSize} items, got ${items.length}`);
      const ms = await timeMedian(() => firstPageToItems(send), pageSize === 100 ? 30 : 10, 2);
      results.push({ name: `tree: first page of ${GROUPS} sandbox groups (page ${pageSize}) -> items`, value: ms, unit: 'ms', goal: pageSize === 100 ? '<= 50 ms' : '<= 500 ms', goalMax: pageSize === 100 ? 50 : 500 });
    } finally {
      await sandbox.close();
    }
  }

  const [folder] = tenantFolders(tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant' }));
  const json = seedGroups().map(({ connectorIds: _c, ...g }) => ({ ...g, connectorGroupType: 'applicationProxy' }));
  const mapMs = await timeMedian(() => mapPageValues(folder, json), 20, 3);
  results.push({ name: `tree: map ${GROUPS} groups (JSON -> item models, pure)`, value: mapMs, unit: 'ms', goal: '<= 50 ms', goalMax: 50 });

  // The issue's measure: from the response body (text) to item models, i.e. the time after the response
  // arrives (JSON.parse + page + mapping), and the extra heap that leaves held (parsed objects + items).
  const body = JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/beta/$metadata#connectorGroups', value: json });
  const afterResponse = () => {
    const page = pageOf({ method: 'GET', url: graphUrls.connectorGroups() }, JSON.parse(body));
    if (!page.ok) throw new Error(page.failure.message);
    return mapPageValues(folder, page.value.values);
  };
  const afterMs = await timeMedian(afterResponse, 20, 3);
  results.push({ name: `tree: after the response: ${GROUPS}-group page body -> JSON.parse -> item models`, value: afterMs, unit: 'ms', goal: '<= 300 ms', goalMax: 300 });

  const gc = gcFunction();
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const heldAfterResponse = afterResponse();
  gc?.();
  const extra = process.memoryUsage().heapUsed - heapBefore;
  results.push({ name: `tree: extra heap after the response: parsed page + ${heldAfterResponse.length} item models${gc ? '' : ' (no gc: approximate)'}`, value: extra / 1024 / 1024, unit: 'MB', goal: '<= 50 MB', goalMax: 50 });

  gc?.();
  const before = process.memoryUsage().heapUsed;
  const held = mapPageValues(folder, json);
  gc?.();
  const bytes = process.memoryUsage().heapUsed - before;
  results.push({ name: `tree: heap held by ${held.length} item models${gc ? '' : ' (no --expose-gc: approximate)'}`, value: bytes / 1024 / 1024, unit: 'MB', goal: '<= 20 MB', goalMax: 20 });
  return results;
}
