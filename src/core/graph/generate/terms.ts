/** `Org.OData.Core.V1.Computed` and an aliased `Core.V1.Computed` are the same term (no XML parser here: the runtime imports this). */
export function normalizeTerm(term: string): string {
  return term.replace(/^Org\.OData\./, '');
}
