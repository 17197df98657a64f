import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile } from '../../../src/core/http/parser';
import { describeUnresolved, sendBuilt, sendOne } from '../../../src/core/send/sendOne';
import type { GraphRequest, GraphResponse } from '../../../src/core/send/sendGraphRequest';

function respond(req: GraphRequest, status: number, body: string, headers: Record<string, string> = {}): GraphResponse {
  return { status, statusText: '', headers: { 'content-type': 'application/json', ...headers }, body, bodyBytes: body.length, contentType: 'application/json', durationMs: 1, url: `http://sandbox${req.url}`, method: req.method, retries: 0 };
}

test('one outcome: the route, the next link, the mutation and the named result of a sent request', async () => {
  const file = parseHttpFile('# @name created\nPOST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{"name":"a"}\n');
  const outcome = await sendOne(file, file.requests[0], {
    context: {},
    send: async req => respond(req, 201, '{"id":"42","@odata.nextLink":"https://graph.microsoft.com/v1.0/next"}', { Location: 'https://graph.microsoft.com/v1.0/x/42' }),
  });
  assert.equal(outcome.kind, 'sent');
  if (outcome.kind !== 'sent') return;
  assert.ok(outcome.route?.operationId, "the documented operation");
  assert.equal(outcome.nextLink, 'https://graph.microsoft.com/v1.0/next');
  assert.deepEqual(outcome.mutation, { method: 'POST', url: 'http://sandboxhttps://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', status: 201, requestBody: '{"name":"a"}', responseLocation: 'https://graph.microsoft.com/v1.0/x/42' });
  assert.equal(outcome.namedResult?.name, 'created');
  assert.equal(outcome.namedResult?.result.response.body, outcome.response.body);
});

test('unresolved, declined and failed are outcomes; "has no value" is phrased once', async () => {
  const file = parseHttpFile('GET /beta/things/{{missing}}\n\n###\n# @note\nGET /beta/x\n');
  const unresolved = await sendOne(file, file.requests[0], { context: {}, send: async () => { throw new Error('not sent'); } });
  assert.equal(unresolved.kind, 'unresolved');
  assert.equal(unresolved.kind === 'unresolved' && unresolved.error.message, describeUnresolved(['missing']).message);
  assert.match(describeUnresolved(['a', 'b'], { copy: true, restricted: true }).message, /^Not copied: \{\{a\}\}, \{\{b\}\} have no value\..* In Restricted Mode/);
  const declined = await sendOne(file, file.requests[1], { context: {}, send: async () => { throw new Error('not sent'); }, questions: { confirm: async () => false, value: async () => 'x' } });
  assert.equal(declined.kind, 'declined');
  const cause = new Error('boom');
  const failed = await sendBuilt({ method: 'GET', url: '/beta/x', headers: {} }, {}, { line: 1, method: 'GET', url: '/beta/x' }, { send: async () => { throw cause; } });
  assert.equal(failed.kind === 'failed' && failed.cause, cause);
});

test('# @no-cookie-jar and # @no-redirect decide what the send is given', async () => {
  const seen: Array<{ followRedirects: boolean; cookies?: unknown }> = [];
  const jar = {} as never;
  const send = async (req: GraphRequest, options: { followRedirects: boolean; cookies?: unknown }) => { seen.push(options); return respond(req, 200, '{}'); };
  await sendBuilt({ method: 'GET', url: '/a', headers: {} }, { noRedirect: true, noCookieJar: true }, { line: 1, method: 'GET', url: '/a' }, { send, cookies: jar });
  await sendBuilt({ method: 'GET', url: '/a', headers: {} }, {}, { line: 1, method: 'GET', url: '/a' }, { send, cookies: jar });
  assert.deepEqual(seen, [{ followRedirects: false }, { followRedirects: true, cookies: jar }]);
});
