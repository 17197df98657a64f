import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createValidator } from '../../../src/core/intelligence';
import { loadRouteTable } from '../../../src/core/graph/routes';

// Every route compiled from Graph's metadata and docs-facts.json, with a valid and an invalid request each.
const table = loadRouteTable();
const validator = createValidator();
const G = 'https://graph.microsoft.com';
const codes = (text: string) => validator.validate(text).filter(d => d.severity !== 'info').map(d => d.code);
const fill = (template: string) => template.replace(/\{[^}]+\}/g, '{{id}}').replace('/{{id}}/connectorGroups', '/applicationProxy/connectorGroups');
const req = (method: string, version: string, path: string, body?: unknown) =>
  `@id = x1\n${method} ${G}/${version}${path}${body === undefined ? '' : `\nContent-Type: application/json\n\n${typeof body === 'string' ? body : JSON.stringify(body, null, 2)}`}\n`;

const GUID = '00000000-0000-0000-0000-000000000001';
const EC = '/external/connections/{connectionId}';
const PROFILE = '/onPremisesPublishingProfiles/{publishingType}';
const SEGMENTS = '/applications/{applicationObjectId}/onPremisesPublishing/segmentsConfiguration/microsoft.graph.ipSegmentConfiguration/applicationSegments';

/** [method, version, template, valid body, invalid body, the code the invalid one gets] for every body-taking operation. */
const BODIES: [string, string, string, unknown, unknown, string][] = [
  ['POST', 'v1.0', '/applicationTemplates/{applicationTemplateId}/instantiate', { displayName: 'Contoso IWA' }, {}, 'graph.body.missingRequired'],
  ['PATCH', 'v1.0', '/applications/{applicationObjectId}', { identifierUris: ['https://app-contoso.msappproxy.net'], web: { redirectUris: ['https://app-contoso.msappproxy.net'], homePageUrl: 'https://app-contoso.msappproxy.net' } }, { identifierUris: 'https://x' }, 'graph.body.type'],
  ['PATCH', 'beta', '/applications/{applicationObjectId}', { onPremisesPublishing: { externalAuthenticationType: 'aadPreAuthentication', internalUrl: 'https://intranet', externalUrl: 'https://app-contoso.msappproxy.net', isHttpOnlyCookieEnabled: true, isTranslateHostHeaderEnabled: true } }, { onPremisesPublishing: { isOnPremPublishingEnabled: true } }, 'graph.body.readOnly'],
  ['PATCH', 'beta', '/applications/{applicationObjectId}', { onPremisesPublishing: { singleSignOnSettings: { singleSignOnMode: 'onPremisesKerberos', kerberosSignOnSettings: { kerberosServicePrincipalName: 'HTTP/iwademo.contoso.com', kerberosSignOnMappingAttributeType: 'userPrincipalName' } } } }, { onPremisesPublishing: { singleSignOnSettings: { singleSignOnMode: 'kerberos' } } }, 'graph.body.schema'],
  ['PATCH', 'v1.0', '/applications/{applicationObjectId}', { displayName: 'x' }, { onPremisesPublishing: { internalUrl: 'https://intranet' } }, 'graph.body.betaOnly'],
  ['POST', 'beta', '/servicePrincipals/{servicePrincipalId}/appRoleAssignments', { principalId: GUID, resourceId: GUID, appRoleId: GUID }, { principalId: 'not-a-guid', resourceId: GUID, appRoleId: GUID }, 'graph.body.pattern'],
  ['POST', 'v1.0', '/servicePrincipals/{servicePrincipalId}/appRoleAssignedTo', { principalId: GUID, resourceId: GUID, appRoleId: GUID }, { principalId: GUID, resourceId: GUID, appRoleId: 'user' }, 'graph.body.pattern'],
  ['POST', 'v1.0', '/external/connections', { id: 'contosohr', name: 'Contoso HR', description: 'HR tickets' }, { id: 'MicrosoftHR', name: 'x', description: 'd' }, 'graph.body.pattern'],
  ['POST', 'v1.0', '/external/connections', { id: 'contosohr', name: 'Contoso HR', description: 'd' }, { id: 'Teams', name: 'x', description: 'd' }, 'graph.body.pattern'],
  ['POST', 'v1.0', '/external/connections', { id: 'contosohr', name: 'n', description: 'd' }, { id: 'contosohr', name: 'n'.repeat(129), description: 'd' }, 'graph.body.schema'],
  ['POST', 'beta', '/external/connections', { id: 'contosohr', name: 'n', description: 'd', enabledContentExperiences: 'search,compliance', ingestedItemsCount: 5 }, { id: 'contosohr', name: 'n', description: 'd', enabledContentExperiences: 'search,index' }, 'graph.body.pattern'],
  ['POST', 'v1.0', '/external/connections', { id: 'contosohr', name: 'n', description: 'd', activitySettings: { urlToItemResolvers: [{ '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver', itemId: '{slug}', priority: 1, urlMatchInfo: { baseUrls: ['https://contoso.com'], urlPattern: '/t/(?<slug>[^/]+)' } }] } }, { id: 'contosohr', name: 'n', description: 'd', activitySettings: { urlToItemResolvers: [{ itemId: 'x', priority: 1 }] } }, 'graph.body.schema'],
  ['PATCH', 'v1.0', EC, { name: 'Contoso HR', configuration: { authorizedAppIds: [GUID] } }, { state: 'ready' }, 'graph.body.readOnly'],
  ['PATCH', 'v1.0', EC, { searchSettings: { searchResultTemplates: [{ id: 'tpl1', priority: 1, layout: {}, rules: [{ property: 'title', operation: 'contains', values: ['a'], valuesJoinedBy: 'or' }] }] } }, { complianceSettings: {} }, 'graph.body.betaOnly'],
  ['PATCH', 'v1.0', `${EC}/schema`, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string', isSearchable: true, labels: ['title'] }] }, { baseType: 'microsoft.graph.externalConnector.externalItem', properties: [{ name: 'title', type: 'string' }] }, 'graph.body.enum'],
  ['POST', 'v1.0', `${EC}/schema`, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string' }] }, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title!', type: 'string' }] }, 'graph.body.schema'],
  ['PUT', 'v1.0', `${EC}/items/{itemId}`, { acl: [{ type: 'everyone', value: GUID, accessType: 'grant' }], properties: { title: 'Error in payroll' }, content: { value: 'text', type: 'text' } }, { properties: { title: 'x' } }, 'graph.body.missingRequired'],
  ['PATCH', 'v1.0', `${EC}/items/{itemId}`, { properties: { title: 'x' } }, { acl: [{ type: 'everyone', value: GUID, accessType: 'allow' }] }, 'graph.body.schema'],
  ['POST', 'v1.0', `${EC}/items/{itemId}/addActivities`, { activities: [{ '@odata.type': '#microsoft.graph.externalConnectors.externalActivity', type: 'created', startDateTime: '2026-01-01T00:00:00Z' }] }, { activities: [{ type: 'opened', startDateTime: '2026-01-01T00:00:00Z' }] }, 'graph.body.schema'],
  ['POST', 'v1.0', `${EC}/groups`, { id: 'hrstaff', displayName: 'HR staff' }, { id: 'hr-staff' }, 'graph.body.pattern'],
  ['POST', 'v1.0', `${EC}/groups/{externalGroupId}/members`, { id: GUID, type: 'user' }, { id: GUID, type: 'person' }, 'graph.body.enum'],
  ['PATCH', 'beta', `${PROFILE}/hybridAgentUpdaterConfiguration`, { allowUpdateConfigurationOverride: true, deferUpdateDateTime: '2026-02-01T00:00:00Z' }, { deferUpdate: '2026-02-01T00:00:00Z' }, 'graph.body.unknownProperty'],
  ['POST', 'beta', `${PROFILE}/agentGroups`, { displayName: 'Group 1' }, { displayName: 1 }, 'graph.body.type'],
  ['PATCH', 'beta', `${PROFILE}/agentGroups/{agentGroupId}`, { displayName: 'Group 2' }, { id: 'x' }, 'graph.body.readOnly'],
  ['POST', 'beta', `${PROFILE}/agentGroups/{agentGroupId}/agents`, { machineName: 'host1' }, { machine: 'host1' }, 'graph.body.unknownProperty'],
  ['POST', 'beta', `${PROFILE}/agents/{agentId}/agentGroups/$ref`, { '@odata.id': `${G}/beta/onPremisesPublishingProfiles/provisioning/agentGroups/g1` }, { '@odata.id': `${G}/beta/onPremisesPublishingProfiles/applicationProxy/connectors/c1` }, 'graph.body.odataId'],
  ['POST', 'beta', `${PROFILE}/publishedResources`, { displayName: 'Contoso', resourceName: 'contoso.com' }, { displayNme: 'Contoso' }, 'graph.body.unknownProperty'],
  ['PATCH', 'beta', `${PROFILE}/publishedResources/{publishedResourceId}`, { displayName: 'Contoso 2' }, { publishingType: 'ftp' }, 'graph.body.enum'],
  ['POST', 'beta', `${PROFILE}/publishedResources/{publishedResourceId}/agentGroups`, { displayName: 'Group 1' }, { displayName: false }, 'graph.body.type'],
  ['PATCH', 'beta', `${PROFILE}/applicationSegments/{applicationSegmentId}`, { destinationHost: '10.0.0.1', destinationType: 'ipAddress', ports: ['80-80'], protocol: 'tcp,udp' }, { protocol: 'icmp' }, 'graph.body.pattern'],
  ['POST', 'beta', SEGMENTS, { destinationHost: '10.0.0.1', destinationType: 'ipAddress', port: 0, ports: ['80-80'], protocol: 'tcp' }, { destinationType: 'host' }, 'graph.body.enum'],
  ['PATCH', 'beta', `${SEGMENTS}/{applicationSegmentId}`, { ports: ['443-443'] }, { port: 'all' }, 'graph.body.type'],
];

describe('compiled routes: a valid and an invalid request each', () => {
  for (const [method, version, template, valid, invalid, code] of BODIES) {
    test(`${method} /${version}${template}: valid body, then ${code}`, () => {
      assert.deepEqual(codes(req(method, version, fill(template), valid)), [], 'valid');
      assert.ok(codes(req(method, version, fill(template), invalid)).includes(code), `invalid: ${codes(req(method, version, fill(template), invalid)).join(', ')}`);
    });
  }

  test('every body-taking operation of the table has a case above', () => {
    const covered = new Set(BODIES.map(([m, , t]) => `${m} ${t}`));
    const missing = table.routes.flatMap(r => r.operations.filter(o => o.bodySchema).map(o => `${o.method} ${r.template}`))
      .filter(k => !covered.has(k) && !/connectorGroup|\/connectors|^POST \/external\/connections$|^PATCH \/external\/connections\/\{connectionId\}\/groups/.test(k));
    assert.deepEqual(missing, []);
  });

  for (const route of table.routes) {
    for (const op of route.operations.filter(o => !o.bodySchema)) {
      const version = route.versions[route.versions.length - 1];
      test(`${op.method} /${version}${route.template}: clean; a body on it, or the wrong version, is flagged`, () => {
        const path = fill(route.template);
        assert.deepEqual(codes(req(op.method, version, path)), [], 'valid');
        if (op.method === 'GET' || op.method === 'DELETE') assert.ok(codes(req(op.method, version, path, { x: 1 })).includes('graph.body.unexpected'));
        if (route.versions.length === 1 && route.versions[0] === 'beta') assert.ok(codes(req(op.method, 'v1.0', path)).includes('graph.url.versionUnavailable'), 'beta only');
      });
    }
  }
});

describe('docs sample mistakes and national clouds', () => {
  test("the tutorial's SSO step: Content-type: appplication/json is an error with the fix", () => {
    const text = `PATCH ${G}/beta/applications/{{id}}\nContent-type: appplication/json\n\n{ "onPremisesPublishing": { "singleSignOnSettings": { "singleSignOnMode": "aadHeaderBased" } } }\n`;
    const d = validator.validate(text).find(x => x.code === 'graph.header.contentType')!;
    assert.equal(d.severity, 'error');
    assert.equal(d.fixes![0].edits[0].newText, 'application/json');
  });

  test('a beta-only property under /v1.0/ offers /beta/ first, and the fixed request is clean', () => {
    const text = req('PATCH', 'v1.0', '/external/connections/c1', { complianceSettings: {} });
    const d = validator.validate(text).find(x => x.code === 'graph.body.betaOnly')!;
    const edit = d.fixes![0].edits[0];
    const fixed = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    assert.match(fixed, /\/beta\/external/);
    assert.deepEqual(codes(fixed), []);
  });

  test('null: accepted where the metadata allows it (region), refused where it says Nullable="false"', () => {
    assert.deepEqual(codes(req('POST', 'beta', '/onPremisesPublishingProfiles/applicationProxy/connectorGroups', { name: 'x', region: null })), []);
    assert.ok(codes(req('POST', 'v1.0', '/external/connections', { id: 'abc', name: 'n', description: 'd', contentCategory: null })).includes('graph.body.type'));
  });

  test('externalConnectors in China: a warning naming the cloud; the same request to Global is clean', () => {
    const china = validator.validate('GET https://microsoftgraph.chinacloudapi.cn/v1.0/external/connections\n');
    assert.equal(china.length, 1);
    assert.equal(china[0].code, 'graph.url.cloudUnavailable');
    assert.match(china[0].message, /China \(21Vianet\)/);
    assert.deepEqual(createValidator({ cloud: 'China' }).validate('GET /v1.0/external/connections\n').map(d => d.code), ['graph.url.cloudUnavailable']);
    assert.deepEqual(createValidator({ cloud: 'Global' }).validate('GET /v1.0/external/connections\n'), []);
    assert.deepEqual(validator.validate('GET https://microsoftgraph.chinacloudapi.cn/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n'), []);
  });
});
