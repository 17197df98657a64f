import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { publishAppText } from '../../../src/core/tenant/publishAppText';
import { runPublishSequence, type PublishSend, type PublishStep } from '../../../src/core/tenant/publishAppRun';

// "Publish an app through this group", sent now: the tutorial's requests against the sandbox over loopback HTTP.
const GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a02'; // "US datacenter" (src/sandbox/defaultSeed.json)
const input = (displayName: string, externalUrl = 'https://payroll-contoso.msappproxy.net/') =>
  ({ groupId: GROUP, groupName: 'US datacenter', displayName, internalUrl: 'https://payroll.contoso.local/', externalUrl });

describe('runPublishSequence (sandbox)', () => {
  let sandbox: Sandbox;
  let sent: string[];
  /** What the tree's sender does: Graph URLs to the active endpoint, with the signed-in token. */
  const send: PublishSend = async (r) => {
    sent.push(`${r.method} ${r.url}`);
    const res = await fetch(r.url.replace('https://graph.microsoft.com', sandbox.graphEndpoint), {
      method: r.method, body: r.body,
      headers: { ...r.headers, authorization: `Bearer ${sandbox.issueToken({ scp: ['Directory.ReadWrite.All', 'Application.ReadWrite.All'] })}` },
    });
    return { status: res.status, body: await res.text() };
  };
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('every step succeeds in order, ids flowing; the app is then assigned to the group with its URLs', async () => {
    sent = [];
    const steps: PublishStep[] = [];
    const outcome = await runPublishSequence(publishAppText(input('Payroll')), send, { onStep: s => steps.push(s) });
    assert.equal(outcome.ok, true, JSON.stringify(outcome));
    assert.equal(outcome.sent, 6);
    assert.deepEqual(steps.map(s => `${s.index}/${s.total} ${s.method}`), ['1/6 GET', '2/6 POST', '3/6 PATCH', '4/6 PATCH', '5/6 PUT', '6/6 GET']);
    assert.equal(steps[0].title, 'Find the Custom application template');
    assert.ok(outcome.applicationId);
    assert.equal(sandbox.state.applicationGroupOf.get(outcome.applicationId!), GROUP);
    assert.equal((sandbox.state.applications.get(outcome.applicationId!)?.onPremisesPublishing as any)?.externalUrl, 'https://payroll-contoso.msappproxy.net/');
    assert.ok(!sent.some(s => s.includes('{{')), 'no request went with an unresolved variable');
  });

  test('stops at the first failure with Graph\'s message; nothing after it is sent', async () => {
    sent = [];
    // The sandbox refuses this connector group id (no such group), so step 5 fails and step 6 is not sent.
    const text = publishAppText({ ...input('Broken'), groupId: '00000000-0000-4000-8000-000000000000' });
    const outcome = await runPublishSequence(text, send);
    assert.equal(outcome.ok, false);
    if (outcome.ok) return;
    assert.equal(outcome.step.index, 5);
    assert.equal(outcome.step.title, 'Assign the app to the connector group "US datacenter"');
    assert.equal(outcome.sent, 4);
    assert.equal(outcome.status, 404);
    assert.match(outcome.message, /^404/);
    assert.ok(outcome.applicationId, 'the app that was created is named, so the user can find it');
    assert.equal(sent.length, 5, sent.join('\n'));
  });

  test('a cancel before a step stops there, as cancelled', async () => {
    sent = [];
    const controller = new AbortController();
    const outcome = await runPublishSequence(publishAppText(input('Cancelled')), send, { signal: controller.signal, onStep: s => { if (s.index === 2) controller.abort(); } });
    assert.equal(outcome.ok, false);
    if (outcome.ok) return;
    assert.equal(outcome.cancelled, true);
    assert.equal(outcome.step.index, 3);
    assert.equal(sent.length, 2);
  });
});
