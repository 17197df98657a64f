import { X509Certificate, constants, createHash, createPublicKey, verify } from 'node:crypto';
import type { SandboxContext } from '../context';
import { AadError } from './aadError';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function decodePart(part: string | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch { /* reported below */ }
  throw new AadError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
}

/** MSAL puts the thumbprint in x5t#S256 (PS256) or x5t (RS256, SHA-1), base64url of the hex digest's bytes. */
function thumbprintHexOf(header: Record<string, unknown>): string | undefined {
  const raw = header['x5t#S256'] ?? header.x5t;
  return typeof raw === 'string' ? Buffer.from(raw, 'base64url').toString('hex').toLowerCase() : undefined;
}

function signatureValid(alg: unknown, data: string, signature: Buffer, publicKeyPem: string): boolean {
  const key = createPublicKey(publicKeyPem);
  if (alg === 'RS256') return verify('sha256', Buffer.from(data), key, signature);
  if (alg === 'PS256') {
    return verify('sha256', Buffer.from(data), { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature);
  }
  return false;
}

/**
 * Certificate credentials: the client signs a short-lived JWT (RFC 7523) with the private key of a certificate
 * registered on the app. The sandbox knows certificates by thumbprint and public key (seed `confidentialApp.certificates`).
 */
export function verifyClientAssertion(ctx: SandboxContext, clientId: string, form: URLSearchParams): void {
  if (form.get('client_assertion_type') !== JWT_BEARER) {
    throw new AadError(400, 'invalid_request', 50027, `client_assertion_type must be '${JWT_BEARER}'.`);
  }
  const parts = (form.get('client_assertion') ?? '').split('.');
  if (parts.length !== 3) throw new AadError(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
  const header = decodePart(parts[0]);
  const claims = decodePart(parts[1]);
  const thumbprint = thumbprintHexOf(header);
  const certificate = (ctx.state.seed.confidentialApp.certificates ?? []).find(c =>
    thumbprint !== undefined && [c.thumbprintSha256, c.thumbprint].some(t => t?.toLowerCase() === thumbprint));
  if (!certificate) {
    throw new AadError(401, 'invalid_client', 700027, `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint ?? ''}']`);
  }
  if (!signatureValid(header.alg, `${parts[0]}.${parts[1]}`, Buffer.from(parts[2], 'base64url'), certificate.publicKeyPem)) {
    throw new AadError(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
  }
  if (claims.iss !== clientId || claims.sub !== clientId) {
    throw new AadError(401, 'invalid_client', 700016, 'The client assertion issuer and subject must both be the client id.');
  }
  const expected = `${ctx.baseUrl}/${ctx.state.tenantId}/oauth2/v2.0/token`;
  if (typeof claims.aud !== 'string' || !claims.aud.startsWith(expected)) {
    throw new AadError(401, 'invalid_client', 50012, `Client assertion audience '${String(claims.aud)}' is not the token endpoint ${expected}.`);
  }
  const nowSec = Math.floor(ctx.clock() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp < nowSec) {
    throw new AadError(401, 'invalid_client', 700024, 'Client assertion is not within its valid time range.');
  }
}

/** Registers a public key as a certificate credential; its SHA-256 (of the SPKI DER) stands in for the certificate thumbprint. */
export function registerCertificate(ctx: SandboxContext, publicKeyPem: string): { thumbprintSha256: string } {
  // An X.509 certificate is identified as Entra does it (SHA-256 of the certificate); a bare public key by its SPKI.
  const certificate = /-----BEGIN CERTIFICATE-----/.test(publicKeyPem) ? new X509Certificate(publicKeyPem) : undefined;
  const thumbprintSha256 = certificate
    ? certificate.fingerprint256.replace(/:/g, '').toLowerCase()
    : createHash('sha256').update(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' })).digest('hex');
  if (certificate) publicKeyPem = certificate.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  (ctx.state.seed.confidentialApp.certificates ??= []).push({ thumbprintSha256, publicKeyPem });
  return { thumbprintSha256 };
}
