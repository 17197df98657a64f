import { randomBytes, randomInt } from 'node:crypto';
import type { DeviceCodeEntry, SandboxContext } from '../context';
import { escapeHtml } from '../http';
import { AadError } from './aadError';
import { clientKind } from './clients';
import { parseScopes } from './parseScopes';

const DEVICE_CODE_LIFETIME_SEC = 900;
/** Entra says 5 s; one second keeps sign-in snappy while still exercising MSAL's polling loop. */
const POLL_INTERVAL_SEC = 1;
const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newUserCode(): string {
  let code = '';
  for (let i = 0; i < 9; i++) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return code;
}

export function deviceAuthUrl(ctx: SandboxContext): string {
  return `${ctx.baseUrl}/${ctx.state.tenantId}/oauth2/v2.0/deviceauth`;
}

/** POST /{tenant}/oauth2/v2.0/devicecode */
export function handleDeviceCodeRequest(ctx: SandboxContext, form: URLSearchParams): Record<string, unknown> {
  const clientId = form.get('client_id');
  clientKind(ctx, clientId);
  parseScopes(form.get('scope'), ctx.state.seed.apis); // reject bad scopes now, not at the end of the user's sign-in
  const now = Date.now();
  const entry: DeviceCodeEntry = {
    deviceCode: randomBytes(32).toString('base64url'), userCode: newUserCode(), clientId: clientId as string,
    scopes: (form.get('scope') ?? '').split(' ').filter(Boolean), issuedAtMs: now, expiresAtMs: now + DEVICE_CODE_LIFETIME_SEC * 1000,
    approved: false,
  };
  ctx.deviceCodes.set(entry.deviceCode, entry);
  const verificationUri = deviceAuthUrl(ctx);
  return {
    user_code: entry.userCode, device_code: entry.deviceCode, verification_uri: verificationUri,
    expires_in: DEVICE_CODE_LIFETIME_SEC, interval: POLL_INTERVAL_SEC,
    message: `To sign in to the sandbox tenant, open ${verificationUri} and enter the code ${entry.userCode} to authenticate.`,
  };
}

/** Device-code timing uses the wall clock, not the injectable one: a test that freezes token time must still be able to sign in. */
function isApproved(ctx: SandboxContext, entry: DeviceCodeEntry): boolean {
  return entry.approved || (ctx.deviceCodeApproval === 'auto' && Date.now() - entry.issuedAtMs >= ctx.autoApproveDelayMs);
}

export function redeemDeviceCode(ctx: SandboxContext, deviceCode: string, clientId: string): DeviceCodeEntry {
  const entry = ctx.deviceCodes.get(deviceCode);
  if (!entry || entry.clientId !== clientId) {
    throw new AadError(400, 'invalid_grant', 70019, 'Verification code expired.');
  }
  if (entry.expiresAtMs < Date.now()) {
    ctx.deviceCodes.delete(deviceCode);
    throw new AadError(400, 'expired_token', 70020, 'The provided value for the input parameter \'device_code\' is not valid. The code has expired.');
  }
  if (!isApproved(ctx, entry)) {
    throw new AadError(400, 'authorization_pending', 70016, 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
  }
  ctx.deviceCodes.delete(deviceCode);
  ctx.consentRevoked.delegated = false; // the user just signed in and consented again
  return entry;
}

export function approveDeviceCode(ctx: SandboxContext, userCode: string): boolean {
  const wanted = userCode.trim().toUpperCase();
  for (const entry of ctx.deviceCodes.values()) {
    if (entry.userCode === wanted && entry.expiresAtMs >= Date.now()) {
      entry.approved = true;
      return true;
    }
  }
  return false;
}

/** The tiny page behind verification_uri: type the code, press the button, done. */
export function deviceAuthPage(ctx: SandboxContext, message?: string): string {
  const user = ctx.state.seed.user;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Sandbox sign-in</title></head><body>
<h1>Sandbox tenant sign-in</h1>
<p>You will be signed in as <b>${escapeHtml(user.displayName)}</b> (${escapeHtml(user.userPrincipalName)}).</p>
${message ? `<p><b>${escapeHtml(message)}</b></p>` : ''}
<form method="post"><label>Code <input name="user_code" autofocus autocomplete="off"></label> <button type="submit">Sign in</button></form>
</body></html>`;
}
