import type { CliIo } from '../io';

/** Asks one question on the terminal (the prompt on stderr); undefined when stdin is not a terminal (CI). */
export function askOnTerminal(io: CliIo): (question: string) => Promise<string | undefined> {
  return question => {
    if (!process.stdin.isTTY) return Promise.resolve(undefined);
    return new Promise(resolve => {
      // node:readline only when there is a question to ask on a terminal, not at every start-up.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use
      const { createInterface } = require('node:readline') as typeof import('node:readline');
      const rl = createInterface({ input: process.stdin, output: io.stderr });
      rl.question(question, answer => { rl.close(); resolve(answer); });
      rl.on('close', () => resolve(undefined));
    });
  };
}
