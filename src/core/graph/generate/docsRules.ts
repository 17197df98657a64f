/**
 * docs-facts.json `rules` that become JSON Schema keywords on a property (`<type>/<property>` -> keywords).
 * Each entry names its rule; the numbers are the rule's text, the reserved names its data.
 */
import type { JsonSchema } from './primitives';

const EC = 'microsoft.graph.externalConnectors';

function rule(facts: any, id: string): any {
  const r = (facts.rules ?? []).find((x: any) => x.id === id);
  if (!r) throw new Error(`docs-facts.json has no rule '${id}'`);
  return r;
}

function operationFact(facts: any, id: string, text: string): void {
  const op = (facts.operations ?? []).find((x: any) => x.id === id);
  if (!op?.facts?.some((f: string) => f.includes(text))) throw new Error(`docs-facts.json operation '${id}' no longer states '${text}'`);
}

export function docsConstraints(facts: any): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  // connection.id: 3-32 alphanumeric, not starting with "Microsoft", not a reserved name. The docs do not say
  // whether the prefix and names compare case-insensitively; the rule's own transcription is case-sensitive.
  const reserved: string[] = rule(facts, 'connection.id').reservedNames;
  out.set(`${EC}.externalConnection/id`, {
    pattern: `^(?!Microsoft)(?!(${reserved.join('|')})$)[A-Za-z0-9]{3,32}$`,
    patternErrorMessage: `Must be 3 to 32 letters or digits, must not begin with "Microsoft" and must not be one of ${reserved.join(', ')} (docs: connection id).`,
  });
  rule(facts, 'connection.name');
  out.set(`${EC}.externalConnection/name`, { maxLength: 128 });
  rule(facts, 'externalGroup.id');
  out.set(`${EC}.externalGroup/id`, { pattern: '^[A-Za-z0-9]{1,128}$', patternErrorMessage: 'Must be 1 to 128 letters or digits (A-Z, a-z, 0-9).' });
  rule(facts, 'schema.properties.count');
  out.set(`${EC}.schema/properties`, { minItems: 1, maxItems: 128 });
  rule(facts, 'schema.property');
  const name32 = { pattern: '^[A-Za-z0-9]{1,32}$', patternErrorMessage: 'Must be 1 to 32 letters or digits (docs: schema property names and aliases).' };
  out.set(`${EC}.property/name`, name32);
  out.set(`${EC}.property/aliases`, { items: { type: 'string', ...name32 } });
  // schema.baseType: the resource text says "microsoft.graph.externalConnector.externalItem" (a namespace that does
  // not exist); every docs example and GET response sends "microsoft.graph.externalItem". The examples are what
  // Graph accepts and returns, so that value.
  rule(facts, 'schema.baseType');
  out.set(`${EC}.schema/baseType`, { enum: ['microsoft.graph.externalItem'] });
  // applicationServerTimeout: a string, "default" or "long" (not an enum in the metadata). The fact is recorded on the
  // tutorial's onPremisesPublishing step, from api-reference/beta/resources/onpremisespublishing.md.
  operationFact(facts, 'tutorial.application.configureOnPremisesPublishing', 'applicationServerTimeout is a string (default | long)');
  out.set('microsoft.graph.onPremisesPublishing/applicationServerTimeout', {
    pattern: '^(default|long)$',
    patternErrorMessage: 'Must be "default" or "long" (docs: api-reference/beta/resources/onpremisespublishing.md).',
  });
  return out;
}
