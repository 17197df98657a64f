/** What a CLI command may touch: its streams and environment, passed in so tests can run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Aborted when the reader of stdout has gone (`send --all | head`: EPIPE); writes after that are dropped. A
   * command stops what the output was for: send sends no further request.
   */
  outputClosed?: AbortSignal;
}

/**
 * `stream` (the process's stdout) that survives its reader going away: the first EPIPE aborts `closed` and every
 * later write is dropped, instead of an unhandled 'error' event ending the process with a stack trace in the middle
 * of a run (a request half done, the rest of `--all` unsaid). Other write errors stay errors.
 */
export function closableOutput(stream: NodeJS.WriteStream): { stdout: NodeJS.WritableStream; closed: AbortSignal } {
  const closed = new AbortController();
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || closed.signal.aborted) { closed.abort(); return; }
    throw err;
  });
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    if (closed.signal.aborted) return true;
    return (stream.write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
  };
  const stdout = new Proxy(stream, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { stdout, closed: closed.signal };
}

/** Exit codes are a contract with users' CI scripts: 0 ok, 1 failure (errors found / request not sent), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliCommand {
  name: string;
  /** One line for the top-level help. */
  summary: string;
  /** Full usage text for `graph-connector-groups <name> --help`. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
