// A root schema with `definitions` (the connection schemas: activitySettings, configuration, searchSettings are `$ref`s
// into them) is still checked without the JSON language service when the body's properties are plain ones: the
// service validates nothing in `definitions` itself, and a property that refers to them still goes to the service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certainlyValid, problemPlaces } from '../../../src/core/intelligence/quickSchemaCheck';
import { strictTree } from '../../../src/core/intelligence/bodyTree';
import { getBodySchema } from '../../../src/core/graph/schemas';

const schema = getBodySchema('externalConnection.create')!;
const tree = (json: string) => strictTree({ json, offset: 0, opaque: [], variableStrings: [], diagnostics: [] }).root;

test('a schema with definitions: plain properties are decided without the service', () => {
  assert.ok(schema.definitions, 'the connection schema keeps its $ref targets in definitions');
  assert.equal(certainlyValid(tree('{"id": "gcgdemo1", "name": "GCG demo", "description": "x"}'), schema), true);
  const json = '{"id": "gcgdemo1", "name": 3, "description": "x"}';
  assert.deepEqual(problemPlaces(tree(json), schema, json), [{ offset: json.indexOf('3'), length: 1 }]);
});

test('a schema with definitions: a property that refers to them is left to the service', () => {
  const json = '{"id": "gcgdemo1", "name": "GCG demo", "description": "x", "searchSettings": {}}';
  assert.equal(certainlyValid(tree(json), schema), false);
  assert.equal(problemPlaces(tree(json), schema, json), undefined);
});
