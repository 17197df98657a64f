import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeError } from '../../../src/core/send/describeError';
import { SendError } from '../../../src/core/net/sendError';

const JWT = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl';
const graphError = (code: string, message: string, requestId = 'req-1') => JSON.stringify({ error: { code, message, innerError: { date: '2026-11-23T18:00:00', 'request-id': requestId } } });
const response = (status: number, body: string | undefined, url = 'https://graph.microsoft.com/beta/x', extra: Record<string, unknown> = {}) =>
  ({ status, statusText: '', headers: {}, body, url, method: 'GET', bodyBytes: body?.length ?? 0, durationMs: 1, retries: 0, ...extra });

const table: Array<{ name: string; input: unknown; context?: { permission?: string }; message: RegExp; hint?: RegExp; code?: string; requestId?: string }> = [
  { name: 'connection refused', input: new SendError('network', 'Could not reach 127.0.0.1:9: connection refused (ECONNREFUSED).'), message: /connection refused/, hint: /network/, code: 'network' },
  { name: 'timeout', input: new SendError('timeout', 'No complete response from x within 1.0 s.'), message: /within/, hint: /\$select/, code: 'timeout' },
  { name: 'cancelled', input: new SendError('cancelled', 'The request was cancelled.'), message: /cancelled/, code: 'cancelled' },
  { name: 'too large', input: new SendError('tooLarge', 'The response body is larger than the 200.0 MB limit'), message: /limit/, hint: /\$top/, code: 'tooLarge' },
  { name: '403 names the least-privileged permission', input: response(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')),
    context: { permission: 'Directory.ReadWrite.All' }, message: /^403: Insufficient privileges/, hint: /Directory\.ReadWrite\.All/, code: 'Authorization_RequestDenied', requestId: 'req-1' },
  { name: '403 finds the permission in the route table', input: response(403, graphError('Authorization_RequestDenied', 'Insufficient privileges.'), 'http://127.0.0.1:9/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups'),
    message: /^403/, hint: /Directory\.ReadWrite\.All permission \(least privileged\)/ },
  { name: '400 segment under v1.0 means beta only', input: response(400, graphError('BadRequest', "Resource not found for the segment 'onPremisesPublishingProfiles'."), 'https://graph.microsoft.com/v1.0/onPremisesPublishingProfiles/applicationProxy/connectorGroups'),
    message: /Resource not found for the segment/, hint: /only in beta/, code: 'BadRequest' },
  { name: '400 segment under beta is not a beta hint', input: response(400, graphError('BadRequest', "Resource not found for the segment 'nope'.")), message: /segment/, code: 'BadRequest' },
  { name: '429 after retries', input: response(429, graphError('TooManyRequests', 'Please retry again later.'), undefined, { retries: 3, headers: { 'retry-after': '5' } }),
    message: /429: Please retry/, hint: /after 3 retries.*5 s/, code: 'TooManyRequests' },
  { name: '401', input: response(401, graphError('InvalidAuthenticationToken', 'Access token has expired or is not yet valid.')), message: /expired/, hint: /Sign in again/ },
  { name: 'malformed JSON error body', input: response(500, '<html>oops'), message: /^500 \(the body is not a Graph error object\)/, hint: /service-side/, code: 'http500' },
  { name: 'MSAL interaction required', input: Object.assign(new Error('interaction_required: AADSTS50076'), { errorCode: 'interaction_required', errorMessage: 'AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.' }),
    message: /Sign-in failed/, hint: /multi-factor/, code: 'interaction_required' },
  { name: 'MSAL consent', input: { errorCode: 'invalid_grant', errorMessage: "AADSTS65001: The user or administrator has not consented to use the application with ID '14d82eec'." }, message: /AADSTS65001/, hint: /consent/i },
  { name: 'MSAL expired refresh token', input: { errorCode: 'invalid_grant', errorMessage: 'AADSTS700082: The refresh token has expired due to inactivity.' }, message: /Sign-in failed/, hint: /expired/ },
  { name: 'MSAL no tokens', input: { errorCode: 'no_tokens_found', errorMessage: 'No refresh token found in the cache.' }, message: /sign in again/, hint: /Sign In/ },
  { name: 'device code expired', input: { errorCode: 'device_code_expired' }, message: /expired/ },
  { name: 'bad client secret never echoes it', input: { errorCode: 'invalid_client', errorMessage: 'AADSTS7000215: Invalid client secret provided. client_secret=abcd1234' }, message: /client_secret=<redacted>/, hint: /secret/ },
  { name: 'plain error with a token inside', input: new Error(`failed with Bearer ${JWT}`), message: /^failed with Bearer <redacted>$/ },
  { name: 'string', input: 'weird', message: /^weird$/ },
];

for (const row of table) {
  test(`describeError: ${row.name}`, () => {
    const d = describeError(row.input, row.context);
    assert.match(d.message, row.message);
    if (row.hint) assert.match(d.hint ?? '', row.hint);
    if (row.code) assert.equal(d.code, row.code);
    if (row.requestId) assert.equal(d.requestId, row.requestId);
    assert.ok(!JSON.stringify(d).includes(JWT));
  });
}

test('the command boundary: a thrown error becomes one redacted line with its hint', async () => {
  const { describeErrorText } = await import('../../../src/core/send/describeError');
  assert.equal(describeErrorText(new Error(`Redirect loop at https://x.example/?access_token=${JWT}`)).includes(JWT), false);
  assert.equal(describeErrorText(new SendError('network', 'Could not reach 127.0.0.1:9.')), `Could not reach 127.0.0.1:9. ${'Check the network connection, the URL, and any proxy. If you use the sandbox, make sure it is still running.'}`);
  assert.equal(describeErrorText('plain'), 'plain');
});
