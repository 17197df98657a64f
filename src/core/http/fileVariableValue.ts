/** REST Client: a file variable's value may hold `\n`, `\r`, `\t` (and `\\` for a backslash), sent as the characters they name. */
export function unescapeFileVariable(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([nrt\\])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\'));
}
