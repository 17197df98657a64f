/**
 * connectorGroupRegion members and their documented meanings (graph-resources.json enums,
 * docsMeaning). `unknownFutureValue` is an evolvable-enum sentinel, never a choice.
 */
export interface RegionChoice { value: string; meaning: string }

export const CONNECTOR_GROUP_REGIONS: readonly RegionChoice[] = [
  { value: 'nam', meaning: 'North America' },
  { value: 'eur', meaning: 'Europe' },
  { value: 'aus', meaning: 'Australia' },
  { value: 'asia', meaning: 'Asia' },
  { value: 'ind', meaning: 'India' },
];

export function regionMeaning(region: unknown): string | undefined {
  return CONNECTOR_GROUP_REGIONS.find(r => r.value === region)?.meaning;
}

export function isRegion(value: unknown): boolean {
  return CONNECTOR_GROUP_REGIONS.some(r => r.value === value);
}

/**
 * Why a connector group name is not acceptable, or undefined when it is. Graph requires a name;
 * the 256 limit and the trimmed-empty check are what the portal enforces, so the user hears it before sending.
 */
export function validateConnectorGroupName(name: string): string | undefined {
  if (name.trim().length === 0) return 'Enter a name for the connector group.';
  if (name.length > 256) return 'The name can have at most 256 characters.';
  return undefined;
}
