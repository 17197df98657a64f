import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createValidator } from '../../../src/core/intelligence/validator';
import { applyEdits, getCompletions, getHover } from '../../../src/core/intelligence';
import { lazyV1Model } from '../../../src/core/graph/v1Model';
import { resolveV1Path } from '../../../src/core/graph/v1Routes';
import { routeInfoFor } from '../../../src/core/graph/routeInfo';
import { offsetOf } from '../intelligence/helpers';

const metadataDir = join(process.env.GRAPH_FACTS_DIR ?? join(process.cwd(), '..', 'shared', 'graph'), 'metadata');
const csdl = (file: string) => readFileSync(join(metadataDir, file), 'utf8');

/**
 * The Description of the Core.V1.Revisions annotation on `target`, read straight from the CSDL text (not through the
 * generator): what each message must quote.
 */
function metadataSays(file: string, target: string): string {
  const text = csdl(file);
  const at = text.indexOf(`<Annotations Target="${target}">`);
  assert.ok(at >= 0, `${file} annotates ${target}`);
  const block = text.slice(at, text.indexOf('</Annotations>', at));
  assert.match(block, /Org\.OData\.Core\.V1\.Revisions[\s\S]*RevisionKind\/Deprecated/);
  return /Property="Description" String="([^"]*)"/.exec(block)![1].replace(/&apos;/g, "'");
}

const request = (method: string, url: string, body?: string) => `${method} https://graph.microsoft.com${url}\n${body ? `Content-Type: application/json\n\n${body}\n` : ''}`;

describe("what Graph's metadata deprecates (Org.OData.Core.V1.Revisions, Kind Deprecated)", () => {
  test('every deprecation in v1.0-Prod.csdl is in the model, an operation keyed by its binding type', () => {
    const m = lazyV1Model(readFileSync('schemas/v1.0/graph.jsonl'));
    const inFile = csdl('v1.0-Prod.csdl').match(/RevisionKind\/Deprecated/g)!.length;
    assert.equal(Object.keys(m.deprecated ?? {}).length, inFile);
    // <Annotations Target="microsoft.graph.recent(microsoft.graph.drive)">: the function recent bound to drive.
    assert.equal(m.deprecated!['microsoft.graph.drive/recent()'].description, metadataSays('v1.0-Prod.csdl', 'microsoft.graph.recent(microsoft.graph.drive)'));
    assert.equal(m.deprecated!['microsoft.graph.plannerPlan/owner'].removalDate, /RemovalDate" Date="([^"]+)"/.exec(csdl('v1.0-Prod.csdl').slice(csdl('v1.0-Prod.csdl').indexOf('<Annotations Target="microsoft.graph.plannerPlan/owner">')))![1]);
  });

  test('a deprecated property in a body is a warning tagged deprecated, in the metadata\'s words, at any depth; nothing else changes', () => {
    const plan = request('POST', '/v1.0/planner/plans', '{\n  "container": { "url": "https://graph.microsoft.com/v1.0/groups/ebf3b108-5234-4e22-b93d-656d7dae5874" },\n  "owner": "ebf3b108-5234-4e22-b93d-656d7dae5874",\n  "title": "Plan"\n}');
    const d = createValidator().validate(plan);
    assert.deepEqual(d.map(x => [x.severity, x.code, plan.slice(x.span.start, x.span.end), x.tags]), [['warning', 'graph.body.deprecated', '"owner"', ['deprecated']]]);
    assert.ok(d[0].message.startsWith(`'owner' is deprecated: ${metadataSays('v1.0-Prod.csdl', 'microsoft.graph.plannerPlan/owner')}`), d[0].message);
    assert.match(d[0].message, /\(Graph's metadata: deprecated \d{4}-\d\d-\d\d, removal date \d{4}-\d\d-\d\d\.\)$/);
    // Without it: nothing.
    assert.deepEqual(createValidator().validate(plan.replace(/ {2}"owner": .*\n/, '')).map(x => x.code), []);
  });

  test('on our own surfaces: an acl\'s identitySource (beta identitySourceType) and App Proxy\'s onPremisesApplicationSegments (beta onPremisesApplicationSegment)', () => {
    const item = request('PUT', '/beta/external/connections/contosohr/items/TSP228082938', '{\n  "acl": [\n    { "type": "everyone", "value": "67a141d8-cf4e-4528-ba07-bed21bfacd2d", "accessType": "grant", "identitySource": "azureActiveDirectory" }\n  ],\n  "properties": { "title": "x" }\n}');
    const found = createValidator().validate(item).filter(x => x.code === 'graph.body.deprecated');
    assert.deepEqual(found.map(x => item.slice(x.span.start, x.span.end)), ['"identitySource"']);
    assert.ok(found[0].message.startsWith(`'acl[].identitySource' is deprecated: ${metadataSays('beta-Prod-excerpts.xml', 'microsoft.graph.externalConnectors.identitySourceType')}`), found[0].message);

    const app = request('PATCH', '/beta/applications/{{appObjectId}}', '{\n  "onPremisesPublishing": {\n    "onPremisesApplicationSegments": []\n  }\n}');
    const segments = createValidator().validate(app).filter(x => x.code === 'graph.body.deprecated');
    assert.deepEqual(segments.map(x => app.slice(x.span.start, x.span.end)), ['"onPremisesApplicationSegments"']);
    assert.match(segments[0].message, /^'onPremisesPublishing\.onPremisesApplicationSegments' is deprecated: The onPremisesApplicationSegment type is deprecated/);
    assert.ok(segments[0].message.includes(metadataSays('beta-USNat.csdl', 'microsoft.graph.onPremisesApplicationSegment')));
  });

  test('a path through a deprecated navigation, type or bound function is a warning on that segment; its neighbours are not', () => {
    const url = (path: string) => { const text = request('GET', path); return createValidator().validate(text).filter(x => x.code === 'graph.url.deprecated').map(x => [text.slice(x.span.start, x.span.end), x.tags]); };
    // security/alerts: Collection(microsoft.graph.alert), the legacy Graph Security API's type.
    assert.deepEqual(url('/v1.0/security/alerts'), [['alerts', ['deprecated']]]);
    assert.deepEqual(url('/v1.0/security/alerts/{{alertId}}'), [['alerts', ['deprecated']]]);
    assert.deepEqual(url('/v1.0/security/alerts_v2'), []);
    assert.deepEqual(url('/v1.0/me/drive/recent()'), [['recent()', ['deprecated']]]);
    assert.deepEqual(url('/v1.0/me/drive/root/children'), []);
    assert.deepEqual(url('/v1.0/me/insights/shared'), [['shared', ['deprecated']]], 'sharedInsight is deprecated');
    const r = resolveV1Path('/security/alerts');
    assert.ok(r.kind === 'route' && r.route.deprecated?.message.startsWith(metadataSays('v1.0-Prod.csdl', 'microsoft.graph.alert')));
    // The CodeLens reads it from the route's info (the lens says "deprecated", its tooltip the metadata's words).
    assert.ok(routeInfoFor('GET', 'https://graph.microsoft.com/v1.0/security/alerts')?.deprecated?.startsWith(metadataSays('v1.0-Prod.csdl', 'microsoft.graph.alert')));
    assert.equal(routeInfoFor('GET', 'https://graph.microsoft.com/v1.0/security/alerts_v2')?.deprecated, undefined);
  });

  test('the former type annotation of an external group (beta microsoft.graph.externalGroup): the error quotes the metadata, and its preferred fix strips @odata.type as it asks', () => {
    const body = '{\n  "@odata.type": "#microsoft.graph.externalGroup",\n  "id": "31bea3d537902000",\n  "displayName": "Contoso Marketing"\n}';
    const text = request('POST', '/beta/external/connections/contosohr/groups', body);
    const d = createValidator().validate(text).find(x => x.code === 'graph.body.odataType')!;
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.tags, ['deprecated']);
    assert.ok(d.message.includes(metadataSays('beta-Prod-excerpts.xml', 'microsoft.graph.externalGroup')), d.message);
    const fixed = applyEdits(text, d.fixes!.find(f => f.isPreferred)!.edits);
    assert.ok(!fixed.includes('@odata.type'));
    assert.deepEqual(createValidator().validate(fixed).map(x => x.code), []);
    // The other fix names the current type; another wrong type keeps the plain message.
    assert.equal(d.fixes!.find(f => !f.isPreferred)!.edits[0].newText, '"#microsoft.graph.externalConnectors.externalGroup"');
    const other = createValidator().validate(text.replace('#microsoft.graph.externalGroup', '#microsoft.graph.group')).find(x => x.code === 'graph.body.odataType')!;
    assert.equal(other.tags, undefined);
    assert.match(other.message, /must name the resource/);
  });

  test('URL completion offers a deprecated segment after the rest, tagged: security/alerts beside alerts_v2, drive recent', () => {
    const after = (path: string) => { const text = `GET https://graph.microsoft.com${path}\n`; return getCompletions(text, text.length - 1); };
    const security = after('/v1.0/security/');
    const alerts = security.find(i => i.label === 'alerts')!, v2 = security.find(i => i.label === 'alerts_v2')!;
    assert.deepEqual(alerts.tags, ['deprecated']);
    assert.equal(v2.tags, undefined);
    assert.ok(alerts.sortText! > v2.sortText!, `${alerts.sortText} after ${v2.sortText}`);
    assert.deepEqual(after('/v1.0/me/drive/').find(i => i.label === 'recent')?.tags, ['deprecated']);
    assert.equal(after('/v1.0/me/drive/').find(i => i.label === 'root')?.tags, undefined);
  });

  test('completion offers a deprecated property last, tagged; hover says it is deprecated and why', () => {
    const text = request('POST', '/v1.0/planner/plans', '{\n  "title": "Plan",\n  ""\n}');
    const items = getCompletions(text, offsetOf(text, '""', 1));
    const labels = items.map(i => i.label);
    const owner = items.find(i => i.label === 'owner')!;
    assert.deepEqual(owner.tags, ['deprecated']);
    assert.equal(labels.indexOf('owner'), labels.length - 1, labels.join(', '));
    assert.equal(items.find(i => i.label === 'container')!.tags, undefined);
    const hovered = request('POST', '/v1.0/planner/plans', '{\n  "owner": "x"\n}');
    const hover = getHover(hovered, offsetOf(hovered, '"owner"', 2))!;
    assert.ok(hover.markdown.includes(`Deprecated: ${metadataSays('v1.0-Prod.csdl', 'microsoft.graph.plannerPlan/owner')}`), hover.markdown);
  });
});
