import { addOffset, formatDate, formatIso8601, formatRfc1123, type OffsetUnit } from './dateFormat';

/**
 * Everything non-deterministic that system variables need, passed in so tests can fix the clock
 * and the dice. `createNodeSystemVariableProvider` (nodeSystemVariables.ts) is the real one.
 */
export interface SystemVariableProvider {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Uniform in [0, 1). */
  random(): number;
  guid(): string;
  processEnv(name: string): string | undefined;
  /** A value from the `.env` file next to the `.http` file. */
  dotenv(name: string): string | undefined;
  /**
   * A token for `{{$aadToken ...}}` / `{{$aadV2Token ...}}` (the whole expression), fetched before resolving:
   * resolution is synchronous, sign-in is not. Undefined when there is none (the variable stays unresolved).
   */
  aadToken?(expression: string): string | undefined;
}

const OFFSET = String.raw`(?:\s+(-?\d+)\s+(ms|s|m|h|d|w|M|y))?`;
const TIMESTAMP = new RegExp(String.raw`^\$timestamp${OFFSET}\s*$`);
const DATETIME = new RegExp(String.raw`^\$(datetime|localDatetime)\s+(rfc1123|iso8601|'[^']*'|"[^"]*")${OFFSET}\s*$`);
const RANDOM_INT = /^\$randomInt\s+(-?\d+)\s+(-?\d+)\s*$/;
const ENV_LOOKUP = /^\$(processEnv|dotenv)\s+(%)?(\S+)\s*$/;

/**
 * Evaluates `$guid`, `$timestamp`, `$datetime`, `$localDatetime`, `$randomInt`, `$processEnv`, `$dotenv`.
 * `lookupVariable` resolves the `%NAME` indirection (the environment names the real variable).
 * Undefined for unknown or malformed expressions.
 */
export function resolveSystemVariable(
  expression: string, system: SystemVariableProvider, lookupVariable: (name: string) => string | undefined,
): string | undefined {
  if (/^\$guid\s*$/.test(expression)) return system.guid();
  if (/^\$aad(?:V2)?Token(?:\s|$)/.test(expression)) return system.aadToken?.(expression.trim());
  let m = TIMESTAMP.exec(expression);
  if (m) return inDateRange(shifted(system.now(), m[1], m[2]), ms => String(Math.floor(ms / 1000)));
  m = DATETIME.exec(expression);
  if (m) {
    const utc = m[1] === 'datetime';
    const ms = shifted(system.now(), m[3], m[4]);
    if (Number.isNaN(new Date(ms).getTime())) return undefined; // beyond ±275760 years: no such date to format
    if (m[2] === 'rfc1123') return utc ? formatRfc1123(ms) : formatDate(ms, 'ddd, DD MMM YYYY HH:mm:ss ZZ', false);
    // REST Client: $datetime is Day.js's toISOString() (milliseconds, Z); $localDatetime its format() (no milliseconds, offset).
    if (m[2] === 'iso8601') return utc ? formatIso8601(ms, true) : formatDate(ms, 'YYYY-MM-DDTHH:mm:ssZ', false);
    return formatDate(ms, m[2].slice(1, -1), utc);
  }
  m = RANDOM_INT.exec(expression);
  if (m) {
    const min = Number(m[1]), max = Number(m[2]);
    if (max <= min) return undefined;
    return String(min + Math.floor(system.random() * (max - min)));
  }
  m = ENV_LOOKUP.exec(expression);
  if (m) {
    const name = m[2] ? lookupVariable(m[3]) : m[3];
    if (name === undefined) return undefined;
    return m[1] === 'processEnv' ? system.processEnv(name) : system.dotenv(name);
  }
  return undefined;
}

/** An offset past what Date can hold (`{{$timestamp 999999999 y}}`) leaves the variable unresolved instead of throwing. */
function inDateRange(ms: number, format: (ms: number) => string): string | undefined {
  return Number.isNaN(new Date(ms).getTime()) ? undefined : format(ms);
}

function shifted(now: number, amount: string | undefined, unit: string | undefined): number {
  return amount === undefined ? now : addOffset(now, Number(amount), unit as OffsetUnit);
}
