// The CLI's send through the core's build step, seen from outside (dist/cli.js spawned): a request with unresolved
// variables is not sent and asks for no token (no sign-in reaches the network), a {{$aadToken}} in a `<@ file` body
// gets the token, and # @note / # @prompt are asked through the CLI's flags.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startProxy, type TestProxy } from '../network/proxies';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const CLEAN_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJib2R5In0.c2lnbmF0dXJl';
const GROUPS = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';

interface Run { code: number | null; stdout: string; stderr: string }
interface Seen { method: string; url: string; authorization?: string; body: string }

function runCli(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Run> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...CLEAN_ENV, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

describe('send (dist/cli.js): the build step as the wire and the output show it', () => {
  let dir: string, server: http.Server, endpoint: string, proxy: TestProxy;
  const seen: Seen[] = [];
  const write = (name: string, text: string) => { writeFileSync(join(dir, name), text); return name; };

  before(async () => {
    if (!existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'gcg-cli-build-'));
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', d => { body += d; });
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"g1"}');
      });
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Sign-in (client credentials against login.microsoftonline.com) goes through HTTPS_PROXY: the proxy sees, and refuses, any attempt.
    proxy = await startProxy({ refuseWith: 403 });
  });
  after(async () => { server.closeAllConnections(); await new Promise(r => server.close(r)); await proxy.close(); rmSync(dir, { recursive: true, force: true }); });

  const appCredentials = () => ({ AZURE_TENANT_ID: '11111111-2222-3333-4444-555555555555', AZURE_CLIENT_ID: '99999999-2222-3333-4444-555555555555', AZURE_CLIENT_SECRET: 'app-secret', HTTPS_PROXY: proxy.url });

  test('unresolved variables: not sent, exit 1, and no sign-in is attempted for its {{$aadToken}}', async () => {
    seen.length = 0; proxy.connects.length = 0;
    const file = write('orphan.http', `# @name orphan\nGET ${GROUPS}/{{created.response.body.$.id}}\nAuthorization: Bearer {{$aadToken}}\n`);
    const r = await runCli(['send', file, '--graph-endpoint', endpoint], appCredentials(), dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /orphan was not sent: unresolved \{\{created\.response\.body\.\$\.id\}\}/);
    assert.equal(proxy.connects.length, 0, 'no sign-in reached the network');
    assert.equal(seen.length, 0, 'nothing sent');
    // The same request resolved does sign in (through the proxy, which refuses it): the check above would see one.
    const resolved = write('resolved.http', `GET ${GROUPS}/g1\nAuthorization: Bearer {{$aadToken}}\n`);
    const signedIn = await runCli(['send', resolved, '--graph-endpoint', endpoint], appCredentials(), dir);
    assert.equal(signedIn.code, 1);
    assert.ok(proxy.connects.some(c => c.target === 'login.microsoftonline.com:443'), JSON.stringify(proxy.connects));
    assert.equal(seen.length, 0, 'nothing sent');
  });

  test('a body template\'s {{...}} (text the service fills in) is not sent inline, with a hint; from a < file it goes as written, as REST Client sends it', async () => {
    seen.length = 0;
    const body = '{"subject": "Welcome {{userDisplayName}}"}';
    const inline = write('template.http', `POST ${GROUPS}\nContent-Type: application/json\n\n${body}\n`);
    const r = await runCli(['send', inline, '--graph-endpoint', endpoint], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(seen.length, 0, 'nothing sent');
    assert.match(r.stdout, /Not sent: unresolved variable \{\{userDisplayName\}\}\.\nHint: .*< \.\/body\.json/);
    assert.match(r.stderr, /Hint: .*< \.\/body\.json/);
    // REST Client reads a `<` file as it is (only `<@` substitutes): the placeholders reach the server byte for byte.
    write('welcome.json', body);
    const fromFile = write('template-file.http', `POST ${GROUPS}\nContent-Type: application/json\n\n< ./welcome.json\n`);
    const sent = await runCli(['send', fromFile, '--graph-endpoint', endpoint], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(sent.code, 0, sent.stderr);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].body, body);
    // A reference to a request's response is a variable, not a template: no such hint.
    const orphan = write('orphan-body.http', `POST ${GROUPS}\nContent-Type: application/json\n\n{"id": "{{created.response.body.$.id}}"}\n`);
    const o = await runCli(['send', orphan, '--graph-endpoint', endpoint], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(o.code, 1);
    assert.doesNotMatch(o.stdout + o.stderr, /body\.json/);
  });

  test('a {{$aadToken}} inside a <@ file body goes out as the token, never printed', async () => {
    seen.length = 0;
    write('group.json', '{"displayName": "{{$aadToken}}"}');
    const file = write('create.http', `POST ${GROUPS}\nContent-Type: application/json\n\n<@ ./group.json\n`);
    const r = await runCli(['send', file, '--graph-endpoint', endpoint, '--json'], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(seen.map(s => [s.method, s.url, s.body]), [['POST', '/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', `{"displayName": "${TOKEN}"}`]]);
    assert.equal(JSON.parse(r.stdout).status, 200);
    assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
  });

  test('a {{$aadToken}} inside a <@ file body gets the sign-in\'s token (--sandbox): the group is named with it, and the output redacts it', async () => {
    write('named.json', '{"name": "{{$aadToken}}"}');
    const file = write('named.http', `POST ${GROUPS}\nContent-Type: application/json\n\n<@ ./named.json\n`);
    const r = await runCli(['send', file, '--sandbox', '--json'], {}, dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.status, 201);
    assert.equal(out.body.name, '<redacted>', 'the name is a token the sign-in returned');
    assert.doesNotMatch(r.stdout + r.stderr, /eyJ[A-Za-z0-9_-]{5,}\./);
  });

  test('# @note is sent only with --yes; # @prompt takes --var, and without it nothing is sent', async () => {
    seen.length = 0;
    const note = write('note.http', `# @note This deletes it\nDELETE ${GROUPS}/g1\n`);
    const refused = await runCli(['send', note, '--graph-endpoint', endpoint], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /this request is marked # @note; it is sent only when confirmed \(answer y on a terminal, or pass --yes\)/);
    assert.equal(seen.length, 0, 'nothing sent');
    const confirmed = await runCli(['send', note, '--graph-endpoint', endpoint, '--yes'], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(confirmed.code, 0, confirmed.stderr);
    assert.deepEqual(seen.map(s => `${s.method} ${s.url}`), ['DELETE /beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/g1']);

    seen.length = 0;
    const prompt = write('prompt.http', `# @name rename\n# @prompt id The group's id\nPATCH ${GROUPS}/{{id}}\nContent-Type: application/json\n\n{"name": "x"}\n`);
    const unanswered = await runCli(['send', prompt, '--graph-endpoint', endpoint], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(unanswered.code, 1);
    assert.match(unanswered.stderr, /rename prompts for \{\{id\}\}: pass --var id=VALUE/);
    assert.equal(seen.length, 0, 'nothing sent');
    const answered = await runCli(['send', prompt, '--graph-endpoint', endpoint, '--var', 'id=g42'], { GRAPH_ACCESS_TOKEN: TOKEN }, dir);
    assert.equal(answered.code, 0, answered.stderr);
    assert.deepEqual(seen.map(s => `${s.method} ${s.url}`), ['PATCH /beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/g42']);
  });
});
