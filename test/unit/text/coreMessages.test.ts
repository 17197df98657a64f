// The core's editor-facing texts (diagnostics, quick fixes, hovers, error descriptions) are read through
// src/core/text/l10n.ts: once activation installs a translator (vscode.l10n.t in the product) users read its answer;
// the CLI never installs one, so `validate` prints the English text, which is a contract with users' CI.
import { afterEach, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { englishOnly, useTranslator } from '../../../src/core/text/l10n';
import { createValidator, getHover } from '../../../src/core/intelligence';
import { describeError, describeErrorText } from '../../../src/core/send/describeError';
import { describeAuthError } from '../../../src/core/send/describeAuthError';
import { SendError } from '../../../src/core/net/sendError';
import { itemBodyProblems } from '../../../src/core/tenant/connectorBodyCheck';

afterEach(() => useTranslator(englishOnly));

/** Requests with mistakes of every kind the validator names (the examples and fixtures add the docs' own mistakes). */
const BETA = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy';
const EC = 'https://graph.microsoft.com/v1.0/external/connections';
const APP = 'PATCH https://graph.microsoft.com/beta/applications/bf21f7e9-9d25-4da2-82ab-7fdd85049f83';
const json = (line: string, body: unknown) => `${line}\nContent-Type: application/json\n\n${typeof body === 'string' ? body : JSON.stringify(body, null, 2)}\n`;
const MISTAKES = [
  `GET https://graph.microsoft.com/v2.0/external/connections\n`,
  `GET https://graph.microsoft.com/{version}/external/connections\n`,
  `GET https://graph.microsoft.com/v1.0/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n`,
  `GET https://microsoftgraph.chinacloudapi.cn/v1.0/external/connections\n`,
  `GET https://graph.microsoft.co/v1.0/me\n`,
  `GET https://graph.microsoft.com/v1.0/external/connectionz\n`,
  `GET https://graph.microsoft.com/v1.0/users/{{id}}/managr\n`,
  `GET https://graph.microsoft.com/v1.0/${'a/'.repeat(300)}b\n`,
  `GET ${BETA}/connectorGroups?$select=nmae,region\n`,
  `DELETE ${BETA}/connectorGroups\n`,
  `GET ${BETA}/connectorGroups\n\n{ "name": "x" }\n`,
  `POST ${BETA}/connectorGroups\n`,
  `POST ${BETA}/connectorGroups\nContent-Type: appplication/json\n\n{ "name": "x" }\n`,
  `POST ${BETA}/connectorGroups\nContent-Type: text/plain\n\n{ "name": "x" }\n`,
  json(`POST ${BETA}/connectorGroups`, '{ "name": "x", }'),
  json(`POST ${BETA}/connectorGroups`, { name: 'x', isDefault: 'Boolean', region: 'eu' }),
  json(`POST ${BETA}/connectorGroups`, { name: 'x', connectorGroupType: 'Strin', region: 1 }),
  json(`POST ${BETA}/connectorGroups`, { name: null, '@odata.type': '#microsoft.graph.user' }),
  json(`POST ${BETA}/connectorGroups`, { name: 'x', isDefault: 'true' }),
  json(`POST ${BETA}/connectorGroups`, '['.repeat(300) + ']'.repeat(300)),
  json(`POST ${BETA}/connectorGroups`, Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`p${i}`, i]))),
  json(`POST ${BETA}/connectors/c1/memberOf/$ref`, { '@odata.id': 'https://graph.microsoft.com/onPremisesPublishingProfiles/applicationProxy/connectorGroups/g1' }),
  json(`POST ${BETA}/connectors/c1/memberOf/$ref`, { '@odata.id': 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors' }),
  json(`POST ${BETA}/connectors/c1/memberOf/$ref`, { '@odata.id': 'not a url' }),
  json(`POST ${BETA}/connectors/c1/memberOf/$ref`, { '@odata.id': 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/{id}' }),
  json('PATCH https://graph.microsoft.com/v1.0/users/{{id}}', { displayNmae: 'x', officeLocation: 'y' }),
  json(`PATCH ${EC}/tickets/schema`, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'priority', type: 'int64', isSearchable: true }, { type: 'double', isSearchable: true }] }),
  json(`PUT ${EC}/tickets/items/not-valid!`, { acl: [{ type: 'user', value: 'bob' }, { type: 'externalGroup', value: 'a-b', accessType: 'grant' }, { type: 'everyone', value: 'x', accessType: 'grant' }], properties: { tags: ['a', 'b'], when: ['2024-05-31T12:00:00Z'], title: 'Café', nums: [1, 2] } }),
  json(APP, { onPremisesPublishing: { externalUrl: 'https://apps.contoso.com/', singleSignOnSettings: { singleSignOnMode: 'onPremisesKerberos' } } }),
  json(APP, { onPremisesPublishing: { internalUrl: 'https://iwa.contoso.com/', singleSignOnSettings: { singleSignOnMode: 'onPremisesKerberos', kerberosSignOnSettings: { kerberosServicePrincipalName: '' } } } }),
  json(APP, { onPremisesPublishing: { singleSignOnSettings: { singleSignOnMode: 'onPremisesKerberos', kerberosSignOnSettings: { kerberosServicePrincipalName: 'HTTP/iwa' } } } }),
  `# @name twice\nGET ${BETA}/connectors\n\n###\n# @name twice\nGET ${BETA}/connectors\n`,
  `@v = 1\n@v = 2\nGET ${BETA}/connectors\nnot a header\n`,
  `GET ${BETA}/connectors\nBad Header: x\n`,
  `GET ${BETA}/connectors and more\n`,
  `POST ${BETA}/connectorGroups\n\nContent-Type: application/json\n\n{ "name": "x" }\n`,
  json(`PATCH ${EC}/tickets/schema`, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string', rankingHint: { importanceScore: 'high' } }] }),
  `GET ${BETA}/connectorGroups?$filter=${'x'.repeat(17 * 1024)}\n`,
  `GET ${BETA}/connectorGroups/${'x/'.repeat(300)}\n`,
  json(`POST ${BETA}/connectorGroups`, { name: 'x'.repeat(300 * 1024) }),
  `curl -X GET -H "Accept: application/json"\n`,
  `POST ${BETA}/connectorGroups\nContent-Type: application/json\n\n< ./group.json\n`,
  `POST ${BETA}/connectorGroups\nContent-Type: application/json\n\n< ./missing.json\n`,
];
/** `< ./file` bodies: group.json has two mistakes, missing.json cannot be read. */
const bodyFiles = { readBodyFile: (path: string) => path.includes('missing') ? { error: 'ENOENT' } : { text: '{ "nmae": "x", "regoin": "eur" }', path } };
// The registered schema an item is checked against (itemProperty, itemPropertyType, odataTypeMarker).
const REGISTERED = json(`PATCH ${EC}/tickets/schema`, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'string' }, { name: 'tags', type: 'stringCollection' }, { name: 'count', type: 'int64' }, { name: 'due', type: 'dateTime' }] });
MISTAKES.push([REGISTERED, json(`PUT ${EC}/tickets/items/t1`, { acl: [{ type: 'everyone', value: '67a141d8-cf4e-4528-ba07-bed21bfacd2d', accessType: 'grant' }], properties: { titel: 'x', count: 'many', due: ['x'], tags: ['a'], 'tags@odata.type': 'Collection(Int64)' } })].join('###\n'));

const root = process.cwd();
const GROUPS = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
/** A misspelt property: an error with a did-you-mean and a rename fix. */
const MISSPELT = `POST ${GROUPS}\nContent-Type: application/json\n\n{ "name": "Europe connectors", "regoin": "eur" }\n`;

/** A stand-in "German bundle": what a bundle.l10n.de.json would hold for these messages. */
const de: Record<string, string> = {
  "{0} has no property '{1}'. Did you mean '{2}'?": "{0} hat keine Eigenschaft '{1}'. Meinten Sie '{2}'?",
  "Rename to '{0}'": "Umbenennen in '{0}'",
  "Remove '{0}'": "'{0}' entfernen",
  'Least-privileged permissions: delegated {0}; application {1}.': 'Mindestberechtigungen: delegiert {0}; Anwendung {1}.',
  'Success: {0}': 'Erfolg: {0}',
  'This operation needs the {0} permission (least privileged). Consent to it, or ask an admin to grant it, then sign in again.':
    'Dieser Vorgang braucht die Berechtigung {0} (mindestens). Stimmen Sie zu oder lassen Sie sie von einem Admin erteilen, dann melden Sie sich neu an.',
  'Sign-in failed: {0}': 'Anmeldung fehlgeschlagen: {0}',
  'The app has no consent for these permissions. Consent when prompted, or ask an admin to grant consent.': 'Die App hat keine Zustimmung für diese Berechtigungen.',
  'The service did not answer in time. Try again, or narrow the request with $select/$top.': 'Der Dienst hat nicht rechtzeitig geantwortet.',
  "the schema this file registers for connection '{0}'": "das Schema, das diese Datei für die Verbindung '{0}' registriert",
  "the schema registered for connection '{0}'": "das für die Verbindung '{0}' registrierte Schema",
};
function german(): string[] {
  const asked: string[] = [];
  useTranslator((m, ...a) => { asked.push(m); return englishOnly(de[m] ?? m, ...a); });
  return asked;
}

describe('core texts through the installed translator', () => {
  test('a diagnostic message and its quick-fix titles come out translated', () => {
    german();
    const [d] = createValidator().validate(MISSPELT);
    assert.equal(d.code, 'graph.body.unknownProperty', 'the code is not translated');
    assert.equal(d.message, "connectorGroup hat keine Eigenschaft 'regoin'. Meinten Sie 'region'?");
    assert.deepEqual(d.fixes?.map(f => f.title), ["Umbenennen in 'region'", "'regoin' entfernen"]);
    useTranslator(englishOnly);
    const [en] = createValidator().validate(MISSPELT);
    assert.equal(en.message, "connectorGroup has no property 'regoin'. Did you mean 'region'?");
    assert.deepEqual(en.fixes?.map(f => f.title), ["Rename to 'region'", "Remove 'regoin'"]);
  });

  test('a hover on the request line comes out translated (Graph names, permissions and statuses are not)', () => {
    const asked = german();
    const hover = getHover(MISSPELT, 2)!;
    assert.match(hover.markdown, /^\*\*Create a connector group\*\*: `POST \/onPremisesPublishingProfiles/);
    assert.match(hover.markdown, /\n\nErfolg: `201 Created`\n\n/);
    assert.match(hover.markdown, /Mindestberechtigungen: delegiert `Directory\.ReadWrite\.All`; Anwendung /);
    assert.ok(asked.includes('_Only in {0}: beta APIs are in preview and may change; not supported in production._'));
  });

  test('error descriptions and hints come out translated', () => {
    german();
    const forbidden = describeError({ status: 403, statusText: 'Forbidden', headers: {}, body: '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges."}}' }, { permission: 'Directory.ReadWrite.All' });
    assert.equal(forbidden.message, '403 Forbidden: Insufficient privileges.', "Graph's own message is as Graph wrote it");
    assert.equal(forbidden.hint, 'Dieser Vorgang braucht die Berechtigung Directory.ReadWrite.All (mindestens). Stimmen Sie zu oder lassen Sie sie von einem Admin erteilen, dann melden Sie sich neu an.');
    const consent = describeAuthError({ errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: The user or administrator has not consented.' });
    assert.deepEqual(consent, { message: 'Anmeldung fehlgeschlagen: AADSTS65001: The user or administrator has not consented.', hint: 'Die App hat keine Zustimmung für diese Berechtigungen.', code: 'invalid_grant' });
    assert.equal(describeErrorText(new SendError('timeout', 'Timed out after 30 s.')), 'Timed out after 30 s. Der Dienst hat nicht rechtzeitig geantwortet.');
  });

  test('every diagnostic and fix of the examples and fixtures asks the translator (only the JSON service\'s own words do not)', () => {
    const files = [...readdirSync(join(root, 'examples')).filter(f => f.endsWith('.http')).map(f => join(root, 'examples', f)),
      ...readdirSync(join(root, 'test/unit/intelligence/fixtures')).filter(f => f.endsWith('.http')).map(f => join(root, 'test/unit/intelligence/fixtures', f))];
    // Every message marked: a text built outside l10n.t (or a piece of one) shows as English without the mark.
    useTranslator((m, ...a) => `‹${englishOnly(m, ...a)}›`);
    const unmarked: string[] = [];
    let count = 0;
    const codes = new Set<string>();
    for (const text of [...files.map(f => readFileSync(f, 'utf8')), ...MISTAKES]) {
      for (const d of createValidator().validate(text, { bodyFiles })) {
        count++; codes.add(d.code);
        if (!['graph.body.schema', 'graph.body.pattern'].includes(d.code) && !d.message.startsWith('‹')) unmarked.push(`${d.code}: ${d.message}`);
        for (const f of d.fixes ?? []) if (!f.title.startsWith('‹')) unmarked.push(`${d.code} fix: ${f.title}`);
      }
    }
    assert.ok(count > 30, `only ${count} diagnostics`);
    for (const code of ['graph.body.fileProblems', 'graph.body.fileNotRead', 'graph.url.unknownSelect', 'graph.body.missingRequired', 'graph.docs.kerberosSso', 'graph.body.odataTypeMarker', 'http.badHeader']) assert.ok(codes.has(code), `no ${code} in the corpus`);
    assert.ok(codes.size >= 40, `only ${codes.size} kinds of diagnostic: ${[...codes].join(' ')}`);
    assert.deepEqual(unmarked, []);
  });

  test("the tree's body check still speaks of the tenant's schema when the validator's phrase is translated", async () => {
    german();
    const registered = { properties: [{ name: 'title', type: 'string' }] };
    const body = JSON.stringify({ acl: [{ type: 'everyone', value: '00000000-0000-0000-0000-000000000000', accessType: 'grant' }], properties: { titel: 'x' } });
    const problems = await itemBodyProblems('contoso', 'item1', body, registered);
    const p = problems.find(x => x.code === 'graph.body.itemProperty');
    assert.ok(p, JSON.stringify(problems));
    assert.match(p.message, /das für die Verbindung 'contoso' registrierte Schema/);
    assert.doesNotMatch(p.message, /diese Datei/);
  });
});

describe('the CLI installs no translator', () => {
  let dir = '';
  before(() => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    dir = mkdtempSync(join(tmpdir(), 'gcg-l10n-'));
    writeFileSync(join(dir, 'misspelt.http'), MISSPELT);
  });

  test('validate prints the English message, byte for byte', () => {
    german(); // this process's translator is no concern of the CLI's
    const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'validate', 'misspelt.http'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, "misspelt.http:4:32 error connectorGroup has no property 'regoin'. Did you mean 'region'?\n");
    const json = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'validate', '--json', 'misspelt.http'], { cwd: dir, encoding: 'utf8' });
    assert.equal(JSON.parse(json.stdout)[0].message, "connectorGroup has no property 'regoin'. Did you mean 'region'?");
  });
});
