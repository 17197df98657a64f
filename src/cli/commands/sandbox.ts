import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand } from '../io';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../io';
import type { Sandbox, SandboxSeed } from '../../sandbox/server';

const USAGE = `Usage: graph-connector-groups sandbox [--port N] [--seed FILE]

Runs the sandbox tenant (an emulated Microsoft Graph + sign-in endpoints on 127.0.0.1) until Ctrl+C.

  --port N      listen on port N (default: a free port)
  --seed FILE   start from this JSON seed instead of the built-in tenant

It prints its Graph endpoint, the MSAL authority, the seeded app for client credentials and an example
'send' line. The seeded secret only works against the sandbox.
`;

type Parsed = { ok: true; port?: number; seedPath?: string } | { ok: false; message: string };

function parseArgs(argv: string[]): Parsed {
  let port: number | undefined, seedPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = inline ?? argv[++i];
    if (flag === '--port') {
      const n = Number(value);
      if (!value || !Number.isInteger(n) || n < 0 || n > 65535) return { ok: false, message: `--port needs a port number 0-65535, got ${value ?? 'nothing'}.` };
      port = n;
    } else if (flag === '--seed') {
      if (!value) return { ok: false, message: '--seed needs a JSON file.' };
      seedPath = value;
    } else {
      return { ok: false, message: `Unknown argument ${arg}.` };
    }
  }
  return { ok: true, port, seedPath };
}

function describe(s: Sandbox): string {
  return `Sandbox tenant running.
  Graph endpoint:  ${s.graphEndpoint}  (e.g. ${s.graphEndpoint}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups)
  Authority:       ${s.authority}  (give MSAL the sandbox's authority options; it is never contacted over https)
  Tenant id:       ${s.tenantId}
  Client credentials app:  client id ${s.clientId}, secret ${s.clientSecret}
  Public client (device code / browser):  ${s.publicClientId}, user ${s.userPrincipalName}

Send to it with an app token from its token endpoint (or use 'send --sandbox' for a private in-process tenant):
  export GRAPH_ACCESS_TOKEN=$(curl -s ${s.graphEndpoint}/${s.tenantId}/oauth2/v2.0/token -d grant_type=client_credentials \\
    -d client_id=${s.clientId} -d client_secret=${s.clientSecret} -d scope=https://graph.microsoft.com/.default | jq -r .access_token)
  graph-connector-groups send requests.http --all --graph-endpoint ${s.graphEndpoint}

Press Ctrl+C to stop.
`;
}

export const sandboxCommand: CliCommand = {
  name: 'sandbox',
  summary: 'Run the sandbox tenant (emulated Graph + sign-in) on 127.0.0.1 until Ctrl+C',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseArgs(argv);
    if (!parsed.ok) { io.stderr.write(`sandbox: ${parsed.message}\n\n${USAGE}`); return EXIT_USAGE; }
    let seed: SandboxSeed | undefined;
    if (parsed.seedPath) {
      try { seed = JSON.parse(readFileSync(resolve(io.cwd, parsed.seedPath), 'utf8')) as SandboxSeed; } catch (err) {
        io.stderr.write(`sandbox: cannot use ${parsed.seedPath} as a seed: ${(err as Error).message}\n`);
        return EXIT_USAGE;
      }
    }
    // The sandbox is a file of its own (scripts/bundle.mjs, LAZY_PARTS): the other commands never compile it.
    const { startSandbox } = await import('../../sandbox/server');
    let sandbox: Sandbox;
    try { sandbox = await startSandbox({ port: parsed.port, seed }); } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      io.stderr.write(`sandbox: could not start: ${code === 'EADDRINUSE' ? `port ${parsed.port} is in use` : (err as Error).message}\n`);
      return EXIT_FAILURE;
    }
    io.stdout.write(describe(sandbox));
    await new Promise<void>(done => {
      const stop = () => { process.removeListener('SIGINT', stop); process.removeListener('SIGTERM', stop); done(); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await sandbox.close();
    io.stderr.write('Sandbox stopped.\n');
    return EXIT_OK;
  },
};
