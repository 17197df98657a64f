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
