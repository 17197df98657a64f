import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHttpFile } from '../../../src/core/http/parser';
import { findVariableReferences, resolveRequest, substituteVariables, type SystemVariableProvider, type RequestResult } from '../../../src/core/http/variables';
import { ANY_DOC, fcParams } from './corpus';

/** Fixed clock and dice, but arbitrary `now` (dates far in the past and future included). */
const SYSTEM = fc.record({ now: fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.constant(Date.parse('2026-11-23T18:00:00Z'))), random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) })
  .map(({ now, random }): SystemVariableProvider => ({
    now: () => now, random: () => random, guid: () => '00000000-0000-4000-8000-000000000000',
    processEnv: n => (n === 'HOME' ? '/home/u' : undefined), dotenv: n => (n === 'X' ? 'dot' : undefined),
  }));

const NAME = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'base', 'id', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
    '$guid', '$timestamp', '$timestamp -1 d', '$timestamp 999999999999 y', '$timestamp -999999999999 M', '$datetime iso8601', '$datetime rfc1123 1 h',
    "$datetime 'YYYY-MM-DD HH:mm:ss.SSS Z'", '$localDatetime "DD MMM"', "$datetime ''", "$localDatetime 'ddd' 99999999 w", '$datetime iso8601 99999999999 y',
    '$randomInt 1 5', '$randomInt -9007199254740993 9007199254740993', '$randomInt 5 1', '$processEnv HOME', '$processEnv %a', '$dotenv X', '$dotenv %b', '$nope',
    'r.response.body.$.id', 'r.response.body.$.value[0].id', 'r.response.body.$..id', 'r.response.body.$[', 'r.response.body.*', 'r.response.headers.Location',
    'r.request.headers.content-type', 'r.request.body.$.a.b.c', 'missing.response.body.$.id', 'r.response.body.$.a[-1]', 'r.response.body.$["x"]'),
  fc.string({ maxLength: 10 }),
);

const VALUE = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), NAME.map(n => `{{${n}}}`), fc.constantFrom('{{', '}}', '{', '}')), { maxLength: 5 }).map(a => a.join('')),
);

const RESULT: fc.Arbitrary<RequestResult> = fc.record({
  request: fc.record({ headers: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })), body: fc.option(fc.oneof(fc.json(), fc.string()), { nil: undefined }) }, { requiredKeys: ['headers'] }),
  response: fc.record({ status: fc.integer({ min: 100, max: 599 }), headers: fc.dictionary(fc.constantFrom('Location', 'location', 'x', 'Content-Type'), fc.string({ maxLength: 8 })), body: fc.option(fc.oneof(fc.json(), fc.string(), fc.constant('{"id":"g1","value":[{"id":"v0"}],"a":{"b":{"c":1}}}')), { nil: undefined }) }, { requiredKeys: ['status', 'headers'] }),
});

const CONTEXT = fc.record({
  fileVariables: fc.dictionary(NAME, VALUE, { maxKeys: 6 }),
  environment: fc.dictionary(NAME, VALUE, { maxKeys: 4 }),
  requests: fc.dictionary(fc.constantFrom('r', 'missing', '__proto__'), RESULT, { maxKeys: 2 }),
  system: fc.option(SYSTEM, { nil: undefined }),
});

const TEXT = fc.array(fc.oneof(fc.string({ maxLength: 6 }), NAME.map(n => `{{${n}}}`), NAME.map(n => `{{ ${n} }}`), fc.constantFrom('{{', '}}', '{{{', '}}}', '\n', '\r\n')), { maxLength: 8 }).map(a => a.join(''));

test('fuzz: substituteVariables never throws, loops or invents names', () => {
  fc.assert(fc.property(TEXT, CONTEXT, (text, ctx) => {
    const r = substituteVariables(text, ctx);
    assert.equal(typeof r.text, 'string');
    // Every unresolved name was referenced by the text or by some variable value it pulled in.
    const referenced = new Set([text, ...Object.values(ctx.fileVariables), ...Object.values(ctx.environment)].flatMap(t => findVariableReferences(t).map(x => x.name)));
    for (const u of r.unresolved) assert.ok(referenced.has(u), `unresolved ${u} was never referenced`);
    if (!text.includes('{{')) assert.deepEqual(r, { text, unresolved: [] });
    // Deterministic for one context (fixed clock and dice).
    assert.deepEqual(substituteVariables(text, ctx), r);
  }), fcParams(1));
});

test('fuzz: plain values substitute exactly, in one pass', () => {
  const PLAIN = fc.stringMatching(/^[A-Za-z0-9 ./:-]{0,12}$/);
  fc.assert(fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), PLAIN, { minKeys: 1, maxKeys: 5 }), fc.array(fc.oneof(PLAIN, fc.nat()), { maxLength: 8 }), (vars, pieces) => {
    const names = Object.keys(vars);
    const text = pieces.map(p => (typeof p === 'number' ? `{{${names[p % names.length]}}}` : p)).join('');
    const expected = pieces.map(p => (typeof p === 'number' ? vars[names[p % names.length]] : p)).join('');
    assert.deepEqual(substituteVariables(text, { fileVariables: vars }), { text: expected, unresolved: [] });
  }), fcParams(1));
});

test('fuzz: resolveRequest on every request of a mutated document never throws', () => {
  fc.assert(fc.property(ANY_DOC, CONTEXT, (text, ctx) => {
    const file = parseHttpFile(text);
    for (const request of file.requests) {
      const r = resolveRequest(file, request, ctx);
      assert.equal(r.method, request.method);
      assert.ok(Array.isArray(r.unresolved));
      if (!request.body) assert.equal(r.body, undefined);
    }
  }), fcParams(0.5));
});

test('regression (found by fuzzing): a date offset beyond what Date holds leaves the variable unresolved instead of throwing', () => {
  const system: SystemVariableProvider = { now: () => Date.parse('2026-11-23T18:00:00Z'), random: () => 0.5, guid: () => 'g', processEnv: () => undefined, dotenv: () => undefined };
  for (const expr of ["$localDatetime 'ddd' 99999999 w", '$datetime iso8601 99999999999 y', '$datetime rfc1123 -999999999 M', '$timestamp 999999999999 y']) {
    assert.deepEqual(substituteVariables(`x{{${expr}}}`, { fileVariables: {}, system }), { text: `x{{${expr}}}`, unresolved: [expr] });
  }
  assert.equal(substituteVariables('{{$timestamp 1 y}}', { fileVariables: {}, system }).unresolved.length, 0);
});
