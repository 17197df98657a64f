import type { CliCommand } from '../io';
import { EXIT_USAGE } from '../io';

export const sendCommand: CliCommand = {
  name: 'send',
  summary: '(not implemented yet)',
  usage: 'graph-connector-groups send (not implemented yet)\n',
  async run(_args, io) {
    io.stderr.write('send: not implemented yet\n');
    return EXIT_USAGE;
  },
};
