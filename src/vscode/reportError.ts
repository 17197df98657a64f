import { vscode } from './api';
import { redactSecrets } from '../core/net/redact';

/**
 * The one place a command's failure becomes a message: phrased by the core's error describer (with its hint) and
 * redacted, whatever the error carried; the log line too. The describer comes with the features part (featuresPart.ts).
 */
export async function reportCommandError(log: vscode.LogOutputChannel, commandId: string, error: unknown): Promise<void> {
  const { describeErrorText } = await import('./featuresPart');
  const message = describeErrorText(error);
  log.error(`${commandId}: ${message}`);
  void vscode.window.showErrorMessage(message);
}

const STRING_METHODS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'append', 'appendLine', 'replace']);

/** The extension's log channel, with every line passed through redactSecrets whoever writes it. */
export function redactingChannel(channel: vscode.LogOutputChannel): vscode.LogOutputChannel {
  return new Proxy(channel, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      if (typeof prop !== 'string' || !STRING_METHODS.has(prop)) return value.bind(target);
      return (message: unknown, ...rest: unknown[]) => (value as (...a: unknown[]) => unknown).call(target,
        typeof message === 'string' ? redactSecrets(message) : message instanceof Error ? redactSecrets(message.stack ?? message.message) : message,
        ...rest.map(r => (typeof r === 'string' ? redactSecrets(r) : r)));
    },
  });
}
