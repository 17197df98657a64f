import { version } from '../../package.json';
import type { CliCommand, CliIo } from './io';
import { closableOutput, EXIT_OK, EXIT_USAGE } from './io';
import { validateCommand } from './commands/validate';
import { sendCommand } from './commands/send';
import { sandboxCommand } from './commands/sandbox';

const COMMANDS: CliCommand[] = [validateCommand, sendCommand, sandboxCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length));
  return `graph-connector-groups ${version}: validate and send Microsoft Graph .http requests

Usage:
  graph-connector-groups <command> [options]
  graph-connector-groups --help | --version

Commands:
${COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'graph-connector-groups <command> --help' for a command's options.
`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') { io.stdout.write(`${version}\n`); return EXIT_OK; }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') { io.stdout.write(usage()); return EXIT_OK; }
  const command = COMMANDS.find(c => c.name === first);
  if (!command) { io.stderr.write(`Unknown command: ${first}\n\n${usage()}`); return EXIT_USAGE; }
  if (rest.includes('--help') || rest.includes('-h')) { io.stdout.write(command.usage); return EXIT_OK; }
  return command.run(rest, io);
}

if (require.main === module) {
  const { stdout, closed } = closableOutput(process.stdout);
  main(process.argv.slice(2), { stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), outputClosed: closed })
    .then(code => { process.exitCode = code; }, err => { process.stderr.write(`graph-connector-groups: ${err?.message ?? err}\n`); process.exitCode = 1; });
}
