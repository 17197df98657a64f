import type { CliIo } from '../io';
import { EXIT_USAGE } from '../io';
import type { SendArgs } from './sendArgs';
import type { TokenSource } from '../../core/auth/tokenSource';
import { CLOUDS, getCloud } from '../../core/auth/clouds';
import { InMemorySecretStore } from '../../core/auth/secretStore';
import { lazyMsalTokenSource } from '../../core/auth/lazyMsalTokenSource';
import { tokenSourceFromEnvironment } from '../../core/auth/tokenSourceFromEnvironment';
import { redactingLogger, type Logger } from '../../core/net/logger';
import { createNodeTransport } from '../../core/send/nodeTransport';
import { proxyResolverFromEnvironment } from '../../core/send/proxyAgents';
import type { HttpTransport } from '../../core/net/transport';

/** Where `send` sends and how it signs in, plus what to shut down afterwards. */
export interface SendTarget {
  graphEndpoint: string;
  cloudGraphHost: string;
  tokenSource: TokenSource;
  appOnly: boolean;
  /** Credentials this target holds beyond the environment's (the sandbox app's client secret): never sent elsewhere, never printed. */
  secrets: string[];
  /** Graph requests and sign-in both go through it: HTTPS_PROXY/HTTP_PROXY/NO_PROXY apply to each. */
  transport: HttpTransport;
  close(): Promise<void>;
}

export type OpenedTarget = { ok: true; target: SendTarget } | { ok: false; message: string; exitCode: number };

function stderrLogger(io: CliIo, verbose: boolean): Logger {
  const write = (m: string) => io.stderr.write(`${m}\n`);
  // MSAL warns about harmless things (e.g. "No client info in response"); only --verbose shows them.
  const ifVerbose = (m: string) => { if (verbose) write(m); };
  return redactingLogger({ debug: ifVerbose, info: ifVerbose, warn: ifVerbose, error: write });
}

export async function openSendTarget(args: SendArgs, io: CliIo, _signal: AbortSignal): Promise<OpenedTarget> {
  const cloud = getCloud(args.cloud);
  if (!cloud) return { ok: false, message: `Unknown cloud ${args.cloud}: use ${Object.keys(CLOUDS).join(', ')}.`, exitCode: EXIT_USAGE };
  const logger = stderrLogger(io, args.verbose);
  // The CLI keeps the token cache in memory: nothing about the sign-in outlives the process.
  const secretStore = new InMemorySecretStore();
  const transport = createNodeTransport({ proxy: proxyResolverFromEnvironment(io.env) });

  if (args.target.kind === 'sandbox') {
    // Delegated sign-in through real MSAL device code: the sandbox approves the code itself, and several
    // connector group operations (members, $ref) have no application permission at all.
    const { startSandbox } = await import('../../sandbox/server');
    const sandbox = await startSandbox({ deviceCodeApproval: 'auto' });
    if (args.verbose) io.stderr.write(`Sandbox tenant at ${sandbox.graphEndpoint}; signing in as ${sandbox.userPrincipalName} (device code, approved automatically).\n`);
    const tokenSource = lazyMsalTokenSource(
      { clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore, logger, transport },
      { kind: 'deviceCode', deviceCodeCallback: () => { /* approved by the sandbox; nothing to show */ } },
    );
    return { ok: true, target: { graphEndpoint: sandbox.graphEndpoint, cloudGraphHost: CLOUDS.Global.graphHost, tokenSource, appOnly: false, secrets: [sandbox.clientSecret], transport, close: () => sandbox.close() } };
  }

  const chosen = tokenSourceFromEnvironment(io.env, { cloud, tenant: args.tenant, secretStore, logger, transport }, prompt => {
    io.stderr.write(`${prompt.message}\n`);
  });
  if (args.verbose) io.stderr.write(`${chosen.description}\n`);
  const graphEndpoint = args.target.kind === 'endpoint' ? args.target.url : cloud.graphHost;
  return { ok: true, target: { graphEndpoint, cloudGraphHost: cloud.graphHost, tokenSource: chosen.source, appOnly: chosen.appOnly, secrets: [], transport, close: async () => {} } };
}
