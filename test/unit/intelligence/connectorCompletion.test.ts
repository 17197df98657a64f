import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { getCompletions } from '../../../src/core/intelligence';
import { offsetOf } from './helpers';
import { GOOD_ACL, SCHEMA, file, item } from './connectorFixtures';

// The names, types and markers come from the schema the file registers and docs-facts rule item.odataTypeMarkers.
describe("completion of an item's properties from the schema the same file registers", () => {
  test('completion inside properties offers the schema property names, collections with their marker', () => {
    const text = file(SCHEMA, item(`{ ${GOOD_ACL}, "properties": { "title": "x",  } }`));
    const items = getCompletions(text, offsetOf(text, '"title": "x", ', '"title": "x", '.length));
    assert.deepEqual(items.map(i => i.label), ['priority', 'tags', 'dueDates', 'closed']); // the schema's order
    assert.equal(items.find(i => i.label === 'tags')!.insertText, '"tags@odata.type": "Collection(String)",\n"tags": [$1]');
    assert.equal(items.find(i => i.label === 'priority')!.insertText, '"priority": ${1:0}');
    assert.equal(items.find(i => i.label === 'closed')!.detail, 'boolean (connection schema)');
    // In a half-typed key: the string is replaced, filtered as typed.
    const typing = file(SCHEMA, item(`{ ${GOOD_ACL}, "properties": { "pr" } }`));
    const pr = getCompletions(typing, offsetOf(typing, '"pr" }', 3));
    assert.ok(pr.some(i => i.label === 'priority' && i.filterText === '"priority"'));
    // No schema in the file: nothing of the kind.
    assert.deepEqual(getCompletions(item(`{ ${GOOD_ACL}, "properties": {  } }`), offsetOf(item(`{ ${GOOD_ACL}, "properties": {  } }`), '{  }', 2)), []);
  });
});
