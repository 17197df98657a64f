import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, createValidator, type GraphDiagnostic } from '../../../src/core/intelligence';

const CG = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const validate = (text: string) => createValidator().validate(text);
const only = (text: string, code: string): GraphDiagnostic => {
  const found = validate(text).filter(d => d.code === code);
  assert.equal(found.length, 1, `expected one ${code} in ${JSON.stringify(validate(text).map(d => d.code))}`);
  return found[0];
};
const fixed = (text: string, d: GraphDiagnostic, i = 0) => applyEdits(text, d.fixes![i].edits);

describe('URL rules', () => {
  test('a correct request has no diagnostics', () => {
    assert.deepEqual(validate(`POST ${CG}\nContent-Type: application/json\n\n{ "name": "Group A", "region": "eur" }\n`), []);
    assert.deepEqual(validate(`GET ${CG}/123/members\n`), []);
  });

  test('URLs of other hosts, and hosts hidden in unknown variables, are not validated', () => {
    assert.deepEqual(validate('GET https://example.com/beta/whatever\n'), []);
    assert.deepEqual(validate('GET {{baseUrl}}/nothing/here\n'), []);
  });

  test('unknown version: fix to the version that has the path', () => {
    const text = 'GET https://graph.microsoft.com/v2.0/external/connections\n';
    const d = only(text, 'graph.url.unknownVersion');
    assert.match(d.message, /Unknown API version 'v2\.0': Microsoft Graph serves v1\.0 or beta/);
    assert.equal(text.slice(d.span.start, d.span.end), 'v2.0');
    assert.equal(d.fixes!.find(f => f.isPreferred)!.title, 'Use v1.0');
  });

  test('beta-only resource under /v1.0/: error on the version, fix to /beta/', () => {
    const text = 'GET https://graph.microsoft.com/v1.0/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n';
    const d = only(text, 'graph.url.versionUnavailable');
    assert.match(d.message, /connectorGroup is only in beta/);
    assert.equal(fixed(text, d), `GET ${CG}\n`);
  });

  test('unknown path: names the nearest route and fixes to it, keeping the ids', () => {
    const text = `GET ${CG.replace('connectorGroups', 'connectorGroup')}/42/member\n`;
    const d = only(text, 'graph.url.unknownPath');
    assert.match(d.message, /Did you mean '\/onPremisesPublishingProfiles\/applicationProxy\/connectorGroups\/\{connectorGroupId\}\/members'\?/);
    assert.equal(fixed(text, d), `GET ${CG}/42/members\n`);
  });

  test('Graph paths the table does not cover are left alone; misspellings of ours are not', () => {
    for (const url of ['https://graph.microsoft.com/v1.0/me', 'https://graph.microsoft.com/beta/users/u1/memberOf', 'https://graph.microsoft.com/v1.0/external/connections/c1/schema', 'https://graph.microsoft.com/beta/applications/a1']) {
      assert.deepEqual(validate(`GET ${url}\n`), [], url);
    }
    const typo = 'POST https://graph.microsoft.com/v1.0/external/connections/c1/groupz\n';
    assert.equal(fixed(typo, only(typo, 'graph.url.unknownPath')), 'POST https://graph.microsoft.com/v1.0/external/connections/c1/groups\n');
    assert.equal(only('GET https://graph.microsoft.com/beta/connectors\n', 'graph.url.unknownPath').code, 'graph.url.unknownPath');
  });

  test('$count after a listable collection is fine', () => {
    assert.deepEqual(validate(`GET ${CG}/$count\n`), []);
    assert.deepEqual(validate(`GET ${CG}/g1/members/$count\n`), []);
  });

  test('URL continuation lines: a $select problem on the `?` line is reported there', () => {
    const text = `GET ${CG}\n    ?$select=name,colour\n`;
    const d = only(text, 'graph.url.unknownSelect');
    assert.equal(text.slice(d.span.start, d.span.end), 'colour');
  });

  test('method not supported: names the allowed methods, fix replaces the method', () => {
    const text = 'GET https://graph.microsoft.com/v1.0/external/connections/c1/groups\n';
    const d = only(text, 'graph.url.methodNotAllowed');
    assert.match(d.message, /GET is not supported on '\/external\/connections\/\{connectionId\}\/groups'; use POST\./);
    assert.equal(text.slice(d.span.start, d.span.end), 'GET');
    assert.ok(fixed(text, d).startsWith('POST https://'));
  });

  test('unknown $select field: names the real properties, fix to the nearest', () => {
    const text = `GET ${CG}?$select=nmae,region\n`;
    const d = only(text, 'graph.url.unknownSelect');
    assert.match(d.message, /'nmae' is not a property of connectorGroup; \$select one of: id, connectorGroupType, isDefault, name, region\./);
    assert.equal(fixed(text, d), `GET ${CG}?$select=name,region\n`);
  });

  test('a body on GET or DELETE: warning with a fix that removes it', () => {
    const text = `DELETE ${CG}/1\n\n{ "x": 1 }\n`;
    const d = only(text, 'graph.body.unexpected');
    assert.equal(d.severity, 'warning');
    assert.equal(fixed(text, d), `DELETE ${CG}/1\n\n\n`);
  });

  test('POST create without a body', () => {
    assert.match(only(`POST ${CG}\n`, 'graph.body.missing').message, /Create a connector group needs a JSON body/);
  });

  test('the App Proxy tutorial\'s user assignment through /appRoleAssignments is a warning with the fix to /appRoleAssignedTo (docs-facts.json: tutorial.servicePrincipal.addAppRoleAssignment, wrongPerReference)', () => {
    const sp = 'b00c693f-9658-4c06-bd1b-c402c4653dea';
    const text = (segment: string, principal: string, type?: string) => `POST https://graph.microsoft.com/beta/servicePrincipals/${sp}/${segment}\nContent-Type: application/json\n\n{\n  "principalId": "${principal}",${type ? `\n  "principalType": "${type}",` : ''}\n  "appRoleId": "18d14569-c3bd-439b-9a66-3a2aee01d14f",\n  "resourceId": "${sp}"\n}\n`;
    const tutorial = text('appRoleAssignments', '4628e7df-dff3-407c-a08f-75f08c0806dc', 'User');
    const d = only(tutorial, 'graph.docs.appRoleAssignmentPrincipal');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /not to a User\. To assign a user or group to the app, POST to \/servicePrincipals\/\{resourceId\}\/appRoleAssignedTo/);
    assert.deepEqual(validate(fixed(tutorial, d)), [], 'the fixed request: appRoleAssignedTo, a documented route');
    assert.match(only(text('appRoleAssignments', '4628e7df-dff3-407c-a08f-75f08c0806dc'), 'graph.docs.appRoleAssignmentPrincipal').message, /is not the service principal in the path/);
    assert.deepEqual(validate(text('appRoleAssignments', sp)), [], 'the service principal in the path: the API page\'s own use');
  });

  test('a Content-Length the body does not have is an error with the fix that removes the header (externalconnectors-externalitem-addactivities: "Content-length: 190" over 298 bytes); the right one, or one that depends on a variable, is not', () => {
    const body = '{\n  "name": "Contoso",\n  "region": "nam"\n}';
    const text = (length: string, eol = '\n') => [`POST ${CG}`, 'Content-Type: application/json', `Content-Length: ${length}`, '', body, ''].join(eol);
    const d = only(text('10'), 'graph.header.contentLength');
    assert.equal(d.message, `Content-Length says 10 bytes, but the body is ${Buffer.byteLength(body)}: Graph would read it cut off. Remove the header; the length is computed when sending.`);
    assert.equal(fixed(text('10'), d), [`POST ${CG}`, 'Content-Type: application/json', '', body, ''].join('\n'));
    const crlf = text('10', '\r\n');
    assert.equal(fixed(crlf, only(crlf, 'graph.header.contentLength')), [`POST ${CG}`, 'Content-Type: application/json', '', body, ''].join('\r\n'), 'no blank line left behind');
    assert.match(only(text('900'), 'graph.header.contentLength').message, /wait for bytes that never come/);
    for (const ok of [String(Buffer.byteLength(body)), '{{length}}']) assert.deepEqual(validate(text(ok)).filter(x => x.code === 'graph.header.contentLength'), [], ok);
  });

  test('a beta path routes.json lacks but beta\'s metadata has is not an error (application-post-applications.md, the App Proxy tutorial\'s first step; applicationtemplate-instantiate.md in beta); a misspelt one still is', () => {
    assert.deepEqual(validate('POST https://graph.microsoft.com/beta/applications\nContent-Type: application/json\n\n{ "displayName": "Display name" }\n'), []);
    assert.deepEqual(validate('POST https://graph.microsoft.com/beta/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621/instantiate\nContent-Type: application/json\n\n{ "displayName": "testProperties" }\n'), []);
    assert.deepEqual(validate('GET https://graph.microsoft.com/beta/applications/{{id}}/bogus\n').map(d => d.code), ['graph.url.unknownPath']);
  });

  test('below our own beta surfaces a path beta\'s metadata lacks is unknown (connecting-external-content-external-groups.md writes .../externalgroups/{id}/externalGroupMembers); real ones are not', () => {
    const codes = (path: string) => validate(`GET https://graph.microsoft.com/beta${path}\n`).map(d => d.code);
    assert.deepEqual(codes('/external/connections/contosohr/externalgroups/g1/externalGroupMembers'), ['graph.url.unknownPath']);
    assert.match(validate('GET https://graph.microsoft.com/beta/external/connections/contosohr/bogus\n')[0].message, /'bogus' is not a navigation property, property, type cast or bound operation of externalConnection in beta/);
    assert.deepEqual(codes('/onPremisesPublishingProfiles/applicationProxy/connectorGroups/g/bogus'), ['graph.url.unknownPath']);
    for (const ok of ['/external/connections/contosohr/quota', '/external/connections/contosohr/items/i1/activities', '/onPremisesPublishingProfiles/applicationProxy/agentGroups']) assert.deepEqual(codes(ok), [], ok);
  });

  test('a JSON body with no blank line above it is one error with the fix that adds the line, not one per line and a missing body (extensibility-schema-groups.md, steps 2 and 3)', () => {
    const text = 'POST https://graph.microsoft.com/v1.0/groups\nContent-type: application/json\n{\n  "displayName": "Courses",\n  "mailEnabled": false,\n  "mailNickname": "courses",\n  "securityEnabled": true\n}\n';
    const all = validate(text);
    assert.deepEqual(all.map(d => d.code), ['http.bodyWithoutBlankLine']);
    const repaired = fixed(text, all[0]);
    assert.equal(repaired, text.replace('json\n{', 'json\n\n{'));
    assert.deepEqual(validate(repaired), []);
  });

  test('a missing body under a non-JSON Content-Type is not called a JSON body (a Teams app package is a zip, per its docs page)', () => {
    const teamsApps = 'POST https://graph.microsoft.com/v1.0/appCatalogs/teamsApps\n';
    assert.equal(only(`${teamsApps}Content-Type: application/zip\n`, 'graph.body.missing').message, 'Create a teamsApp needs a body (Content-Type application/zip).');
    assert.match(only(`${teamsApps}Content-Type: application/json; charset=utf-8\n`, 'graph.body.missing').message, /needs a JSON body/);
    assert.deepEqual(validate(`${teamsApps}Content-Type: application/zip\n\n< ./app.zip\n`).filter(d => d.code === 'graph.body.missing'), []);
  });

  test('file variables are substituted; problems inside a variable value point at the {{reference}}', () => {
    const ok = '@base = https://graph.microsoft.com/beta\n@gid = 42\n\nGET {{base}}/onPremisesPublishingProfiles/applicationProxy/connectorGroups/{{gid}}\n';
    assert.deepEqual(validate(ok), []);
    const text = '@base = https://graph.microsoft.com/v1.0\n\nGET {{base}}/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n';
    const d = only(text, 'graph.url.versionUnavailable');
    assert.equal(text.slice(d.span.start, d.span.end), '{{base}}');
  });

  test('a {{variable}} with no known value matches any id, never a literal', () => {
    assert.deepEqual(validate(`GET ${CG}/{{groupId}}/members\n`), []);
    assert.deepEqual(validate('DELETE https://graph.microsoft.com/v1.0/external/connections/{{c}}/groups/{{g}}/members/{{$guid}}\n'), []);
  });

  test('national clouds are Graph hosts too', () => {
    assert.equal(only('GET https://graph.microsoft.us/v1.0/onPremisesPublishingProfiles/applicationProxy/connectors\n', 'graph.url.versionUnavailable').code, 'graph.url.versionUnavailable');
  });
});
