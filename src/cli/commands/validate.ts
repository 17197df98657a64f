import type { CliCommand } from '../io';
import { EXIT_USAGE } from '../io';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: '(not implemented yet)',
  usage: 'graph-connector-groups validate (not implemented yet)\n',
  async run(_args, io) {
    io.stderr.write('validate: not implemented yet\n');
    return EXIT_USAGE;
  },
};
