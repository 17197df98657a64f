import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SystemVariableProvider } from './systemVariables';

export interface NodeSystemVariableOptions {
  /** Path of the `.env` file for `{{$dotenv}}` (REST Client uses the one next to the .http file). */
  dotenvPath?: string;
  env?: Record<string, string | undefined>;
}

/** The real clock, dice, process environment and `.env` file. The `.env` file is read once, lazily. */
export function createNodeSystemVariableProvider(options: NodeSystemVariableOptions = {}): SystemVariableProvider {
  const env = options.env ?? process.env;
  let dotenv: Record<string, string> | undefined;
  return {
    now: () => Date.now(),
    random: () => Math.random(),
    guid: () => randomUUID(),
    processEnv: name => env[name],
    dotenv: name => {
      dotenv ??= readDotenv(options.dotenvPath);
      return Object.prototype.hasOwnProperty.call(dotenv, name) ? dotenv[name] : undefined;
    },
  };
}

function readDotenv(path: string | undefined): Record<string, string> {
  if (!path) return {};
  try { return parseDotenv(readFileSync(path, 'utf8')); } catch { return {}; }
}

/** `KEY=value` lines; `#` comments; optional `export `; single or double quotes around the value. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let value = m[2];
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[1] === '"' ? quoted[2].replace(/\\n/g, '\n') : quoted[2];
    else value = value.replace(/\s+#.*$/, '');
    values[m[1]] = value;
  }
  return values;
}
