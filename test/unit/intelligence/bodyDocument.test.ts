import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { validateBodyDocument } from '../../../src/core/intelligence/bodyDocument';

// Bodies kept in their own files: VS Code checks them against the JSON Schema; these are the Graph rules it cannot.
describe('body files (jsonValidation) get the Graph rules the schema alone cannot give', () => {
  test('a read-only property, which JSON Schema only annotates', () => {
    const found = validateBodyDocument('{\n  "name": "Sales",\n  "isDefault": true\n}\n', 'connectorGroup.create');
    assert.deepEqual(found.map(d => [d.code, d.severity]), [['graph.body.readOnly', 'warning']]);
    assert.equal(found[0].fixes?.[0].title, "Remove 'isDefault'");
  });

  test('a documentation placeholder and a wrong @odata.id target', () => {
    assert.deepEqual(validateBodyDocument('{"name": "String"}', 'connectorGroup.create').map(d => d.code), ['graph.body.placeholder']);
    const ref = validateBodyDocument('{"@odata.id": "https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/g1"}', 'ref.connector');
    assert.deepEqual(ref.map(d => d.code), ['graph.body.odataId']);
  });

  test('what the schema checks itself is left to VS Code: nothing shows twice', () => {
    assert.deepEqual(validateBodyDocument('{"name": "Sales", "region": "mars", "nmae": 1}', 'connectorGroup.create'), []);
    assert.deepEqual(validateBodyDocument('{"name": "Sales", "region": "eur"}', 'connectorGroup.create'), []);
  });

  test('an unknown schema key or broken JSON: nothing, never a throw', () => {
    assert.deepEqual(validateBodyDocument('{"name": "x"}', 'no.such.schema'), []);
    assert.doesNotThrow(() => validateBodyDocument('{"name": ', 'connectorGroup.create'));
  });
});
