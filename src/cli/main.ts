import { version } from '../../package.json';

const USAGE = `graph-connector-groups ${version}

Usage:
  graph-connector-groups --help | --version
`;

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (argv.includes('--version')) { out.write(`${version}\n`); return 0; }
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) { out.write(USAGE); return 0; }
  process.stderr.write(`Unknown command: ${argv[0]}\n\n${USAGE}`);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(code => { process.exitCode = code; });
}
