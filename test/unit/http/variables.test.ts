import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  findVariableReferences, substituteVariables, resolveRequest, evaluateJsonPath,
  type RequestResult, type SystemVariableProvider,
} from '../../../src/core/http/variables';
import { parseHttpFile } from '../../../src/core/http/parser';
import { parseDotenv } from '../../../src/core/http/nodeSystemVariables';

// 2026-11-23T17:52:34.567Z, a Monday.
const NOW = Date.UTC(2026, 10, 23, 17, 52, 34, 567);
function fakeSystem(overrides: Partial<SystemVariableProvider> = {}): SystemVariableProvider {
  return {
    now: () => NOW,
    random: () => 0.5,
    guid: () => '11111111-2222-3333-4444-555555555555',
    processEnv: n => ({ TENANT: 'contoso', WHICH: 'TENANT' } as Record<string, string>)[n],
    dotenv: n => ({ SECRET: 's3cret' } as Record<string, string>)[n],
    ...overrides,
  };
}
const sys = (expr: string, environment?: Record<string, string>) =>
  substituteVariables(`{{${expr}}}`, { fileVariables: {}, environment, system: fakeSystem() }).text;

describe('findVariableReferences', () => {
  test('names and spans, shifted by baseOffset', () => {
    const text = 'GET {{host}}/x/{{ id }}?a={{$timestamp -1 d}}';
    const refs = findVariableReferences(text, 100);
    assert.deepEqual(refs.map(r => r.name), ['host', 'id', '$timestamp -1 d']);
    for (const r of refs) {
      assert.equal(text.slice(r.nameSpan.start - 100, r.nameSpan.end - 100), r.name);
      assert.ok(text.slice(r.span.start - 100, r.span.end - 100).startsWith('{{'));
    }
    assert.equal(text.slice(refs[1].span.start - 100, refs[1].span.end - 100), '{{ id }}');
  });

  test('adjacent references, empty braces and line breaks', () => {
    assert.deepEqual(findVariableReferences('{{a}}{{b}}').map(r => r.name), ['a', 'b']);
    assert.deepEqual(findVariableReferences('{{}} {{ }} {{a\n}}'), []);
  });
});

describe('system variables (fixed clock and dice)', () => {
  test('$guid', () => assert.equal(sys('$guid'), '11111111-2222-3333-4444-555555555555'));
  test('$timestamp, with offsets', () => {
    assert.equal(sys('$timestamp'), String(Math.floor(NOW / 1000)));
    assert.equal(sys('$timestamp -1 d'), String(Math.floor(NOW / 1000) - 86400));
    assert.equal(sys('$timestamp 2 h'), String(Math.floor(NOW / 1000) + 7200));
  });
  test('$datetime rfc1123 / iso8601 / custom, with offsets', () => {
    assert.equal(sys('$datetime rfc1123'), 'Mon, 23 Nov 2026 17:52:34 GMT');
    assert.equal(sys('$datetime iso8601'), '2026-11-23T17:52:34.567Z');
    assert.equal(sys('$datetime iso8601 1 y'), '2027-11-23T17:52:34.567Z');
    assert.equal(sys('$datetime iso8601 -2 M'), '2026-09-23T17:52:34.567Z');
    assert.equal(sys('$datetime "YYYY-MM-DD HH:mm:ss.SSS [at] ddd MMM"'), '2026-11-23 17:52:34.567 at Mon Nov');
    assert.equal(sys("$datetime 'DD/MM/YY h:mm A' 30 m"), '23/11/26 6:22 PM');
  });
  test('$localDatetime uses local time (same instant)', () => {
    const iso = sys('$localDatetime iso8601');
    // REST Client's local ISO time has no milliseconds (Day.js format()), with the offset.
    assert.match(iso, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.equal(new Date(iso).getTime(), Math.floor(NOW / 1000) * 1000);
  });
  test('$randomInt min max is in [min, max)', () => {
    assert.equal(sys('$randomInt 10 20'), '15');
    const low = substituteVariables('{{$randomInt 1 3}}', { fileVariables: {}, system: fakeSystem({ random: () => 0 }) }).text;
    const high = substituteVariables('{{$randomInt 1 3}}', { fileVariables: {}, system: fakeSystem({ random: () => 0.999 }) }).text;
    assert.deepEqual([low, high], ['1', '2']);
  });
  test('$processEnv and $dotenv, with % indirection through the environment', () => {
    assert.equal(sys('$processEnv TENANT'), 'contoso');
    assert.equal(sys('$processEnv %which', { which: 'TENANT' }), 'contoso');
    assert.equal(sys('$dotenv SECRET'), 's3cret');
    assert.equal(sys('$dotenv %key', { key: 'SECRET' }), 's3cret');
  });
  test('malformed or unknown system variables and a missing provider stay unresolved', () => {
    for (const e of ['$randomInt 5', '$randomInt 5 1', '$datetime', '$datetime weird', '$timestamp 1 fortnight', '$aadToken', '$processEnv MISSING']) {
      assert.deepEqual(substituteVariables(`{{${e}}}`, { fileVariables: {}, system: fakeSystem() }), { text: `{{${e}}}`, unresolved: [e] }, e);
    }
    assert.deepEqual(substituteVariables('{{$guid}}', { fileVariables: {} }).unresolved, ['$guid']);
  });
});

describe('file and environment variables', () => {
  test('file variables beat the environment (REST Client order), environment fills the rest', () => {
    const r = substituteVariables('{{host}}/{{ver}}', { fileVariables: { host: 'file' }, environment: { host: 'env', ver: 'beta' } });
    assert.deepEqual(r, { text: 'file/beta', unresolved: [] });
  });
  test('file variables reference other variables, including system ones, once per substitution', () => {
    const r = substituteVariables('{{url}} {{id}} {{id}}', {
      fileVariables: { base: 'https://graph.microsoft.com', url: '{{base}}/{{ver}}', id: '{{$guid}}' },
      environment: { ver: 'beta' },
      system: fakeSystem({ guid: (() => { let n = 0; return () => `g${++n}`; })() }),
    });
    assert.equal(r.text, 'https://graph.microsoft.com/beta g1 g1');
  });
  test('cycles are unresolved, not infinite', () => {
    const r = substituteVariables('{{a}}', { fileVariables: { a: '{{b}}', b: '{{a}}' } });
    assert.equal(r.text, '{{a}}');
    assert.deepEqual(r.unresolved, ['a']);
    const self = substituteVariables('{{x}}', { fileVariables: { x: 'pre {{x}}' } });
    assert.deepEqual(self.unresolved, ['x']);
  });
  test('unresolved variables stay as written and are listed once', () => {
    const r = substituteVariables('{{a}} {{ missing }} {{missing}}', { fileVariables: { a: '1' } });
    assert.deepEqual(r, { text: '1 {{ missing }} {{missing}}', unresolved: ['missing'] });
  });
  test('prototype names are not variables', () => {
    assert.deepEqual(substituteVariables('{{constructor}}', { fileVariables: {} }).unresolved, ['constructor']);
  });
});

describe('request variables', () => {
  const created: RequestResult = {
    request: { headers: { 'Content-Type': 'application/json' }, body: '{"name":"West"}' },
    response: {
      status: 201,
      headers: { 'Content-Type': 'application/json', Location: 'https://x/1' },
      body: JSON.stringify({ id: 'abc', value: [{ id: 'c0', tags: ['t'] }, { id: 'c1' }], n: 3, flag: false }),
    },
  };
  const ctx = { fileVariables: { id: 'file-wins-not' }, requests: { created } };
  const sub = (s: string) => substituteVariables(s, ctx);

  test('JSONPath into the response body', () => {
    assert.equal(sub('{{created.response.body.$.id}}').text, 'abc');
    assert.equal(sub('{{created.response.body.$.value[1].id}}').text, 'c1');
    assert.equal(sub("{{created.response.body.$['value'][0].tags}}").text, '["t"]');
    assert.equal(sub('{{created.response.body.$.n}}|{{created.response.body.$.flag}}').text, '3|false');
  });
  test('whole body, request body and headers (case-insensitive)', () => {
    assert.equal(sub('{{created.response.body.*}}').text, created.response.body);
    assert.equal(sub('{{created.request.body.$.name}}').text, 'West');
    assert.equal(sub('{{created.response.headers.location}}').text, 'https://x/1');
    assert.equal(sub('{{created.request.headers.CONTENT-TYPE}}').text, 'application/json');
  });
  test('missing paths, headers and requests are unresolved', () => {
    for (const ref of ['created.response.body.$.nope', 'created.response.headers.X-Nope', 'other.response.body.$.id', 'created.response.body.$.value[9].id']) {
      assert.deepEqual(sub(`{{${ref}}}`).unresolved, [ref]);
    }
    const notJson = substituteVariables('{{r.response.body.$.a}}', { fileVariables: {}, requests: { r: { request: { headers: {} }, response: { status: 200, headers: {}, body: '<html>' } } } });
    assert.deepEqual(notJson.unresolved, ['r.response.body.$.a']);
  });
  test('evaluateJsonPath subset', () => {
    assert.deepEqual(evaluateJsonPath({ a: [1, { b: 2 }] }, '$'), { a: [1, { b: 2 }] });
    assert.equal(evaluateJsonPath({ a: [1, { b: 2 }] }, '$.a[-1].b'), 2);
    assert.equal(evaluateJsonPath({ 'a b': 1 }, '$["a b"]'), 1);
    assert.equal(evaluateJsonPath({ a: 1 }, 'a'), undefined);
    assert.equal(evaluateJsonPath({ a: 1 }, '$.a.b.c'), undefined);
    assert.equal(evaluateJsonPath({ a: 1 }, '$..a'), undefined);
  });
});

describe('resolveRequest', () => {
  const text = [
    '@base = https://graph.microsoft.com',
    '@ver = beta',
    '# @name assign',
    'PUT {{base}}/{{ver}}/applications/{{app}}/connectorGroup/$ref',
    'Content-Type: application/json',
    'X-Id: {{created.response.body.$.id}}',
    '',
    '{ "@odata.id": "{{base}}/{{ver}}/onPremisesPublishingProfiles/applicationProxy/connectorGroups/{{created.response.body.$.id}}" }',
  ].join('\n');
  const file = parseHttpFile(text);
  const request = file.requests[0];

  test('substitutes URL, headers and body from file, ctx and request variables', () => {
    const created: RequestResult = { request: { headers: {} }, response: { status: 201, headers: {}, body: '{"id":"g1"}' } };
    const r = resolveRequest(file, request, { environment: { app: 'a1' }, requests: { created } });
    assert.equal(r.method, 'PUT');
    assert.equal(r.url, 'https://graph.microsoft.com/beta/applications/a1/connectorGroup/$ref');
    assert.deepEqual(r.headers, { 'Content-Type': 'application/json', 'X-Id': 'g1' });
    assert.equal(r.body, '{ "@odata.id": "https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/g1" }');
    assert.deepEqual(r.unresolved, []);
  });
  test('ctx file variables override the file; unresolved are collected across parts', () => {
    const r = resolveRequest(file, request, { fileVariables: { ver: 'v1.0' } });
    assert.ok(r.url.startsWith('https://graph.microsoft.com/v1.0/applications/{{app}}'));
    assert.deepEqual(r.unresolved.sort(), ['app', 'created.response.body.$.id']);
  });
  test('no body stays absent', () => {
    const f = parseHttpFile('GET https://h/{{x}}');
    assert.equal('body' in resolveRequest(f, f.requests[0], {}), false);
  });
});

test('parseDotenv', () => {
  assert.deepEqual(parseDotenv('# c\nA=1\nexport B = "two words"\nC=\'x\'\nD=v # note\nbad line\n'), { A: '1', B: 'two words', C: 'x', D: 'v' });
});
