/**
 * connectorGroupRegion's members and their documented meanings, read from the generated connectorGroup schema
 * (the enum from Graph's metadata, the meanings from the docs: schemas/entities/connectorGroup.schema.json), so the
 * tree offers the metadata's spellings of what validation accepts. `unknownFutureValue` is an evolvable-enum
 * sentinel, never a choice.
 */
// The one schema file this needs, imported alone: through ../graph/schemas every schema would come along into the
// extension's main bundle, which loads at activation.
import connectorGroupSchema from '../../../schemas/entities/connectorGroup.schema.json';
import { l10n } from '../text/l10n';
import { writableEnum } from '../graph/enumValues';

export interface RegionChoice { value: string; meaning: string }

let regions: readonly RegionChoice[] | undefined;

export function connectorGroupRegions(): readonly RegionChoice[] {
  if (!regions) {
    const region = (connectorGroupSchema as { properties?: Record<string, any> }).properties?.region;
    const meanings: Record<string, string> = region?.['x-enumDescriptions'] ?? {};
    // Without the sentinel and the Capitalized and UPPER spellings validation also accepts (writableEnum).
    regions = (region ? writableEnum(region) : []).map(value => ({ value, meaning: meanings[value] ?? value }));
  }
  return regions;
}

export function regionMeaning(region: unknown): string | undefined {
  return connectorGroupRegions().find(r => r.value === region)?.meaning;
}

export function isRegion(value: unknown): boolean {
  return connectorGroupRegions().some(r => r.value === value);
}

/**
 * Why a connector group name is not acceptable, or undefined when it is. Graph requires a name;
 * the 256 limit and the trimmed-empty check are what the portal enforces, so the user hears it before sending.
 */
export function validateConnectorGroupName(name: string): string | undefined {
  if (name.trim().length === 0) return l10n.t('Enter a name for the connector group.');
  if (name.length > 256) return l10n.t('The name can have at most 256 characters.');
  return undefined;
}
