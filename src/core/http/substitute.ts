import { findVariableReferences } from './variableReferences';
import { isRequestVariable, resolveRequestVariable, type RequestResult } from './requestVariables';
import { resolveSystemVariable, type SystemVariableProvider } from './systemVariables';

export interface VariableContext {
  fileVariables: Record<string, string>;
  environment?: Record<string, string>;
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
    const cached = this.cache.get(name);
    if (cached) { cached.unresolved.forEach(u => unresolved.add(u)); return cached.text; }
    if (this.resolving.has(name)) return undefined;
    this.resolving.add(name);
    const result = this.substitute(raw);
    this.resolving.delete(name);
    this.cache.set(name, result);
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
