/**
 * A deprecation as Graph's metadata records it (Org.OData.Core.V1.Revisions, Kind Deprecated: generate/csdl.ts), in
 * the one wording messages, hover and completion use: the metadata's own description, then its dates.
 */
export interface Deprecation { description?: string; date?: string; removalDate?: string }

export function deprecationText(d: Deprecation): string {
  const said = d.description?.trim().replace(/\s+/g, ' ');
  const dates = [d.date ? `deprecated ${d.date}` : '', d.removalDate ? `removal date ${d.removalDate}` : ''].filter(Boolean).join(', ');
  const sentence = said ? (/[.!?]$/.test(said) ? said : `${said}.`) : 'Deprecated.';
  return dates ? `${sentence} (Graph's metadata: ${dates}.)` : `${sentence} (Graph's metadata.)`;
}
