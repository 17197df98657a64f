import type { GraphSchema } from './schemas';

/**
 * Writable enum values, as the metadata spells them: the evolvable-enum sentinel is valid to Graph but never a value
 * to send, and the case variants Graph also reads (x-caseVariants) are accepted, not offered. Pure and small: the
 * Tenant view's region choices (extension.js) and request intelligence both read enums through it.
 */
export function writableEnum(s: GraphSchema): string[] {
  const variants: unknown[] = s['x-caseVariants'] ?? [];
  return ((s.enum ?? []) as unknown[]).filter((v): v is string => typeof v === 'string' && v !== s['x-evolvableSentinel'] && !variants.includes(v));
}
