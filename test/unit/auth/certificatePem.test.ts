import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { readCertificatePem } from '../../../src/core/auth/certificatePem';

// A throwaway self-signed test certificate; its thumbprint as `openssl x509 -noout -fingerprint -sha256` prints it.
const PEM = readFileSync(join(process.cwd(), 'test/unit/auth/fixtures/test-app-certificate.pem'), 'utf8');
const THUMBPRINT = '73141191dfc260398e2b58aec5c9f955a42baa8e671b67498a465a487ac13665';

test('a key + certificate PEM gives the certificate SHA-256 thumbprint, the key and the certificate', () => {
  const c = readCertificatePem(PEM);
  assert.ok(!('error' in c));
  assert.equal(c.thumbprintSha256, THUMBPRINT);
  assert.match(c.privateKey, /^-----BEGIN PRIVATE KEY-----/);
  assert.match(c.x5c, /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----$/);
});

test('missing parts, a foreign key, an encrypted key and garbage are clear errors that never echo the key', () => {
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(PEM)![0];
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(PEM)![0];
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cases: [string, RegExp][] = [
    [cert, /no private key/],
    [key, /no certificate/],
    [other + cert, /does not belong/],
    ['-----BEGIN ENCRYPTED PRIVATE KEY-----\nabc\n-----END ENCRYPTED PRIVATE KEY-----\n' + cert, /encrypted/],
    ['-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n' + cert, /could not be read/],
  ];
  for (const [pem, message] of cases) {
    const r = readCertificatePem(pem);
    assert.ok('error' in r, `expected an error for ${message}`);
    assert.match(r.error, message);
    assert.ok(!r.error.includes('MII'), 'the message must not include key material');
  }
});

test('an X.509 certificate registered with the sandbox signs in through real MSAL with the PEM read here', async () => {
  const { startSandbox } = await import('../../../src/sandbox/server');
  const { MsalTokenSource } = await import('../../../src/core/auth/msalTokenSource');
  const { InMemorySecretStore } = await import('../../../src/core/auth/secretStore');
  const sandbox = await startSandbox({ port: 0 });
  try {
    assert.equal(sandbox.addClientCertificate(PEM).thumbprintSha256, THUMBPRINT, 'the sandbox identifies certificates as Entra does');
    const credential = readCertificatePem(PEM);
    assert.ok(!('error' in credential));
    const source = new MsalTokenSource({ clientId: sandbox.clientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: new InMemorySecretStore() },
      { kind: 'clientCertificate', ...credential });
    assert.ok((await source.getToken(['https://graph.microsoft.com/.default'])).accessToken);
  } finally { await sandbox.close(); }
});
