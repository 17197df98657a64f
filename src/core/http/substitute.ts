import { findVariableReferences } from './variableReferences';
import { isRequestVariable, resolveRequestVariable, type RequestResult } from './requestVariables';
import { resolveSystemVariable, type SystemVariableProvider } from './systemVariables';

export interface VariableContext {
  fileVariables: Record<string, string>;
  environment?: Record<string, string>;
  /** The `$shared` set on its own, for `{{$shared name}}` inside the active set's values. */
  sharedEnvironment?: Record<string, string>;
  /** Answers to this request's `# @prompt name` lines: they win over every other kind of variable. */
  prompted?: Record<string, string>;
  requests?: Record<string, RequestResult>;
  /** Without it, `{{$...}}` stays unresolved: pure code has no clock or dice of its own. */
  system?: SystemVariableProvider;
  /** Told when a name is resolved from `environment` (the user's variable sets), so callers know where values came from. */
  onEnvironmentValue?: (name: string) => void;
}

export interface Substitution { text: string; unresolved: string[] }

/**
 * Resolves names in REST Client's order: system (`$...`), request variables, file variables,
 * then the environment. File and environment values may themselves hold `{{...}}`; they are
 * resolved once per resolver (so `@id = {{$guid}}` is one id throughout a request) and a
 * cycle leaves the reference unresolved instead of looping.
 */
export class VariableResolver {
  private readonly cache = new Map<string, Substitution>();
  private readonly resolving = new Set<string>();

  constructor(private readonly ctx: VariableContext) {}

  substitute(text: string): Substitution {
    const unresolved = new Set<string>();
    let out = '';
    let last = 0;
    for (const ref of findVariableReferences(text)) {
      const value = this.resolve(ref.name, unresolved);
      out += text.slice(last, ref.span.start) + (value ?? text.slice(ref.span.start, ref.span.end));
      if (value === undefined) unresolved.add(ref.name);
      last = ref.span.end;
    }
    return { text: out + text.slice(last), unresolved: [...unresolved] };
  }

  private resolve(name: string, unresolved: Set<string>): string | undefined {
    const { ctx } = this;
    if (name.startsWith('%') && name.length > 1) {
      // `{{%name}}`: REST Client percent-encodes the value of a custom variable.
      const value = this.resolve(name.slice(1).trim(), unresolved);
      return value === undefined ? undefined : encodeURIComponent(value);
    }
    const prompted = own(ctx.prompted, name);
    if (prompted !== undefined) return prompted;
    const shared = /^\$shared\s+(\S+)\s*$/.exec(name);
    if (shared) {
      const raw = own(ctx.sharedEnvironment, shared[1]);
      return raw === undefined ? undefined : this.substituteInto(`$shared ${shared[1]}`, raw, unresolved);
    }
    if (name.startsWith('$')) {
      return ctx.system && resolveSystemVariable(name, ctx.system, n => this.resolve(n, unresolved));
    }
    if (isRequestVariable(name) && own(ctx.requests, name.split('.')[0]) !== undefined) {
      return resolveRequestVariable(name, ctx.requests);
    }
    const fromFile = own(ctx.fileVariables, name);
    const raw = fromFile ?? own(ctx.environment, name);
    if (raw === undefined) return undefined;
    if (fromFile === undefined) ctx.onEnvironmentValue?.(name);
    return this.substituteInto(name, raw, unresolved);
  }

  /** A variable's value with its own `{{...}}` resolved, once per resolver; a cycle stays unresolved. */
  private substituteInto(key: string, raw: string, unresolved: Set<string>): string | undefined {
    const cached = this.cache.get(key);
    if (cached) { cached.unresolved.forEach(u => unresolved.add(u)); return cached.text; }
    if (this.resolving.has(key)) return undefined;
    this.resolving.add(key);
    const result = this.substitute(raw);
    this.resolving.delete(key);
    this.cache.set(key, result);
    result.unresolved.forEach(u => unresolved.add(u));
    return result.text;
  }
}

/** Replaces every resolvable `{{...}}` in `text`; the rest stay as written and are listed, never thrown. */
export function substituteVariables(text: string, ctx: VariableContext): Substitution {
  return new VariableResolver(ctx).substitute(text);
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
