import { timingSafeEqual } from 'node:crypto';
import { GRAPH_CLI_TOOLS_CLIENT_ID, type SandboxContext } from '../context';
import { AadError } from './aadError';
import { verifyClientAssertion } from './clientAssertion';

export type ClientKind = 'public' | 'confidential';

/** Which registered application a client_id names; unknown ids fail as Entra fails them (AADSTS700016). */
export function clientKind(ctx: SandboxContext, clientId: string | null): ClientKind {
  const seed = ctx.state.seed;
  if (clientId && clientId === seed.confidentialApp.clientId) return 'confidential';
  if (clientId && (clientId === GRAPH_CLI_TOOLS_CLIENT_ID || seed.publicClientIds.includes(clientId))) return 'public';
  throw new AadError(400, 'unauthorized_client', 700016,
    `Application with identifier '${clientId ?? ''}' was not found in the directory '${ctx.state.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A confidential client must prove itself on every token request; a public client has nothing to prove. */
export function authenticateClient(ctx: SandboxContext, form: URLSearchParams): { clientId: string; kind: ClientKind } {
  const clientId = form.get('client_id');
  const kind = clientKind(ctx, clientId);
  if (kind === 'confidential' && form.has('client_assertion')) {
    verifyClientAssertion(ctx, clientId as string, form);
  } else if (kind === 'confidential') {
    const secret = form.get('client_secret');
    if (secret === null) {
      throw new AadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
    }
    if (!sameSecret(secret, ctx.state.seed.confidentialApp.clientSecret)) {
      throw new AadError(401, 'invalid_client', 7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`);
    }
  }
  return { clientId: clientId as string, kind };
}
