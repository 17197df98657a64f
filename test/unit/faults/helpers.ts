import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sendCommand } from '../../../src/cli/commands/send';

export interface CliRun { code: number; stdout: string; stderr: string }

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write(chunk, _enc, cb) { chunks.push(String(chunk)); cb(); } }) as Writable & { text: () => string };
  w.text = () => chunks.join('');
  return w;
}

/** `graph-connector-groups send ...` run in-process (the same command object dist/cli.js runs), with its own streams and env. */
export async function runSend(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<CliRun> {
  const stdout = sink(), stderr = sink();
  const code = await sendCommand.run(args, { stdout, stderr, env: { PATH: process.env.PATH, ...env }, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A temp copy of a real example, so a test can prove the user's file is never written to. */
export function exampleCopy(name: string): { path: string; original: Buffer; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-faults-'));
  const path = join(dir, name);
  copyFileSync(join('examples', name), path);
  return { path, original: readFileSync(path), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Lines of `--json` output, parsed. */
export function jsonLines(stdout: string): Array<Record<string, any>> {
  return stdout.split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
}

export const JWT_SHAPED = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/;

/** Fails if any of the secrets, a JWT-shaped string or a bearer credential shows up in the text. */
export function assertNoSecrets(text: string, secrets: string[], where: string): void {
  for (const s of secrets) if (s && text.includes(s)) throw new Error(`${where}: a secret leaked (${s.slice(0, 12)}...)`);
  const jwt = JWT_SHAPED.exec(text);
  if (jwt) throw new Error(`${where}: JWT-shaped string ${jwt[0].slice(0, 20)}...`);
  const bearer = /Bearer\s+(?!<redacted>)[A-Za-z0-9\-._~+/]{8,}/.exec(text);
  if (bearer) throw new Error(`${where}: bearer credential ${bearer[0].slice(0, 20)}...`);
}
