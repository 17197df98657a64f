import { generateKeyPairSync, randomUUID, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';

/** An RS256 signing key made at start-up: tokens from one sandbox run are worthless to any other run. */
export interface SigningKey { kid: string; privateKey: KeyObject; publicKey: KeyObject }

export type JwtClaims = Record<string, unknown>;

export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomUUID(), privateKey, publicKey };
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export function signJwt(key: SigningKey, claims: JwtClaims): string {
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: key.kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key.privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}

/** An unsigned JWT, like the id_tokens MSAL only decodes (it never checks their signature). */
export function encodeUnverifiedClaims(claims: JwtClaims): string {
  return `${b64url(JSON.stringify({ typ: 'JWT', alg: 'none' }))}.${b64url(JSON.stringify(claims))}.`;
}

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; reason: 'malformed' | 'signature' };

/** Checks shape, algorithm, key id and signature. Expiry and audience are the caller's rules. */
export function verifyJwt(key: SigningKey, token: string): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  let header: { alg?: unknown; kid?: unknown };
  let claims: JwtClaims;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return { ok: false, reason: 'malformed' };
  if (header.alg !== 'RS256' || header.kid !== key.kid) return { ok: false, reason: 'signature' };
  const good = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), key.publicKey, Buffer.from(parts[2], 'base64url'));
  return good ? { ok: true, claims } : { ok: false, reason: 'signature' };
}

export function publicJwk(key: SigningKey): JsonWebKey & { kid: string; use: string; alg: string } {
  const jwk = key.publicKey.export({ format: 'jwk' });
  return { ...jwk, kid: key.kid, use: 'sig', alg: 'RS256' };
}
