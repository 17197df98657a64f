import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyEdits, createValidator } from '../../../src/core/intelligence';
import { parseHttpFile } from '../../../src/core/http/parser';
import { buildRequest } from '../../../src/core/http/buildRequest';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';

const codes = (text: string) => createValidator().validate(text).map(d => d.code);

describe('a JSON body without Content-Type', () => {
  // appmanagementpolicy-update.md sends `{ "isEnabled": false }` with no header; its table: "Content-Type | application/json. Required."
  const request = (eol: string, headers = '') => `PATCH https://graph.microsoft.com/v1.0/policies/appManagementPolicies/{{policyId}}${eol}${headers}${eol}{${eol}  "isEnabled": false${eol}}${eol}`;

  test('is what is sent: no Content-Type reaches a loopback server (so the warning is about the wire, not a default we add)', async () => {
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => { seen.push(req.headers['content-type']); req.resume(); req.on('end', () => res.end()); });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    try {
      const file = parseHttpFile(request('\n').replace('https://graph.microsoft.com/v1.0', `http://127.0.0.1:${(server.address() as AddressInfo).port}`).replace('{{policyId}}', 'p1'));
      const built = buildRequest(file, file.requests[0], {});
      // The transport the CLI and the editor send with.
      await createNodeTransport({ keepAlive: false }).send({ method: built.method, url: built.url, headers: built.headers, body: built.body });
      assert.equal(seen[0], undefined);
      assert.equal(Object.keys(built.headers).some(h => h.toLowerCase() === 'content-type'), false);
    } finally { server.close(); }
  });

  test('is a warning whose fix adds the header above the blank line, in the file\'s line breaks; with it, nothing is said', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = request(eol);
      const d = createValidator().validate(text).find(x => x.code === 'graph.header.contentTypeMissing')!;
      assert.equal(d.severity, 'warning');
      const fixed = applyEdits(text, d.fixes![0].edits);
      assert.equal(fixed, request(eol, `Content-Type: application/json${eol}`));
      assert.deepEqual(codes(fixed), []);
    }
    // After other headers too.
    const withAccept = request('\n', 'Accept: application/json\n');
    const fixed = applyEdits(withAccept, createValidator().validate(withAccept).find(x => x.code === 'graph.header.contentTypeMissing')!.fixes![0].edits);
    assert.match(fixed, /^Accept: application\/json\nContent-Type: application\/json\n\n\{/m);
    // A body that is not JSON, or a GET without a body: nothing.
    assert.deepEqual(codes('GET https://graph.microsoft.com/v1.0/me\n'), []);
    // A GET with a JSON body: only that the body goes.
    assert.deepEqual(codes('GET https://graph.microsoft.com/v1.0/me\n\n{ "a": 1 }\n'), ['graph.body.unexpected']);
  });

  test('in a JSON batch: a request with a body and no Content-Type in its headers is an error (concepts/json-batching.md), with the fix', () => {
    const batch = (inner: string) => `POST https://graph.microsoft.com/v1.0/$batch\nContent-Type: application/json\n\n{\n  "requests": [\n    ${inner}\n  ]\n}\n`;
    const text = batch('{ "id": "4", "url": "/me", "method": "PATCH", "body": { "city": "Redmond" } }');
    const d = createValidator().validate(text).find(x => x.code === 'graph.batch.contentType')!;
    assert.equal(d.severity, 'error');
    assert.match(d.message, /^Batch request 4: /);
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.match(fixed, /"headers": \{ "Content-Type": "application\/json" \},\s*"body"/);
    assert.deepEqual(codes(fixed), []);
    // The docs' own example: headers with Content-Type.
    assert.deepEqual(codes(batch('{ "id": "4", "url": "/me", "method": "PATCH", "body": { "city": "Redmond" }, "headers": { "Content-Type": "application/json" } }')), []);
    // Headers without it: the fix adds it there.
    const other = batch('{ "id": "4", "url": "/me", "method": "PATCH", "headers": { "If-Match": "x" }, "body": { "city": "Redmond" } }');
    const inHeaders = applyEdits(other, createValidator().validate(other).find(x => x.code === 'graph.batch.contentType')!.fixes![0].edits);
    assert.match(inHeaders, /"headers": \{ "Content-Type": "application\/json", "If-Match": "x" \}/);
    assert.deepEqual(codes(inHeaders), []);
  });
});

describe('Content-Length over a body with {{variables}}', () => {
  test('is an error when even empty variables leave the body longer (identitygovernance-lifecycleworkflowscontainer-post-workflows: 631 over about 1.9 KB with {{userDisplayName}} in its templates); a length the variables could reach is not', () => {
    const template = '"<p>Welcome {{userDisplayName}}</p>"';
    const text = (length: number, eol = '\n') => `POST https://graph.microsoft.com/v1.0/identityGovernance/lifecycleWorkflows/workflows${eol}Content-Type: application/json${eol}Content-length: ${length}${eol}${eol}{ "description": ${template} }${eol}`;
    const empty = Buffer.byteLength(`{ "description": ${template.replace('{{userDisplayName}}', '')} }`);
    const d = createValidator().validate(text(5)).filter(x => x.code === 'graph.header.contentLength');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, `Content-Length says 5 bytes, but the body is at least ${empty} even with its {{variables}} empty: Graph would read it cut off. Remove the header; the length is computed when sending.`);
    for (const eol of ['\n', '\r\n', '\r']) {
      const fixed = applyEdits(text(5, eol), createValidator().validate(text(5, eol)).find(x => x.code === 'graph.header.contentLength')!.fixes![0].edits);
      assert.equal(fixed, text(5, eol).replace(`Content-length: 5${eol}`, ''), JSON.stringify(eol));
    }
    assert.deepEqual(createValidator().validate(text(empty + 20)).filter(x => x.code === 'graph.header.contentLength'), []);
  });
});

describe('an Authorization placeholder', () => {
  test('Bearer {token} or <access_token> is a warning with the fix that removes the line (sent as written: a file\'s Authorization wins over the sign-in); a real token or a variable is not', () => {
    const text = (value: string) => `GET https://graph.microsoft.com/v1.0/me\nAuthorization: ${value}\nAccept: application/json\n`;
    for (const v of ['Bearer {token}', 'Bearer <access_token>']) {
      const d = createValidator().validate(text(v));
      assert.deepEqual(d.map(x => [x.severity, x.code]), [['warning', 'graph.header.placeholder']], v);
      assert.equal(applyEdits(text(v), d[0].fixes![0].edits), 'GET https://graph.microsoft.com/v1.0/me\nAccept: application/json\n');
    }
    for (const v of ['Bearer {{$aadV2Token}}', 'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOi.x.y']) assert.deepEqual(codes(text(v)), [], v);
  });
});

describe('a Content-Type that is no media type', () => {
  test('one no registry has is an error with the fix, as a near-miss spelling is (the App Proxy tutorial writes appRoleAssignments/json and appplication/json); another media type on a JSON body stays a warning', () => {
    const text = (ct: string) => `PATCH https://graph.microsoft.com/v1.0/me\nContent-Type: ${ct}\n\n{ "jobTitle": "x" }\n`;
    for (const ct of ['appRoleAssignments/json', 'appplication/json']) {
      const d = createValidator().validate(text(ct));
      assert.deepEqual(d.map(x => [x.severity, x.code]), [['error', 'graph.header.contentType']], ct);
      assert.equal(applyEdits(text(ct), d[0].fixes![0].edits), text('application/json'));
    }
    assert.deepEqual(createValidator().validate(text('text/plain')).map(x => [x.severity, x.code]), [['warning', 'graph.header.contentType']]);
  });
});
