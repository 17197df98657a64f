/** What a CLI command may touch: its streams and environment, passed in so tests can run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
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
