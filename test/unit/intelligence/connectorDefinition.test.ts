import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getDefinition } from '../../../src/core/intelligence';
import { offsetOf } from './helpers';
import { EC, GROUP, SCHEMA, file, item } from './connectorFixtures';

// docs-facts rule item.acl: for "type": "externalGroup" the value is the external group's id.
describe('an externalGroup ACL value goes to the request that creates the group', () => {
  test('literal id: Go to Definition lands on the creating request, its id selected', () => {
    const text = file(SCHEMA, GROUP, item(`{ "acl": [{ "type": "externalGroup", "value": "supportTeam", "accessType": "grant" }], "properties": {} }`));
    const d = getDefinition(text, offsetOf(text, '"value": "supportTeam"', 12))!;
    assert.equal(text.slice(d.originSpan.start, d.originSpan.end), '"supportTeam"');
    assert.equal(text.slice(d.targetSelectionSpan.start, d.targetSelectionSpan.end), '"supportTeam"');
    assert.ok(text.slice(d.targetSpan.start, d.targetSpan.end).startsWith(`POST ${EC}/{{conn}}/groups`));
    // Not for another type, another id, or another connection.
    const user = text.replace('"type": "externalGroup", "value": "supportTeam"', '"type": "user", "value": "supportTeam"');
    assert.equal(getDefinition(user, offsetOf(user, '"value": "supportTeam"', 12)), undefined);
    const other = text.replace('"value": "supportTeam"', '"value": "salesTeam"');
    assert.equal(getDefinition(other, offsetOf(other, '"value": "salesTeam"', 12)), undefined);
  });

  test("the named creating request's response id (as examples/graph-connector.http writes it)", () => {
    const text = readFileSync('examples/graph-connector.http', 'utf8');
    const at = offsetOf(text, '"value": "{{externalGroup.response.body.$.id}}"', 15);
    const d = getDefinition(text, at)!;
    assert.ok(text.slice(d.targetSpan.start, d.targetSpan.end).startsWith('POST https://graph.microsoft.com/v1.0/external/connections/{{connection.response.body.$.id}}/groups'));
    assert.equal(text.slice(d.targetSelectionSpan.start, d.targetSelectionSpan.end), '"supportTeam"');
  });
});
