import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { SendError } from '../../../src/core/net/sendError';
import { call } from '../../../src/core/tenant/tenantAnswers';
import { permissionFor } from '../../../src/core/tenant/refusedPermission';
import { errorNode } from '../../../src/core/tenant/stateNodes';
import { tenantRoot } from '../../../src/core/tenant/structure';

// A server that redirects in a loop, each hop carrying a token in the query (issue 11).
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGVsZSJ9.c2lnbmF0dXJlLXZhbHVl';
const JWT = /eyJ[A-Za-z0-9_-]{5,}\./;

describe('tree error items: redacted, and phrased by the one error describer', () => {
  const root = tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant' });
  const text = (n: ReturnType<typeof errorNode>) => `${n.label}\n${n.description ?? ''}\n${n.tooltip ?? ''}`;

  test('a redirect-loop error whose URL holds ?access_token=eyJ... shows no token', async () => {
    const outcome = await call(async () => {
      throw new SendError('tooManyRedirects', `Stopped after 5 redirects (last: https://evil.example/loop?access_token=${TOKEN}).`);
    }, { method: 'GET', url: 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups' });
    assert.equal(outcome.ok, false);
    if (outcome.ok) return;
    assert.doesNotMatch(JSON.stringify(outcome.failure), JWT);
    const shown = text(errorNode(root, outcome.failure, permissionFor));
    assert.doesNotMatch(shown, JWT);
    assert.match(shown, /redirects/);
  });

  test('the SendError itself is redacted when it is made', () => {
    const error = new SendError('tooManyRedirects', `last: https://evil.example/?access_token=${TOKEN}`, `Bearer ${TOKEN}`);
    assert.doesNotMatch(`${error.message} ${error.detail}`, JWT);
  });

  test('a network failure reads as the describer phrases it (with its hint), not as raw text', async () => {
    const outcome = await call(async () => { throw new SendError('network', 'connect ECONNREFUSED 127.0.0.1:9'); }, { method: 'GET', url: 'https://graph.microsoft.com/beta/x' });
    assert.ok(!outcome.ok && /ECONNREFUSED/.test(outcome.failure.message) && /Check the network connection/.test(outcome.failure.message));
  });

  test('a Graph error body that echoes a token is redacted too', async () => {
    const outcome = await call(async () => ({ status: 400, body: JSON.stringify({ error: { code: 'BadRequest', message: `bad token Bearer ${TOKEN}` } }) }), { method: 'GET', url: 'https://graph.microsoft.com/beta/x' });
    assert.ok(!outcome.ok);
    assert.doesNotMatch(JSON.stringify(outcome.failure), JWT);
  });
});
