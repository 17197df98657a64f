import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand, CliIo } from '../io';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../io';
import { parseHttpFile, findRequestAtLine } from '../../core/http/parser';
import type { HttpFile, HttpRequest } from '../../core/http/types';
import { createNodeSystemVariableProvider } from '../../core/http/nodeSystemVariables';
import { parseSendArgs, type SendArgs } from './sendArgs';
import { runRequests } from '../../core/send/runRequests';
import { formatOutcomeJson, formatOutcomeText } from '../../core/send/formatOutcome';
import { createGraphClient } from '../../core/send/graphClient';
import { describeError } from '../../core/send/describeError';
import { redactSecrets } from '../../core/net/redact';
import { openSendTarget, type SendTarget } from './sendTarget';
import { buildRequest } from '../../core/http/buildRequest';
import { bodyLines, fileReference } from '../../core/http/bodyLines';
import type { SystemVariableProvider } from '../../core/http/systemVariables';
import { DotenvRefusedError } from '../../core/http/dotenvFile';
import { KnownSecrets, recordingTokenSource, secretGuardTransport } from '../../core/send/knownSecrets';
import { ALLOW_ENV_VARIABLE, allowedEnvNames, allowListedProcessEnv, EnvRefusedError } from './envAccess';
import { redactingIo } from './redactingIo';
import { CREDENTIAL_ENV_VARIABLES } from '../../core/auth/tokenSourceFromEnvironment';
import { LocalFileRefusedError } from '../../core/http/dotenvFile';
import { CookieJar } from '../../core/send/cookieJar';
import { askOnTerminal } from './terminalPrompt';
import { bodyFileReader, cliAadTokens, cliQuestions, dotenvPathFor, localRoots } from './sendDeps';

const USAGE = `Usage: graph-connector-groups send FILE [--line N | --name NAME | --all] [--sandbox | --graph-endpoint URL] [--json] [--var NAME=VALUE] [--allow-env NAME]

Sends requests from a .http file and prints the responses.

Which requests:
  --line N              the request on (or around) line N (1-based, as in the editor)
  --name NAME           the request marked '# @name NAME'
  --all                 every request, in order; named responses feed later requests
                        ({{created.response.body.$.id}})
  (none)                the file's only request; a file with several requests is a usage error (exit 2)

Variables:
  --var NAME=VALUE      a value for {{NAME}} (repeatable); '@NAME = ...' in the file wins, as in REST Client
  --yes                 confirm every request marked '# @note' (without it, such a request is asked
                        about on a terminal and not sent otherwise); '# @prompt NAME' takes --var NAME=...
  --wait-operations     after a 202 Accepted whose Location names an operation (schema registration),
                        poll it every second until it is completed or failed, then send the next request
  --allow-env NAME      let {{$processEnv NAME}} read the environment variable NAME (repeatable; also
                        ${ALLOW_ENV_VARIABLE}=NAME1,NAME2). Any other name is a usage error (exit 2) before
                        the first request is sent (a name only a response supplies, via '%', before its
                        request); GRAPH_ACCESS_TOKEN and AZURE_CLIENT_SECRET can never be read.
  {{$dotenv X}} reads the .env file next to the .http file (or the nearest one above it, up to the
  current directory), only if it is a regular file (after symlinks) inside that folder or the current
  directory, and at most 1 MB; otherwise exit 2. '< ./file' and '<@ ./file' bodies are read under the
  same rules (relative to the .http file, else the current directory; at most 50 MB).
  {{$aadToken ...}} / {{$aadV2Token ...}} come from the sign-in below, and go only to their audience.

Where to:
  (default)             the cloud's Graph host (--cloud Global|USGovL4|USGovL5|China, --tenant ID)
  --sandbox             start the built-in sandbox tenant in-process and sign in to it as its seeded
                        user (real MSAL device code flow, approved by the sandbox; env tokens are ignored)
  --graph-endpoint URL  send Graph URLs (https://graph.microsoft.com/..., /beta/...) to URL instead

Sign-in (the token only ever goes to the Graph endpoint's origin, and is never printed):
  1. GRAPH_ACCESS_TOKEN, if set
  2. client credentials from AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET
  3. otherwise a device code sign-in (the prompt goes to stderr)
  A request to any other origin whose URL, headers or body hold one of these secrets, or a token
  the sign-in returned, is refused (exit 1, nothing sent); no output ever shows their values.

Output: status line, request-id/content-type/location headers and the pretty JSON body;
  --json prints one JSON object per request per line: {name, method, url, status, headers, body, durationMs}.
  --verbose adds progress (sign-in, throttling retries) on stderr.
Exit codes: 0 every request got a response (any HTTP status), 1 a request could not be sent
  (unresolved variables, network, sign-in, a secret bound for another origin), 2 usage error (bad
  flags, missing or unreadable file, a refused {{$processEnv}} name or .env file).
`;

export const sendCommand: CliCommand = {
  name: 'send',
  summary: 'Send requests from a .http file (to Graph, a proxy or the sandbox) and print the responses',
  usage: USAGE,
  async run(argv, rawIo) {
    // Every byte printed passes a redactor that knows the exact secret values (bodies included). The
    // credential variables' values are known secrets even when this run signs in another way.
    const secrets = new KnownSecrets(CREDENTIAL_ENV_VARIABLES.map(name => rawIo.env[name]));
    const io = redactingIo(rawIo, secrets);
    const parsed = parseSendArgs(argv);
    if (!parsed.ok) { io.stderr.write(`send: ${parsed.message}\n\n${USAGE}`); return EXIT_USAGE; }
    const args = parsed.args;
    const allowed = allowedEnvNames(args.allowEnv, io.env);
    if (!allowed.ok) { io.stderr.write(`send: ${allowed.message}\n`); return EXIT_USAGE; }
    const path = resolve(io.cwd, args.file);
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch (err) {
      io.stderr.write(`send: cannot read ${args.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return EXIT_USAGE;
    }
    const file = parseHttpFile(text);
    const picked = pickRequests(file, args);
    if (!picked.ok) { io.stderr.write(`send: ${picked.message}\n`); return EXIT_USAGE; }
    const system: SystemVariableProvider = {
      ...createNodeSystemVariableProvider({ dotenvPath: dotenvPathFor(path, io.cwd), dotenvRoots: localRoots(path, io.cwd), env: io.env }),
      processEnv: allowListedProcessEnv(io.env, allowed.names),
    };
    let refusal: Error | undefined;
    try { refusal = mayBeRefused(text, picked.requests, args) ? firstRefusal(file, picked.requests, args, system, bodyFileReader(path, io.cwd)) : undefined; } catch (err) {
      io.stderr.write(`send: ${describeError(err).message}\n`); // through the redacting stream, like everything else
      return EXIT_FAILURE;
    }
    if (refusal) { io.stderr.write(`send: ${refusal.message} Nothing was sent.\n`); return EXIT_USAGE; }

    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let target: SendTarget | undefined;
    try {
      const opened = await openSendTarget(args, io, abort.signal);
      if (!opened.ok) { io.stderr.write(`send: ${opened.message}\n`); return opened.exitCode; }
      target = opened.target;
      target.secrets.forEach(s => secrets.add(s));
      return await sendAll(file, picked.requests, args, system, target, secrets, io, abort.signal, path);
    } catch (err) {
      // A name only a response could supply (`%` indirection) is checked when its request is resolved.
      if (isRefusal(err)) { io.stderr.write(`send: ${err.message} The request was not sent.\n`); return EXIT_USAGE; }
      const d = describeError(err);
      io.stderr.write(`send: ${d.message}${d.hint ? `\n${d.hint}` : ''}\n`);
      return EXIT_FAILURE;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      await target?.close();
    }
  },
};

function isRefusal(err: unknown): err is Error {
  return err instanceof EnvRefusedError || err instanceof DotenvRefusedError || err instanceof LocalFileRefusedError;
}

/**
 * Only `{{$processEnv}}`, `{{$dotenv}}` and body files (`< ./file`) read the machine, so only they can be refused (and
 * buildRequest throws nothing else): a run whose file and --var values name neither, and whose bodies read no file,
 * needs no dry run.
 */
function mayBeRefused(text: string, requests: HttpRequest[], args: SendArgs): boolean {
  const readsMachine = (s: string) => s.includes('$processEnv') || s.includes('$dotenv');
  // A body line buildRequest reads a file for: fileReference, as buildBody asks it of each line.
  const readsFile = (r: HttpRequest) => !r.curl && r.body !== undefined && bodyLines(r.body.text).some(line => fileReference(line.trim()));
  return readsMachine(text) || Object.values(args.vars).some(readsMachine) || requests.some(readsFile);
}

/** Resolves every picked request once, dry: a refused `{{$processEnv}}` name or `.env` is found before the first request goes out, not halfway through --all. */
function firstRefusal(file: HttpFile, requests: HttpRequest[], args: SendArgs, system: SystemVariableProvider, readBodyFile: (path: string) => Buffer): Error | undefined {
  try {
    for (const r of requests) buildRequest(file, r, { environment: args.vars, system, readBodyFile });
  } catch (err) {
    if (isRefusal(err)) return err;
    throw err;
  }
  return undefined;
}

async function sendAll(
  file: HttpFile, requests: HttpRequest[], args: SendArgs, system: SystemVariableProvider, target: SendTarget, secrets: KnownSecrets, io: CliIo, signal: AbortSignal, path: string,
): Promise<number> {
  const client = createGraphClient({
    transport: secretGuardTransport(target.transport, target.graphEndpoint, secrets),
    tokenSource: recordingTokenSource(target.tokenSource, secrets), graphEndpoint: target.graphEndpoint,
    cloudGraphHost: target.cloudGraphHost, appOnly: target.appOnly,
  });
  const progress = (m: string) => { if (args.verbose || !args.json) io.stderr.write(`${redactSecrets(m)}\n`); };
  const outcomes = await runRequests(file, requests, {
    context: { environment: args.vars, system, readBodyFile: bodyFileReader(path, io.cwd) },
    send: (request, options) => client.send(request, { signal, onProgress: progress, followRedirects: options.followRedirects, cookies: options.cookies }),
    aadTokens: cliAadTokens(target, args, io, secrets), signal, cookies: new CookieJar(),
    questions: cliQuestions(args, io, askOnTerminal(io)),
    ...(args.waitOperations ? { waitForOperations: { intervalMs: 1000, timeoutMs: 30 * 60_000 } } : {}),
    ...(io.outputClosed ? { stop: io.outputClosed } : {}),
    onOutcome: o => {
      if (io.outputClosed?.aborted) return;
      io.stdout.write(args.json ? formatOutcomeJson(o) : formatOutcomeText(o));
      if (o.kind === 'unresolved') io.stderr.write(`send: ${o.name ?? `line ${o.line}`} was not sent: unresolved ${o.unresolved.map(u => `{{${u}}}`).join(', ')}${o.error.hint ? `\nHint: ${o.error.hint}` : ''}\n`);
      if (o.kind === 'failed' || o.kind === 'declined') io.stderr.write(`send: ${o.name ?? `line ${o.line}`} was not sent: ${o.error.message}${o.error.hint ? `\n${o.error.hint}` : ''}\n`);
    },
  });
  if (io.outputClosed?.aborted && outcomes.length < requests.length) {
    // The reader of the output has gone (`| head`): what it was for is over, as a pipe's SIGPIPE would end a Unix tool,
    // but said on stderr, since the requests not sent may be changes the run was meant to make.
    io.stderr.write(`send: the output was closed: ${requests.length - outcomes.length} of ${requests.length} requests were not sent.\n`);
    return EXIT_FAILURE;
  }
  return outcomes.every(o => o.kind === 'sent') ? EXIT_OK : EXIT_FAILURE;
}

type Picked = { ok: true; requests: HttpRequest[] } | { ok: false; message: string };

function pickRequests(file: HttpFile, args: SendArgs): Picked {
  const all = file.requests;
  if (all.length === 0) return { ok: false, message: `${args.file} has no requests.` };
  const list = () => all.map(r => `  line ${r.requestLine + 1}: ${r.name ? `${r.name} ` : ''}${r.method} ${r.url}`).join('\n');
  switch (args.select.kind) {
    case 'all': return { ok: true, requests: all };
    case 'line': {
      const r = findRequestAtLine(file, args.select.line - 1);
      return r ? { ok: true, requests: [r] } : { ok: false, message: `No request at line ${args.select.line}. Requests:\n${list()}` };
    }
    case 'name': {
      const wanted = args.select.name;
      const r = all.find(x => x.name === wanted);
      return r ? { ok: true, requests: [r] } : { ok: false, message: `No request named ${wanted}. Requests:\n${list()}` };
    }
    default:
      if (all.length === 1) return { ok: true, requests: all };
      return { ok: false, message: `${args.file} has ${all.length} requests: choose one with --line N or --name NAME, or send them all with --all.\n${list()}` };
  }
}
