import { createInterface } from 'node:readline';
import type { CliIo } from '../io';

/** Asks one question on the terminal (the prompt on stderr); undefined when stdin is not a terminal (CI). */
export function askOnTerminal(io: CliIo): (question: string) => Promise<string | undefined> {
  return question => {
    if (!process.stdin.isTTY) return Promise.resolve(undefined);
    return new Promise(resolve => {
      const rl = createInterface({ input: process.stdin, output: io.stderr });
      rl.question(question, answer => { rl.close(); resolve(answer); });
      rl.on('close', () => resolve(undefined));
    });
  };
}
