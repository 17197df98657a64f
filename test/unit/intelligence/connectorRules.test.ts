import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, createValidator, type GraphDiagnostic } from '../../../src/core/intelligence';
import { EC, GOOD_ACL, SCHEMA, file, item, req } from './connectorFixtures';

// Expected results come from ../shared/graph/docs-facts.json `rules` (checked below to still say so) and the docs
// examples of the connector pages (the item and schema bodies here are the put-items and patch-schema examples' shapes).
const factsDir = process.env.GRAPH_FACTS_DIR ?? join(process.cwd(), '..', 'shared', 'graph');
const rules: Array<{ id: string; rule: string }> = JSON.parse(readFileSync(join(factsDir, 'docs-facts.json'), 'utf8')).rules;
const ruleText = (id: string) => rules.find(r => r.id === id)?.rule ?? '';

const validate = (text: string) => createValidator().validate(text);
const codes = (text: string) => validate(text).map(d => d.code);
function only(text: string, code: string): GraphDiagnostic {
  const all = validate(text);
  const found = all.filter(d => d.code === code);
  assert.equal(found.length, 1, `expected one ${code} in ${JSON.stringify(all.map(d => [d.code, d.message]))}`);
  return found[0];
}
const slice = (text: string, d: GraphDiagnostic) => text.slice(d.span.start, d.span.end);

describe('Graph connectors: the docs rules cited still say so', () => {
  test('docs-facts.json rules', () => {
    assert.match(ruleText('schema.property'), /only String and StringCollection properties can be searchable/);
    assert.match(ruleText('item.id'), /alphanumeric, maximum 128 characters/);
    assert.match(ruleText('item.requiredProperties'), /acl Required; properties Required/);
    assert.match(ruleText('item.acl'), /accessType .*type .*value are Nullable=false/);
    assert.match(ruleText('item.acl'), /Entra object id of the user\/group, tenant id for everyone\/everyoneExceptGuests, externalGroup id for externalGroup/);
    assert.match(ruleText('externalGroup.id'), /alphanumeric; up to 128 characters/);
    assert.match(ruleText('item.odataTypeMarkers'), /every collection value needs "<name>@odata.type": "Collection\(String\)" \(Collection\(DateTimeOffset\) for DateTime collections\)/);
    assert.match(ruleText('item.odataTypeMarkers'), /non-ASCII string values need "<name>@odata.type": "String"/);
  });

  test('examples/graph-connector.http validates with no problem', () => {
    assert.deepEqual(validate(readFileSync('examples/graph-connector.http', 'utf8')), []);
  });
});

describe('schema registration bodies', () => {
  test('isSearchable on an int64 property is flagged at that property (rule schema.property); fixes set false or remove it', () => {
    const text = req(`PATCH ${EC}/tickets/schema`, '{ "baseType": "microsoft.graph.externalItem", "properties": [ { "name": "title", "type": "string", "isSearchable": true }, { "name": "priority", "type": "int64", "isSearchable": true } ] }');
    const d = only(text, 'graph.body.searchableType');
    assert.equal(slice(text, d), '"isSearchable": true');
    assert.ok(d.span.start > text.indexOf('"priority"'));
    assert.equal(d.message, "Only string and stringCollection properties can be searchable; 'priority' is int64 (docs rule schema.property, externalconnectors-property.md).");
    assert.match(applyEdits(text, d.fixes![0].edits), /"type": "int64", "isSearchable": false \}/);
    assert.match(applyEdits(text, d.fixes![1].edits), /"type": "int64" \}/);
    // The legacy POST too; string and stringCollection stay quiet, and isSearchable false is fine.
    assert.deepEqual(codes(req(`POST ${EC}/tickets/schema`, '{ "baseType": "microsoft.graph.externalItem", "properties": [ { "name": "priority", "type": "int64", "isSearchable": false }, { "name": "tags", "type": "stringCollection", "isSearchable": true } ] }')), []);
    assert.equal(only(req(`POST ${EC}/tickets/schema`, '{ "baseType": "microsoft.graph.externalItem", "properties": [ { "name": "due", "type": "dateTime", "isSearchable": true } ] }'), 'graph.body.searchableType').severity, 'error');
  });

  test('labels, propertyType and (beta) rankingHint values come from the CSDL enums: the generated schema flags them', () => {
    const text = req(`PATCH https://graph.microsoft.com/beta/external/connections/tickets/schema`, '{ "baseType": "microsoft.graph.externalItem", "properties": [ { "name": "title", "type": "strin", "labels": ["titel"], "rankingHint": { "importanceScore": "huge" } } ] }');
    const problems = validate(text).filter(d => d.code === 'graph.body.schema' || d.code === 'graph.body.enum');
    assert.deepEqual(problems.map(d => slice(text, d)), ['"strin"', '"titel"', '"huge"']);
    assert.match(problems[2].message, /"low", "medium", "high", "veryHigh"/);
    // rankingHint is beta only (metadata): in v1.0 it is graph.body.betaOnly.
    assert.ok(codes(text.replace('/beta/', '/v1.0/')).includes('graph.body.betaOnly'));
  });
});

describe('items', () => {
  test('acl and properties are required on PUT (rule item.requiredProperties), not on PATCH', () => {
    const d = only(item('{ "content": { "type": "text", "value": "x" } }'), 'graph.body.missingRequired');
    assert.equal(d.message, "Missing required properties 'acl' and 'properties' to put an externalItem.");
    assert.deepEqual(codes(req(`PATCH ${EC}/tickets/items/TSP1`, '{ "content": { "type": "text", "value": "x" } }')), []);
  });

  test('acl type/accessType and content.type values come from the enums', () => {
    const text = item(`{ "acl": [{ "type": "externalGroop", "value": "g1", "accessType": "granted" }], "properties": {}, "content": { "type": "txt", "value": "x" } }`);
    assert.deepEqual(validate(text).map(d => slice(text, d)), ['"externalGroop"', '"granted"', '"txt"']);
  });

  test('an acl entry needs type, value and accessType (rule item.acl); the fix adds the missing ones', () => {
    const text = item('{ "acl": [{ "type": "everyone", "value": "67a141d8-cf4e-4528-ba07-bed21bfacd2d" }], "properties": {} }');
    const d = only(text, 'graph.body.aclEntry');
    assert.match(d.message, /'accessType' is missing/);
    assert.match(d.message, /docs rule item\.acl/);
    assert.deepEqual(validate(applyEdits(text, d.fixes![0].edits)), []);
    assert.match(applyEdits(text, d.fixes![0].edits), /\{ "accessType": "grant", "type": "everyone"/);
  });

  test('acl value per type (rule item.acl): a GUID for user/group/everyone, an external group id for externalGroup', () => {
    const user = item('{ "acl": [{ "type": "user", "value": "john@contoso.com", "accessType": "grant" }], "properties": {} }');
    const d = only(user, 'graph.body.aclValue');
    assert.equal(d.severity, 'warning');
    assert.equal(slice(user, d), '"john@contoso.com"');
    assert.equal(d.message, 'For "type": "user" the value is the Entra object id of the user, a GUID (docs rule item.acl, externalconnectors-externalitem.md).');
    assert.match(only(item('{ "acl": [{ "type": "everyone", "value": "contoso", "accessType": "grant" }], "properties": {} }'), 'graph.body.aclValue').message, /the tenant id/);
    const group = only(item('{ "acl": [{ "type": "externalGroup", "value": "support-team", "accessType": "grant" }], "properties": {} }'), 'graph.body.aclValue');
    assert.equal(group.severity, 'error');
    assert.match(group.message, /1 to 128 letters or digits \(docs rules item\.acl and externalGroup\.id/);
    // Variables: an unknown value is not judged; a file variable's value is.
    assert.deepEqual(codes(item('{ "acl": [{ "type": "externalGroup", "value": "{{g.response.body.$.id}}", "accessType": "grant" }], "properties": {} }')), []);
    assert.deepEqual(codes(`@gid = bad-id\n\n${item('{ "acl": [{ "type": "externalGroup", "value": "{{gid}}", "accessType": "grant" }], "properties": {} }')}`), ['graph.body.aclValue']);
    assert.deepEqual(codes(item(`{ ${GOOD_ACL}, "properties": {} }`)), []);
  });

  test('the item id in the URL (rule item.id): alphanumeric, at most 128', () => {
    const text = item(`{ ${GOOD_ACL}, "properties": {} }`, 'ticket-1');
    const d = only(text, 'graph.url.itemId');
    assert.equal(slice(text, d), 'ticket-1');
    assert.equal(d.message, "'ticket-1' is not a valid item id: 1 to 128 letters or digits (docs rule item.id, externalconnectors-externalitem.md).");
    assert.deepEqual(codes(item(`{ ${GOOD_ACL}, "properties": {} }`, 'a'.repeat(128))), []);
    assert.deepEqual(codes(item(`{ ${GOOD_ACL}, "properties": {} }`, 'a'.repeat(129))), ['graph.url.itemId']);
    assert.deepEqual(codes(`GET ${EC}/tickets/items/ticket_1\n`), ['graph.url.itemId']);
    assert.deepEqual(codes(`DELETE ${EC}/tickets/items/{{itemId}}\n`), []);
  });

  test('a collection in properties needs its @odata.type marker (rule item.odataTypeMarkers); the fix inserts it on its own line', () => {
    const body = `{\n  ${GOOD_ACL},\n  "properties": {\n    "title": "Printer on fire",\n    "tags": ["hardware", "urgent"]\n  }\n}`;
    const text = item(body);
    const d = only(text, 'graph.body.odataTypeMarker');
    assert.equal(slice(text, d), '"tags"');
    assert.equal(d.message, 'The collection \'tags\' needs "tags@odata.type": "Collection(String)" beside it (docs rule item.odataTypeMarkers, externalconnectors-externalconnection-put-items.md).');
    const after = applyEdits(text, d.fixes![0].edits);
    assert.ok(after.includes('    "title": "Printer on fire",\n    "tags@odata.type": "Collection(String)",\n    "tags": ["hardware", "urgent"]'));
    assert.deepEqual(validate(after), []);
    // Date-times: Collection(DateTimeOffset); numbers: the rule names no marker, so no fix.
    const dates = only(item(`{ ${GOOD_ACL}, "properties": { "due": ["2024-05-31T12:00:00Z"] } }`), 'graph.body.odataTypeMarker');
    assert.match(dates.message, /"Collection\(DateTimeOffset\)"/);
    const numbers = only(item(`{ ${GOOD_ACL}, "properties": { "scores": [1, 2] } }`), 'graph.body.odataTypeMarker');
    assert.equal(numbers.fixes, undefined);
  });

  test('a non-ASCII string needs "<name>@odata.type": "String" (rule item.odataTypeMarkers)', () => {
    const text = item(`{ ${GOOD_ACL}, "properties": { "title": "Café au lait" } }`);
    const d = only(text, 'graph.body.odataTypeMarker');
    assert.equal(d.severity, 'warning');
    const after = applyEdits(text, d.fixes![0].edits);
    assert.ok(after.includes('"properties": { "title@odata.type": "String", "title": "Café au lait" }'));
    assert.deepEqual(validate(after), []);
  });
});

describe("an item's properties against the schema the same file registers", () => {
  const good = `{ ${GOOD_ACL}, "properties": { "title": "Printer on fire", "priority": 1, "tags@odata.type": "Collection(String)", "tags": ["hardware"] } }`;

  test('matching through the same file variable (and the literal it holds); a clean item has no problem', () => {
    assert.deepEqual(validate(file(SCHEMA, item(good))), []);
  });

  test('unknown property name with did-you-mean, and the marker of a name the schema lacks', () => {
    const text = file(SCHEMA, item(`{ ${GOOD_ACL}, "properties": { "titel": "Printer on fire", "owner@odata.type": "String" } }`));
    const all = validate(text).filter(d => d.code === 'graph.body.itemProperty');
    assert.deepEqual(all.map(d => slice(text, d)), ['"titel"', '"owner@odata.type"']);
    assert.equal(all[0].message, "'titel' is not a property of the schema this file registers for connection 'tickets': an item's properties must match the registered schema (docs: externalItem.put, externalconnectors-externalitem.md). Did you mean 'title'?");
    assert.match(applyEdits(text, all[0].fixes![0].edits), /"properties": \{ "title": "Printer on fire"/);
    assert.match(all[1].message, /Its properties: title, priority, tags, dueDates, closed\./);
    // Without the schema in the file, names are not judged.
    assert.deepEqual(codes(item(`{ ${GOOD_ACL}, "properties": { "titel": "Printer on fire" } }`)), []);
    // Another connection's schema does not apply.
    assert.deepEqual(codes(file(SCHEMA, req(`PUT ${EC}/other/items/A1`, `{ ${GOOD_ACL}, "properties": { "titel": "x" } }`))), []);
  });

  test('wrong JSON type per propertyType', () => {
    const text = file(SCHEMA, item(`{ ${GOOD_ACL}, "properties": { "priority": "high", "closed": "false", "tags@odata.type": "Collection(String)", "tags": ["a", 2], "dueDates@odata.type": "Collection(DateTimeOffset)", "dueDates": "tomorrow" } }`));
    const all = validate(text).filter(d => d.code === 'graph.body.itemPropertyType');
    assert.deepEqual(all.map(d => slice(text, d)), ['"high"', '"false"', '2', '"tomorrow"']);
    assert.equal(all[0].message, "'priority' is int64 in the schema this file registers for connection 'tickets': its value must be an integer (docs: externalItem.put, externalconnectors-externalitem.md).");
    assert.match(all[2].message, /each value must be a string/);
    assert.match(all[3].message, /give it an array, each value an ISO 8601 date and time/);
  });

  test('collection without its marker, or with the wrong one for its registered type', () => {
    const text = file(SCHEMA, item(`{ ${GOOD_ACL}, "properties": { "tags": ["a"], "dueDates@odata.type": "Collection(String)", "dueDates": ["2024-05-31T12:00:00Z"] } }`));
    const all = validate(text).filter(d => d.code === 'graph.body.odataTypeMarker');
    assert.deepEqual(all.map(d => slice(text, d)), ['"tags"', '"Collection(String)"']);
    assert.equal(all[1].message, `'dueDates' is dateTimeCollection in the schema this file registers for connection 'tickets', so its marker is "Collection(DateTimeOffset)" (docs rule item.odataTypeMarkers, externalconnectors-externalconnection-put-items.md).`);
    assert.deepEqual(validate(applyEdits(applyEdits(text, all[1].fixes![0].edits), all[0].fixes![0].edits)), []);
  });

  test('editing the schema re-validates the items (the cache key holds the schema)', () => {
    const validator = createValidator();
    const one = file(SCHEMA, item(`{ ${GOOD_ACL}, "properties": { "owner": "x" } }`));
    assert.deepEqual(validator.validate(one).map(d => d.code), ['graph.body.itemProperty']);
    const two = one.replace('{ "name": "closed", "type": "boolean" }', '{ "name": "owner", "type": "string" }');
    assert.deepEqual(validator.validate(two).map(d => d.code), []);
  });

});


describe('Graph connectors: addActivities', () => {
  // externalconnectors-externalitem-addactivities.md (v1.0 and beta): each activity names who did it inline; docs-facts.json
  // externalItem.addActivities: "an inline performedBy {type, id} (performedBy is a NavigationProperty ...)".
  const activities = (version: string, performedBy: string) => `POST https://graph.microsoft.com/${version}/external/connections/contosohr/items/TSP228082938/addActivities\nContent-Type: application/json\n\n{\n  "activities": [\n    {\n      "@odata.type": "#microsoft.graph.externalConnectors.externalActivity",\n      "type": "created",\n      "startDateTime": "2021-04-06T18:04:31.033Z",\n      "performedBy": ${performedBy}\n    }\n  ]\n}\n`;
  test('performedBy is taken inline, shaped as externalConnectors.identity, in v1.0 and beta', () => {
    for (const v of ['v1.0', 'beta']) {
      assert.deepEqual(validate(activities(v, '{ "type": "user", "id": "1f0c997e-99f7-43f1-8cca-086f8d42be8d" }')).map(d => d.message), [], v);
      assert.ok(validate(activities(v, '{ "type": "user", "idd": "1f0c997e-99f7-43f1-8cca-086f8d42be8d" }')).some(d => d.severity === 'error' && /idd/.test(d.message)), `${v}: its shape is identity's`);
    }
  });
});

describe('Graph connectors: beta acl entries with identitySource', () => {
  // externalconnectors-externalconnection-put-items.md (beta) and externalconnectors-acl.md: type "group" with
  // "identitySource": "external" names an external group by its id, which is no GUID.
  const put = (entry: string) => `PUT https://graph.microsoft.com/beta/external/connections/contosohr/items/TSP228082938\nContent-Type: application/json\n\n{\n  "acl": [ ${entry} ],\n  "properties": { "title": "x" },\n  "content": { "value": "x", "type": "text" }\n}\n`;
  test('the external group\'s id is no GUID and gets no GUID warning; a group from Entra still does', () => {
    assert.deepEqual(validate(put('{ "type": "group", "value": "14m1b9c38qe647f6a", "accessType": "deny", "identitySource": "external" }')).filter(d => d.code === 'graph.body.aclValue'), []);
    // In any case, as the enum check reads it (connecting-external-content-external-groups.md writes "External").
    assert.deepEqual(validate(put('{ "type": "group", "value": "contosEscalations", "accessType": "grant", "identitySource": "External" }')).filter(d => d.code === 'graph.body.aclValue'), []);
    assert.equal(validate(put('{ "type": "group", "value": "14m1b9c38qe647f6a", "accessType": "deny", "identitySource": "azureActiveDirectory" }')).filter(d => d.code === 'graph.body.aclValue').length, 1);
  });
});
