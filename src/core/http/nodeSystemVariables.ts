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
    // node:crypto is required on the first {{$guid}}: a send without one (most) does not load it at start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously (resolution is synchronous)
    guid: () => (require('node:crypto') as typeof import('node:crypto')).randomUUID(),
    processEnv: name => env[name] ?? '', // REST Client: an unset variable is empty
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

/**
 * `KEY=value` lines; `#` comments; optional `export `; single or double quotes around the value. Scanned in code,
 * not with `^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*?)\s*$` and `\s+#.*$`, which backtrack quadratically on a line of
 * many spaces (a committed `.env` is hostile text too).
 */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = dotenvLine(line);
    if (!m) continue;
    let value = m.value;
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[1] === '"' ? quoted[2].replace(/\\n/g, '\n') : quoted[2];
    else value = withoutInlineComment(value);
    values[m.key] = value;
  }
  return values;
}

const isWs = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isKeyChar = (c: string | undefined) => c !== undefined && /[\w.-]/.test(c);

function dotenvLine(line: string): { key: string; value: string } | undefined {
  let i = 0;
  while (isWs(line[i])) i++;
  if (line.startsWith('export', i) && isWs(line[i + 6])) {
    let j = i + 6;
    while (isWs(line[j])) j++;
    const m = keyAndValue(line, j);
    if (m) return m;
  }
  return keyAndValue(line, i);
}

function keyAndValue(line: string, i: number): { key: string; value: string } | undefined {
  const start = i;
  while (isKeyChar(line[i])) i++;
  if (i === start) return undefined;
  const key = line.slice(start, i);
  while (isWs(line[i])) i++;
  if (line[i] !== '=') return undefined;
  const value = line.slice(i + 1).trim();
  return /[\r\u2028\u2029]/.test(value) ? undefined : { key, value }; // `.` matches no line terminator
}

/** `v # note` -> `v`: cut at the first whitespace run followed by `#`. */
function withoutInlineComment(value: string): string {
  for (let i = 0; i < value.length; i++) {
    if (!isWs(value[i])) continue;
    let j = i;
    while (isWs(value[j])) j++;
    if (value[j] === '#') return value.slice(0, i);
    i = j;
  }
  return value;
}
