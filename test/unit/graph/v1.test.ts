import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createValidator } from '../../../src/core/intelligence/validator';
import { resolveV1Path } from '../../../src/core/graph/v1Routes';
import { derivedTypes, lazyV1Model, loadV1Model, v1ModelLoaded } from '../../../src/core/graph/v1Model';
import { getBodySchema } from '../../../src/core/graph/schemas';
import { writableEnum } from '../../../src/core/graph/enumValues';
import { permissionPaths, permissionPathAsPath } from '../../../src/core/graph/generate/v1ModelCompiler';
import { where } from '../intelligence/helpers';
import { applyEdits, getCompletions, getHover } from '../../../src/core/intelligence';
import { routeInfoFor } from '../../../src/core/graph/routeInfo';
import { leastPrivilegedPermissions, scopesForRequest } from '../../../src/core/auth/scopes';
import { describeError } from '../../../src/core/send/describeError';

const fixture = (name: string) => readFileSync(join('test/unit/graph/fixtures', name), 'utf8');
const factsDir = process.env.GRAPH_FACTS_DIR ?? join(process.cwd(), '..', 'shared', 'graph');

describe('Graph v1.0 from its whole metadata (schemas/v1.0/graph.jsonl)', () => {
  test('the model is read on first use, not before', () => {
    assert.equal(v1ModelLoaded(), false);
    createValidator().validate('GET https://graph.microsoft.com/v1.0/external/connections\n');
    assert.equal(v1ModelLoaded(), false, 'a path routes.json knows does not read the model');
    createValidator().validate('GET https://graph.microsoft.com/v1.0/me/messages\n');
    assert.equal(v1ModelLoaded(), true);
  });

  test('graph.jsonl is read per line: a type, an enum, derived types and bound operations as the generator wrote them', () => {
    const bytes = readFileSync('schemas/v1.0/graph.jsonl');
    const m = lazyV1Model(bytes);
    const first = bytes.indexOf(10);
    assert.ok(first < bytes.length / 8, `the first line (read whole at load) is ${first} of ${bytes.length} bytes`);
    assert.equal(m.types['microsoft.graph.user'].b, 'microsoft.graph.directoryObject');
    assert.equal(m.types['microsoft.graph.notAType'], undefined);
    assert.equal(m.types['microsoft.graph.bodyType'], undefined, 'an enum is not a type');
    assert.deepEqual(m.enums['microsoft.graph.bodyType'], [0, ['text', 'html']], "v1.0-Prod.csdl: EnumType bodyType, members text and html");
    assert.ok(m.operations['microsoft.graph.user'].some(o => o[0] === 'sendMail'));
    assert.deepEqual(derivedTypes(m, 'microsoft.graph.ipRange'), ['microsoft.graph.iPv4CidrRange', 'microsoft.graph.iPv4Range', 'microsoft.graph.iPv6CidrRange', 'microsoft.graph.iPv6Range'], 'v1.0-Prod.csdl: four ComplexTypes with BaseType graph.ipRange');
    assert.ok(Object.keys(m.types).length > 2900, 'enumerating reads every line');
  });

  test('the docs\' v1.0 requests (users, groups, applications, service principals, invitations, named locations, teams, drives, mail, calendar) get no diagnostic but the deprecations Graph\'s metadata records', () => {
    const text = fixture('v1-docs-examples.http');
    const diagnostics = createValidator().validate(text);
    const deprecated = (d: { code: string }) => d.code === 'graph.body.deprecated' || d.code === 'graph.url.deprecated';
    // Hints where the docs write an enum member in another case ("HTML" for bodyType html): accepted, the metadata's spelling named.
    const spelled = diagnostics.filter(d => d.code === 'graph.body.enumSpelling');
    assert.ok(spelled.every(d => d.severity === 'hint'));
    assert.deepEqual(diagnostics.filter(d => !deprecated(d) && d.code !== 'graph.body.enumSpelling').map(d => `${where(text, d)} ${d.message}`), []);
    // v1.0-Prod.csdl, Core.V1.Revisions Kind Deprecated on: b2xIdentityUserFlow/identityProviders, recent(drive),
    // sharedWithMe(drive), permission/grantedToIdentities. The docs pages still show them; they are warnings.
    assert.deepEqual(diagnostics.filter(deprecated).map(d => `${d.severity} ${d.code} ${text.slice(d.span.start, d.span.end)}`), [
      'warning graph.body.deprecated "identityProviders"', 'warning graph.url.deprecated recent',
      'warning graph.url.deprecated sharedWithMe', 'warning graph.body.deprecated "grantedToIdentities"',
    ]);
  });

  test('wrong types, enums, unknown properties, missing @odata.type, unknown paths, beta-only paths and forbidden methods are flagged', () => {
    const text = fixture('v1-mistakes.http');
    const diagnostics = createValidator().validate(text);
    const got = diagnostics.map(d => `${d.severity} ${d.code} ${JSON.stringify(text.slice(d.span.start, d.span.end))}${/Did you mean '([^']+)'/.exec(d.message)?.[1] ? ' -> ' + /Did you mean '([^']+)'/.exec(d.message)![1] : ''}`);
    // A beta-only path also names its beta template; beta-only ones carry the /beta/ fix.
    got.push(...diagnostics.filter(d => /exists only in beta/.test(d.message)).map(d => `${d.severity} ${d.code} ${JSON.stringify(text.slice(d.span.start, d.span.end))} ${/'([^']+)' exists only in beta/.exec(d.message)![1]}`));
    for (const d of diagnostics.filter(d => d.code === 'graph.url.versionUnavailable')) assert.equal(d.fixes?.[0]?.edits[0].newText, 'beta');
    const expected = [
      'error graph.body.type "\\"yes\\""',
      'error graph.body.unknownProperty "\\"invitedUserEmail\\"" -> invitedUserType',
      'error graph.body.schema "\\"mandatory\\""',
      'error graph.body.schema "{"',
      'error graph.url.unknownPath "/users/{{userId}}/mesages" -> /users/{user-id}/messages',
      'error graph.url.unknownPath "/usres" -> /users',
      'error graph.url.versionUnavailable "v1.0"',
      'error graph.url.versionUnavailable "v1.0" /users/{user-id}/profile',
      'error graph.url.versionUnavailable "v1.0" /riskyUsers',
      'error graph.url.methodNotAllowed "POST"',
      'error graph.url.methodNotAllowed "GET"',
      'warning graph.body.missingRequired "{"',
      'warning graph.body.betaOnly "\\"accessPackageAssignment\\""',
      'warning graph.body.betaOnly "\\"postOfficeBox\\""',
      'error graph.body.syntax ","',
    ];
    for (const e of expected) assert.ok(got.includes(e), `missing: ${e}\ngot:\n${got.join('\n')}`);
    // Only the parameter the metadata says must be given (Nullable="false"): assignLicense's removeLicenses.
    // A warning: the docs call some such parameters optional (rangesort-apply, chartcollection-add; docs sample 7).
    assert.deepEqual(diagnostics.filter(d => d.code === 'graph.body.missingRequired').map(d => d.message), ["Missing required parameter 'removeLicenses' of the action assignLicense. (Graph's metadata: not nullable and not optional; its docs call some such parameters optional.)"]);
  });

  test('routes: roots, keys, contained and non-contained navigation with $ref, casts, bound actions and functions, $count and $value', () => {
    const kinds = (p: string) => { const r = resolveV1Path(p); return r.kind === 'route' ? r.route.operations.map(o => o.method).join(',') : r.kind; };
    assert.equal(kinds('/users/x/manager/$ref'), 'GET,PUT,DELETE');
    assert.equal(kinds('/groups/x/members/$ref'), 'GET,POST,DELETE');
    assert.equal(kinds('/groups/x/members/y/$ref'), 'DELETE');
    assert.equal(kinds('/groups/x/members/microsoft.graph.user'), 'GET,POST,PUT,PATCH,DELETE');
    assert.equal(kinds('/users/delta()'), 'GET');
    assert.equal(kinds('/me/sendMail'), 'POST');
    assert.equal(kinds('/users/$count'), 'GET');
    assert.equal(kinds('/me/photo/$value'), 'GET,PUT,DELETE');
    assert.equal(kinds('/me/calendarView'), 'GET,PUT,PATCH,DELETE', 'user/calendarView: Insertable=false');
    assert.equal(kinds('/users/x/$value'), 'unknown', 'a user is no media entity');
    // Not HasStream in the metadata, but the docs read their content there (message-get.md "Get MIME content of a
    // message", attachment-get.md "raw contents"): GET only. An eventMessage is a message; an event is not.
    assert.equal(kinds('/me/messages/x/$value'), 'GET');
    assert.equal(kinds('/me/mailFolders/inbox/messages/x/microsoft.graph.eventMessage/$value'), 'GET');
    assert.equal(kinds('/me/events/x/attachments/y/$value'), 'GET');
    assert.equal(kinds('/me/messages/x/attachments/y/$value'), 'GET');
    assert.equal(kinds('/me/events/x/$value'), 'unknown', 'an event has no $value');
    assert.equal(kinds('/me/drive/root:/a/b.txt:/content'), 'unchecked');
    assert.equal(kinds('/users/x' + '/manager/directReports/x'.repeat(6)), 'unchecked', 'deeper than the documented limit');
  });

  test('each route carries the least-privileged permissions of permissions.json', () => {
    const r = resolveV1Path('/users/{{id}}/manager');
    assert.equal(r.kind, 'route');
    const get = r.kind === 'route' ? r.route.operations.find(o => o.method === 'GET')! : undefined;
    assert.ok(get?.permissions.delegated, 'GET manager has a delegated least privilege');
    assert.ok(get!.permissions.all.includes(get!.permissions.delegated!));
  });

  test('a write whose least permission only reads asks for the least write one too, as the docs do (conditionalaccessroot-post-namedlocations: "Policy.Read.All and Policy.ReadWrite.ConditionalAccess"; permissions.json marks Policy.Read.All least for GET and POST)', () => {
    const url = 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations';
    const op = (method: string, path = '/identity/conditionalAccess/namedLocations') => { const r = resolveV1Path(path); return r.kind === 'route' ? r.route.operations.find(o => o.method === method)!.permissions : undefined; };
    assert.deepEqual([op('POST')?.delegated, op('POST')?.delegatedAlso, op('POST')?.application, op('POST')?.applicationAlso], ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess', 'Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']);
    assert.equal(op('GET')?.delegatedAlso, undefined, 'reading needs only the read permission');
    assert.equal(op('POST', '/me/checkMemberGroups')?.delegatedAlso, undefined, 'an action may only read: checkMemberGroups is granted by Application.Read.All');
    // What the user meets: the CodeLens, the sign-in scopes, the 403 hint and the hover name both.
    const info = routeInfoFor('POST', url)!;
    assert.equal(info.permission, 'Policy.Read.All and Policy.ReadWrite.ConditionalAccess');
    assert.deepEqual(info.consent, ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']);
    assert.deepEqual(scopesForRequest('POST', url), ['https://graph.microsoft.com/Policy.Read.All', 'https://graph.microsoft.com/Policy.ReadWrite.ConditionalAccess', 'offline_access']);
    assert.deepEqual(scopesForRequest('GET', url), ['https://graph.microsoft.com/Policy.Read.All', 'offline_access']);
    assert.deepEqual(leastPrivilegedPermissions('POST', url), ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']);
    const refused = describeError({ status: 403, headers: {}, method: 'POST', url, body: '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}' });
    assert.match(refused.hint ?? '', /needs the Policy\.Read\.All and Policy\.ReadWrite\.ConditionalAccess permissions together/);
    const text = `POST ${url}\nContent-Type: application/json\n\n{}\n`;
    assert.match(getHover(text, 2)?.markdown ?? '', /delegated `Policy\.Read\.All` and `Policy\.ReadWrite\.ConditionalAccess`; application `Policy\.Read\.All` and `Policy\.ReadWrite\.ConditionalAccess`/);
  });

  test("permissions.json's AlsoRequires on the least permission is asked for with it, reads and actions included", () => {
    // The expected pairs are the map's own annotations (../shared/graph/metadata/permissions.json):
    // Application.ReadWrite.All on POST /applications/{id}/owners: `AlsoRequires=Directory.Read.All`; on GET
    // /applications/{id}/tokenIssuancePolicies: `AlsoRequires=Policy.Read.All`.
    const map = JSON.parse(readFileSync(join(factsDir, 'metadata', 'permissions.json'), 'utf8'));
    const annotation = (permission: string, path: string, method: string) => map.permissions[permission].pathSets
      .filter((s: any) => s.methods.includes(method) && s.schemeKeys.includes('DelegatedWork')).map((s: any) => s.paths[path]).find((a: unknown) => a !== undefined);
    assert.match(annotation('Application.ReadWrite.All', '/applications/{id}/owners', 'POST'), /AlsoRequires=Directory\.Read\.All/);
    assert.match(annotation('Application.ReadWrite.All', '/applications/{id}/tokenIssuancePolicies', 'GET') ?? annotation('Application.ReadWrite.All', '/applications/{id}/tokenissuancepolicies', 'GET'), /AlsoRequires=Policy\.Read\.All/);
    const url = (path: string) => `https://graph.microsoft.com/v1.0${path}`;
    assert.deepEqual(leastPrivilegedPermissions('POST', url('/applications/{{id}}/owners/$ref')), ['Application.ReadWrite.All', 'Directory.Read.All']);
    assert.deepEqual(leastPrivilegedPermissions('GET', url('/applications/{{id}}/tokenIssuancePolicies')), ['Application.ReadWrite.All', 'Policy.Read.All'], 'a read too: AlsoRequires is not only for writes');
    assert.equal(routeInfoFor('POST', url('/applications/{{id}}/owners/$ref'))!.permission, 'Application.ReadWrite.All and Directory.Read.All');
    assert.deepEqual(leastPrivilegedPermissions('GET', url('/applications/{{id}}/owners')), ['Application.Read.All'], 'listing the owners: no AlsoRequires');
  });

  test('schemas for every type, built on first use: inheritance, abstract, enums, flags, nullability, read-only, open types', () => {
    const user = getBodySchema('v1.0:update:microsoft.graph.user')!;
    assert.equal(user['x-openType'], true);
    assert.ok(user.properties.displayName && user.properties.id, 'inherited from directoryObject and entity');
    const ip = getBodySchema('v1.0:create:microsoft.graph.namedLocation')!;
    assert.deepEqual(writableEnum(ip.properties['@odata.type']).sort(), ['#microsoft.graph.countryNamedLocation', '#microsoft.graph.ipNamedLocation', '#microsoft.graph.namedLocation']);
    const range = getBodySchema('v1.0:create:microsoft.graph.ipRange')!;
    assert.deepEqual(range.required, ['@odata.type'], 'ipRange is Abstract: the concrete type must be named');
    const event = getBodySchema('v1.0:create:microsoft.graph.event')!;
    assert.ok(event.properties.importance.enum.includes('high') && event.properties.importance.enum.includes(null), 'enum, nullable');
    const invitation = getBodySchema('v1.0:create:microsoft.graph.invitation')!;
    assert.equal(invitation.additionalProperties, false);
    assert.equal(invitation.properties.inviteRedeemUrl?.readOnly ?? false, false);
  });

  test('permissions.json cross-check: every path resolves in v1.0, or the reason it does not is reported', () => {
    const paths = permissionPaths(JSON.parse(readFileSync(join(factsDir, 'metadata/permissions.json'), 'utf8')));
    const model = loadV1Model()!;
    const reasons = new Map<string, string[]>();
    let resolved = 0;
    for (const p of paths.keys()) {
      const r = resolveV1Path(permissionPathAsPath(p), { model });
      if (r.kind === 'route') { resolved++; continue; }
      const why = r.kind === 'unchecked' ? `not checked: ${r.reason}`
        : /no entity set or singleton/.test(r.reason) ? 'root not in the v1.0 EntityContainer (the map lists beta paths too)'
        : 'a segment the v1.0 metadata does not have (the map lists beta paths too)';
      reasons.set(why, [...(reasons.get(why) ?? []), p]);
    }
    // The permission map serves v1.0 and beta at once: what v1.0 lacks is beta's. Reported, so a change shows up in the log.
    for (const [why, list] of reasons) console.log(`permissions.json: ${list.length} paths: ${why}; e.g. ${list.slice(0, 3).join(', ')}`);
    assert.ok(resolved > 3000, `only ${resolved} of ${paths.size} permission paths resolve in v1.0`);
    assert.deepEqual([...reasons.keys()].filter(k => !/beta|path-based/.test(k)), [], 'every miss has a known reason');
  });
});

describe('enum members, case-insensitively', () => {
  const SCHEMA = 'PATCH https://graph.microsoft.com/v1.0/external/connections/contosohr/schema\nContent-Type: application/json\n\n';
  test('a generated body schema takes Capitalized and UPPER members as v1.0\'s do (externalconnectors-externalconnection-patch-schema writes "type": "String"); completion and the error list offer the metadata\'s spelling only', () => {
    const body = (type: string) => `${SCHEMA}{\n  "baseType": "microsoft.graph.externalItem",\n  "properties": [{ "name": "ticketTitle", "type": "${type}", "isSearchable": true }]\n}\n`;
    // Accepted; a hint with the fix names the metadata's spelling (docs sample 6).
    const noHints = (text: string) => createValidator().validate(text).filter(d => d.severity !== 'hint');
    assert.deepEqual(noHints(body('String')).map(d => d.message), []);
    assert.deepEqual(noHints(body('STRING')).map(d => d.message), []);
    const [hint] = createValidator().validate(body('String')).filter(d => d.code === 'graph.body.enumSpelling');
    assert.equal(hint?.message, 'properties[].type: "String" is written "string" in Graph\'s metadata. Graph reads enum members in any case (its docs write some so); completion offers the metadata\'s.');
    assert.equal(hint.severity, 'hint');
    assert.equal(applyEdits(body('String'), hint.fixes![0].edits), body('string'));
    const wrong = createValidator().validate(body('text')).filter(d => d.code === 'graph.body.schema');
    assert.equal(wrong.length, 1);
    assert.match(wrong[0].message, /Valid values: "string", "int64"/);
    assert.ok(!/"String"|STRING/.test(wrong[0].message), wrong[0].message);
    const text = body('');
    const offered = getCompletions(text, text.indexOf('"type": ""') + 9).map(i => i.label);
    assert.ok(offered.includes('"string"') || offered.includes('string'), offered.join());
    assert.ok(!offered.some(l => /String|STRING/.test(l)), offered.join());
  });
});

describe('Booleans written as strings', () => {
  test('"true"/"false" for an Edm.Boolean is a warning with the fix, not an error: Graph takes them (externalconnectors-externalconnection-patch-schema and the connector schema examples send "isSearchable": "true"); other strings stay errors', () => {
    const schema = 'PATCH https://graph.microsoft.com/v1.0/external/connections/contosohr/schema\nContent-Type: application/json\n\n{\n  "baseType": "microsoft.graph.externalItem",\n  "properties": [{ "name": "ticketTitle", "type": "String", "isSearchable": "true", "isRetrievable": "false" }]\n}\n';
    const d = createValidator().validate(schema).filter(x => x.code !== 'graph.body.enumSpelling');
    assert.deepEqual(d.map(x => [x.severity, x.code, schema.slice(x.span.start, x.span.end)]), [['warning', 'graph.body.booleanString', '"true"'], ['warning', 'graph.body.booleanString', '"false"']]);
    assert.equal(d[0].fixes?.[0].edits[0].newText, 'true');
    const int64 = schema.replace('"type": "String"', '"type": "Int64"');
    assert.deepEqual(createValidator().validate(int64).map(x => x.code).sort(), ['graph.body.booleanString', 'graph.body.booleanString', 'graph.body.enumSpelling', 'graph.body.searchableType'], '"true" is searchable to Graph');
    const user = (v: string) => `PATCH https://graph.microsoft.com/v1.0/users/{{userId}}\nContent-Type: application/json\n\n{\n  "accountEnabled": ${v}\n}\n`;
    assert.deepEqual(createValidator().validate(user('"false"')).map(x => [x.severity, x.code]), [['warning', 'graph.body.booleanString']]);
    assert.deepEqual(createValidator().validate(user('"yes"')).map(x => [x.severity, x.code]), [['error', 'graph.body.type']]);
    const capital = createValidator().validate(user('"True"'));
    assert.deepEqual(capital.map(x => [x.severity, x.code]), [['warning', 'graph.body.booleanString']], 'Boolean.Parse, which the OData reader calls, ignores case');
    assert.equal(capital[0].fixes?.[0].edits[0].newText, 'true');
  });
});

describe('@odata.type without #', () => {
  test('a nested value\'s @odata.type may be written without # as at the top level (unifiedrolemanagementpolicyrule-update\'s target); another type is still wrong', () => {
    const rule = (type: string) => `PATCH https://graph.microsoft.com/v1.0/policies/roleManagementPolicies/{{policyId}}/rules/Expiration_EndUser_Assignment\nContent-Type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.unifiedRoleManagementPolicyExpirationRule",\n  "maximumDuration": "PT1H45M",\n  "target": { "@odata.type": "${type}", "caller": "EndUser", "level": "Assignment" }\n}\n`;
    assert.deepEqual(createValidator().validate(rule('microsoft.graph.unifiedRoleManagementPolicyRuleTarget')).map(d => d.message), []);
    assert.deepEqual(createValidator().validate(rule('#microsoft.graph.unifiedRoleManagementPolicyRuleTarget')).map(d => d.message), []);
    const wrong = createValidator().validate(rule('microsoft.graph.user'));
    assert.deepEqual(wrong.map(d => d.code), ['graph.body.odataType']);
    assert.equal(wrong[0].message, '"microsoft.graph.user" is no type this value may have: @odata.type names one of #microsoft.graph.unifiedRoleManagementPolicyRuleTarget.');
  });

  test('the type it names without # picks that type\'s shape, at the top level and nested, as with #: a misspelt property of it is still found; completion and messages offer the # spelling only', () => {
    const location = (top: string, range: string, extra: string) => `POST https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations\nContent-Type: application/json\n\n{\n  "@odata.type": "${top}",\n  "displayName": "Untrusted IP",\n  "isTrusted": false,\n  "ipRanges": [{ "@odata.type": "${range}", ${extra} }]\n}\n`;
    const codes = (text: string) => createValidator().validate(text).map(d => [d.code, text.slice(d.span.start, d.span.end)]);
    for (const [top, range] of [['microsoft.graph.ipNamedLocation', '#microsoft.graph.iPv4CidrRange'], ['#microsoft.graph.ipNamedLocation', 'microsoft.graph.iPv4CidrRange'], ['microsoft.graph.ipNamedLocation', 'microsoft.graph.iPv4CidrRange']]) {
      assert.deepEqual(codes(location(top, range, '"cidrAddress": "12.34.221.11/22"')), [], `${top} / ${range}`);
      // iPv4CidrRange has cidrAddress; "cidrAdress" is caught whichever way the types are spelt.
      assert.deepEqual(codes(location(top, range, '"cidrAdress": "12.34.221.11/22"')), codes(location('#microsoft.graph.ipNamedLocation', '#microsoft.graph.iPv4CidrRange', '"cidrAdress": "12.34.221.11/22"')), `${top} / ${range}`);
    }
    assert.ok(codes(location('#microsoft.graph.ipNamedLocation', '#microsoft.graph.iPv4CidrRange', '"cidrAdress": "12.34.221.11/22"')).length > 0);
    const topTypo = location('microsoft.graph.ipNamedLocation', '#microsoft.graph.iPv4CidrRange', '"cidrAddress": "12.34.221.11/22"').replace('"isTrusted"', '"isTrustd"');
    assert.deepEqual(codes(topTypo), codes(topTypo.replace('"microsoft.graph.ipNamedLocation"', '"#microsoft.graph.ipNamedLocation"')));
    assert.ok(codes(topTypo).some(([, at]) => at === '"isTrustd"'), JSON.stringify(codes(topTypo)));
    // A wrong type's message and the completion list name the types with #, never the bare spelling.
    const wrong = createValidator().validate(location('#microsoft.graph.ipNamedLocation', 'microsoft.graph.user', '"cidrAddress": "x"'));
    assert.ok(wrong.length > 0 && wrong.every(d => !/"microsoft\.graph\.iPv[46]CidrRange"/.test(d.message)), wrong.map(d => d.message).join('\n'));
    const blank = location('#microsoft.graph.ipNamedLocation', '', '"cidrAddress": "x"');
    const offered = getCompletions(blank, blank.indexOf('"@odata.type": ""') + 16).map(i => i.label);
    assert.ok(offered.some(l => l.includes('#microsoft.graph.iPv4CidrRange')), offered.join());
    assert.ok(!offered.some(l => /(^|")microsoft\.graph\./.test(l)), offered.join());
  });

  test('completion and hover follow the type @odata.type names: a derived type\'s properties at the top level and nested, every type the value may name', () => {
    const POST = 'POST https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations\nContent-Type: application/json\n\n';
    for (const spelling of ['#microsoft.graph.ipNamedLocation', 'microsoft.graph.ipNamedLocation']) {
      const text = `${POST}{\n  "@odata.type": "${spelling}",\n  ""\n}\n`;
      const keys = getCompletions(text, text.indexOf('  ""') + 3).map(i => i.label);
      assert.ok(keys.includes('isTrusted') && keys.includes('ipRanges'), `${spelling}: ${keys.join()}`);
    }
    const none = `${POST}{\n  ""\n}\n`;
    assert.ok(!getCompletions(none, none.indexOf('  ""') + 3).map(i => i.label).includes('isTrusted'), 'namedLocation itself has no isTrusted');
    const typeValue = `${POST}{\n  "@odata.type": ""\n}\n`;
    assert.deepEqual(getCompletions(typeValue, typeValue.indexOf('""') + 1).map(i => i.label).sort(), ['#microsoft.graph.countryNamedLocation', '#microsoft.graph.ipNamedLocation', '#microsoft.graph.namedLocation']);
    const full = `${POST}{\n  "@odata.type": "#microsoft.graph.ipNamedLocation",\n  "displayName": "Untrusted IP",\n  "isTrusted": false,\n  "ipRanges": [{ "@odata.type": "microsoft.graph.iPv4CidrRange", "cidrAddress": "12.34.221.11/22" }]\n}\n`;
    const nestedKeys = full.replace('"cidrAddress": "12.34.221.11/22"', '""');
    assert.deepEqual(getCompletions(nestedKeys, nestedKeys.indexOf('""') + 1).map(i => i.label), ['cidrAddress']);
    const hover = (word: string) => getHover(full, full.indexOf(word) + 2)?.markdown ?? '';
    // v1.0-Prod.csdl: isTrusted and ipRanges are ipNamedLocation's, cidrAddress iPv4CidrRange's; ipRange is abstract
    // (Abstract="true") with four ComplexTypes deriving from it.
    assert.match(hover('"isTrusted"'), /\*\*isTrusted\*\*: `Edm\.Boolean`\n\nProperty of `microsoft\.graph\.ipNamedLocation`\./);
    assert.match(hover('"cidrAddress"'), /\*\*cidrAddress\*\*: `Edm\.String`\n\nProperty of `microsoft\.graph\.iPv4CidrRange`\./);
    assert.match(hover('"ipRanges"'), /Each item names its type in `@odata\.type` \(`microsoft\.graph\.ipRange` is abstract\): `#microsoft\.graph\.iPv4CidrRange`, `#microsoft\.graph\.iPv4Range`, `#microsoft\.graph\.iPv6CidrRange`, `#microsoft\.graph\.iPv6Range`\./);
    // Without @odata.type the URL's own type is the owner, not named again.
    const plain = `${POST}{\n  "displayName": "Untrusted IP"\n}\n`;
    assert.doesNotMatch(getHover(plain, plain.indexOf('"displayName"') + 2)?.markdown ?? '', /Property of/);
  });
});

describe('null for a collection', () => {
  test('a collection whose items may be null may itself be null, as Graph reads it (printershare-post-jobs sends "finishings": null); one of Nullable="false" items may not', () => {
    const job = 'POST https://graph.microsoft.com/v1.0/print/shares/{{printerShareId}}/jobs\nContent-Type: application/json\n\n{\n  "configuration": { "copies": 1, "finishings": null }\n}\n';
    assert.deepEqual(createValidator().validate(job).map(d => d.message), []);
    const user = 'PATCH https://graph.microsoft.com/v1.0/users/{{userId}}\nContent-Type: application/json\n\n{\n  "businessPhones": null\n}\n';
    assert.deepEqual(createValidator().validate(user).map(d => d.code), ['graph.body.type'], 'user.businessPhones: Collection(Edm.String) Nullable="false"');
  });
});

describe('microsoft.graph.Json', () => {
  test('a Json value is any JSON (table-post-rows sends "values": [[1, 2, 3], [4, 5, 6]]: the metadata\'s Json is an empty ComplexType)', () => {
    const rows = (values: string) => `POST https://graph.microsoft.com/v1.0/me/drive/items/{{itemId}}/workbook/tables/Table1/rows\nContent-Type: application/json\n\n{\n  "values": ${values}\n}\n`;
    for (const v of ['[[1, 2, 3], [4, 5, 6]]', '{ "a": 1 }', '"x"', 'null']) assert.deepEqual(createValidator().validate(rows(v)).map(d => d.message), [], v);
    assert.deepEqual(createValidator().validate(rows('[[1]]').replace('"values"', '"valeus"')).map(d => d.code), ['graph.body.unknownProperty'], 'the row itself is still checked');
  });
});

describe('flags enums', () => {
  test('members may be separated by ", " as the docs write them (user-getmailtips: "automaticReplies, mailboxFullStatus"); an unknown member is still an error', () => {
    const tips = (v: string) => `POST https://graph.microsoft.com/v1.0/me/getMailTips\nContent-Type: application/json\n\n{\n  "EmailAddresses": ["danas@contoso.onmicrosoft.com"],\n  "MailTipsOptions": "${v}"\n}\n`;
    for (const v of ['automaticReplies, mailboxFullStatus', 'automaticReplies,mailboxFullStatus', 'automaticReplies']) assert.deepEqual(createValidator().validate(tips(v)).map(d => d.message), [], v);
    assert.deepEqual(createValidator().validate(tips('automaticReplies, mailboxFull')).map(d => d.code), ['graph.body.pattern']);
  });

  test('members in the Capitalized, UPPER or lower spelling, as for a plain enum (chatmessage-update: "AllowOverrideWithoutJustification,AllowFalsePositiveOverride", "BlockAccess"); another casing is still an error', () => {
    const patch = (verdict: string, action: string) => `PATCH https://graph.microsoft.com/v1.0/teams/{{teamId}}/channels/{{channelId}}/messages/{{messageId}}\nContent-Type: application/json\n\n{\n  "policyViolation": {\n    "verdictDetails": "${verdict}",\n    "dlpAction": "${action}"\n  }\n}\n`;
    assert.deepEqual(createValidator().validate(patch('AllowOverrideWithoutJustification,AllowFalsePositiveOverride', 'BlockAccess')).map(d => d.message), []);
    assert.deepEqual(createValidator().validate(patch('allowOverrideWithoutJustification, ALLOWFALSEPOSITIVEOVERRIDE', 'blockAccess')).map(d => d.message), []);
    assert.deepEqual(createValidator().validate(patch('allowoverridewithoutjustification', 'blockaccess')).map(d => d.message), []);
    assert.deepEqual(createValidator().validate(patch('allowOverrideWithoutjustification', 'blockAccess')).map(d => d.severity), ['error']);
  });
});

describe('URLs the docs write', () => {
  test('a space inside a function\'s quoted argument is the argument\'s (driveitem-search: search(q=\'Contoso Project\'); virtualeventwebinar-getbyuseridandrole: two arguments); a space elsewhere in the path is still an error', () => {
    const codes = (t: string) => createValidator().validate(t).map(d => d.code);
    assert.deepEqual(codes("GET https://graph.microsoft.com/v1.0/me/drive/root/search(q='Contoso Project')\n"), []);
    assert.deepEqual(codes("GET https://graph.microsoft.com/v1.0/solutions/virtualEvents/webinars/getByUserIdAndRole(userId='b7ef013a-c73c-4ec7-8ccb-e56290f45f68', role='organizer')\n"), []);
    assert.deepEqual(codes('GET https://graph.microsoft.com/v1.0/me/drive/root HTTP-ish trailing text\n'), ['graph.url.malformed']);
  });

  test('a key in parentheses on a navigation collection, alternate keys included (learningcontent-update: learningContents(externalId=\'LP4471\'))', () => {
    const r = resolveV1Path("/employeeExperience/learningProviders/13727311-e7bb-470d-8b20-6a23d9030d70/learningContents(externalId='LP4471')");
    assert.equal(r.kind, 'route');
    assert.ok(r.kind === 'route' && r.route.operations.some(o => o.method === 'PATCH' && o.bodySchema === 'v1.0:update:microsoft.graph.learningContent'));
    assert.equal(resolveV1Path("/applications/{{id}}/federatedIdentityCredentials(name='testing')").kind, 'route');
    assert.equal(resolveV1Path("/me/manager(x='y')").kind, 'unknown', 'a single-valued navigation takes no key');
  });

  test('a date and time with no offset where the metadata has an Edm.DateTimeOffset is a warning with the UTC fix (learningcontent-update sends "createdDateTime": "2018-01-01T00:00:00")', () => {
    const t = (v: string) => `PATCH https://graph.microsoft.com/v1.0/employeeExperience/learningProviders/{{p}}/learningContents(externalId='LP4471')\nContent-Type: application/json\n\n{\n  "title": "x",\n  "createdDateTime": "${v}"\n}\n`;
    const d = createValidator().validate(t('2018-01-01T00:00:00'));
    assert.deepEqual(d.map(x => [x.severity, x.code]), [['warning', 'graph.body.dateTimeWithoutOffset']]);
    assert.equal(d[0].fixes?.[0].edits[0].newText, '"2018-01-01T00:00:00Z"');
    assert.deepEqual(createValidator().validate(t('2018-01-01T00:00:00Z')), []);
    assert.deepEqual(createValidator().validate(t('yesterday')).map(x => x.severity), ['error']);
  });
});

describe('enum members in lower case', () => {
  test('are accepted as the docs\' tables write them (search-searchentity-post-qnas: platforms "ios" for iOS); the error list names the metadata\'s spelling once', () => {
    const qna = (platform: string) => `POST https://graph.microsoft.com/v1.0/search/qnas\nContent-Type: application/json\n\n{\n  "displayName": "Global Country Holidays",\n  "platforms": ["${platform}"]\n}\n`;
    for (const p of ['ios', 'iOS', 'IOS', 'android']) assert.deepEqual(createValidator().validate(qna(p)).filter(d => d.severity !== 'hint').map(d => d.message), [], p);
    assert.deepEqual(createValidator().validate(qna('ios')).map(d => [d.severity, d.code]), [['hint', 'graph.body.enumSpelling']]);
    const wrong = createValidator().validate(qna('windows'));
    assert.equal(wrong.length, 1);
    assert.ok(wrong[0].message.includes('"iOS"') && !wrong[0].message.includes('"ios"'), wrong[0].message);
  });
});

describe('numbers written as strings', () => {
  test('"100" where a number goes is a warning with the fix, as "true" is for a Boolean (user-findmeetingtimes sends "minimumAttendeePercentage": "100"); "high" or "1.5" for an integer stay errors', () => {
    const find = (v: string) => `POST https://graph.microsoft.com/v1.0/me/findMeetingTimes\nContent-Type: application/json\n\n{\n  "meetingDuration": "PT1H",\n  "minimumAttendeePercentage": ${v}\n}\n`;
    const d = createValidator().validate(find('"100"'));
    assert.deepEqual(d.map(x => [x.severity, x.code]), [['warning', 'graph.body.numberString']]);
    assert.equal(d[0].fixes?.[0].edits[0].newText, '100');
    assert.deepEqual(createValidator().validate(find('"high"')).map(x => [x.severity, x.code]), [['error', 'graph.body.type']]);
    const rule = (v: string) => `POST https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messageRules\nContent-Type: application/json\n\n{\n  "displayName": "From partner",\n  "sequence": ${v}\n}\n`;
    assert.deepEqual(createValidator().validate(rule('"2"')).map(x => [x.severity, x.code]), [['warning', 'graph.body.numberString']], 'Int32');
    assert.deepEqual(createValidator().validate(rule('"1.5"')).map(x => [x.severity, x.code]), [['error', 'graph.body.type']], 'no integer');
  });
});

describe('a date alone for an Edm.DateTimeOffset', () => {
  test('is a warning with the fix to midnight UTC (contact-update sends "birthday": "1974-07-22"; Graph\'s OData reader takes it); a string that is no date stays an error', () => {
    const contact = (birthday: string) => `PATCH https://graph.microsoft.com/v1.0/me/contacts/{{contactId}}\nContent-Type: application/json\n\n{\n  "birthday": "${birthday}"\n}\n`;
    const d = createValidator().validate(contact('1974-07-22'));
    assert.deepEqual(d.map(x => [x.severity, x.code]), [['warning', 'graph.body.dateForDateTime']]);
    assert.equal(d[0].fixes?.[0].edits[0].newText, '"1974-07-22T00:00:00Z"');
    assert.deepEqual(createValidator().validate(contact('1974-07-22T00:00:00Z')).map(x => x.code), []);
    assert.deepEqual(createValidator().validate(contact('1974-13-22')).map(x => x.severity), ['error']);
    // Another resource: event.originalStart is an Edm.DateTimeOffset too (v1.0-Prod.csdl).
    const event = `PATCH https://graph.microsoft.com/v1.0/me/events/{{eventId}}\nContent-Type: application/json\n\n{\n  "originalStart": "2026-12-03"\n}\n`;
    assert.deepEqual(createValidator().validate(event).map(x => x.code), ['graph.body.dateForDateTime']);
  });
});

describe('a date and time for an Edm.Date', () => {
  test('is a warning with the fix to its date (accessreviewset-post-definitions sends recurrence.range.startDate "2020-09-08T12:02:30.667Z"; the 201 response keeps "2020-09-08"); a string that is no date stays an error', () => {
    const review = (startDate: string) => `POST https://graph.microsoft.com/v1.0/identityGovernance/accessReviews/definitions\nContent-Type: application/json\n\n{\n  "displayName": "Test create",\n  "settings": { "recurrence": { "pattern": { "type": "weekly", "interval": 1 }, "range": { "type": "noEnd", "startDate": "${startDate}" } } }\n}\n`;
    const d = createValidator().validate(review('2020-09-08T12:02:30.667Z'));
    assert.deepEqual(d.map(x => [x.severity, x.code]), [['warning', 'graph.body.dateTimeForDate']]);
    assert.equal(d[0].fixes?.[0].edits[0].newText, '"2020-09-08"');
    assert.deepEqual(createValidator().validate(review('2020-09-08')).map(x => x.code), []);
    assert.deepEqual(createValidator().validate(review('next week')).map(x => [x.severity, x.code]), [['error', 'graph.body.schema']]);
  });
});

describe('action bodies', () => {
  test('an action whose parameters may all be left out takes no body (directory-deleteditems-restore: "Do not supply a request body"); one with a parameter that must be given still needs one', () => {
    const codes = (t: string) => createValidator().validate(t).map(d => d.code);
    assert.deepEqual(codes('POST https://graph.microsoft.com/v1.0/directory/deletedItems/{{objectId}}/restore\n'), [], 'restore: autoReconcileProxyConflict and newUserPrincipalName are OptionalParameter');
    assert.deepEqual(codes('POST https://graph.microsoft.com/v1.0/me/assignLicense\n'), ['graph.body.missing'], 'assignLicense: addLicenses and removeLicenses are Nullable="false"');
  });
});

describe('open types: undeclared properties', () => {
  test('an open extension: @odata.type (with or without #) picks openTypeExtension, whose extensionName is declared and whose custom data is meant', () => {
    for (const spelling of ['#microsoft.graph.openTypeExtension', 'microsoft.graph.openTypeExtension']) {
      const text = `POST https://graph.microsoft.com/v1.0/me/extensions\nContent-Type: application/json\n\n{\n  "@odata.type": "${spelling}",\n  "extensionName": "com.contoso.roamingSettings",\n  "theme": "dark"\n}\n`;
      assert.deepEqual(createValidator().validate(text).map(d => d.message), [], spelling);
    }
    // Another type's name is still a mistake.
    const wrong = 'POST https://graph.microsoft.com/v1.0/me/extensions\nContent-Type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.user",\n  "extensionName": "x"\n}\n';
    assert.ok(createValidator().validate(wrong).some(d => d.severity === 'error'), 'a user is no extension');
  });

  test('through the validator: PATCH /v1.0/users/{id} (routes.json has only DELETE under the partial root /users) gets user\'s v1.0 schema', () => {
    const text = 'PATCH https://graph.microsoft.com/v1.0/users/{{userId}}\nContent-Type: application/json\n\n{\n  "jobTitel": "Engineer",\n  "accountEnabled": "yes"\n}\n';
    const d = createValidator().validate(text);
    assert.deepEqual(d.map(x => [x.severity, x.code, text.slice(x.span.start, x.span.end)]), [
      ['error', 'graph.body.type', '"yes"'],
      ['warning', 'graph.body.openTypeProperty', '"jobTitel"'],
    ].sort((a, b) => text.indexOf(a[2]) - text.indexOf(b[2])));
    assert.match(d.find(x => x.code === 'graph.body.openTypeProperty')!.message, /Did you mean 'jobTitle'\?/);
  });

  test('a misspelt property of user is a warning with a did-you-mean; directory extensions and annotations are accepted', async () => {
    const { parseHttpFile } = await import('../../../src/core/http/parser');
    const { prepareBody } = await import('../../../src/core/intelligence/bodyText');
    const { openTypeDiagnostics } = await import('../../../src/core/intelligence/openTypeRules');
    const text = 'PATCH https://graph.microsoft.com/v1.0/users/x\nContent-Type: application/json\n\n{\n  "jobTitel": "Engineer",\n  "extension_9d1f4a7c6c2e4f3ab0b1c2d3e4f5a6b7_courseId": "1",\n  "manager@odata.bind": "https://graph.microsoft.com/v1.0/users/y"\n}\n';
    const request = parseHttpFile(text).requests[0];
    const schema = getBodySchema('v1.0:update:microsoft.graph.user');
    const d = openTypeDiagnostics(prepareBody(request, text)!, schema);
    assert.deepEqual(d.map(x => [x.severity, x.code, text.slice(x.span.start, x.span.end)]), [['warning', 'graph.body.openTypeProperty', '"jobTitel"']]);
    assert.match(d[0].message, /Did you mean 'jobTitle'\?/);
    assert.equal(d[0].fixes![0].edits[0].newText, 'jobTitle');
    assert.deepEqual(openTypeDiagnostics(prepareBody(request, text)!, getBodySchema('v1.0:create:microsoft.graph.invitation')), [], 'closed types are the JSON Schema\'s (errors)');
  });

  test('an open type with nothing writable of its own takes custom properties without a warning: a list item\'s fields (fieldValueSet, listitem-update sends "Color", "Quantity")', () => {
    const fields = 'PATCH https://graph.microsoft.com/v1.0/sites/{{siteId}}/lists/{{listId}}/items/{{itemId}}/fields\nContent-Type: application/json\n\n{\n  "Color": "Fuchsia",\n  "Quantity": 934\n}\n';
    assert.deepEqual(createValidator().validate(fields).map(d => d.message), []);
  });
});

describe('property names that differ only in case', () => {
  test('are a warning with the fix to the metadata\'s name, at the top level and nested (security-security-runhuntingquery sends "Query"; event-forward sends "EmailAddress"); an unknown nested name is an error with a did-you-mean', () => {
    const hunting = 'POST https://graph.microsoft.com/v1.0/security/runHuntingQuery\nContent-Type: application/json\n\n{\n  "Query": "DeviceProcessEvents",\n  "Timespan": "P90D"\n}\n';
    const d = createValidator().validate(hunting);
    assert.deepEqual(d.map(x => [x.severity, x.code, hunting.slice(x.span.start, x.span.end)]), [['warning', 'graph.body.propertyCase', '"Query"'], ['warning', 'graph.body.propertyCase', '"Timespan"']]);
    assert.equal(d[0].fixes?.[0].edits[0].newText, 'query');
    const forward = (key: string) => `POST https://graph.microsoft.com/v1.0/me/events/{{eventId}}/forward\nContent-Type: application/json\n\n{\n  "ToRecipients": [{ "${key}": { "address": "danas@contoso.com", "name": "Dana Swope" } }],\n  "Comment": "Dana, hope you can make this meeting."\n}\n`;
    const nested = createValidator().validate(forward('EmailAddress'));
    assert.deepEqual(nested.map(x => [x.severity, x.code]), [['warning', 'graph.body.propertyCase']]);
    assert.equal(nested[0].fixes?.[0].edits[0].newText, 'emailAddress');
    assert.deepEqual(createValidator().validate(forward('emailAddress')).map(x => x.message), []);
    const typo = createValidator().validate(forward('emailAdress'));
    assert.deepEqual(typo.map(x => [x.severity, x.code, x.message]), [['error', 'graph.body.unknownProperty', "recipient has no property 'emailAdress'. Did you mean 'emailAddress'?"]]);
    // Beneath a key written in another case the body is still checked, as the metadata spells the key.
    const beneath = createValidator().validate(forward('EmailAddress').replace('"name": "Dana Swope"', '"Name": "Dana Swope", "Bogus": 1'));
    assert.deepEqual(beneath.map(x => [x.severity, x.code, x.message.split('.')[0]]), [
      ['warning', 'graph.body.propertyCase', "'EmailAddress' is written 'emailAddress' in Graph's metadata"],
      ['warning', 'graph.body.propertyCase', "'Name' is written 'name' in Graph's metadata"],
      ['error', 'graph.body.unknownProperty', "emailAddress has no property 'Bogus'"],
    ]);
  });
});

describe('@odata.type in a service\'s own namespace', () => {
  test('the Teams service\'s Microsoft.Teams.GraphSvc.aadUserNotificationRecipient is read as microsoft.graph.aadUserNotificationRecipient (chat-sendactivitynotification, team-sendactivitynotification); completion offers #microsoft.graph. only', () => {
    const notify = (type: string, extra = '') => `POST https://graph.microsoft.com/v1.0/chats/{{chatId}}/sendActivityNotification\nContent-Type: application/json\n\n{\n  "topic": { "source": "entityUrl", "value": "https://graph.microsoft.com/v1.0/chats/{{chatId}}" },\n  "activityType": "taskCreated",\n  "previewText": { "content": "New Task Created" },\n  "recipient": { "@odata.type": "${type}", "userId": "569363e2-4e49-4661-87f2-16f245c5d66a"${extra} }\n}\n`;
    for (const t of ['Microsoft.Teams.GraphSvc.aadUserNotificationRecipient', 'microsoft.graph.aadUserNotificationRecipient', '#microsoft.graph.aadUserNotificationRecipient']) assert.deepEqual(createValidator().validate(notify(t)).map(x => x.message), [], t);
    assert.ok(createValidator().validate(notify('Microsoft.Teams.GraphSvc.aadUserNotificationRecipient', ', "userid2": "x"')).some(x => x.severity === 'error'), 'its shape is aadUserNotificationRecipient\'s');
    assert.ok(createValidator().validate(notify('Microsoft.Teams.GraphSvc.chatMembersNotificationRecipient')).some(x => x.severity === 'error'), 'only the alias the docs write');
    const text = notify('');
    const labels = getCompletions(text, text.indexOf('"@odata.type": ""') + 16).map(i => i.label);
    assert.ok(labels.includes('#microsoft.graph.aadUserNotificationRecipient') && !labels.some(l => l.startsWith('Microsoft.Teams')), labels.join());
  });
});

describe('@odata.type in Outlook\'s old namespace', () => {
  test('Microsoft.OutlookServices.OpenTypeExtension is read as microsoft.graph.openTypeExtension (opentypeextension-update.md, Request 2)', () => {
    const patch = (type: string) => `PATCH https://graph.microsoft.com/v1.0/groups/{{groupId}}/threads/{{threadId}}/posts/{{postId}}/extensions/Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Estimate\nContent-Type: application/json\n\n{\n  "@odata.type": "${type}",\n  "extensionName": "Com.Contoso.Estimate",\n  "companyName": "Contoso",\n  "DealValue": 1010100\n}\n`;
    for (const t of ['Microsoft.OutlookServices.OpenTypeExtension', '#microsoft.graph.openTypeExtension']) assert.deepEqual(createValidator().validate(patch(t)).map(x => x.message), [], t);
    assert.deepEqual(createValidator().validate(patch('Microsoft.OutlookServices.OpenTypeExtensions')).map(x => x.code), ['graph.body.odataType']);
  });
});

describe('@odata.type with the namespace capitalized', () => {
  test('is read as microsoft.graph., at the top level as nested (channel-post.md\'s private channel sends "#Microsoft.Graph.channel" and gets 201 Created); the type\'s own name keeps its case', () => {
    const channel = (type: string) => `POST https://graph.microsoft.com/v1.0/teams/57fb72d0-d811-46f4-8947-305e6072eaa5/channels\nContent-Type: application/json\n\n{\n  "@odata.type": "${type}",\n  "membershipType": "private",\n  "displayName": "My First Private Channel",\n  "members": [ { "@odata.type": "#Microsoft.Graph.aadUserConversationMember", "user@odata.bind": "https://graph.microsoft.com/v1.0/users(\'62855810-484b-4823-9e01-60667f8b12ae\')", "roles": ["owner"] } ]\n}\n`;
    for (const t of ['#Microsoft.Graph.channel', '#microsoft.graph.channel', 'Microsoft.Graph.channel']) assert.deepEqual(createValidator().validate(channel(t)).map(x => x.message), [], t);
    assert.deepEqual(createValidator().validate(channel('#Microsoft.Graph.Channel')).map(x => x.code), ['graph.body.odataType'], 'the type name is not lower-cased');
    // An abstract type picked by @odata.type: the capitalized namespace names the concrete one.
    const named = 'POST https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations\nContent-Type: application/json\n\n{ "@odata.type": "#Microsoft.Graph.ipNamedLocation", "displayName": "x", "isTrusted": true, "ipRanges": [ { "@odata.type": "#Microsoft.Graph.iPv4CidrRange", "cidrAddress": "12.34.221.11/22" } ] }\n';
    assert.deepEqual(createValidator().validate(named).map(x => x.message), []);
  });
});

describe('a body whose @odata.type picks a derived type of the URL\'s', () => {
  test('is checked as that type at the top level: its properties\' values, its read-only ones and its unknown ones (fido2authenticationmethodconfiguration-update sends "isAttestationEnforced": "true")', () => {
    const fido2 = (extra: string) => `PATCH https://graph.microsoft.com/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/fido2\nContent-Type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration",\n  "isSelfServiceRegistrationAllowed": true${extra}\n}\n`;
    assert.deepEqual(createValidator().validate(fido2('')).map(d => d.message), []);
    const d = createValidator().validate(fido2(',\n  "isAttestationEnforced": "true",\n  "state": "String",\n  "keyRestriction": {}'));
    // isAttestationEnforced is also deprecated (v1.0-Prod.csdl: "Please use passkeyProfiles property").
    assert.deepEqual(d.map(x => [x.severity, x.code]), [['warning', 'graph.body.deprecated'], ['warning', 'graph.body.booleanString'], ['error', 'graph.body.placeholder'], ['error', 'graph.body.unknownProperty']]);
    assert.match(d.find(x => x.code === 'graph.body.unknownProperty')!.message, /^fido2AuthenticationMethodConfiguration has no property 'keyRestriction'\. Did you mean 'keyRestrictions'\?$/);
  });
});

describe('directory and schema extensions', () => {
  test('are read by name in $select and written in bodies on the types that take them (user-list.md: "Returned only with $select"; extensibility-schema-groups.md\'s graphlearn_courses); elsewhere an underscore name is still unknown', () => {
    const codes = (t: string) => createValidator().validate(t).map(d => d.code);
    assert.deepEqual(codes('GET https://graph.microsoft.com/v1.0/users?$select=ext55gb1l09_msLearnCourses\n'), []);
    assert.deepEqual(codes('GET https://graph.microsoft.com/v1.0/users?$select=id,displayName,extension_b7d8e648520f41d3b9c0fdeb91768a0a_jobGroupTracker\n'), []);
    assert.deepEqual(codes("GET https://graph.microsoft.com/v1.0/groups?$filter=graphlearn_courses/courseId eq '123'&$select=displayName,id,description,graphlearn_courses\n"), []);
    const group = 'POST https://graph.microsoft.com/v1.0/groups\nContent-Type: application/json\n\n{\n  "displayName": "New Graph learning group",\n  "groupTypes": ["Unified"],\n  "mailEnabled": true,\n  "mailNickname": "newcourses",\n  "securityEnabled": false,\n  "graphlearn_courses": { "courseId": "123", "courseName": "New Managing Microsoft Graph", "courseType": "Online" }\n}\n';
    assert.deepEqual(createValidator().validate(group).map(d => d.message), []);
    const message = 'PATCH https://graph.microsoft.com/v1.0/me/messages/{{id}}\nContent-Type: application/json\n\n{ "contoso_mailTag": { "tag": "x" } }\n';
    assert.deepEqual(codes(message), [], 'a message takes schema extensions (schemaextension.md)');
    assert.deepEqual(codes('GET https://graph.microsoft.com/v1.0/me/drive?$select=contoso_tag\n'), ['graph.url.unknownSelect'], 'a drive takes no extensions');
  });
});

describe('messages the fourth docs sample asked for', () => {
  test('a flags enum value names the members the enum lacks (security-ediscoverysearch-exportreport lists optimizedPartitionSize, which this metadata\'s additionalOptions lacks)', () => {
    const text = 'POST https://graph.microsoft.com/v1.0/security/cases/ediscoveryCases/{{caseId}}/searches/{{searchId}}/exportReport\nContent-Type: application/json\n\n{\n  "displayName": "Export",\n  "exportCriteria": "searchHits, partiallyIndexed",\n  "additionalOptions": "advancedIndexing, optimizedPartitionSize, includeReport"\n}\n';
    const d = createValidator().validate(text);
    assert.deepEqual(d.map(x => x.code), ['graph.body.pattern']);
    assert.match(d[0].message, /^additionalOptions: 'optimizedPartitionSize' is not a member of the flags enum additionalOptions\. Its members: none, /);
  });

  test('a nested @odata.type naming the abstract base says it is abstract and lists the concrete types, with a fix where there is one (customauthenticationextension create Example 4; windows10customconfiguration-create\'s omaSetting)', () => {
    const ext = 'POST https://graph.microsoft.com/v1.0/identity/customAuthenticationExtensions\nContent-Type: application/json\n\n{\n  "@odata.type": "#microsoft.graph.onTokenIssuanceStartCustomExtension",\n  "displayName": "x",\n  "behaviorOnError": { "@odata.type": "microsoft.graph.customExtensionBehaviorOnError" }\n}\n';
    const d = createValidator().validate(ext);
    assert.deepEqual(d.map(x => x.code), ['graph.body.odataType']);
    assert.equal(d[0].message, '"microsoft.graph.customExtensionBehaviorOnError" is abstract (Abstract="true" in Graph\'s metadata): this value names a concrete type: #microsoft.graph.fallbackToMicrosoftProviderOnError.');
    assert.deepEqual(createValidator().validate(applyEdits(ext, d[0].fixes![0].edits)).map(x => x.code), []);
  });

  test('an open type\'s undeclared property mentions directory extensions only where they go (secureScoreControlProfile is open but no directory object)', () => {
    const warn = (url: string, body: string) => createValidator().validate(`PATCH https://graph.microsoft.com/v1.0${url}\nContent-Type: application/json\n\n${body}\n`).map(x => x.message);
    assert.deepEqual(warn('/security/secureScoreControlProfiles/NonOwnerAccess', '{ "comment": "control is reviewed" }'), ["secureScoreControlProfile declares no property 'comment'. It is an open type, so Graph stores undeclared properties as they are."]);
    assert.match(warn('/users/{{id}}', '{ "favouriteColour": "blue" }')[0], /a directory extension is named extension_<appId without dashes>_<name>\.$/);
  });
});

describe('what the fifth docs sample found (Teams shifts and apps, directory administration, App Proxy and Graph connectors)', () => {
  const v = (text: string) => createValidator().validate(text).map(d => [d.severity, d.code, text.slice(d.span.start, d.span.end)]);
  test('a key in parentheses on routes.json\'s own routes is the key as a segment: the body is checked (ipapplicationsegment-update writes applicationSegments(\'...\'))', () => {
    assert.deepEqual(v("PATCH https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups('3e6f4c35-a04b-4d0d-8b71-2d5f6b5d7e6a')\nContent-Type: application/json\n\n{\"region\":\"mars\"}\n"),
      [['error', 'graph.body.enum', '"mars"']]);
    assert.deepEqual(v("PATCH https://graph.microsoft.com/beta/applications/{{appId}}/onPremisesPublishing/segmentsConfiguration/microsoft.graph.IpSegmentConfiguration/ApplicationSegments('bcfcfb39-0490-471c-9bf6-9e4e41cc6e0e')\nContent-Type: application/json\n\n{\"destinationType\": \"ip\"}\n"),
      [['error', 'graph.body.enum', '"ip"']]);
  });
  test('a Teams id with a colon is a key, not path-based addressing: the path and body are checked (channel-patch: channels/19:561fbd...@thread.tacv2); root:/file: still is not', () => {
    assert.deepEqual(v('PATCH https://graph.microsoft.com/v1.0/teams/{{teamId}}/channels/19:561fbdbbfca848a484f0a6f00ce9dbbd@thread.tacv2\nContent-Type: application/json\n\n{"displayNam": "x"}\n'), [['error', 'graph.body.unknownProperty', '"displayNam"']]);
    assert.deepEqual(v('GET https://graph.microsoft.com/v1.0/chats/19:abc_def@thread.v2/permissionGrantz\n').map(d => d[1]), ['graph.url.unknownPath']);
    assert.deepEqual(v('GET https://graph.microsoft.com/v1.0/me/drive/root:/folder/file.txt:/content\n'), []);
  });
  test('a URL without its version says so, with the fix that inserts it (connecting-external-content-manage-items: /external/connections/...; team-post-installedapps: /teams/{id}/installedApps)', () => {
    const text = 'PUT https://graph.microsoft.com/external/connections/contosohelpdesk/items/SR00145\nContent-Type: application/json\n\n{ "acl": [] }\n';
    const d = createValidator().validate(text);
    assert.deepEqual(d.map(x => x.code), ['graph.url.missingVersion']);
    assert.equal(d[0].message, "This URL has no API version: Graph's URLs put /v1.0 or /beta before the path '/external/connections/contosohelpdesk/items/SR00145'.");
    assert.ok(applyEdits(text, d[0].fixes![0].edits).startsWith('PUT https://graph.microsoft.com/v1.0/external/connections/contosohelpdesk/items/SR00145\n'));
    assert.deepEqual(v('GET https://graph.microsoft.com/v2.0/me\n').map(x => x[1]), ['graph.url.unknownVersion']);
  });
  test('a body another media type names that is not JSON is not checked as JSON; the docs\' bracketed stand-in for the bytes gets an info (teamsapp-publish: [Zip file containing a Teams app package])', () => {
    assert.deepEqual(v('POST https://graph.microsoft.com/v1.0/appCatalogs/teamsApps\nContent-type: application/zip\n\n[Zip file containing a Teams app package]\n'), [['info', 'graph.body.placeholder', '[Zip file containing a Teams app package]']]);
    assert.deepEqual(v('PATCH https://graph.microsoft.com/v1.0/me\nContent-Type: text/plain\n\n{ "jobTitle": "x" }\n').map(d => d[1]), ['graph.header.contentType']);
  });
  test('a time of day with a one-digit hour, as Graph writes it itself (onpremisespublishingprofile-get: "0:00:00")', () => {
    assert.deepEqual(v('PATCH https://graph.microsoft.com/beta/onPremisesPublishingProfiles/provisioning/hybridAgentUpdaterConfiguration\nContent-Type: application/json\n\n{ "updateWindow": { "updateWindowStartTime": "0:00:00", "updateWindowEndTime": "23:59:00" } }\n'), []);
    assert.deepEqual(v('PATCH https://graph.microsoft.com/beta/onPremisesPublishingProfiles/provisioning/hybridAgentUpdaterConfiguration\nContent-Type: application/json\n\n{ "updateWindow": { "updateWindowStartTime": "24:00:00" } }\n').map(d => d[1]), ['graph.body.schema']);
  });
});

describe('query options', () => {
  test('a $ name that is no OData system query option is a warning with the nearest one ($filtre; rbacapplication-list-roleassignments Example 2 writes "$filter = ..." with a space); the options in any case, %24 and variables are fine', () => {
    const v = (query: string) => createValidator().validate(`GET https://graph.microsoft.com/v1.0/users?${query}\n`).filter(d => d.code === 'graph.url.queryOption');
    const typo = v("$filtre=startswith(displayName,'a')&$top=5");
    assert.deepEqual(typo.map(d => d.message), ["'$filtre' is no OData query option: Graph does not read it as one. Did you mean '$filter'?"]);
    const text = "GET https://graph.microsoft.com/v1.0/users?$filtre=startswith(displayName,'a')\n";
    assert.equal(applyEdits(text, createValidator().validate(text).find(d => d.code === 'graph.url.queryOption')!.fixes![0].edits), "GET https://graph.microsoft.com/v1.0/users?$filter=startswith(displayName,'a')\n");
    assert.equal(v("$filter = id eq 'x'")[0]?.message, "'$filter ' is no OData query option: Graph does not read it as one. Did you mean '$filter'?");
    assert.deepEqual(v('$skipToken=abc&$orderBy=displayName&$count=true&%24select=id&$top={{top}}&$search="a"&custom=1'), []);
  });
});

describe('a dateTimeTimeZone\'s dateTime', () => {
  test('is written {date}T{time} (resources/datetimetimezone.md); bookingbusiness-getstaffavailability\'s "2022-01-25T00: 00: 00" is not; the docs\' forms with a fraction or an offset are', () => {
    const v = (dateTime: string) => createValidator().validate(`POST https://graph.microsoft.com/v1.0/me/events\nContent-Type: application/json\n\n{ "subject": "x", "start": { "dateTime": "${dateTime}", "timeZone": "Pacific Standard Time" } }\n`).map(d => d.code);
    assert.deepEqual(v('2022-01-25T00: 00: 00'), ['graph.body.schema']);
    for (const ok of ['2017-08-29T04:00:00.0000000', '2019-04-16T09:00:00', '2019-04-16T09:00', '2019-04-16T09:00:00Z', '2019-04-16T09:00:00+01:00']) assert.deepEqual(v(ok), [], ok);
  });
});

describe('the nearest real path of an unknown one', () => {
  const fix = (url: string) => {
    const text = `POST https://graph.microsoft.com/v1.0${url}\nContent-Type: application/json\n\n{ "name": "x" }\n`;
    const d = createValidator().validate(text).find(x => x.code === 'graph.url.unknownPath')!;
    return applyEdits(text, d.fixes![0].edits).split('\n')[0];
  };
  test('drops a key before a collection\'s bound action (worksheet-post-tables writes .../tables/{id}/add; its HTTP request section: .../tables/add), the variables kept', () => {
    assert.equal(fix('/me/drive/items/{{itemId}}/workbook/worksheets/{{sheet}}/tables/{{tableId}}/add'), 'POST https://graph.microsoft.com/v1.0/me/drive/items/{{itemId}}/workbook/worksheets/{{sheet}}/tables/add');
  });
  test('casts to the derived type that has the segment (intune-apps-mobileappcontentfile-create: contentVersions is mobileLobApp\'s, not mobileApp\'s), the ids after it kept', () => {
    assert.equal(fix('/deviceAppManagement/mobileApps/{{appId}}/contentVersions/{{versionId}}/files'), 'POST https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/{{appId}}/microsoft.graph.mobileLobApp/contentVersions/{{versionId}}/files');
  });
});

describe('the URLs a body links by (@odata.bind, a v1.0 $ref\'s @odata.id)', () => {
  const v = (method: string, url: string, body: string) => createValidator().validate(`${method} https://graph.microsoft.com/v1.0${url}\nContent-Type: application/json\n\n${body}\n`);
  test('a path v1.0 lacks is an error with the nearest one (security-retentionevent-post binds .../retentionEventType/{id}; the collection is retentionEventTypes)', () => {
    const d = v('POST', '/security/triggers/retentionEvents', '{\n  "displayName": "Event",\n  "retentionEventType@odata.bind": "https://graph.microsoft.com/v1.0/security/triggerTypes/retentionEventType/9eecef97-fb3c-4c68-825b-4dd74530f9c1"\n}');
    assert.deepEqual(d.map(x => x.code), ['graph.body.referenceUrl']);
    assert.match(d[0].message, /^retentionEventType@odata\.bind: '\/security\/triggerTypes\/retentionEventType\/9eecef97-fb3c-4c68-825b-4dd74530f9c1' is no v1\.0 path .*Did you mean '\/security\/triggerTypes\/retentionEventTypes\//);
    // The suggestion keeps the URL's own id, and its fix writes it into the value.
    assert.match(d[0].message, /Did you mean '\/security\/triggerTypes\/retentionEventTypes\/9eecef97-fb3c-4c68-825b-4dd74530f9c1'\?$/);
    const text = 'POST https://graph.microsoft.com/v1.0/security/triggers/retentionEvents\nContent-Type: application/json\n\n{\n  "displayName": "Event",\n  "retentionEventType@odata.bind": "https://graph.microsoft.com/v1.0/security/triggerTypes/retentionEventType/9eecef97-fb3c-4c68-825b-4dd74530f9c1"\n}\n';
    const fixed = applyEdits(text, createValidator().validate(text)[0].fixes![0].edits);
    assert.ok(fixed.includes('"https://graph.microsoft.com/v1.0/security/triggerTypes/retentionEventTypes/9eecef97-fb3c-4c68-825b-4dd74530f9c1"'));
    assert.deepEqual(createValidator().validate(fixed).map(x => x.code), []);
    assert.deepEqual(v('POST', '/security/triggers/retentionEvents', '{\n  "displayName": "Event",\n  "retentionEventType@odata.bind": "https://graph.microsoft.com/v1.0/security/triggerTypes/retentionEventTypes/9eecef97-fb3c-4c68-825b-4dd74530f9c1"\n}').map(x => x.code), []);
  });
  test('empty, a version Graph does not serve (with the fix), a {id} placeholder; a {{variable}} is not checked', () => {
    assert.deepEqual(v('POST', '/security/cases/ediscoveryCases/{{caseId}}/tags', '{ "displayName": "My tag", "parent@odata.bind": "" }').map(x => [x.code, x.message]), [['graph.body.referenceUrl', 'parent@odata.bind is empty: it takes the URL of what it links.']]);
    const ref = (id: string) => v('PUT', '/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration/postFederationSignup/$ref', `{ "@odata.id": "${id}" }`);
    const versioned = ref('https://graph.microsoft.com/v1/identity/apiConnectors/{{id}}');
    assert.deepEqual(versioned.map(x => x.code), ['graph.body.referenceUrl']);
    const text = 'PUT https://graph.microsoft.com/v1.0/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration/postFederationSignup/$ref\nContent-Type: application/json\n\n{ "@odata.id": "https://graph.microsoft.com/v1/identity/apiConnectors/{{id}}" }\n';
    assert.ok(applyEdits(text, createValidator().validate(text)[0].fixes![0].edits).includes('"https://graph.microsoft.com/v1.0/identity/apiConnectors/{{id}}"'));
    assert.deepEqual(ref('https://graph.microsoft.com/v1.0/identity/apiConnectors/{id}').map(x => [x.severity, x.code]), [['warning', 'graph.body.placeholder']]);
    assert.deepEqual(ref('https://graph.microsoft.com/v1.0/identity/apiConnectors/{{connectorId}}').map(x => x.code), []);
  });
  test('the docs\' binds resolve: group-post-groups\' owners and members, teams-post\'s template and a member\'s user; a misspelt bound name on a closed type is an error with the rename', () => {
    assert.deepEqual(v('POST', '/groups', '{ "displayName": "Operations group", "mailEnabled": false, "mailNickname": "operations2019", "securityEnabled": true, "owners@odata.bind": ["https://graph.microsoft.com/v1.0/users/26be1845-4119-4801-a799-aea79d09f1a2"], "members@odata.bind": ["https://graph.microsoft.com/v1.0/users/ff7cb387-6688-423c-8188-3da9532a73cc"] }').map(x => x.message), []);
    assert.deepEqual(v('POST', '/teams', '{ "template@odata.bind": "https://graph.microsoft.com/v1.0/teamsTemplates(\'standard\')", "displayName": "My Sample Team", "members": [{ "@odata.type": "#microsoft.graph.aadUserConversationMember", "roles": ["owner"], "user@odata.bind": "https://graph.microsoft.com/v1.0/users(\'0040b377-61d8-43db-94f5-81374122dc7e\')" }] }').map(x => x.message), []);
    const text = 'POST https://graph.microsoft.com/v1.0/security/triggers/retentionEvents\nContent-Type: application/json\n\n{ "displayName": "Event", "retentionEventTyp@odata.bind": "https://graph.microsoft.com/v1.0/security/triggerTypes/retentionEventTypes/{{typeId}}" }\n';
    const d = createValidator().validate(text);
    assert.deepEqual(d.map(x => x.message), ["retentionEvent has no property 'retentionEventTyp' to bind. Did you mean 'retentionEventType'?"]);
    assert.ok(applyEdits(text, d[0].fixes![0].edits).includes('"retentionEventType@odata.bind"'));
  });
});

describe('a $ref body', () => {
  test('`{}` on a single-valued navigation\'s PUT $ref is taken (b2xidentityuserflow-put-apiconnectorconfiguration Example 3: "To disable an API connector, the value can be {}"); a collection\'s POST $ref still needs @odata.id', () => {
    const put = (body: string) => createValidator().validate(`PUT https://graph.microsoft.com/v1.0/identity/b2xUserFlows/B2X_1_testuserflow/apiConnectorConfiguration/postAttributeCollection/$ref\nContent-Type: application/json\n\n${body}\n`).map(d => d.code);
    assert.deepEqual(put('{ }'), []);
    assert.deepEqual(put('{ "@odata.id": "https://graph.microsoft.com/v1.0/identity/apiConnectors/{{connectorId}}" }'), []);
    assert.deepEqual(put('{ "odata.id": "x" }'), ['graph.body.unknownProperty']);
    const post = createValidator().validate('POST https://graph.microsoft.com/v1.0/groups/{{groupId}}/members/$ref\nContent-Type: application/json\n\n{ }\n').map(d => d.code);
    assert.deepEqual(post, ['graph.body.missingRequired']);
  });
});

describe('an update of an entity whose type is abstract', () => {
  test('takes no @odata.type (authenticationcombinationconfiguration-update: `{ "appliesToCombinations": ["fido2"] }`, 204), and any concrete type\'s properties; a create still needs it', () => {
    const url = 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/authenticationStrength/policies/0e371351-6419-4c8a-8047-61eef0212ffb/combinationConfigurations';
    const patch = (body: string) => createValidator().validate(`PATCH ${url}/4643f174-fe85-42b8-8b84-516775750a30\nContent-Type: application/json\n\n${body}\n`);
    assert.deepEqual(patch('{ "appliesToCombinations": ["fido2"] }').map(d => d.message), []);
    // fido2CombinationConfiguration's own property, without naming the type; an unknown one is still unknown.
    assert.deepEqual(patch('{ "allowedAAGUIDs": ["90a3ccdf-635c-4729-a248-9b709135078f"] }').map(d => d.message), []);
    const bogus = patch('{ "bogus": 1 }');
    assert.deepEqual(bogus.map(d => d.code), ['graph.body.unknownProperty']);
    assert.match(bogus[0].message, /^authenticationCombinationConfiguration has no property 'bogus'\. Known properties: .*appliesToCombinations.*allowedAAGUIDs/);
    // Naming the type picks its shape as before.
    assert.deepEqual(patch('{ "@odata.type": "#microsoft.graph.fido2CombinationConfiguration", "allowedAAGUIDs": [] }').map(d => d.message), []);
    const create = createValidator().validate(`POST ${url}\nContent-Type: application/json\n\n{ "appliesToCombinations": ["fido2"] }\n`);
    assert.deepEqual(create.map(d => d.code), ['graph.body.missingRequired']);
  });
});

describe('an abstract value without @odata.type', () => {
  test('is an error at the top level\'s property as in a collection\'s items (attacksimulationroot-post-simulation sends trainingSetting, an abstract type, without one)', () => {
    const sim = (setting: string) => `POST https://graph.microsoft.com/v1.0/security/attackSimulation/simulations\nContent-Type: application/json\n\n{\n  "displayName": "Graph Simulation",\n  "trainingSetting": ${setting}\n}\n`;
    assert.deepEqual(createValidator().validate(sim('{ "settingType": "noTraining" }')).map(d => [d.severity, d.message]), [['error', 'trainingSetting: Missing property "@odata.type".']]);
    assert.deepEqual(createValidator().validate(sim('{ "@odata.type": "#microsoft.graph.noTrainingSetting", "settingType": "noTraining" }')).map(d => d.message), []);
  });
});

describe('a value the docs cut short', () => {
  test('is a placeholder (info), not a base64 error (application-addkey sends "key": "MIIDYDCCAki..."); a wrong enum value ending in ... is still an error', () => {
    const addKey = (key: string, type = 'AsymmetricX509Cert') => `POST https://graph.microsoft.com/v1.0/applications/{{appObjectId}}/addKey\nContent-Type: application/json\n\n{\n  "keyCredential": { "type": "${type}", "usage": "Verify", "key": "${key}" },\n  "passwordCredential": null,\n  "proof": "eyJ0eXAiOiJ..."\n}\n`;
    assert.deepEqual(createValidator().validate(addKey('MIIDYDCCAki...')).map(d => [d.severity, d.code]), [['info', 'graph.body.placeholder']]);
    assert.deepEqual(createValidator().validate(addKey('MIIDYDCCAki')).map(d => d.severity), [], 'whole base64');
    const patch = (v: string) => `PATCH https://graph.microsoft.com/v1.0/me\nContent-Type: application/json\n\n{ "passwordPolicies": "x", "mailboxSettings": { "delegateMeetingMessageDeliveryOptions": "${v}" } }\n`;
    assert.deepEqual(createValidator().validate(patch('sendToDelegate...')).map(d => d.severity), ['error']);
  });
});

describe('a JSON batch', () => {
  // concepts/json-batching.md: requests[] of {id, method, url (relative), headers, body, dependsOn}, at most 20.
  const batch = (requests: string) => `POST https://graph.microsoft.com/v1.0/$batch\nContent-Type: application/json\n\n{\n  "requests": [\n${requests}\n  ]\n}\n`;
  test('the docs\' example batch is clean: each request is checked as its own', () => {
    const text = batch([
      '    { "id": "1", "method": "GET", "url": "/me/drive/root:/{file}:/content" },',
      '    { "id": "2", "method": "GET", "url": "/me/planner/tasks" },',
      '    { "id": "3", "method": "GET", "url": "/groups/{id}/events" },',
      '    { "id": "4", "url": "/me", "method": "PATCH", "body": { "city": "Redmond" }, "headers": { "Content-Type": "application/json" } },',
      '    { "id": "5", "url": "users?$select=id,displayName,userPrincipalName&$filter=city eq null&$count=true", "method": "GET", "headers": { "ConsistencyLevel": "eventual" } }',
    ].join('\n'));
    assert.deepEqual(createValidator().validate(text).filter(d => d.severity !== 'info').map(d => d.message).filter(m => !/placeholder/.test(m)), []);
  });
  test('a request\'s unknown path, wrong type and misspelt property are found where the batch body has them, with their fixes; ids, dependsOn and the 20-request limit are checked', () => {
    const text = batch([
      '    { "id": "1", "method": "GET", "url": "/me/bogusThing" },',
      '    { "id": "2", "dependsOn": ["9"], "method": "POST", "url": "/users", "body": { "displayName": "x", "accountEnabled": "yes", "mailNickname": "x" } },',
      '    { "id": "2", "method": "PATCH", "url": "/groups/{{id}}", "body": { "descriptio": "x" } },',
      '    { "id": "5", "method": "GET" }',
    ].join('\n'));
    const d = createValidator().validate(text);
    const at = (x: { span: { start: number; end: number } }) => text.slice(x.span.start, x.span.end);
    assert.deepEqual(d.map(x => [x.code, at(x)]), [
      ['graph.url.unknownPath', '/me/bogusThing'],
      ['graph.batch.dependsOn', '"9"'],
      // json-batching.md: a request with a body names its Content-Type in headers.
      ['graph.batch.contentType', '"body"'],
      ['graph.body.type', '"yes"'],
      ['graph.batch.duplicateId', '"2"'],
      ['graph.batch.contentType', '"body"'],
      ['graph.body.openTypeProperty', '"descriptio"'],
      ['graph.batch.request', '{'],
    ]);
    assert.match(d[0].message, /^Batch request 1: Unknown Graph path/);
    const rename = d.find(x => x.code === 'graph.body.openTypeProperty')!.fixes![0];
    assert.equal(applyEdits(text, rename.edits).includes('"description": "x"'), true);
    const many = batch(Array.from({ length: 21 }, (_, i) => `    { "id": "${i}", "method": "GET", "url": "/me" }`).join(',\n'));
    assert.deepEqual(createValidator().validate(many).map(x => x.code), ['graph.batch.tooMany']);
  });
});

describe('an action\'s body', () => {
  test('an unknown key is named as a parameter of the action, each parameter listed once (user-sendmail Example 5 sends a message\'s properties without `message`)', () => {
    const send = (body: string) => createValidator().validate(`POST https://graph.microsoft.com/v1.0/me/sendMail\nContent-Type: application/json\n\n${body}\n`).map(d => d.message);
    assert.deepEqual(send('{ "subject": "Meet for lunch?" }'), ["The action sendMail has no parameter 'subject'. Its parameters: message, saveToSentItems."]);
    assert.deepEqual(send('{ "mesage": {} }'), ["The action sendMail has no parameter 'mesage'. Did you mean 'message'?"]);
  });

  test('a key that is a property of the binding type in beta is still no parameter (identitygovernance-workflow-createnewversion Example 2 puts the workflow\'s category beside `workflow`; beta\'s workflow declares category)', () => {
    const text = 'POST https://graph.microsoft.com/v1.0/identityGovernance/lifecycleWorkflows/workflows/{{workflowId}}/createNewVersion\nContent-Type: application/json\n\n{\n  "category": "joiner"\n}\n';
    const d = createValidator().validate(text);
    assert.deepEqual(d.map(x => [x.severity, x.code, x.message]), [['error', 'graph.body.unknownProperty', "The action createNewVersion has no parameter 'category'. Its parameters: workflow."]]);
  });
});

describe('documentation placeholders', () => {
  test('"String (timestamp)" for a date-time and "{id}" for a GUID are placeholder errors naming the format (security-alert-update, synchronization-synchronizationtemplate-update); "-value" strings in a list or a Json value are placeholder infos (tokenlifetimepolicy-post-tokenlifetimepolicies, chart-setposition)', () => {
    const v = (method: string, url: string, body: string) => createValidator().validate(`${method} https://graph.microsoft.com/v1.0${url}\nContent-Type: application/json\n\n${body}\n`).map(d => [d.severity, d.code, d.message]);
    assert.deepEqual(v('PATCH', '/security/alerts_v2/{{alertId}}', '{ "classification": "truePositive", "lastUpdateDateTime": "String (timestamp)" }'),
      [['error', 'graph.body.placeholder', '"String (timestamp)" is a documentation placeholder: lastUpdateDateTime must be a date-time such as 2024-01-31T09:00:00Z.']]);
    assert.deepEqual(v('PATCH', '/applications/{{appId}}/synchronization/templates/{{templateId}}', '{ "id": "Slack", "applicationId": "{id}", "factoryTag": "CustomSCIM" }'),
      [['error', 'graph.body.placeholder', '"{id}" is a documentation placeholder: applicationId must be a GUID such as 00000000-0000-0000-0000-000000000000 (Edm.Guid).']]);
    assert.deepEqual(v('POST', '/policies/tokenLifetimePolicies', '{ "definition": ["definition-value"], "displayName": "Contoso", "isOrganizationDefault": true }').map(d => d[0] + ' ' + d[2]),
      ['info "definition-value" looks like a documentation placeholder: put the real definition here.']);
    assert.deepEqual(v('POST', '/me/drive/items/{{id}}/workbook/worksheets/{{ws}}/charts/{{chart}}/setPosition', '{ "startCell": "startCell-value", "endCell": "D8" }').map(d => d[0] + ' ' + d[2]),
      ['info "startCell-value" looks like a documentation placeholder: put the real startCell here.']);
  });

  test('a property that names a type takes type names as values (directory-post-customsecurityattributedefinitions: "type": "String"; application-post-extensionproperty: "dataType": "String"); elsewhere "String" is still a placeholder', () => {
    const attribute = (type: string) => `POST https://graph.microsoft.com/v1.0/directory/customSecurityAttributeDefinitions\nContent-Type: application/json\n\n{\n  "attributeSet": "Engineering",\n  "description": "Target completion date",\n  "isCollection": false,\n  "isSearchable": true,\n  "name": "ProjectDate",\n  "status": "Available",\n  "type": "${type}",\n  "usePreDefinedValuesOnly": false\n}\n`;
    for (const t of ['String', 'Boolean']) assert.deepEqual(createValidator().validate(attribute(t)).map(x => x.message), [], t);
    assert.deepEqual(createValidator().validate(attribute('type-value')).map(x => x.code), ['graph.body.placeholder'], 'a -value placeholder still is one');
    const extension = 'POST https://graph.microsoft.com/v1.0/applications/fd918e4b-c821-4efb-b50a-5eddd23afc6f/extensionProperties\nContent-Type: application/json\n\n{\n  "name": "jobGroup",\n  "dataType": "String",\n  "isMultiValued": true,\n  "targetObjects": ["User"]\n}\n';
    assert.deepEqual(createValidator().validate(extension).map(x => x.message), []);
    assert.deepEqual(createValidator().validate(extension.replace('"jobGroup"', '"String"')).map(x => x.code), ['graph.body.placeholder']);
  });
});

describe('a property only beta\'s type declares, in a v1.0 body', () => {
  test('is a warning with the fix to /beta/ (bookingbusiness-post-appointments sends physicalAddress.postOfficeBox to /v1.0/, and the v1.0 answer of bookingbusiness-post-bookingbusinesses echoes it), on an open type too (device-update sends extensionAttributes); a typo is still an error', () => {
    const appointment = (key: string) => `POST https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/{{businessId}}/appointments\nContent-Type: application/json\n\n{\n  "customerTimeZone": "America/Chicago",\n  "serviceLocation": { "address": { "city": "Buffalo", "${key}": "" } }\n}\n`;
    const d = createValidator().validate(appointment('postOfficeBox'));
    assert.deepEqual(d.map(x => [x.severity, x.code]), [['warning', 'graph.body.betaOnly']]);
    assert.match(d[0].message, /beta's physicalAddress declares it, v1\.0's does not, so Graph v1\.0 may reject or ignore it/);
    assert.equal(d[0].fixes?.[0].title, 'Use /beta/');
    const typo = createValidator().validate(appointment('stret'));
    assert.deepEqual(typo.map(x => [x.code, x.message]), [['graph.body.unknownProperty', "physicalAddress has no property 'stret'. Did you mean 'street'?"]]);
    const device = 'PATCH https://graph.microsoft.com/v1.0/devices/{{deviceId}}\nContent-Type: application/json\n\n{\n  "extensionAttributes": { "extensionAttribute1": "BYOD-Device" }\n}\n';
    const w = createValidator().validate(device);
    assert.deepEqual(w.map(x => [x.severity, x.code]), [['warning', 'graph.body.openTypeProperty']]);
    assert.match(w[0].message, /beta's device does/);
    assert.equal(w[0].fixes?.[0].title, 'Use /beta/');
  });
});
