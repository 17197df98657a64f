/**
 * A generated `.http` corpus for the benchmarks: a realistic mix of the examples' requests (every operation
 * of examples/*.http, most with JSON bodies, some with the docs' mistakes), each one a little different
 * (names, ids) so no two requests share a validator cache entry.
 */
export interface CorpusRequest {
  /** The request's text, from `###` to before the next one. */
  text: string;
  /** Its JSON body as sent to the JSON service (variables only ever inside strings), if any. */
  body?: string;
  /** Key of the body schema the route table names (schemas/bodies/<key>.schema.json). */
  schema?: string;
}

const AP = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy';
const EXT = 'https://graph.microsoft.com/v1.0/external/connections';
const REGIONS = ['nam', 'eur', 'aus', 'asia', 'ind'];

function guid(i: number, salt: number): string {
  const h = ((i + 1) * 2654435761 + salt * 40503) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(1, 4)}-8${hex.slice(4, 7)}-${hex}${hex.slice(0, 4)}`;
}

const json = (o: unknown): string => JSON.stringify(o, null, 2);

type Template = (i: number) => { title: string; method: string; url: string; body?: unknown; schema?: string; name?: string };

const TEMPLATES: Template[] = [
  i => ({ title: `List connector groups ${i}`, method: 'GET', url: `${AP}/connectorGroups\n  ?$select=id,name,region,isDefault` }),
  i => ({ title: `Create a connector group ${i}`, name: `created${i}`, method: 'POST', url: `${AP}/connectorGroups`, schema: 'connectorGroup.create',
    body: { name: `GCG demo ${i} {{$timestamp}}`, region: REGIONS[i % REGIONS.length] } }),
  i => ({ title: `Get group ${i}`, method: 'GET', url: `${AP}/connectorGroups/${guid(i, 1)}` }),
  i => ({ title: `Update group ${i}`, method: 'PATCH', url: `${AP}/connectorGroups/${guid(i, 2)}`, schema: 'connectorGroup.update',
    body: { name: `GCG demo ${i} (renamed)`, region: REGIONS[(i + 1) % REGIONS.length] } }),
  i => ({ title: `Add a connector to group ${i}`, method: 'POST', url: `${AP}/connectorGroups/${guid(i, 3)}/members/$ref`, schema: 'ref.connector',
    body: { '@odata.id': `${AP}/connectors/${guid(i, 4)}` } }),
  i => ({ title: `Move connector ${i}`, method: 'POST', url: `${AP}/connectors/${guid(i, 5)}/memberOf/$ref`, schema: 'ref.connectorGroup',
    body: { '@odata.id': `${AP}/connectorGroups/${guid(i, 6)}` } }),
  i => ({ title: `Assign application ${i}`, method: 'PUT', url: `https://graph.microsoft.com/beta/applications/${guid(i, 7)}/connectorGroup/$ref`, schema: 'ref.connectorGroup',
    body: { '@odata.id': `${AP}/connectorGroups/${guid(i, 8)}` } }),
  i => ({ title: `Create a connection ${i}`, name: `connection${i}`, method: 'POST', url: EXT, schema: 'externalConnection.create',
    body: { id: `gcgdemo${i}`, name: `GCG demo connection ${i}`, description: 'Created by the Graph Connector Groups examples' } }),
  i => ({ title: `Update connection ${i}`, method: 'PATCH', url: `${EXT}/gcgdemo${i}`, schema: 'externalConnection.update',
    body: { description: `Examples finished (${i}); about to be deleted` } }),
  i => ({ title: `Create an external group ${i}`, method: 'POST', url: `${EXT}/gcgdemo${i}/groups`, schema: 'externalGroup.create',
    body: { id: `engineering${i}`, displayName: `Engineering ${i}`, description: 'Engineers allowed to see engineering items' } }),
  i => ({ title: `Update external group ${i}`, method: 'PATCH', url: `${EXT}/gcgdemo${i}/groups/engineering${i}`, schema: 'externalGroup.update',
    body: { displayName: `Engineering (all) ${i}`, description: 'Everyone in engineering' } }),
  i => ({ title: `Add a member ${i}`, method: 'POST', url: `${EXT}/gcgdemo${i}/groups/engineering${i}/members`, schema: 'identity.create',
    body: { id: `{{memberUserId}}`, type: i % 3 === 0 ? 'group' : 'user' } }),
  i => ({ title: `Delete external group ${i}`, method: 'DELETE', url: `${EXT}/gcgdemo${i}/groups/engineering${i}` }),
  // The docs' mistakes (as in examples/seed-mistakes.http): wrong enum, unknown and read-only properties, placeholders.
  i => ({ title: `Mistake: region and read-only ${i}`, method: 'POST', url: `${AP}/connectorGroups`, schema: 'connectorGroup.create',
    body: { name: `Group ${i}`, region: 'europe', isDefault: false, connectorGroupType: 'applicationProxy' } }),
  i => ({ title: `Mistake: typo ${i}`, method: 'PATCH', url: `${AP}/connectorGroups/${guid(i, 9)}`, schema: 'connectorGroup.update',
    body: { nmae: `Group ${i}`, region: 'String' } }),
  i => ({ title: `Mistake: missing id ${i}`, method: 'POST', url: `${EXT}/gcgdemo${i}/groups`, schema: 'externalGroup.create',
    body: { '@odata.type': '#microsoft.graph.externalConnectors.externalGroup', displayName: 'String', description: 'String' } }),
];

/** `count` requests, cycling through the templates; the file starts with the examples' file variables. */
export function generateCorpus(count: number): { text: string; requests: CorpusRequest[] } {
  const header = `# Generated by bench/lib/corpus.ts: ${count} requests.\n@profile = ${AP}\n@memberUserId = a3b1c9d2-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n\n`;
  const requests: CorpusRequest[] = [];
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length](i);
    const body = t.body === undefined ? undefined : json(t.body);
    const lines = [`### ${t.title}`];
    if (t.name) lines.push(`# @name ${t.name}`);
    lines.push(`${t.method} ${t.url}`);
    if (body !== undefined) lines.push('Content-Type: application/json', '', body);
    requests.push({ text: lines.join('\n') + '\n\n', body, schema: t.schema });
  }
  return { text: header + requests.map(r => r.text).join(''), requests };
}
