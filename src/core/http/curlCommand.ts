/**
 * A `curl ...` request, read the way REST Client documents it: the options it supports (`-X/--request`,
 * `-L/--location`, `--url`, `-H/--header`, `-I/--head`, `-b/--cookie`, `-u/--user`, `-d/--data`,
 * `--data-ascii`, `--data-binary`, `--data-raw`) become method, URL, headers and body; other options are
 * skipped. Shell quoting ('...', "...", backslash escapes and line continuations) is undone.
 */
export interface CurlRequest {
  method: string;
  url: string;
  /** Offset of the URL word in the command text, when it was written without quotes or escapes. */
  urlOffset?: number;
  headers: Array<{ name: string; value: string }>;
  body?: string;
}

interface Word { text: string; start: number; plain: boolean }

/** Shell words with their start offsets; `plain` when the word is exactly its source text. */
export function shellWords(command: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < command.length) {
    const c = command[i];
    if (c === '\\' && (command[i + 1] === '\n' || command[i + 1] === '\r')) { i += command[i + 1] === '\r' && command[i + 2] === '\n' ? 3 : 2; continue; }
    if (/\s/.test(c)) { i++; continue; }
    const start = i;
    let text = '';
    let plain = true;
    while (i < command.length && !/\s/.test(command[i])) {
      const ch = command[i];
      if (ch === "'") {
        const end = command.indexOf("'", i + 1);
        const stop = end < 0 ? command.length : end;
        text += command.slice(i + 1, stop);
        i = stop + 1; plain = false;
      } else if (ch === '"') {
        i++; plain = false;
        while (i < command.length && command[i] !== '"') {
          if (command[i] === '\\' && i + 1 < command.length && '"\\$`\n'.includes(command[i + 1])) { if (command[i + 1] !== '\n') text += command[i + 1]; i += 2; continue; }
          text += command[i++];
        }
        i++;
      } else if (ch === '\\') {
        plain = false;
        if (command[i + 1] === '\n') { i += 2; continue; }
        if (command[i + 1] === '\r' && command[i + 2] === '\n') { i += 3; continue; }
        if (i + 1 < command.length) text += command[i + 1];
        i += 2;
      } else { text += ch; i++; }
    }
    words.push({ text, start, plain });
  }
  return words;
}

const WITH_VALUE = new Set(['-X', '--request', '-H', '--header', '-d', '--data', '--data-ascii', '--data-binary', '--data-raw', '--data-urlencode',
  '-b', '--cookie', '-u', '--user', '--url', '-A', '--user-agent', '-e', '--referer', '-o', '--output', '-m', '--max-time', '--connect-timeout',
  '-x', '--proxy', '-F', '--form', '--cert', '--key', '--cacert', '-w', '--write-out', '--retry']);
const DATA = new Set(['-d', '--data', '--data-ascii', '--data-binary', '--data-raw', '--data-urlencode']);

export function parseCurlCommand(command: string): CurlRequest {
  const words = shellWords(command).slice(1); // past `curl`
  const headers: Array<{ name: string; value: string }> = [];
  const data: string[] = [];
  let method: string | undefined;
  let url: Word | undefined;
  let head = false;
  for (let i = 0; i < words.length; i++) {
    let flag = words[i].text;
    let value: string | undefined;
    const long = /^(--[a-z-]+)=(.*)$/s.exec(flag);
    if (long && WITH_VALUE.has(long[1])) { flag = long[1]; value = long[2]; }
    else if (/^-[A-Za-z]./s.test(flag) && WITH_VALUE.has(flag.slice(0, 2))) { value = flag.slice(2); flag = flag.slice(0, 2); }
    const take = () => value ?? words[++i]?.text ?? '';
    if (!flag.startsWith('-') || flag === '-') { url ??= words[i]; continue; }
    if (flag === '-X' || flag === '--request') method = take().toUpperCase();
    else if (flag === '--url') { const v = take(); url ??= { text: v, start: -1, plain: false }; }
    else if (flag === '-H' || flag === '--header') {
      const h = take();
      const colon = h.indexOf(':');
      if (colon > 0) headers.push({ name: h.slice(0, colon).trim(), value: h.slice(colon + 1).trim() });
    } else if (DATA.has(flag)) data.push(take());
    else if (flag === '-I' || flag === '--head') head = true;
    else if (flag === '-b' || flag === '--cookie') headers.push({ name: 'Cookie', value: take() });
    else if (flag === '-u' || flag === '--user') headers.push({ name: 'Authorization', value: `Basic ${Buffer.from(take(), 'utf8').toString('base64')}` });
    else if (flag === '-A' || flag === '--user-agent') headers.push({ name: 'User-Agent', value: take() });
    else if (flag === '-e' || flag === '--referer') headers.push({ name: 'Referer', value: take() });
    else if (WITH_VALUE.has(flag)) take();
  }
  const body = data.length ? data.join('&') : undefined;
  if (body !== undefined && !headers.some(h => h.name.toLowerCase() === 'content-type')) {
    headers.push({ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }); // what curl itself sends with -d
  }
  return {
    method: method ?? (head ? 'HEAD' : body !== undefined ? 'POST' : 'GET'),
    url: url?.text ?? '',
    ...(url?.plain && url.start >= 0 ? { urlOffset: url.start } : {}),
    headers,
    ...(body !== undefined ? { body } : {}),
  };
}
