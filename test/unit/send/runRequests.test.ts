import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile } from '../../../src/core/http/parser';
import { runRequests, type RequestOutcome } from '../../../src/core/send/runRequests';
import { formatOutcomeJson, formatOutcomeText } from '../../../src/core/send/formatOutcome';
import type { GraphRequest, GraphResponse } from '../../../src/core/send/sendGraphRequest';
import { SendError } from '../../../src/core/net/sendError';

const FILE = `# @name created
POST /beta/things
Content-Type: application/json

{"name":"a"}

###
# @name read
GET /beta/things/{{created.response.body.$.id}}

###
GET /beta/things/{{never.response.body.$.id}}

###
GET /beta/down
`;

function respond(req: GraphRequest, status: number, body?: string): GraphResponse {
  return { status, statusText: '', headers: { 'content-type': 'application/json', 'request-id': 'r' }, body, bodyBytes: body?.length ?? 0, contentType: 'application/json', durationMs: 1, url: `http://sandbox${req.url}`, method: req.method, retries: 0 };
}

test('named responses feed later requests; unresolved ones are not sent; send failures are outcomes', async () => {
  const file = parseHttpFile(FILE);
  const sent: GraphRequest[] = [];
  const seen: RequestOutcome[] = [];
  const outcomes = await runRequests(file, file.requests, {
    context: {},
    send: async req => {
      sent.push(req);
      if (req.url === '/beta/down') throw new SendError('network', 'Could not reach sandbox: connection refused (ECONNREFUSED).');
      return req.method === 'POST' ? respond(req, 201, '{"id":"42"}') : respond(req, 200, '{"id":"42","name":"a"}');
    },
    onOutcome: o => seen.push(o),
  });
  assert.deepEqual(sent.map(s => `${s.method} ${s.url}`), ['POST /beta/things', 'GET /beta/things/42', 'GET /beta/down']);
  assert.deepEqual(outcomes.map(o => o.kind), ['sent', 'sent', 'unresolved', 'failed']);
  assert.equal(seen.length, 4);
  assert.deepEqual((outcomes[2] as Extract<RequestOutcome, { kind: 'unresolved' }>).unresolved, ['never.response.body.$.id']);

  const json = JSON.parse(formatOutcomeJson(outcomes[0]));
  assert.deepEqual(json, { name: 'created', method: 'POST', url: 'http://sandbox/beta/things', status: 201, headers: { 'content-type': 'application/json', 'request-id': 'r' }, body: { id: '42' }, durationMs: 1 });
  assert.match(formatOutcomeText(outcomes[1]), /^### read \(line 9\)\nGET http:\/\/sandbox\/beta\/things\/42\nHTTP 200 \(1 ms\)\nrequest-id: r\ncontent-type: application\/json\n/);
  assert.match(formatOutcomeText(outcomes[3]), /Not sent: Could not reach sandbox: connection refused/);
  assert.equal(JSON.parse(formatOutcomeJson(outcomes[2])).error.code, 'unresolvedVariables');
});
