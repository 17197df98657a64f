import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { CliIo } from '../io';
import type { SendArgs } from './sendArgs';
import type { SendTarget } from './sendTarget';
import { readLocalFile, findDotenvPath, LocalFileRefusedError } from '../../core/http/dotenvFile';
import type { RequestSettings } from '../../core/http/types';
import { AadTokenVariables } from '../../core/send/aadTokens';
import type { KnownSecrets } from '../../core/send/knownSecrets';

/** A request body file bigger than this is refused: the CLI holds a body in memory. */
export const BODY_FILE_MAX_BYTES = 50 * 1024 * 1024;

/** Where the CLI looks for things a `.http` file names: its own folder, and the current directory (the workspace). */
export function localRoots(httpPath: string, cwd: string): string[] {
  return [...new Set([dirname(httpPath), cwd])];
}

/** The `.env` for `{{$dotenv}}`: next to the file or in a folder above it, up to the current directory. */
export function dotenvPathFor(httpPath: string, cwd: string): string {
  const dir = dirname(httpPath);
  return findDotenvPath(dir, insideOrSelf(dir, cwd) ? cwd : dir) ?? resolve(dir, '.env');
}

function insideOrSelf(dir: string, top: string): boolean {
  const rel = relative(top, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * `< ./file` and `<@ ./file`: relative to the `.http` file, else to the current directory, as REST Client
 * reads them relative to the file or the workspace; under the same rules as `.env` (a regular file inside
 * those folders after symlinks, at most BODY_FILE_MAX_BYTES). A missing or refused file throws: not sent.
 */
export function bodyFileReader(httpPath: string, cwd: string): (path: string) => Buffer {
  const roots = localRoots(httpPath, cwd);
  return path => {
    const candidates = isAbsolute(path) ? [path] : [resolve(dirname(httpPath), path), resolve(cwd, path)];
    const found = candidates.find(p => existsSync(p)) ?? candidates[0];
    const bytes = readLocalFile(found, { roots, maxBytes: BODY_FILE_MAX_BYTES, what: 'a request body file' });
    if (!bytes) throw new LocalFileRefusedError(`The body file ${path} does not exist (looked in ${[...new Set(candidates.map(dirname))].join(' and ')}).`);
    return bytes;
  };
}

/** `{{$aadToken}}` / `{{$aadV2Token}}` through the CLI's own sign-in; each token is known as a secret, allowed only to its audience. */
export function cliAadTokens(target: SendTarget, args: SendArgs, io: CliIo, secrets: KnownSecrets): AadTokenVariables {
  const graphOnly = !!io.env.GRAPH_ACCESS_TOKEN?.trim() && args.target.kind !== 'sandbox';
  const tokens = new AadTokenVariables({
    tokenSource: {
      getToken: async (scopes, signal, options) => {
        const token = await target.tokenSource.getToken(scopes, signal, options);
        secrets.add(token.accessToken);
        return token;
      },
    },
    graphHost: target.cloudGraphHost, graphEndpoint: target.graphEndpoint, graphOnly, appOnly: target.appOnly,
    tenant: args.tenant ?? io.env.AZURE_TENANT_ID, clientId: io.env.AZURE_CLIENT_ID, cloud: args.cloud ?? 'Global',
  });
  const prefetch = tokens.prefetch.bind(tokens);
  tokens.prefetch = async (expressions, url, signal) => {
    await prefetch(expressions, url, signal);
    for (const t of tokens.tokens()) secrets.allowAt(t, tokens.allowedOrigins(t));
  };
  return tokens;
}

/**
 * `# @note` asks before sending (REST Client's confirmation): on a terminal the CLI asks, `--yes` confirms,
 * and otherwise the request is not sent. `# @prompt name` takes `--var name=...`, or asks on a terminal.
 */
export function cliBeforeSend(args: SendArgs, io: CliIo, ask: (question: string) => Promise<string | undefined>) {
  return async (settings: RequestSettings, name: string | undefined): Promise<{ send: boolean; prompted?: Record<string, string> }> => {
    const label = name ?? 'this request';
    if (settings.note !== undefined && !args.yes) {
      const answer = await ask(`${label}: ${settings.note || 'confirm sending this request'} — send it? [y/N] `);
      if (!answer || !/^y(es)?$/i.test(answer.trim())) {
        io.stderr.write(`send: ${label} is marked # @note; it is sent only when confirmed (answer y on a terminal, or pass --yes).\n`);
        return { send: false };
      }
    }
    const prompted: Record<string, string> = {};
    for (const p of settings.prompts ?? []) {
      if (Object.prototype.hasOwnProperty.call(args.vars, p.name)) { prompted[p.name] = args.vars[p.name]; continue; }
      const answer = await ask(`${p.description ?? p.name}: `);
      if (answer === undefined) {
        io.stderr.write(`send: ${label} prompts for {{${p.name}}}: pass --var ${p.name}=VALUE (no terminal to ask on).\n`);
        return { send: false };
      }
      prompted[p.name] = answer;
    }
    return { send: true, prompted };
  };
}
