import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { getCompletions, getHover, applyEdits } from '../../../src/core/intelligence';

const CG = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
/** `|` marks the cursor. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
const complete = (marked: string) => { const { text, offset } = at(marked); return getCompletions(text, offset); };
const hover = (marked: string) => { const { text, offset } = at(marked); return getHover(text, offset); };

describe('completion', () => {
  test('HTTP methods at the start of a line', () => {
    const items = complete('PO|');
    assert.deepEqual(items.map(i => i.label), ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);
    assert.deepEqual(items[1].replaceSpan, { start: 0, end: 2 });
    assert.equal(items[0].kind, 'method');
  });

  test('methods the route supports come first, with their summaries', () => {
    const items = complete(`|POST ${CG}\n`);
    const post = items.find(i => i.label === 'POST')!;
    assert.equal(post.detail, 'Create a connector group');
    assert.ok(items.find(i => i.label === 'PUT')!.sortText! > post.sortText!);
  });

  test('URL: versions, then path segments from the route table', () => {
    assert.deepEqual(complete('GET https://graph.microsoft.com/b|').map(i => i.label), ['v1.0', 'beta']);
    assert.deepEqual(complete('GET https://graph.microsoft.com/beta/|').map(i => i.label).sort(), ['applications', 'external', 'onPremisesPublishingProfiles']);
    assert.deepEqual(complete('GET https://graph.microsoft.com/v1.0/|').map(i => i.label), ['external']);
    assert.deepEqual(complete('GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/|').map(i => i.label).sort(), ['connectorGroups', 'connectors']);
    const members = complete(`POST ${CG}/42/m|`);
    assert.deepEqual(members.map(i => i.label).sort(), ['applications', 'members']);
    const { text, offset } = at(`POST ${CG}/42/m|`);
    const m = getCompletions(text, offset).find(i => i.label === 'members')!;
    assert.equal(applyEdits(text, [{ span: m.replaceSpan!, newText: m.insertText }]), `POST ${CG}/42/members`);
    assert.deepEqual(complete(`POST ${CG}/42/members/|`).map(i => i.label), ['$ref']);
  });

  test('body properties: required first, read-only ones not offered, present ones skipped', () => {
    const items = complete(`POST ${CG}\nContent-Type: application/json\n\n{\n  "region": "eur",\n  |\n}\n`);
    assert.deepEqual(items.map(i => i.label), ['name', '@odata.type']);
    assert.equal(items[0].insertText, '"name": "$1"');
    assert.equal(items[0].detail, 'required Edm.String');
  });

  test('enum values with their meanings; the unknownFutureValue sentinel is not offered', () => {
    const items = complete(`POST ${CG}\n\n{ "name": "a", "region": "|" }\n`);
    assert.deepEqual(items.map(i => [i.label, i.detail]), [['nam', 'North America'], ['eur', 'Europe'], ['aus', 'Australia'], ['asia', 'Asia'], ['ind', 'India']]);
    const { text, offset } = at(`POST ${CG}\n\n{ "name": "a", "region": "|" }\n`);
    const eur = getCompletions(text, offset)[1];
    assert.equal(applyEdits(text, [{ span: eur.replaceSpan!, newText: eur.insertText }]), `POST ${CG}\n\n{ "name": "a", "region": "eur" }\n`);
    const region = complete(`POST ${CG}\n\n{ "name": "a", | }\n`).find(i => i.label === 'region')!;
    assert.equal(region.insertText, '"region": "${1|nam,eur,aus,asia,ind|}"');
  });

  test('@odata.type value, and an @odata.id skeleton for $ref bodies', () => {
    const t = complete(`POST ${CG}\n\n{ "name": "a", | }\n`).find(i => i.label === '@odata.type')!;
    assert.equal(t.insertText, '"@odata.type": "#microsoft.graph.connectorGroup"');
    const ref = complete('POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors/c1/memberOf/$ref\n\n{ | }\n');
    assert.deepEqual(ref.map(i => i.label), ['@odata.id']);
    assert.equal(ref[0].insertText, '"@odata.id": "https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${1:groupId}"');
    const members = complete(`POST ${CG}/g1/members/$ref\n\n{ | }\n`);
    assert.match(members[0].insertText, /applicationProxy\/connectors\/\$\{1:connectorId\}"$/);
  });

  test('identity member type: user, group, externalGroup', () => {
    const items = complete('POST https://graph.microsoft.com/v1.0/external/connections/c/groups/g/members\n\n{ "id": "x", "type": "|" }\n');
    assert.deepEqual(items.map(i => i.label), ['user', 'group', 'externalGroup']);
  });

  test('an empty body gets a skeleton with the required properties', () => {
    const items = complete('POST https://graph.microsoft.com/v1.0/external/connections/c/groups/g/members\nContent-Type: application/json\n\n|\n');
    assert.equal(items.length, 1);
    assert.equal(items[0].kind, 'snippet');
    assert.equal(items[0].insertText, '{\n  "id": "$1",\n  "type": "${2|user,group,externalGroup|}"\n}');
  });
});

describe('hover', () => {
  test('request line: summary, success status, least-privileged permissions, beta-only note', () => {
    const h = hover(`PO|ST ${CG}\n`)!;
    assert.match(h.markdown, /\*\*Create a connector group\*\*/);
    assert.match(h.markdown, /`201 Created`/);
    assert.match(h.markdown, /delegated `Directory\.ReadWrite\.All`; application `Directory\.ReadWrite\.All`/);
    assert.match(h.markdown, /Only in beta/);
    assert.deepEqual(h.span, { start: 0, end: `POST ${CG}`.length });
    const list = hover(`GET ${CG}|\n`)!;
    assert.match(list.markdown, /application not supported/);
    const member = hover('POST https://graph.microsoft.com/v1.0/external/connections/c/groups/g/mem|bers\n')!;
    assert.match(member.markdown, /`201 Created`/);
    assert.match(member.markdown, /delegated `ExternalItem\.ReadWrite\.OwnedBy`/);
    assert.doesNotMatch(member.markdown, /Only in/);
  });

  test('body property: type, required, enum meanings; read-only explained', () => {
    const region = hover(`POST ${CG}\n\n{ "name": "a", "reg|ion": "eur" }\n`)!;
    assert.match(region.markdown, /\*\*region\*\*: `microsoft\.graph\.connectorGroupRegion`/);
    assert.match(region.markdown, /- `nam`: North America/);
    assert.match(region.markdown, /`unknownFutureValue`: evolvable-enum sentinel/);
    const value = hover(`POST ${CG}\n\n{ "name": "a", "region": "e|ur" }\n`)!;
    assert.ok(value.markdown.startsWith('`eur`: Europe'));
    assert.match(hover(`POST ${CG}\n\n{ "na|me": "a" }\n`)!.markdown, /Required\./);
    assert.match(hover(`POST ${CG}\n\n{ "name": "a", "isDef|ault": true }\n`)!.markdown, /Read-only/);
  });

  test('nothing to say: undefined', () => {
    assert.equal(hover('GET https://example.com/|x\n'), undefined);
    assert.equal(hover('|'), undefined);
  });
});
