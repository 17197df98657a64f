import type { GraphFacts } from './facts';
import { findCsdlEnum, findEnum } from './facts';

/** One property of an entity type, normalized from the differently shaped property facts. */
export interface PropertyFact {
  name: string;
  edmType: string;
  readOnly: boolean;
  requiredOnCreate: boolean;
  settableOnUpdate: boolean;
  notes: string[];
  betaOnly?: boolean;
}

function fromObject(name: string, p: any): PropertyFact {
  const notes = [p.constraint, p.note, p.meaning].filter((s): s is string => typeof s === 'string');
  if (typeof p.readOnly === 'string') notes.push(p.readOnly);
  const readOnly = p.readOnly === true || typeof p.readOnly === 'string' || p.settableOnCreate === false && p.settableOnUpdate === false;
  return { name, edmType: p.type, readOnly, requiredOnCreate: p.requiredOnCreate === true, settableOnUpdate: !readOnly && p.settableOnUpdate !== false, notes };
}

/** `"externalConnectors.connectionState (Computed=true, i.e. read-only)"`: the type, then remarks. */
function fromText(name: string, text: string, requiredDocs: string[]): PropertyFact {
  const edmType = text.split(/[\s{(]/)[0];
  const remark = text.slice(edmType.length).trim();
  const readOnly = /Computed|read-only/i.test(remark);
  return { name, edmType, readOnly, requiredOnCreate: requiredDocs.includes(name), settableOnUpdate: !readOnly && name !== 'id', notes: remark ? [remark.replace(/^\(|\)$/g, '')] : [] };
}

export function propertyFacts(typeFacts: any): PropertyFact[] {
  const requiredDocs: string[] = typeFacts.createRequiredDocs ?? [];
  const out: PropertyFact[] = [];
  const props = typeFacts.properties ?? typeFacts['properties_v1.0'] ?? {};
  for (const [name, p] of Object.entries<any>(props)) out.push(typeof p === 'string' ? fromText(name, p, requiredDocs) : fromObject(name, p));
  for (const name of (typeFacts.properties_beta_extra ?? []) as string[]) {
    out.push({ name, edmType: 'unknown', readOnly: false, requiredOnCreate: false, settableOnUpdate: true, notes: [], betaOnly: true });
  }
  return out;
}

/** JSON Schema (draft-07 plus editor keys) for one property's value. */
export function propertyValueSchema(facts: GraphFacts, p: PropertyFact): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  const t = p.edmType;
  if (t === 'Edm.String') s.type = 'string';
  else if (t === 'Edm.Boolean') s.type = 'boolean';
  else if (t === 'Edm.DateTimeOffset') { s.type = 'string'; s.format = 'date-time'; }
  else if (/^Edm\.(Int|Double|Decimal)/.test(t)) s.type = t.startsWith('Edm.Int') ? 'integer' : 'number';
  else if (t !== 'unknown') {
    const e = findEnum(facts, 'v1.0', t) ?? findEnum(facts, 'beta', t) ?? findCsdlEnum(facts, t);
    if (e) {
      s.type = 'string';
      s.enum = e.names;
      // The evolvable-enum sentinel is a valid value Graph may return, never one to write.
      s['x-evolvableSentinel'] = e.names.includes('unknownFutureValue') ? 'unknownFutureValue' : undefined;
      const meanings = Object.keys(e.meanings).length ? e.meanings : undefined;
      if (meanings) {
        s['x-enumDescriptions'] = meanings;
        s.enumDescriptions = e.names.map(n => meanings[n] ?? (n === 'unknownFutureValue' ? 'Evolvable enumeration sentinel; do not use.' : ''));
      }
    } else if (/^(microsoft\.graph\.|graph\.|externalConnectors\.)/.test(t)) s.type = 'object';
  }
  if (s['x-evolvableSentinel'] === undefined) delete s['x-evolvableSentinel'];
  const desc = describe(p);
  if (desc) s.description = desc;
  if (t !== 'unknown') s['x-graphType'] = t;
  const pattern = idPattern(p.notes.join(' '));
  if (pattern) { s.pattern = pattern.regex; s.patternErrorMessage = pattern.message; }
  return s;
}

function describe(p: PropertyFact): string {
  const parts = [...p.notes.map(n => n.replace(/^docs:\s*/, ''))];
  if (p.readOnly) parts.unshift('Read-only.');
  if (p.requiredOnCreate) parts.unshift('Required when creating.');
  if (p.betaOnly) parts.push('beta only.');
  return parts.map(s => s.charAt(0).toUpperCase() + s.slice(1)).map(s => s.endsWith('.') ? s : s + '.').join(' ');
}

/** `alphanumeric; up to 128 characters` in the docs becomes a pattern. */
function idPattern(notes: string): { regex: string; message: string } | undefined {
  const max = /up to (\d+) characters/.exec(notes);
  if (!/alphanumeric/i.test(notes) || !max) return undefined;
  return { regex: `^[A-Za-z0-9]{1,${max[1]}}$`, message: `Must be 1 to ${max[1]} letters or digits (A-Z, a-z, 0-9).` };
}
