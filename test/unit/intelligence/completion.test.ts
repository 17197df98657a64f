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
    assert.deepEqual(complete('GET https://graph.microsoft.com/beta/|').map(i => i.label).sort(), ['applications', 'external', 'onPremisesPublishingProfiles', 'servicePrincipals']);
    // v1.0: the route table's roots, then every root of the whole v1.0 metadata (test/unit/graph/v1-completion.test.ts).
    const v1Roots = complete('GET https://graph.microsoft.com/v1.0/|').map(i => i.label);
    for (const r of ['applicationTemplates', 'applications', 'external', 'users', 'groups', 'me']) assert.ok(v1Roots.includes(r), r);
    assert.deepEqual(complete('GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/|').map(i => i.label).sort(),
      ['agentGroups', 'agents', 'applicationSegments', 'connectorGroups', 'connectors', 'hybridAgentUpdaterConfiguration', 'publishedResources', 'sensors']);
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
    assert.equal(ref[0].insertText, '"@odata.id": "https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${1:connectorGroupId}"');
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

/** VS Code's filter, simplified: the typed text is a subsequence of the candidate, first character included. */
function matches(typed: string, candidate: string): boolean {
  typed = typed.toLowerCase(); candidate = candidate.toLowerCase();
  if (typed === '') return true;
  if (typed[0] !== candidate[0]) return false;
  let i = 0;
  for (const ch of candidate) if (ch === typed[i]) i++;
  return i >= typed.length;
}

/**
 * What an editor shows: VS Code keeps an item only if the text from its range's start to the cursor matches its
 * filterText (else its label). An item that fails this is thrown away ("No suggestions").
 */
function editorKeeps(text: string, offset: number, item: { label: string; filterText?: string; replaceSpan?: { start: number } }): boolean {
  const start = item.replaceSpan?.start ?? offset - /[A-Za-z0-9_$@.-]*$/.exec(text.slice(0, offset))![0].length;
  return matches(text.slice(start, offset), item.filterText ?? item.label);
}

describe('completion as the editor filters it', () => {
  const cases = [
    `POST ${CG}\n\n{"name": "x", "region": "|"}\n`,
    `POST ${CG}\n\n{"name": "x", "region": "e|"}\n`,
    `POST ${CG}\n\n{"name": "x", "|"}\n`,
    `POST ${CG}\n\n{"name": "x", "reg|"}\n`,
    `POST ${CG}\n\n{"|"}\n`,
    `POST ${CG}/g1/members/$ref\n\n{"@odata.id": "|"}\n`,
    'POST https://graph.microsoft.com/v1.0/external/connections/c/groups/g/members\n\n{ "id": "x", "type": "|" }\n',
  ];
  for (const marked of cases) {
    test(`every item survives the editor's filter: ${JSON.stringify(marked.slice(marked.lastIndexOf('\n', marked.indexOf('|')) + 1, marked.indexOf('|') + 3))}`, () => {
      const { text, offset } = at(marked);
      const items = getCompletions(text, offset);
      assert.ok(items.length > 0, 'the core offers items here');
      // What the user typed of the name or value itself (after the opening quote): the items it matches must be shown.
      const typed = /[^"]*$/.exec(text.slice(0, offset))![0];
      const wanted = items.filter(i => matches(typed, i.label));
      assert.ok(wanted.length > 0);
      for (const item of wanted) assert.ok(editorKeeps(text, offset, item), `${item.label} would be filtered out (filterText ${item.filterText})`);
    });
  }

  test('a quoted range carries the JSON text of the label as filterText', () => {
    const items = complete(`POST ${CG}\n\n{"name": "x", "region": "|"}\n`);
    assert.deepEqual(items.map(i => i.filterText), ['"nam"', '"eur"', '"aus"', '"asia"', '"ind"']);
    assert.equal(complete(`POST ${CG}\n\n{"name": "x", "|"}\n`).find(i => i.label === 'region')!.filterText, '"region"');
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
