import { randomUUID } from 'node:crypto';
import type { SystemVariableProvider } from './systemVariables';
import { readDotenvText } from './dotenvFile';

export interface NodeSystemVariableOptions {
  /** Path of the `.env` file for `{{$dotenv}}` (REST Client uses the one next to the .http file). */
  dotenvPath?: string;
  /** Folders the `.env` may resolve into (after symlinks); default its own folder. See readDotenvText. */
  dotenvRoots?: string[];
  env?: Record<string, string | undefined>;
}

/** The real clock, dice, process environment and `.env` file. The `.env` file is read once, lazily, on the first `{{$dotenv}}`. */
export function createNodeSystemVariableProvider(options: NodeSystemVariableOptions = {}): SystemVariableProvider {
  const env = options.env ?? process.env;
  let dotenv: Record<string, string> | undefined;
  return {
    now: () => Date.now(),
    random: () => Math.random(),
    guid: () => randomUUID(),
    processEnv: name => env[name],
    dotenv: name => {
      dotenv ??= readDotenv(options.dotenvPath, options.dotenvRoots);
      return Object.prototype.hasOwnProperty.call(dotenv, name) ? dotenv[name] : undefined;
    },
  };
}

/** No `.env` means no values; a `.env` that must not be read throws DotenvRefusedError (a message for the user). */
function readDotenv(path: string | undefined, roots: string[] | undefined): Record<string, string> {
  if (!path) return {};
  const text = readDotenvText(path, roots);
  return text === undefined ? {} : parseDotenv(text);
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
