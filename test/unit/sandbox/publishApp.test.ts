import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph, PROFILE, ref } from './helpers';

const GROUPS = `/beta${PROFILE}/connectorGroups`;
const CUSTOM_TEMPLATE = '8adf8e6e-67b2-4cf2-a259-e3dc5476c621';
const USER_ROLE = '18d14569-c3bd-439b-9a66-3a2aee01d14f';
const TEST_USER = 'b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d01';
const SIGNED_IN_USER = 'a3b1c9d2-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const EXTERNAL_URL = 'https://wiki-contoso.msappproxy.net/';
const SCOPES = ['Directory.ReadWrite.All', 'Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'User.ReadWrite.All'];

function assertError(call: { status: number; body: any }, status: number, code: string, message: RegExp): void {
  assert.equal(call.status, status, JSON.stringify(call.body));
  assert.equal(call.body.error.code, code);
  assert.ok(call.body.error.innerError['request-id']);
  assert.match(call.body.error.message, message);
}

describe('publishing an app through a connector group (App Proxy tutorial)', () => {
  let sandbox: Sandbox;
  let token: string;
  const call = (method: string, path: string, body?: unknown) => graph(sandbox, method, path, body, token);
  before(async () => { sandbox = await startSandbox(); token = sandbox.issueToken({ scp: SCOPES }); });
  after(async () => { await sandbox.close(); });

  async function instantiate(displayName: string): Promise<{ app: any; sp: any }> {
    const res = await call('POST', `/v1.0/applicationTemplates/${CUSTOM_TEMPLATE}/instantiate`, { displayName });
    assert.equal(res.status, 201, res.text);
    return { app: res.body.application, sp: res.body.servicePrincipal };
  }

  test('applicationTemplates: $filter on displayName finds Custom; instantiate 201 with application and servicePrincipal', async () => {
    const list = await call('GET', `/v1.0/applicationTemplates?$filter=displayName eq 'Custom'`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.value.map((t: any) => t.id), [CUSTOM_TEMPLATE]);
    assert.equal((await call('GET', `/v1.0/applicationTemplates?$filter=displayName eq 'Nope'`)).body.value.length, 0);
    const res = await call('POST', `/v1.0/applicationTemplates/${CUSTOM_TEMPLATE}/instantiate`, { displayName: 'Contoso IWA App' });
    assert.equal(res.status, 201);
    assert.match(res.body['@odata.context'], /\$metadata#microsoft\.graph\.applicationServicePrincipal$/);
    assert.equal(res.body.application.displayName, 'Contoso IWA App');
    assert.equal(res.body.application.applicationTemplateId, CUSTOM_TEMPLATE);
    assert.equal('onPremisesPublishing' in res.body.application, false, 'v1.0 has no onPremisesPublishing');
    assert.equal(res.body.servicePrincipal.appId, res.body.application.appId);
    assert.deepEqual(res.body.servicePrincipal.appRoles.map((r: any) => r.id), [USER_ROLE]);
    assertError(await call('POST', '/v1.0/applicationTemplates/00000000-0000-0000-0000-000000000000/instantiate', { displayName: 'x' }), 404, 'Request_ResourceNotFound', /00000000/);
    assertError(await call('POST', `/v1.0/applicationTemplates/${CUSTOM_TEMPLATE}/instantiate`, {}), 400, 'BadRequest', /'displayName' is required/);
  });

  test('the tutorial end to end: URIs (v1.0), onPremisesPublishing (beta), group, SSO, user, clean up', async () => {
    const { app, sp } = await instantiate('Wiki');
    assert.equal((await call('PATCH', `/v1.0/applications/${app.id}`, { identifierUris: [EXTERNAL_URL], web: { redirectUris: [EXTERNAL_URL], homePageUrl: EXTERNAL_URL } })).status, 204);
    const publishing = {
      externalAuthenticationType: 'aadPreAuthentication', internalUrl: 'https://wiki.contoso.local/', externalUrl: EXTERNAL_URL,
      isHttpOnlyCookieEnabled: true, isPersistentCookieEnabled: true, isSecureCookieEnabled: true, isStateSessionEnabled: true,
      isTranslateHostHeaderEnabled: true, isTranslateLinksInBodyEnabled: true,
    };
    assert.equal((await call('PATCH', `/beta/applications/${app.id}`, { onPremisesPublishing: publishing })).status, 204);
    const group = (await call('POST', GROUPS, { name: 'Wiki connectors', region: 'eur' })).body;
    assert.equal((await call('PUT', `/beta/applications/${app.id}/connectorGroup/$ref`, ref(`${PROFILE}/connectorGroups/${group.id}`))).status, 204);
    const sso = { singleSignOnSettings: { singleSignOnMode: 'onPremisesKerberos', kerberosSignOnSettings: { kerberosServicePrincipalName: 'HTTP/wiki.contoso.local', kerberosSignOnMappingAttributeType: 'userPrincipalName' } } };
    assert.equal((await call('PATCH', `/beta/applications/${app.id}`, { onPremisesPublishing: sso })).status, 204);

    const apps = await call('GET', `${GROUPS}/${group.id}/applications`);
    assert.equal(apps.status, 200);
    assert.equal(apps.body.value.length, 1);
    const listed = apps.body.value[0].onPremisesPublishing;
    assert.equal(listed.externalUrl, EXTERNAL_URL, 'the SSO patch merged into the earlier one');
    assert.equal(listed.singleSignOnSettings.singleSignOnMode, 'onPremisesKerberos');
    assert.equal(listed.isOnPremPublishingEnabled, true, 'set by the service');

    assertError(await call('PATCH', `${GROUPS}/${group.id}`, { region: 'nam' }), 400, 'Request_BadRequest', /region/);
    assertError(await call('DELETE', `${GROUPS}/${group.id}`), 400, 'Request_BadRequest', /applications are assigned/);

    const assignment = { principalId: TEST_USER, principalType: 'User', appRoleId: USER_ROLE, resourceId: sp.id };
    const assigned = await call('POST', `/beta/servicePrincipals/${sp.id}/appRoleAssignments`, assignment);
    assert.equal(assigned.status, 201, assigned.text);
    assert.equal(assigned.body.principalDisplayName, 'Test user (sandbox)');
    assert.equal(assigned.body.resourceDisplayName, 'Wiki');
    assertError(await call('POST', `/beta/servicePrincipals/${sp.id}/appRoleAssignments`, assignment), 400, 'Request_BadRequest', /already exists/);

    assert.equal((await call('DELETE', `/v1.0/users/${TEST_USER}`)).status, 204);
    assertError(await call('DELETE', `/v1.0/users/${TEST_USER}`), 404, 'Request_ResourceNotFound', new RegExp(TEST_USER));
    assert.equal((await call('DELETE', `/v1.0/applications/${app.id}`)).status, 204);
    assert.equal((await call('GET', `${GROUPS}/${group.id}/applications`)).body.value.length, 0);
    assertError(await call('POST', `/beta/servicePrincipals/${sp.id}/appRoleAssignments`, assignment), 404, 'Request_ResourceNotFound', /./);
    assert.equal((await call('DELETE', `${GROUPS}/${group.id}`)).status, 204, 'no apps left: the group can go');
  });

  test('bodies are checked as Graph checks them: beta-only under v1.0, enums, read-only, nested unknown names', async () => {
    const { app, sp } = await instantiate('Checks');
    const patch = (version: string, body: unknown) => call('PATCH', `/${version}/applications/${app.id}`, body);
    assertError(await patch('v1.0', { onPremisesPublishing: { externalUrl: EXTERNAL_URL } }), 400, 'BadRequest', /'onPremisesPublishing' does not exist on type 'microsoft\.graph\.application'/);
    assertError(await patch('beta', { onPremisesPublishing: { externalAuthenticationType: 'kerberos' } }), 400, 'BadRequest', /Requested value 'kerberos' was not found/);
    assertError(await patch('beta', { onPremisesPublishing: { trafficRoutingMethod: 'fastest' } }), 400, 'BadRequest', /'fastest' was not found/);
    assertError(await patch('beta', { onPremisesPublishing: { singleSignOnSettings: { singleSignOnMode: 'kerberos' } } }), 400, 'BadRequest', /'kerberos' was not found/);
    assertError(await patch('beta', { onPremisesPublishing: { singleSignOnSettings: { kerberosSignOnSettings: { kerberosSignOnMappingAttributeType: 'email' } } } }), 400, 'BadRequest', /'email' was not found/);
    assertError(await patch('beta', { onPremisesPublishing: { isOnPremPublishingEnabled: true } }), 400, 'BadRequest', /'isOnPremPublishingEnabled' is read-only/);
    assertError(await patch('beta', { onPremisesPublishing: { applicationType: 'x' } }), 400, 'BadRequest', /'applicationType' is read-only/);
    assertError(await patch('beta', { onPremisesPublishing: { externalUrll: 'x' } }), 400, 'BadRequest', /'externalUrll' does not exist on type 'microsoft\.graph\.onPremisesPublishing'/);
    assertError(await patch('beta', { onPremisesPublishing: { isSecureCookieEnabled: 'yes' } }), 400, 'BadRequest', /Cannot convert the literal 'yes'/);
    assertError(await patch('v1.0', { identifierUris: 'https://x' }), 400, 'BadRequest', /StartArray/);
    assertError(await patch('beta', { onPremisesPublishing: { externalUrl: EXTERNAL_URL } }), 400, 'Request_BadRequest', /identifierUris/);
    assertError(await call('PATCH', '/v1.0/applications/00000000-0000-0000-0000-000000000000', { displayName: 'x' }), 404, 'Request_ResourceNotFound', /00000000/);
    assertError(await call('POST', `/beta/servicePrincipals/${sp.id}/appRoleAssignments`, { principalId: SIGNED_IN_USER, resourceId: sp.id, appRoleId: '11111111-1111-1111-1111-111111111111' }), 400, 'Request_BadRequest', /not found on application/);
    assertError(await call('POST', `/beta/servicePrincipals/${sp.id}/appRoleAssignments`, { principalId: 'not-a-guid', resourceId: sp.id, appRoleId: USER_ROLE }), 400, 'BadRequest', /principalId/);
  });

  test('GET /applications/{id} (application-get.md): 200 with the app, $select honoured, onPremisesPublishing in beta only', async () => {
    const { app } = await instantiate('Readable');
    const beta = await call('GET', `/beta/applications/${app.id}?$select=id,displayName,onPremisesPublishing`);
    assert.equal(beta.status, 200, beta.text);
    assert.match(beta.body['@odata.context'], /\/beta\/\$metadata#applications\(id,displayName,onPremisesPublishing\)\/\$entity$/);
    assert.deepEqual(Object.keys(beta.body).filter(k => !k.startsWith('@')).sort(), ['displayName', 'id', 'onPremisesPublishing']);
    const v1 = await call('GET', `/v1.0/applications/${app.id}`);
    assert.equal(v1.status, 200);
    assert.equal(v1.body.appId, app.appId);
    assert.equal('onPremisesPublishing' in v1.body, false, 'v1.0 has no onPremisesPublishing');
    assertError(await call('GET', '/beta/applications/00000000-0000-0000-0000-000000000000'), 404, 'Request_ResourceNotFound', /00000000/);
  });

  // permissions.json writes Application.Read.All on this path `least=...;AlsoRequires=AppRoleAssignment.ReadWrite.All` and
  // AppRoleAssignment.ReadWrite.All `AlsoRequires=Application.Read.All,Directory.Read.All`; the tutorial's step 5 asks for both.
  test('permissions: granting an app role needs AppRoleAssignment.ReadWrite.All with Application.Read.All (or Directory.Read.All), not either alone', async () => {
    const { sp } = await instantiate('Roles');
    const assign = (scp: string[]) => graph(sandbox, 'POST', `/beta/servicePrincipals/${sp.id}/appRoleAssignments`, { principalId: SIGNED_IN_USER, principalType: 'User', appRoleId: USER_ROLE, resourceId: sp.id }, sandbox.issueToken({ scp }));
    assertError(await assign(['Application.Read.All']), 403, 'Authorization_RequestDenied', /Insufficient/);
    assertError(await assign(['AppRoleAssignment.ReadWrite.All']), 403, 'Authorization_RequestDenied', /Insufficient/);
    assert.equal((await assign(['Application.Read.All', 'AppRoleAssignment.ReadWrite.All'])).status, 201);
    assertError(await assign(['AppRoleAssignment.ReadWrite.All', 'Directory.Read.All']), 400, 'Request_BadRequest', /already exists/);
  });

  test('permissions: a token without Application.ReadWrite.All cannot update applications', async () => {
    const { app } = await instantiate('Perm');
    const weak = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
    assertError(await graph(sandbox, 'PATCH', `/v1.0/applications/${app.id}`, { displayName: 'y' }, weak), 403, 'Authorization_RequestDenied', /Insufficient/);
  });
});
