import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { powerShellQuote, toPowerShell } from '../../../src/core/send/powershell';
import { shellQuote, toAzureCli } from '../../../src/core/send/azureCli';

const GROUPS = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJl';
const HOSTILE = [
  `it's`, `"double"`, `$env:USERPROFILE $(Get-Date) \${x}`, '`backtick` $HOME `whoami`', 'line one\nline two\r\nline three',
  'Zürich — 東京 🚀', '‘typographic’ ‚quotes‛', `'`, `''`, `\\'`, '', '!history !!', '*?[glob]', '; rm -rf / #',
];

test('PowerShell: single quotes, with every kind of single quote doubled; nothing else changes', () => {
  assert.equal(powerShellQuote(`it's`), `'it''s'`);
  assert.equal(powerShellQuote('$x `y`'), `'$x \`y\`'`);
  assert.equal(powerShellQuote('‘a’'), `'‘‘a’’'`);
  assert.equal(powerShellQuote('a\nb'), `'a\nb'`);
});

test('POSIX shell: single quotes; a quote closes, is escaped and reopens', () => {
  assert.equal(shellQuote(`it's`), `'it'\\''s'`);
  assert.equal(shellQuote('$HOME `id`'), `'$HOME \`id\`'`);
});

test('sh reads each hostile string back exactly as it was', { skip: spawnSync('sh', ['-c', 'true']).status !== 0 && 'no sh' }, () => {
  for (const s of HOSTILE) {
    const out = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(s)}`]).toString('utf8');
    assert.equal(out, s, JSON.stringify(s));
  }
});

test('PowerShell reads each hostile string back exactly as it was (where pwsh is installed)', { skip: spawnSync('pwsh', ['-v']).status !== 0 && 'pwsh is not installed' }, () => {
  for (const s of HOSTILE) {
    const out = execFileSync('pwsh', ['-NoProfile', '-Command', `[Console]::Out.Write(${powerShellQuote(s)})`]).toString('utf8');
    assert.equal(out, s, JSON.stringify(s));
  }
});

test('Copy as PowerShell: Invoke-MgGraphRequest with method, absolute URI, headers, content type and body; no token', () => {
  const body = `{\n  "name": "O'Brien's $group \`x\`",\n  "region": "eur"\n}`;
  const text = toPowerShell({
    method: 'post', url: '/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups',
    headers: { Authorization: `Bearer ${JWT}`, 'Content-Type': 'application/json', ConsistencyLevel: 'eventual', Host: 'x', 'Content-Length': '9' },
    body,
  });
  assert.equal(text, `Invoke-MgGraphRequest -Method POST -Uri '${GROUPS}' -Headers @{ 'ConsistencyLevel' = 'eventual' } -ContentType 'application/json' -Body '{\n  "name": "O''Brien''s $group \`x\`",\n  "region": "eur"\n}'`);
  assert.doesNotMatch(text, /eyJ|Authorization|Bearer/);
});

test('Copy as Azure CLI: az rest with method, absolute URL, headers as JSON and body; no token', () => {
  const text = toAzureCli({
    method: 'PATCH', url: `${GROUPS}/1?$select=name`, headers: { authorization: `Bearer ${JWT}`, 'content-type': 'application/json', Prefer: 'a=b; c' },
    body: `{"name":"it's $HOME"}`,
  });
  assert.equal(text, `az rest --method patch --url '${GROUPS}/1?$select=name' --headers '{"Content-Type":"application/json","Prefer":"a=b; c"}' --body '{"name":"it'\\''s $HOME"}'`);
  assert.doesNotMatch(text, /eyJ|Bearer/);
});

test('$filter with quotes and non-ASCII survives both exports; a GET has no body', () => {
  const url = `${GROUPS}?$filter=name eq 'Zürich''s'`;
  const ps = toPowerShell({ method: 'GET', url, headers: {} });
  const az = toAzureCli({ method: 'GET', url, headers: {} });
  assert.ok(ps.includes(`-Uri '${GROUPS}?$filter=name eq ''Zürich''''s'''`), ps);
  assert.ok(az.includes(`--url '${GROUPS}?$filter=name eq '\\''Zürich'\\'''\\''s'\\'''`), az);
  assert.doesNotMatch(ps + az, /-Body|--body|--headers|-Headers/);
});

test('sh passes the exported body and URL to az exactly: run through a stand-in az', { skip: spawnSync('sh', ['-c', 'true']).status !== 0 && 'no sh' }, () => {
  const body = `{"name":"${HOSTILE.join(' | ').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"}`;
  const url = `${GROUPS}?$filter=name eq 'a''b'`;
  const command = toAzureCli({ method: 'POST', url, headers: { 'Content-Type': 'application/json' }, body });
  // A shell function named az prints its arguments, one per NUL, as the real az would receive them.
  const out = execFileSync('sh', ['-c', `az() { printf '%s\\0' "$@"; }\n${command}`]).toString('utf8').split('\0');
  assert.deepEqual(out.slice(0, -1), ['rest', '--method', 'post', '--url', url, '--headers', '{"Content-Type":"application/json"}', '--body', body]);
  assert.deepEqual(JSON.parse(out[8]), JSON.parse(body));
});

test('a token anywhere else (a header, the URL, the body) is redacted; Cookie and Proxy-Authorization are left out', () => {
  const req = { method: 'POST', url: `${GROUPS}?access_token=${JWT}`, headers: { 'X-Token': JWT, Cookie: `s=${JWT}`, 'Proxy-Authorization': 'Basic dTpw' }, body: `{"t":"${JWT}"}` };
  for (const text of [toPowerShell(req), toAzureCli(req)]) {
    assert.doesNotMatch(text, /eyJ|Cookie|Proxy-Authorization|dTpw/, text);
  }
});

test('national clouds: a path-only URL goes to that cloud\'s Graph host; a binary body is named, not included', () => {
  assert.match(toAzureCli({ method: 'GET', url: 'v1.0/external/connections', headers: {} }, 'https://graph.microsoft.us'), /--url 'https:\/\/graph\.microsoft\.us\/v1\.0\/external\/connections'/);
  assert.match(toPowerShell({ method: 'PUT', url: '/beta/x', headers: {}, body: new Uint8Array([1, 2]) }, 'https://microsoftgraph.chinacloudapi.cn'), /^# The binary body is not included.*\nInvoke-MgGraphRequest -Method PUT -Uri 'https:\/\/microsoftgraph\.chinacloudapi\.cn\/beta\/x'$/);
  assert.match(toAzureCli({ method: 'POST', url: '/beta/x', headers: {}, body: '@file' }), /^# az rest reads a --body starting with @/);
});

test('a URL written without a scheme gets https://', () => {
  assert.match(toAzureCli({ method: 'GET', url: 'graph.microsoft.com/beta/x', headers: {} }), /--url 'https:\/\/graph\.microsoft\.com\/beta\/x'$/);
});
