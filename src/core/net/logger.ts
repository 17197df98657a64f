import { redactSecrets } from './redact';

/** Logging port. Implementations: VS Code output channel, CLI stderr (verbose), tests. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Wraps a logger so every message passes through redactSecrets, whoever wrote it. */
export function redactingLogger(inner: Logger): Logger {
  return {
    debug: m => inner.debug(redactSecrets(m)),
    info: m => inner.info(redactSecrets(m)),
    warn: m => inner.warn(redactSecrets(m)),
    error: m => inner.error(redactSecrets(m)),
  };
}
