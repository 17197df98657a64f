/**
 * Where the values substituted into a request came from, when they are not in the `.http` file itself: the
 * machine (`$processEnv`, `$dotenv`) or the user's settings (variable sets). A file from a cloned repository
 * can name any host, so such values may leave for a host that is not Graph only after the user agrees.
 */
import { mayCarryToken, resolveTargetUrl } from '../send/origin';
import type { SystemVariableProvider } from './systemVariables';

export type ValueSource = 'processEnv' | 'dotenv' | 'variableSet' | 'restClientVariableSet' | 'aadToken';

const SOURCE_LABELS: Record<ValueSource, string> = {
  processEnv: 'environment variables ($processEnv)',
  dotenv: 'the .env file ($dotenv)',
  variableSet: 'your variable sets (graphConnectorGroups.environmentVariables)',
  restClientVariableSet: "REST Client's variable sets (rest-client.environmentVariables, read because graphConnectorGroups.environmentVariables is empty)",
  aadToken: 'your sign-in (a {{$aadToken}} / {{$aadV2Token}} issued for that host)',
};

/** The provider, noting each machine read that produced a value. */
export function recordingSources(system: SystemVariableProvider, sources: Set<ValueSource>): SystemVariableProvider {
  return {
    now: () => system.now(),
    random: () => system.random(),
    guid: () => system.guid(),
    processEnv: name => noted(system.processEnv(name), 'processEnv', sources),
    dotenv: name => noted(system.dotenv(name), 'dotenv', sources),
  };
}

/**
 * For a restricted (untrusted) workspace: the clock and the dice, but nothing read from the machine, so a
 * copied cURL or a preview cannot carry an environment variable or a `.env` value.
 */
export function withoutMachineReads(system: SystemVariableProvider): SystemVariableProvider {
  return { now: () => system.now(), random: () => system.random(), guid: () => system.guid(), processEnv: () => undefined, dotenv: () => undefined };
}

/** "environment variables ($processEnv) and your variable sets (...)". */
export function describeValueSources(sources: Iterable<ValueSource>): string {
  const labels = [...new Set(sources)].sort().map(s => SOURCE_LABELS[s]);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * The host (`name:port`) a request really goes to when that is not the Graph endpoint in use; undefined
 * for Graph (the endpoint, the cloud's Graph host rewritten to it, or a path-only URL) and for URLs that
 * cannot be sent anyway.
 */
export function foreignHost(url: string, graphEndpoint: string, cloudGraphHost: string): string | undefined {
  const target = resolveTargetUrl(url, graphEndpoint, cloudGraphHost);
  if (!target.ok || mayCarryToken(target.url, graphEndpoint)) return undefined;
  try { return new URL(target.url).host; } catch { return undefined; }
}

function noted(value: string | undefined, source: ValueSource, sources: Set<ValueSource>): string | undefined {
  if (value !== undefined) sources.add(source);
  return value;
}
