// The one build step of the CLI's sendOne and the editor's send and copy (src/core/send/prepareSend.ts): variables,
// `{{$aadToken}}` tokens got first and held to their audience, unresolved as one outcome, and the editor's options
// (its own sign-in's header dropped, a copy refusing tokens got at send time and binary bodies, bodies as text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile } from '../../../src/core/http/parser';
import type { SystemVariableProvider } from '../../../src/core/http/systemVariables';
import { AadTokenVariables } from '../../../src/core/send/aadTokens';
import { describeUnresolved, prepareSend, type AadTokenSupply } from '../../../src/core/send/prepareSend';

const GRAPH = 'https://graph.microsoft.com';
const groups = `${GRAPH}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups`;
const system: SystemVariableProvider = { now: () => 0, random: () => 0, guid: () => 'g', processEnv: () => undefined, dotenv: () => undefined };

/** A supply that records what it was asked for and hands out `token-<n>`. */
function recordingSupply(): AadTokenSupply & { asked: string[][]; checked: string[] } {
  const tokens = new Map<string, string>();
  const asked: string[][] = [];
  const checked: string[] = [];
  return {
    asked, checked,
    async prefetch(expressions) { asked.push(expressions); for (const e of expressions) tokens.set(e, `token-${tokens.size}`); },
    get: e => tokens.get(e),
    checkTarget: text => { checked.push(text); },
  };
}

test('the CLI\'s tokens: got for the expressions the request holds, then built in and held to their audience', async () => {
  const file = parseHttpFile(`@unused = {{$aadV2Token scopes:https://api.contoso.com/.default}}\n\nGET https://api.contoso.com/orders?t={{$aadToken}}\nAuthorization: Bearer {{$aadToken}}\n`);
  const asked: string[][] = [];
  const tokens = new AadTokenVariables({
    tokenSource: { getToken: async scopes => { asked.push(scopes); return { accessToken: 'tok123' }; } },
    graphHost: GRAPH, graphEndpoint: GRAPH, graphOnly: false, appOnly: false,
  });
  const prepared = await prepareSend(file, file.requests[0], { context: { system }, aadTokens: tokens });
  assert.equal(prepared.kind, 'built');
  if (prepared.kind !== 'built') return;
  assert.deepEqual(asked, [['https://api.contoso.com/.default']], 'one token, for the request\'s own origin; an unused variable asks for none');
  assert.equal(prepared.request.url, 'https://api.contoso.com/orders?t=tok123');
  assert.equal(prepared.request.headers.Authorization, 'Bearer tok123');
  assert.deepEqual(prepared.aadTokens, ['$aadToken']);
  assert.deepEqual(prepared.ownSignIn, []);

  const elsewhere = parseHttpFile('GET https://evil.example/x\nAuthorization: Bearer {{$aadToken aud:api.contoso.com}}\n');
  const refused = await prepareSend(elsewhere, elsewhere.requests[0], { context: { system }, aadTokens: tokens });
  assert.equal(refused.kind, 'failed');
  assert.match(refused.kind === 'failed' ? refused.error.message : '', /Refused to send to https:\/\/evil\.example.*issued for https:\/\/api\.contoso\.com/);
});

test('unresolved is one outcome, phrased once, and no token is asked for a request that will not be sent', async () => {
  const file = parseHttpFile('GET https://api.contoso.com/things/{{missing}}?t={{$aadToken}}\n');
  const supply = recordingSupply();
  const prepared = await prepareSend(file, file.requests[0], { context: { system }, aadTokens: supply });
  assert.equal(prepared.kind, 'unresolved');
  if (prepared.kind !== 'unresolved') return;
  assert.deepEqual(prepared.unresolved, ['missing']);
  assert.equal(prepared.error.message, describeUnresolved(['missing']).message);
  assert.equal(prepared.url, 'https://api.contoso.com/things/{{missing}}?t={{$aadToken}}', 'the URL as written, no placeholder');
  assert.deepEqual(supply.asked, []);
  const copy = await prepareSend(file, file.requests[0], { context: { system }, purpose: 'copy', restricted: true, ownSignIn: { graphHost: GRAPH } });
  assert.equal(copy.kind, 'failed', 'a copy is refused for its token first');
  const plain = parseHttpFile('GET https://api.contoso.com/things/{{missing}}\n');
  const copied = await prepareSend(plain, plain.requests[0], { context: { system }, purpose: 'copy', restricted: true });
  assert.equal(copied.kind === 'unresolved' && copied.error.message, describeUnresolved(['missing'], { copy: true, restricted: true }).message);
});

test('without a sign-in (the CLI without one) a token stays unresolved; with ownSignIn a request needing one is refused', async () => {
  const file = parseHttpFile('GET https://api.contoso.com/orders\nAuthorization: Bearer {{$aadToken}}\n');
  const cli = await prepareSend(file, file.requests[0], { context: { system } });
  assert.deepEqual(cli.kind === 'unresolved' && cli.unresolved, ['$aadToken']);
  const editor = await prepareSend(file, file.requests[0], { context: { system }, ownSignIn: { graphHost: GRAPH } });
  assert.equal(editor.kind, 'failed');
  assert.equal(editor.kind === 'failed' && editor.error.message, 'Not sent: there is no token for {{$aadToken}}.');
});

test('the editor\'s own sign-in: `Authorization: Bearer {{$aadV2Token}}` on Graph drops the header and asks for no token', async () => {
  const file = parseHttpFile(`GET ${groups}\nAuthorization: Bearer {{$aadV2Token}}\n\n###\n@token = {{$aadV2Token scopes:${GRAPH}/.default}}\n\nGET ${groups}\nAuthorization: Bearer {{token}}\n`);
  const supply = recordingSupply();
  const own = await prepareSend(file, file.requests[0], { context: { system }, aadTokens: supply, ownSignIn: { graphHost: GRAPH } });
  assert.equal(own.kind, 'built');
  if (own.kind !== 'built') return;
  assert.deepEqual(own.request.headers, {});
  assert.deepEqual(own.ownSignIn, ['$aadV2Token']);
  assert.deepEqual(own.aadTokens, []);
  assert.deepEqual(supply.asked, []);
  const scoped = await prepareSend(file, file.requests[1], { context: { system }, aadTokens: supply, ownSignIn: { graphHost: GRAPH } });
  assert.equal(scoped.kind === 'built' && scoped.request.headers.Authorization, 'Bearer token-0', 'scopes: is a token of its own');
  assert.deepEqual(supply.asked, [[`$aadV2Token scopes:${GRAPH}/.default`]]);
  assert.equal(supply.checked.length, 1, 'held to its audience');
  const copied = await prepareSend(file, file.requests[0], { context: { system }, purpose: 'copy', ownSignIn: { graphHost: GRAPH } });
  assert.deepEqual(copied.kind === 'built' && copied.request.headers, {}, 'a copy carries no header for the own sign-in');
  const refused = await prepareSend(file, file.requests[1], { context: { system }, purpose: 'copy', ownSignIn: { graphHost: GRAPH } });
  assert.match(refused.kind === 'failed' ? refused.error.message : '', /^Not copied: \{\{\$aadV2Token scopes:.*\}\} is a token the editor gets only when it sends the request/);
});

test('a body read from files: bytes as they are, or (bodyAsText) text when UTF-8; a copy cannot carry bytes that are not text', async () => {
  const file = parseHttpFile('POST https://api.contoso.com/upload\nContent-Type: application/octet-stream\n\n< ./body.bin\n');
  const read = (bytes: number[]) => ({ system, readBodyFile: () => Buffer.from(bytes) });
  const asBytes = await prepareSend(file, file.requests[0], { context: read([0x7b, 0x7d]) });
  assert.ok(asBytes.kind === 'built' && asBytes.request.body instanceof Uint8Array, 'the CLI sends the bytes read');
  const asText = await prepareSend(file, file.requests[0], { context: read([0x7b, 0x7d]), bodyAsText: true });
  assert.equal(asText.kind === 'built' && asText.request.body, '{}');
  const binary = await prepareSend(file, file.requests[0], { context: read([0xff, 0xfe]), bodyAsText: true });
  assert.deepEqual(binary.kind === 'built' && [...binary.request.body as Uint8Array], [0xff, 0xfe]);
  const copy = await prepareSend(file, file.requests[0], { context: read([0xff, 0xfe]), bodyAsText: true, purpose: 'copy' });
  assert.match(copy.kind === 'failed' ? copy.error.message : '', /^Not copied: the body includes a binary file/);
});

test('a refused machine read throws; any other failure is an outcome carrying what was thrown', async () => {
  const file = parseHttpFile('POST https://api.contoso.com/x\nContent-Type: application/json\n\n< ./body.json\n');
  class LocalFileRefusedError extends Error { override name = 'LocalFileRefusedError'; }
  await assert.rejects(prepareSend(file, file.requests[0], { context: { system, readBodyFile: () => { throw new LocalFileRefusedError('refused'); } } }), /refused/);
  const boom = new Error('boom');
  const failed = await prepareSend(file, file.requests[0], { context: { system, readBodyFile: () => { throw boom; } } });
  assert.equal(failed.kind === 'failed' && failed.cause, boom);
});

test('a {{$aadToken}} inside a <@ file body gets its token, and the file is read once', async () => {
  const file = parseHttpFile('POST https://api.contoso.com/orders\nContent-Type: application/json\n\n<@ ./order.json\n');
  let reads = 0;
  const readBodyFile = () => { reads++; return Buffer.from('{"token": "{{$aadToken}}", "id": "{{$guid}}"}'); };
  const supply = recordingSupply();
  const prepared = await prepareSend(file, file.requests[0], { context: { system, readBodyFile }, aadTokens: supply });
  assert.equal(prepared.kind, 'built');
  assert.equal(prepared.kind === 'built' && prepared.request.body, '{"token": "token-0", "id": "g"}');
  assert.deepEqual(supply.asked, [['$aadToken']]);
  assert.match(supply.checked[0], /"token": "token-0"/, 'the token is held to its audience as it goes in the body');
  assert.equal(reads, 1, 'built once: the tokens take the placeholders\' places');
  const parts = parseHttpFile('POST https://api.contoso.com/upload\nContent-Type: application/octet-stream\n\n<@ ./token.txt\n< ./a.bin\n');
  const files: Record<string, Buffer> = { './token.txt': Buffer.from('{{$aadToken}}'), './a.bin': Buffer.from([0xff, 0xfe]) };
  const binary = await prepareSend(parts, parts.requests[0], { context: { system, readBodyFile: p => files[p] }, aadTokens: recordingSupply() });
  assert.deepEqual(binary.kind === 'built' && [...binary.request.body as Uint8Array], [...Buffer.from('token-0\n'), 0xff, 0xfe], 'bytes that are not text: the token in place, every other byte as read');
});

test('a token each step of the build leaves as it is goes in place; any other is built in again, encoded as a build encodes it', async () => {
  const file = parseHttpFile('@t = {{$aadToken}}\n\nPOST https://api.contoso.com/x?q={{%t}}\nContent-Type: application/x-www-form-urlencoded\n\ntoken={{t}}\n');
  let prefetched = 0;
  const supplyOf = (token: string): AadTokenSupply => ({ prefetch: async () => { prefetched++; }, get: () => token, checkTarget: () => undefined });
  const jwt = await prepareSend(file, file.requests[0], { context: { system }, aadTokens: supplyOf('eyJ0.eyJ1.c2ln_-') });
  assert.equal(jwt.kind === 'built' && jwt.request.url, 'https://api.contoso.com/x?q=eyJ0.eyJ1.c2ln_-');
  assert.equal(jwt.kind === 'built' && jwt.request.body, 'token=eyJ0.eyJ1.c2ln_-');
  const opaque = await prepareSend(file, file.requests[0], { context: { system }, aadTokens: supplyOf('EwB+a/b=') });
  assert.equal(opaque.kind === 'built' && opaque.request.url, 'https://api.contoso.com/x?q=EwB%2Ba%2Fb%3D');
  assert.equal(opaque.kind === 'built' && opaque.request.body, 'token=EwB%2Ba%2Fb%3D');
  assert.equal(prefetched, 2, 'one sign-in ask per send, either way');
});
