import { badRequest } from './errors';
import { selectableProperties } from './bodySchemas';

/**
 * A small `$filter`: `prop eq|ne literal` and `startswith(prop,'text')`, joined with `and`/`or` (left to right, `and`
 * binding tighter). Enough for the filters people write against connector groups and connectors; anything else is
 * refused with Graph's "Invalid filter clause" rather than silently ignored.
 */
export type ItemPredicate = (item: object) => boolean;

const TOKEN = /\s*(startswith\(|\)|,|'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_.]*|-?\d+(?:\.\d+)?)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(start).trim() === '') break;
      throw badRequest(`Invalid filter clause: syntax error at position ${start} in '${text}'.`);
    }
    tokens.push(m[1]);
  }
  return tokens;
}

function literalValue(token: string | undefined, text: string): unknown {
  if (token === undefined) throw badRequest(`Invalid filter clause: '${text}' ends too early.`);
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token === 'true' || token === 'false') return token === 'true';
  if (token === 'null') return null;
  if (/^-?\d/.test(token)) return Number(token);
  throw badRequest(`Invalid filter clause: '${token}' is not a literal.`);
}

export function parseFilter(text: string, graphType: string): ItemPredicate {
  const tokens = tokenize(text);
  const known = selectableProperties(graphType) ?? [];
  let pos = 0;
  const property = (): string => {
    const name = tokens[pos++];
    if (!name || !known.includes(name)) throw badRequest(`Could not find a property named '${name ?? ''}' on type '${graphType}'.`);
    return name;
  };
  const comparison = (): ItemPredicate => {
    if (tokens[pos]?.toLowerCase() === 'startswith(') {
      pos++;
      const name = property();
      if (tokens[pos++] !== ',') throw badRequest(`Invalid filter clause: expected ',' in startswith in '${text}'.`);
      const prefix = literalValue(tokens[pos++], text);
      if (tokens[pos++] !== ')' || typeof prefix !== 'string') throw badRequest(`Invalid filter clause: startswith needs a property and a string in '${text}'.`);
      return item => String((item as Record<string, unknown>)[name] ?? '').toLowerCase().startsWith(prefix.toLowerCase());
    }
    const name = property();
    const op = tokens[pos++]?.toLowerCase();
    const value = literalValue(tokens[pos++], text);
    if (op === 'eq') return item => ((item as Record<string, unknown>)[name] ?? null) === value;
    if (op === 'ne') return item => ((item as Record<string, unknown>)[name] ?? null) !== value;
    throw badRequest(`Invalid filter clause: the operator '${op ?? ''}' is not supported by the sandbox tenant (eq, ne, startswith).`);
  };
  const conjunction = (): ItemPredicate => {
    let left = comparison();
    while (tokens[pos]?.toLowerCase() === 'and') {
      pos++;
      const l = left, r = comparison();
      left = item => l(item) && r(item);
    }
    return left;
  };
  let predicate = conjunction();
  while (tokens[pos]?.toLowerCase() === 'or') {
    pos++;
    const l = predicate, r = conjunction();
    predicate = item => l(item) || r(item);
  }
  if (pos !== tokens.length) throw badRequest(`Invalid filter clause: unexpected '${tokens[pos]}' in '${text}'.`);
  return predicate;
}
