/**
 * The named variable sets of `graphConnectorGroups.environmentVariables`, REST Client style: `$shared`
 * applies everywhere and the active set overrides it. Pure: settings arrive as plain JSON.
 */
export function activeVariables(sets: unknown, activeName: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof sets !== 'object' || sets === null) return out;
  const all = sets as Record<string, unknown>;
  const copy = (set: unknown) => {
    if (typeof set !== 'object' || set === null) return;
    for (const [k, v] of Object.entries(set)) if (typeof v === 'string') out[k] = v;
  };
  copy(all.$shared);
  if (activeName && activeName !== '$shared') copy(all[activeName]);
  return out;
}

/** Names a user can pick as the active set (`$shared` is not one: it is always on). */
export function variableSetNames(sets: unknown): string[] {
  if (typeof sets !== 'object' || sets === null) return [];
  return Object.keys(sets).filter(n => n !== '$shared');
}

/** The `$shared` set alone, for `{{$shared name}}` inside the active set's values. */
export function sharedVariables(sets: unknown): Record<string, string> {
  return activeVariables(sets, undefined);
}

/** True when the sets hold no variable at all (so REST Client's `rest-client.environmentVariables` is read instead). */
export function hasNoVariables(sets: unknown): boolean {
  if (typeof sets !== 'object' || sets === null) return true;
  return Object.values(sets).every(set => typeof set !== 'object' || set === null || Object.keys(set).length === 0);
}
