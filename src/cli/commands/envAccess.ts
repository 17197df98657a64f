import { CREDENTIAL_ENV_VARIABLES } from '../../core/auth/tokenSourceFromEnvironment';

/** The environment variable CI sets to allow names for `{{$processEnv}}`, comma-separated (like `--allow-env`). */
export const ALLOW_ENV_VARIABLE = 'GCG_ALLOW_ENV';

/** A `{{$processEnv NAME}}` the user did not allow, or one naming the CLI's own credentials. */
export class EnvRefusedError extends Error {
  override readonly name = 'EnvRefusedError';
}

const isCredential = (name: string) => CREDENTIAL_ENV_VARIABLES.some(c => c.toUpperCase() === name.toUpperCase());

function credentialMessage(name: string): string {
  return `${name} holds the CLI's own credential: {{$processEnv ${name}}} can never be resolved, whatever --allow-env or ${ALLOW_ENV_VARIABLE} say.`;
}

export type AllowedEnv = { ok: true; names: Set<string> } | { ok: false; message: string };

/** The names `--allow-env` and GCG_ALLOW_ENV allow; allowing a credential variable is a usage error. */
export function allowedEnvNames(flagNames: string[], env: Record<string, string | undefined>): AllowedEnv {
  const names = [...flagNames, ...(env[ALLOW_ENV_VARIABLE] ?? '').split(',')].map(n => n.trim()).filter(Boolean);
  const credential = names.find(isCredential);
  if (credential) return { ok: false, message: credentialMessage(credential) };
  return { ok: true, names: new Set(names) };
}

/**
 * `{{$processEnv NAME}}` for `send`: a `.http` file may come from a pull request, so it reads only the
 * names the user allowed, and never the credentials the CLI signs in with. Anything else throws.
 */
export function allowListedProcessEnv(env: Record<string, string | undefined>, allowed: Set<string>): (name: string) => string | undefined {
  return name => {
    if (isCredential(name)) throw new EnvRefusedError(credentialMessage(name));
    if (!allowed.has(name)) {
      throw new EnvRefusedError(`{{$processEnv ${name}}}: the environment variable ${name} is not allowed. Allow it with --allow-env ${name} or ${ALLOW_ENV_VARIABLE}=${name} (comma-separated for several).`);
    }
    // An allowed name that is not set resolves to '' (REST Client's {{$processEnv UNSET}}).
    return Object.prototype.hasOwnProperty.call(env, name) ? env[name] ?? '' : '';
  };
}
