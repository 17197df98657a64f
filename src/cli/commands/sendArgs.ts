/** Flags of `send`, parsed without a library: the set is small and the errors should be ours. */
export interface SendArgs {
  file: string;
  select: { kind: 'line'; line: number } | { kind: 'name'; name: string } | { kind: 'all' } | { kind: 'default' };
  target: { kind: 'sandbox' } | { kind: 'endpoint'; url: string } | { kind: 'cloud' };
  json: boolean;
  cloud?: string;
  tenant?: string;
  verbose: boolean;
  /** `--var name=value`: environment variables for `{{name}}` (file variables still win, as in REST Client). */
  vars: Record<string, string>;
  /** `--allow-env NAME` (repeatable): environment variables `{{$processEnv NAME}}` may read. */
  allowEnv: string[];
  /** `--yes`: confirms every `# @note` request (REST Client asks before sending those). */
  yes: boolean;
  /** `--wait-operations`: after a 202 naming an operation (Location: .../operations/{id}), poll it until it is done. */
  waitOperations: boolean;
}

export type ParsedSendArgs = { ok: true; args: SendArgs } | { ok: false; message: string };

export function parseSendArgs(argv: string[]): ParsedSendArgs {
  let file: string | undefined;
  const selects: SendArgs['select'][] = [];
  let target: SendArgs['target'] = { kind: 'cloud' };
  let targets = 0;
  const out: Omit<SendArgs, 'file' | 'select' | 'target'> = { json: false, verbose: false, vars: {}, allowEnv: [], yes: false, waitOperations: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string | undefined => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return undefined;
      i++;
      return v;
    };
    const flag = a.startsWith('--') ? a.split('=')[0] : a;
    switch (flag) {
      case '--line': {
        const v = value();
        const n = Number(v);
        if (!v || !Number.isInteger(n) || n < 1) return { ok: false, message: `--line needs a line number (1 or more), got ${v ?? 'nothing'}.` };
        selects.push({ kind: 'line', line: n });
        break;
      }
      case '--name': {
        const v = value();
        if (!v) return { ok: false, message: '--name needs a request name (from `# @name NAME`).' };
        selects.push({ kind: 'name', name: v });
        break;
      }
      case '--all': selects.push({ kind: 'all' }); break;
      case '--sandbox': target = { kind: 'sandbox' }; targets++; break;
      case '--graph-endpoint': {
        const v = value();
        if (!v || !/^https?:\/\/[^/\s]+/i.test(v)) return { ok: false, message: `--graph-endpoint needs an http(s) URL, got ${v ?? 'nothing'}.` };
        target = { kind: 'endpoint', url: v.replace(/\/+$/, '') };
        targets++;
        break;
      }
      case '--cloud': { const v = value(); if (!v) return { ok: false, message: '--cloud needs Global, USGovL4, USGovL5 or China.' }; out.cloud = v; break; }
      case '--tenant': { const v = value(); if (!v) return { ok: false, message: '--tenant needs a tenant id or domain.' }; out.tenant = v; break; }
      case '--var': {
        const v = a.startsWith('--var=') ? a.slice('--var='.length) : argv[++i];
        const m = v === undefined ? null : /^([A-Za-z_][\w.-]*)=(.*)$/s.exec(v);
        if (!m) return { ok: false, message: `--var needs NAME=VALUE, got ${v ?? 'nothing'}.` };
        out.vars[m[1]] = m[2];
        break;
      }
      case '--allow-env': {
        const v = value();
        if (!v || !/^[^\s=,]+$/.test(v)) return { ok: false, message: `--allow-env needs an environment variable name, got ${v ?? 'nothing'}.` };
        out.allowEnv.push(v);
        break;
      }
      case '--json': out.json = true; break;
      case '--verbose': out.verbose = true; break;
      case '--yes': out.yes = true; break;
      case '--wait-operations': out.waitOperations = true; break;
      default:
        if (a.startsWith('-')) return { ok: false, message: `Unknown option ${a}.` };
        if (file !== undefined) return { ok: false, message: `Only one file can be sent at a time (got ${file} and ${a}).` };
        file = a;
    }
  }
  if (!file) return { ok: false, message: 'Missing the .http file to send.' };
  if (selects.length > 1) return { ok: false, message: 'Use only one of --line, --name and --all.' };
  if (targets > 1) return { ok: false, message: 'Use only one of --sandbox and --graph-endpoint.' };
  return { ok: true, args: { ...out, file, select: selects[0] ?? { kind: 'default' }, target } };
}
