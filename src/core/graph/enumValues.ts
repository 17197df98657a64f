import type { GraphSchema } from './schemas';

/**
 * Writable enum values, as the metadata spells them: the evolvable-enum sentinel is valid to Graph but never a value
 * to send, and the spellings Graph also reads (x-spellingVariants: an enum member's Capitalized and UPPER case, a type
 * named without `#`) are accepted, not offered. Pure and small: the Tenant view's region choices (extension.js) and
 * request intelligence both read enums through it.
 */
export function writableEnum(s: GraphSchema): string[] {
  const variants: unknown[] = s['x-spellingVariants'] ?? [];
  return ((s.enum ?? []) as unknown[]).filter((v): v is string => typeof v === 'string' && v !== s['x-evolvableSentinel'] && !variants.includes(v));
}
