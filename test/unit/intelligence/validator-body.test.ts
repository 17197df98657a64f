import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, createValidator, type GraphDiagnostic } from '../../../src/core/intelligence';

const CG = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const CN = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors';
const EG = 'https://graph.microsoft.com/v1.0/external/connections/conn1/groups';
const req = (line: string, body: string) => `${line}\nContent-Type: application/json\n\n${body}\n`;
const validate = (text: string) => createValidator().validate(text);
const only = (text: string, code: string): GraphDiagnostic => {
  const all = validate(text);
  const found = all.filter(d => d.code === code);
  assert.equal(found.length, 1, `expected one ${code} in ${JSON.stringify(all.map(d => [d.code, d.message]))}`);
  return found[0];
};
const slice = (text: string, d: GraphDiagnostic) => text.slice(d.span.start, d.span.end);
const fixed = (text: string, d: GraphDiagnostic, i = 0) => applyEdits(text, d.fixes![i].edits);

describe('body rules', () => {
  test('JSON syntax error', () => {
    const text = req(`POST ${CG}`, '{ "name": "a", }');
    assert.match(only(text, 'graph.body.syntax').message, /^Invalid JSON: /);
  });

  test('wrong enum value names the allowed values; fix picks the nearest', () => {
    const text = req(`POST ${CG}`, '{ "name": "a", "region": "europe" }');
    const d = only(text, 'graph.body.enum');
    assert.equal(d.message, '"europe" is not a valid region: use nam (North America), eur (Europe), aus (Australia), asia (Asia) or ind (India).');
    assert.equal(slice(text, d), '"europe"');
    assert.equal(fixed(text, d), req(`POST ${CG}`, '{ "name": "a", "region": "eur" }'));
  });

  test('unknownFutureValue is valid (evolvable enum) though never offered', () => {
    assert.deepEqual(validate(req(`POST ${CG}`, '{ "name": "a", "region": "unknownFutureValue" }')), []);
  });

  test('wrong type, with a fix that quotes the value', () => {
    const text = req(`POST ${CG}`, '{ "name": 5 }');
    const d = only(text, 'graph.body.type');
    assert.equal(d.message, 'name must be a string, not a number.');
    assert.equal(fixed(text, d), req(`POST ${CG}`, '{ "name": "5" }'));
  });

  test('read-only property: warning; the fix removes it with its comma (middle and last)', () => {
    const body = '{\n  "name": "a",\n  "isDefault": true,\n  "region": "eur"\n}';
    const text = req(`POST ${CG}`, body);
    const d = only(text, 'graph.body.readOnly');
    assert.equal(d.severity, 'warning');
    assert.equal(slice(text, d), '"isDefault"');
    assert.equal(fixed(text, d), req(`POST ${CG}`, '{\n  "name": "a",\n  "region": "eur"\n}'));
    const last = req(`POST ${CG}`, '{\n  "name": "a",\n  "isDefault": true\n}');
    assert.equal(fixed(last, only(last, 'graph.body.readOnly')), req(`POST ${CG}`, '{\n  "name": "a"\n}'));
  });

  test('externalGroup id cannot change on update', () => {
    const text = req(`PATCH ${EG}/g1`, '{ "id": "g2", "displayName": "x" }');
    assert.match(only(text, 'graph.body.readOnly').message, /`id` cannot be changed after creation/);
  });

  test('unknown property: did-you-mean rename', () => {
    const text = req(`POST ${CG}`, '{ "nmae": "a" }');
    const all = validate(text);
    const d = all.find(x => x.code === 'graph.body.unknownProperty')!;
    assert.equal(d.message, "connectorGroup has no property 'nmae'. Did you mean 'name'?");
    assert.equal(fixed(text, d), req(`POST ${CG}`, '{ "name": "a" }'));
    assert.ok(all.some(x => x.code === 'graph.body.missingRequired'));
  });

  test('missing required property: error on the opening brace', () => {
    const text = req(`POST ${CG}`, '{ "region": "eur" }');
    const d = only(text, 'graph.body.missingRequired');
    assert.equal(d.message, "Missing required property 'name' to create a connectorGroup.");
    assert.equal(slice(text, d), '{');
    assert.deepEqual(validate(req(`PATCH ${CG}/1`, '{ "region": "eur" }')), [], 'update requires nothing');
    assert.equal(fixed(text, d), req(`POST ${CG}`, '{ "name": "", "region": "eur" }'));
    const multi = req('POST https://graph.microsoft.com/v1.0/external/connections/c/groups/g/members', '{\n    "@odata.type": "#microsoft.graph.externalConnectors.identity"\n}');
    const m = only(multi, 'graph.body.missingRequired');
    assert.equal(m.message, "Missing required properties 'id' and 'type' to create an identity.");
    const after = fixed(multi, m);
    assert.ok(after.includes('{\n    "id": "",\n    "type": "user",\n    "@odata.type"'), after);
    assert.deepEqual(validate(after), []);
  });

  test('"Boolean" placeholder: fix to false', () => {
    const text = req(`POST https://graph.microsoft.com/v1.0/external/connections/c/groups/g/members`, '{ "id": "u1", "type": "String" }');
    const d = only(text, 'graph.body.placeholder');
    assert.match(d.message, /type must be user, group or externalGroup/);
    assert.equal(fixed(text, d), text.replace('"String"', '"user"'));
  });

  test('@odata.type must name the resource', () => {
    const text = req(`POST ${CG}`, '{ "@odata.type": "#microsoft.graph.connector", "name": "a" }');
    const d = only(text, 'graph.body.odataType');
    assert.equal(d.message, '@odata.type must name the resource this request addresses: "#microsoft.graph.connectorGroup".');
    assert.equal(fixed(text, d), text.replace('#microsoft.graph.connector"', '#microsoft.graph.connectorGroup"'));
  });

  test('@odata.id must address the right target type', () => {
    const wrong = req(`POST ${CN}/c1/memberOf/$ref`, `{ "@odata.id": "${CN}/c2" }`);
    assert.match(only(wrong, 'graph.body.odataId').message, /addresses a connector, but this request links a connectorGroup/);
    assert.deepEqual(validate(req(`POST ${CN}/c1/memberOf/$ref`, `{ "@odata.id": "${CG}/g1" }`)), []);
    assert.deepEqual(validate(req(`POST ${CG}/g1/members/$ref`, `{ "@odata.id": "${CN}/c1" }`)), []);
    const app = req('PUT https://graph.microsoft.com/beta/applications/a1/connectorGroup/$ref', `{ "@odata.id": "${CN}/c1" }`);
    assert.equal(only(app, 'graph.body.odataId').code, 'graph.body.odataId');
  });

  test('@odata.id without the version (as one docs example has it): fix inserts /beta', () => {
    const text = req('PUT https://graph.microsoft.com/beta/applications/a1/connectorGroup/$ref', '{ "@odata.id": "https://graph.microsoft.com/onPremisesPublishingProfiles/applicationproxy/connectorGroups/g1" }');
    const d = only(text, 'graph.body.odataId');
    assert.match(fixed(text, d), /"https:\/\/graph\.microsoft\.com\/beta\/onPremisesPublishingProfiles\/applicationproxy\/connectorGroups\/g1"/);
  });

  test('externalGroup id must be alphanumeric, at most 128 characters', () => {
    const d = only(req(`POST ${EG}`, '{ "id": "not ok!" }'), 'graph.body.pattern');
    assert.equal(d.message, 'id: Must be 1 to 128 letters or digits (A-Z, a-z, 0-9).');
    assert.deepEqual(validate(req(`POST ${EG}`, `{ "id": "${'a'.repeat(128)}" }`)), []);
  });

  test('externalConnection create requires id, name and description; state is read-only', () => {
    const text = req('POST https://graph.microsoft.com/v1.0/external/connections', '{ "id": "c1", "state": "ready" }');
    assert.match(only(text, 'graph.body.missingRequired').message, /'name' and 'description'/);
    assert.equal(only(text, 'graph.body.readOnly').code, 'graph.body.readOnly');
  });

  test('variables in a body never cause false errors', () => {
    assert.deepEqual(validate(req(`POST ${CG}`, '{ "name": "{{groupName}}", "region": "{{region}}" }')), []);
    assert.deepEqual(validate(req(`POST ${EG}`, '{ "id": "{{$randomInt 1 9}}x" }')), []);
    assert.deepEqual(validate(req(`PATCH ${CG}/1`, '{ "name": {{name}}, "region": "eur" }')), []);
  });
});

describe('per-request cache', () => {
  test('after an edit only the edited request is validated again, and offsets follow the shift', () => {
    const v = createValidator();
    const a = `GET ${CG}\n`, b = req(`POST ${CG}`, '{ "region": "eur" }'), c = `GET ${CN}\n`;
    const first = v.validate([a, b, c].join('###\n'));
    assert.equal(v.stats.validated, 3);
    const edited = [a.replace('GET', 'GET '), b, c].join('###\n');
    const second = v.validate(edited);
    assert.equal(v.stats.validated, 4);
    assert.equal(v.stats.reused, 2);
    assert.equal(second[0].span.start, first[0].span.start + 1);
    assert.equal(edited.slice(second[0].span.start, second[0].span.end), '{');
  });

  test('a changed variable value re-validates the requests that use it', () => {
    const v = createValidator();
    v.validate(`@ver = beta\nGET https://graph.microsoft.com/{{ver}}/onPremisesPublishingProfiles/applicationProxy/connectors\n`);
    const d = v.validate(`@ver = v1.0\nGET https://graph.microsoft.com/{{ver}}/onPremisesPublishingProfiles/applicationProxy/connectors\n`);
    assert.equal(v.stats.validated, 2);
    assert.equal(d[0].code, 'graph.url.versionUnavailable');
  });
});

test('a read-only boolean with the docs placeholder "Boolean" offers removal first, then "Boolean" -> false', () => {
  const text = 'POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{\n  "name": "A",\n  "isDefault": "Boolean"\n}\n';
  const d = createValidator().validate(text).find(x => x.code === 'graph.body.readOnly')!;
  assert.equal(d.fixes?.[0].title, "Remove 'isDefault'");
  const toFalse = d.fixes?.find(f => /to false/.test(f.title));
  assert.ok(toFalse);
  assert.match(applyEdits(text, toFalse.edits), /"isDefault": false/);
});

test('an unknown path still gets its body checked against the suggested route (seed 001)', () => {
  const text = 'POST https://graph.microsoft.com/beta/connectorGroups\nContent-Type: application/json\n\n{\n  "name": "name-value",\n  "isDefault": false\n}\n';
  const codes = createValidator().validate(text).map(d => d.code);
  assert.ok(codes.includes('graph.url.unknownPath'));
  assert.ok(codes.includes('graph.body.readOnly'));
});
