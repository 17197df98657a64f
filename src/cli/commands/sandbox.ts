import type { CliCommand } from '../io';
import { EXIT_USAGE } from '../io';

export const sandboxCommand: CliCommand = {
  name: 'sandbox',
  summary: '(not implemented yet)',
  usage: 'graph-connector-groups sandbox (not implemented yet)\n',
  async run(_args, io) {
    io.stderr.write('sandbox: not implemented yet\n');
    return EXIT_USAGE;
  },
};
