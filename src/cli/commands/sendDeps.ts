import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { CliIo } from '../io';
import type { SendArgs } from './sendArgs';
import type { SendTarget } from './sendTarget';
import { findDotenvPath, LocalFileRefusedError } from '../../core/http/dotenvFile';
import { bodyFileCandidates, findBodyFile } from '../../core/http/bodyFileReader';
import type { BeforeSendQuestions } from '../../core/send/askBeforeSend';
import { AadTokenVariables } from '../../core/send/aadTokens';
import type { KnownSecrets } from '../../core/send/knownSecrets';

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
 * reads them relative to the file or the workspace; under the core's rules (findBodyFile). A missing or refused
 * file throws: not sent.
 */
export function bodyFileReader(httpPath: string, cwd: string): (path: string) => Buffer {
  const folders = { dir: dirname(httpPath), workspace: cwd };
  return path => {
    const found = findBodyFile(path, folders);
    if (!found) throw new LocalFileRefusedError(`The body file ${path} does not exist (looked in ${[...new Set(bodyFileCandidates(path, folders).map(dirname))].join(' and ')}).`);
    return found.bytes;
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
 * The CLI's question UI for askBeforeSend: `# @note` asks on a terminal, `--yes` confirms, and otherwise the request
 * is not sent. `# @prompt name` takes `--var name=...`, or asks on a terminal.
 */
export function cliQuestions(args: SendArgs, io: CliIo, ask: (question: string) => Promise<string | undefined>): BeforeSendQuestions {
  return {
    async confirm(note, request) {
      if (args.yes) return true;
      const label = request.name ?? 'this request';
      const answer = await ask(`${label}: ${note || 'confirm sending this request'} — send it? [y/N] `);
      if (answer && /^y(es)?$/i.test(answer.trim())) return true;
      io.stderr.write(`send: ${label} is marked # @note; it is sent only when confirmed (answer y on a terminal, or pass --yes).\n`);
      return false;
    },
    async value(prompt, request) {
      if (Object.prototype.hasOwnProperty.call(args.vars, prompt.name)) return args.vars[prompt.name];
      const answer = await ask(`${prompt.description ?? prompt.name}: `);
      if (answer === undefined) io.stderr.write(`send: ${request.name ?? 'this request'} prompts for {{${prompt.name}}}: pass --var ${prompt.name}=VALUE (no terminal to ask on).\n`);
      return answer;
    },
  };
}
