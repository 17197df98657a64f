// The body check without the JSON language service (quickSchemaCheck.problemPlaces, worded by bodyRules) says exactly
// what the check through the service says: for every body schema the route table names, and v1.0 ones, random bodies
// (known, unknown and required properties, enum values and near misses, placeholders, wrong types, 1.0 for an integer,
// patterns, duplicate keys, nested values) get the same diagnostics both ways, field by field. The service's answer is
// the expected one: it is what the extension said before problemPlaces existed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bodyDiagnostics } from '../../../src/core/intelligence/bodyRules';
import { createJsonService } from '../../../src/core/intelligence/jsonService';
import type { PreparedBody } from '../../../src/core/intelligence/bodyText';
import { problemPlaces } from '../../../src/core/intelligence/quickSchemaCheck';
import { strictTree } from '../../../src/core/intelligence/bodyTree';
import { bodySchemaKeys, getBodySchema, type GraphSchema } from '../../../src/core/graph/schemas';
import { resolveV1Path } from '../../../src/core/graph/v1Routes';
import { loadRouteTable } from '../../../src/core/graph/routes';

const table = loadRouteTable();
const json = createJsonService();

const v1Keys = ['/users/x', '/groups/x', '/applications/x', '/servicePrincipals/x', '/invitations', '/identity/conditionalAccess/namedLocations', '/me/events/x']
  .flatMap(path => {
    const r = resolveV1Path(path);
    return r.kind === 'route' ? r.route.operations.map(o => o.bodySchema).filter((k): k is string => !!k) : [];
  });
const keys = [...bodySchemaKeys(), ...v1Keys];
const schemas = keys.map(k => [k, getBodySchema(k)] as const).filter((e): e is readonly [string, GraphSchema] => !!e[1]);

function valuesFor(s: GraphSchema | undefined): fc.Arbitrary<string> {
  const enumValues: unknown[] = Array.isArray(s?.enum) ? s!.enum : [];
  return fc.oneof(
    ...(enumValues.length ? [fc.constantFrom(...enumValues.map(v => JSON.stringify(v)))] : []),
    fc.constantFrom('"String"', '"Boolean"', '"europe"', '"eu"', '""', '"a\\u00e9"', '"x".padEnd(3)', '"GCG demo"', '"https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors/1"'),
    fc.constantFrom('true', 'false', 'null', '0', '1', '-1', '1.0', '1e3', '2.5', '99999999999', '{}', '[]', '{"a": 1}', '["x"]', '[1, "a"]', '{"@odata.type": "#microsoft.graph.x"}'),
    fc.string({ maxLength: 6 }).map(v => JSON.stringify(v)),
    fc.integer({ min: -5, max: 100000 }).map(String),
  );
}

const BODY = fc.constantFrom(...schemas).chain(([key, schema]) => {
  const names = Object.keys(schema.properties ?? {});
  const name = fc.oneof(...(names.length ? [fc.constantFrom(...names)] : []), fc.constantFrom('nmae', 'unknownThing', '@odata.type', 'extension_0123456789abcdef0123456789abcdef_x', 'id'));
  const member = name.chain(n => valuesFor(schema.properties?.[n]).map(v => `${JSON.stringify(n)}: ${v}`));
  return fc.array(member, { maxLength: 7 }).map(members => ({ key, schema, text: `{\n  ${members.join(',\n  ')}\n}` }));
});

const prepared = (text: string): PreparedBody => ({ json: text, offset: 10, opaque: [], variableStrings: [], diagnostics: [] });
const sorted = (d: ReturnType<typeof bodyDiagnostics>) => [...d].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));

test('property: the body check without the language service says what the one through it says', () => {
  let placed = 0;
  fc.assert(fc.property(BODY, ({ schema, text }) => {
    const quick = bodyDiagnostics(prepared(text), schema, json, table);
    const service = bodyDiagnostics(prepared(text), schema, json, table, { languageServiceOnly: true });
    assert.deepStrictEqual(sorted(quick), sorted(service), text);
    const p = prepared(text);
    if (problemPlaces(strictTree(p).root, schema, text)?.length) placed++;
  }), { numRuns: 2500, seed: 11 });
  // Not vacuous: most invalid bodies are decided without the service.
  assert.ok(placed > 300, `problemPlaces decided ${placed} bodies`);
});

test('the docs seeds\' mistakes on a connector group are found without the language service, as it finds them', () => {
  const schema = getBodySchema('connectorGroup.create')!;
  const text = '{\n  "name": 42,\n  "region": "String",\n  "isDefault": "Boolean",\n  "nmae": "x"\n}';
  const places = problemPlaces(strictTree(prepared(text)).root, schema, text);
  assert.ok(places && places.length >= 3, JSON.stringify(places));
  assert.deepStrictEqual(sorted(bodyDiagnostics(prepared(text), schema, json, table)), sorted(bodyDiagnostics(prepared(text), schema, json, table, { languageServiceOnly: true })));
});
