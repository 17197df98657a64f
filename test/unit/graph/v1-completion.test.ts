import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, createValidator, getCompletions, getHover } from '../../../src/core/intelligence';

// Completion and hover for v1.0 requests the route table does not document, from the whole v1.0 metadata
// (v1.0-Prod.csdl via schemas/v1.0/graph.jsonl). `|` marks the cursor.
function at(marked: string) {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
const complete = (marked: string) => { const { text, offset } = at(marked); return getCompletions(text, offset); };
const labels = (marked: string) => complete(marked).map(i => i.label);
const hover = (marked: string) => { const { text, offset } = at(marked); return getHover(text, offset); };
const V1 = 'https://graph.microsoft.com/v1.0';
const JSON_HEADERS = 'Content-Type: application/json\n\n';

describe('v1.0 URL completion from the metadata', () => {
  test('after /v1.0/: every entity set and singleton; /v1.0/us offers users, and picking it completes the segment', () => {
    const roots = labels(`GET ${V1}/us|`);
    for (const r of ['users', 'groups', 'me', 'invitations', 'identity', 'drives', 'teams']) assert.ok(roots.includes(r), r);
    const { text, offset } = at(`GET ${V1}/us|`);
    const users = getCompletions(text, offset).find(i => i.label === 'users')!;
    assert.equal(applyEdits(text, [{ span: users.replaceSpan!, newText: users.insertText }]), `GET ${V1}/users`);
  });

  test('after a user: navigation, properties and bound operations (user: manager, messages, jobTitle, sendMail)', () => {
    const next = complete(`GET ${V1}/users/{{userId}}/|`);
    const byLabel = new Map(next.map(i => [i.label, i]));
    for (const n of ['manager', 'messages', 'memberOf', 'jobTitle', 'sendMail', 'photo']) assert.ok(byLabel.has(n), n);
    assert.match(byLabel.get('messages')!.detail!, /navigation: message\[\]/);
    assert.match(byLabel.get('sendMail')!.detail!, /action \(POST\)/);
    assert.ok(!byLabel.has('$count'), 'one user is no collection');
  });

  test('after a collection: casts, $count, collection-bound functions; after a non-contained navigation: $ref', () => {
    const members = labels(`GET ${V1}/groups/{{groupId}}/members/|`);
    for (const n of ['$count', '$ref', 'microsoft.graph.user', 'microsoft.graph.group', 'delta']) assert.ok(members.includes(n), n);
    assert.ok(labels(`GET ${V1}/users/|`).includes('delta'), 'users/delta() (function bound to Collection(user))');
    assert.ok(labels(`GET ${V1}/me/photo/|`).includes('$value'), 'profilePhoto HasStream');
  });

  test('$select: the addressed type\'s properties are offered and checked', () => {
    const items = complete(`GET ${V1}/me/events?$select=subject,orga|`);
    assert.ok(items.some(i => i.label === 'organizer') && !items.some(i => i.label === 'subject'), 'already chosen names are not offered again');
    const { text, offset } = at(`GET ${V1}/me/events?$select=subject,orga|`);
    const organizer = getCompletions(text, offset).find(i => i.label === 'organizer')!;
    assert.equal(applyEdits(text, [{ span: organizer.replaceSpan!, newText: organizer.insertText }]), `GET ${V1}/me/events?$select=subject,organizer`);
    const bad = `GET ${V1}/me/events?$select=subjet,start\n`;
    const d = createValidator().validate(bad);
    assert.deepEqual(d.map(x => [x.code, bad.slice(x.span.start, x.span.end)]), [['graph.url.unknownSelect', 'subjet']]);
    assert.equal(d[0].fixes?.[0].edits[0].newText, 'subject');
    assert.deepEqual(createValidator().validate(`GET ${V1}/groups/{{id}}/members?$select=displayName\n`), [], 'a directoryObject collection: derived types\' names are not told apart, so not checked');
  });
});

describe('v1.0 body completion and hover from the metadata', () => {
  test('PATCH /users/{id}: user\'s properties, inherited ones too', () => {
    const items = labels(`PATCH ${V1}/users/{{userId}}\n${JSON_HEADERS}{\n  "job|"\n}\n`);
    for (const n of ['jobTitle', 'displayName', 'accountEnabled', 'department']) assert.ok(items.includes(n), n);
  });

  test('POST /groups: group\'s properties; POST /invitations: invitation\'s, and inside invitedUserMessageInfo its own', () => {
    const group = labels(`POST ${V1}/groups\n${JSON_HEADERS}{\n  |\n}\n`);
    for (const n of ['displayName', 'mailNickname', 'groupTypes', 'securityEnabled', 'mailEnabled']) assert.ok(group.includes(n), n);
    const invitation = labels(`POST ${V1}/invitations\n${JSON_HEADERS}{\n  "invitedUserEmailAddress": "a@b.c",\n  |\n}\n`);
    for (const n of ['inviteRedirectUrl', 'sendInvitationMessage', 'invitedUserMessageInfo']) assert.ok(invitation.includes(n), n);
    const info = labels(`POST ${V1}/invitations\n${JSON_HEADERS}{\n  "invitedUserMessageInfo": { | }\n}\n`);
    assert.ok(info.includes('customizedMessageBody') && info.includes('messageLanguage'), info.join(','));
  });

  test('enum values: an event\'s importance (v1.0-Prod.csdl EnumType importance: low, normal, high)', () => {
    const values = labels(`POST ${V1}/me/events\n${JSON_HEADERS}{\n  "importance": |\n}\n`);
    for (const v of ['"low"', '"normal"', '"high"'].map(v => JSON.parse(v))) assert.ok(values.includes(v), `${v} in ${values.join(',')}`);
  });

  test('hover on a v1.0 body property names its type; on the request line, the operation', () => {
    const h = hover(`PATCH ${V1}/users/{{userId}}\n${JSON_HEADERS}{\n  "jobT|itle": "Engineer"\n}\n`);
    assert.ok(h, 'a hover on jobTitle');
    assert.match(h!.markdown, /jobTitle/);
    const line = hover(`PATCH ${V1}/me/ev|ents/{{id}}\n`);
    assert.match(line!.markdown, /Update event/);
  });
});
