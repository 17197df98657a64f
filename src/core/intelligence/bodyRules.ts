import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { GraphSchema } from '../graph/schemas';
import { allowsNull, propertySchema, shortTypeName, valueType } from '../graph/schemas';
import type { RouteTable } from '../graph/types';
import type { JsonService } from './jsonService';
import type { PreparedBody } from './bodyText';
import { overlaps } from './bodyText';
import type { CodeFix, GraphDiagnostic } from './types';
import { didYouMean, listOr } from './didYouMean';
import { addPropertiesFix, nodeAtOffset, removePropertyEdit, rootProperties, spanOf } from './jsonEdits';
import { odataIdProblems } from './odataId';
import { certainlyValid, problemPlaces } from './quickSchemaCheck';
import { strictTree } from './bodyTree';
import { l10n } from '../text/l10n';
import { takesAn } from '../text/article';
import { writableEnum } from '../graph/enumValues';
import { objectShapeAt, underNavigation } from './bodyCompletion';
import { betaDeclares, isV1MetadataSchema } from '../graph/v1Model';
import { isExtensionProperty } from './openTypeRules';
import { dateForDateTime, dateTimeForDate, DATE_MESSAGE, DATE_TIME_MESSAGE, quotedPrimitive } from './valueForms';
import { BRACED, looksPlaceholder, PLACEHOLDER, placeholderInfo, takesPlainString } from './placeholders';
import { nestedOdataType } from './odataTypeValues';
import { ENUM_MISMATCH, enumList, listedOnce, nearestEnum, unknownFlags, valuePlace } from './enumMessages';

export { writableEnum } from '../graph/enumValues';

/** The service's wording of an undeclared property (pinned, English). */
const NOT_ALLOWED = /^Property .* is not allowed\.$/;

/** Stands for the service's own message where problemPlaces has none: a wording that would show it needs the service. */
const SERVICE_MESSAGE = '\u0000service message\u0000';

/**
 * Problems reported per body, at most; one info diagnostic counts the rest. A hostile body can hold 200,000
 * unknown properties, and each problem costs a message, quick fixes and a row in the Problems view.
 */
export const MAX_BODY_PROBLEMS = 100;

/** Bodies longer than this are not parsed or checked against their schema (Graph's bodies here are well under 1 KB). */
export const MAX_CHECKED_BODY_CHARS = 256 * 1024;

function jsonType(node: Node): string {
  return node.type === 'null' ? 'null' : node.type === 'number' && Number.isInteger(node.value) ? 'integer' : node.type;
}

/** "a string", "an integer", "an object": a JSON type with its article, as the messages say it. */
function aType(type: string): string {
  switch (type) {
    case 'string': return l10n.t('a string');
    case 'number': return l10n.t('a number');
    case 'integer': return l10n.t('an integer');
    case 'boolean': return l10n.t('a boolean');
    case 'object': return l10n.t('an object');
    case 'array': return l10n.t('an array');
    default: return l10n.t('a {0}', type);
  }
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || expected === 'number' && actual === 'integer';
}

/**
 * Diagnostics for a JSON body against its schema. The JSON language service decides what is wrong
 * (syntax and schema); this module says it in Graph's terms, at the right place, with quick fixes,
 * and adds what JSON Schema cannot say: read-only properties, docs placeholders, `@odata.id` targets.
 */
export function bodyDiagnostics(prepared: PreparedBody, schema: GraphSchema | undefined, json: JsonService, table: RouteTable, options: { languageServiceOnly?: boolean } = {}): GraphDiagnostic[] {
  const out = bodyDiagnosticsOnce(prepared, schema, json, table, options);
  if (!out.some(d => d.code === 'graph.body.propertyCase')) return out;
  // A key written in another case (event-forward's "EmailAddress") is not a property the service checks beneath, so
  // neither did we: "Bogus" under "EmailAddress" went unreported. The body is checked again with those keys as the
  // metadata writes them (same length: every offset still maps), down to 4 levels of such keys; what that finds is added.
  const seen = new Set(out.map(key));
  let current = prepared, found = out;
  for (let round = 0; round < 4; round++) {
    const renames = found.filter(d => d.code === 'graph.body.propertyCase').map(d => d.fixes?.[0]?.edits[0]).filter((e): e is NonNullable<typeof e> => !!e);
    if (!renames.length) break;
    let text = current.json;
    for (const e of renames) text = text.slice(0, e.span.start - prepared.offset) + e.newText + text.slice(e.span.end - prepared.offset);
    current = { ...current, json: text, diagnostics: [] };
    found = bodyDiagnosticsOnce(current, schema, json, table, options).filter(d => !seen.has(key(d)));
    for (const d of found) { seen.add(key(d)); out.push(d); }
  }
  return out;
}

const key = (d: GraphDiagnostic) => `${d.code} ${d.span.start} ${d.span.end} ${d.message}`;

function bodyDiagnosticsOnce(prepared: PreparedBody, schema: GraphSchema | undefined, json: JsonService, table: RouteTable, options: { languageServiceOnly?: boolean } = {}): GraphDiagnostic[] {
  const base = prepared.offset;
  const out: GraphDiagnostic[] = [...prepared.diagnostics];
  const strict = schema ? strictTree(prepared) : undefined;
  const strictErrors: ParseError[] = strict?.errors ?? [];
  let root = strict?.root;
  let props = rootProperties(root);
  let skipped = 0;
  const title = shortTypeName(schema?.['x-graphType'] ?? '');
  // The root object's shape: the derived type its @odata.type picks (a fido2AuthenticationMethodConfiguration PATCHed
  // through authenticationMethodConfigurations/{id}), else the schema itself: where its own properties are read.
  let rootShape: GraphSchema | undefined;
  const shapeOfRoot = (): GraphSchema | undefined => rootShape ??= (schema && root?.type === 'object' ? objectShapeAt(schema, root, root) : undefined) ?? schema;
  // Fast paths: a body that certainly fits the schema needs no language-service parse and validation, and one whose
  // problems are all where problemPlaces says the service would put them needs it no more than that.
  const fits = !!schema && !strictErrors.length && certainlyValid(root, schema);
  const quick = schema && !fits && !strictErrors.length && !options.languageServiceOnly ? placedProblems() : undefined;
  if (quick) for (const d of quick) out.push(d);
  else if (!fits) {
    const parsed = json.parse(prepared.json);
    const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      ({ start: base + parsed.textDocument.offsetAt(r.start), end: base + parsed.textDocument.offsetAt(r.end) });
    const syntax = json.syntaxErrors(parsed);
    for (const d of syntax.slice(0, MAX_BODY_PROBLEMS)) out.push({ span: at(d.range), severity: 'error', code: 'graph.body.syntax', message: l10n.t('Invalid JSON: {0}', String(d.message)) });
    skipped += Math.max(0, syntax.length - MAX_BODY_PROBLEMS);
    if (!schema || out.some(d => d.code === 'graph.body.syntax')) return capped(dropOpaque(out, prepared), skipped, base + (root?.offset ?? 0));
    if (strictErrors.length) { // the strict parse stopped at something the lenient one reads past
      root = parseTree(prepared.json);
      rootShape = undefined;
      props = rootProperties(root);
    }
    const seen = new Set<string>();
    const problems = json.schemaProblems(parsed, schema);
    for (const [i, problem] of problems.entries()) {
      if (out.length >= MAX_BODY_PROBLEMS) { skipped += problems.length - i; break; }
      const span = at(problem.range);
      const said = typeof problem.message === 'string' ? problem.message : problem.message.value;
      const diag = classify(span.start - base, span, problem.code === ENUM_MISMATCH ? listedOnce(said) : said);
      if (diag && !seen.has(diag.code + diag.span.start + diag.message)) { seen.add(diag.code + diag.span.start + diag.message); out.push(diag); }
    }
  }
  for (const [name, prop] of props) {
    const s = propertySchema(shapeOfRoot(), name);
    const value = prop.children?.[1];
    if (s?.['x-readOnly']) {
      const fixes: CodeFix[] = [{ title: l10n.t("Remove '{0}'", name), edits: [removePropertyEdit(prop, base)], isPreferred: true }];
      // The docs' `"isDefault": "Boolean"`: if the user keeps the property, at least make it a boolean.
      if (valueType(s) === 'boolean' && value?.type === 'string' && PLACEHOLDER.test(value.value)) {
        fixes.push({ title: l10n.t('Change "{0}" to false', value.value), edits: [{ span: spanOf(value, base), newText: 'false' }] });
      }
      out.push({ span: spanOf(prop.children![0], base), severity: 'warning', code: 'graph.body.readOnly', message: l10n.t('{0} Remove it from the request.', s['x-readOnly']), fixes });
      continue;
    }
    // A string, or Graph's `Json` (any value: chart-setposition's "startCell": "startCell-value"); each string of a list
    // of them too (tokenlifetimepolicy-post-tokenlifetimepolicies' "definition": ["definition-value"]). Checked without
    // allocating: this runs for every property of every body.
    if (value?.type === 'string') {
      if (takesPlainString(s) && looksPlaceholder(value, name)) out.push(placeholderInfo(value, name, base));
    } else if (value?.type === 'array' && takesPlainString(s?.items)) {
      for (const v of value.children ?? []) if (looksPlaceholder(v, name)) out.push(placeholderInfo(v, name, base));
    }
  }
  if (!schema) return capped(dropOpaque(out, prepared), skipped, base); // (returned above: the service's syntax check is all)
  for (const d of odataIdProblems(props, schema, base, table)) out.push(d);
  return capped(dropOpaque(out, prepared), skipped, base + (root?.offset ?? 0));

  /** The problems at problemPlaces' places, worded as classify words the service's; undefined when a wording needs the service's message. */
  function placedProblems(): GraphDiagnostic[] | undefined {
    const places = problemPlaces(root, schema!, prepared.json);
    if (!places || out.length + places.length >= MAX_BODY_PROBLEMS) return undefined;
    const found: GraphDiagnostic[] = [];
    const seen = new Set<string>();
    for (const place of places) {
      const span = { start: base + place.offset, end: base + place.offset + place.length };
      const diag = classify(place.offset, span, SERVICE_MESSAGE);
      if (diag?.message.includes(SERVICE_MESSAGE)) return undefined;
      if (diag && !seen.has(diag.code + diag.span.start + diag.message)) { seen.add(diag.code + diag.span.start + diag.message); found.push(diag); }
    }
    return found;
  }

  function classify(offset: number, span: { start: number; end: number }, message: string): GraphDiagnostic | undefined {
    const node = nodeAtOffset(root!, offset);
    if (root && node === root && offset === root.offset) {
      // A name written in another case is there (chartcollection-add's "seriesby": its own warning names the spelling).
      const written = [...props.keys()].map(k => k.toLowerCase());
      const missing = ((schema!.required ?? []) as string[]).filter(r => !props.has(r) && !written.includes(r.toLowerCase()));
      if (!missing.length) return undefined;
      const names = listOr(missing.map(m => `'${m}'`), 'and');
      // An action's parameters: named with the action (`assignLicense`), as its docs page is.
      if (schema!['x-kind'] === 'action') {
        const action = String(schema!.title ?? '').replace(/ \(parameters\)$/, '');
        // From the v1.0 metadata (Nullable="false", no OptionalParameter: v1Schemas.ts) a warning: sources conflict there,
        // and the docs call some such parameters optional (rangesort-apply's matchCase, hasHeaders, orientation, method;
        // chartcollection-add's seriesBy). A documented operation's required parameters (routes.json) stay errors.
        const fromMetadata = isV1MetadataSchema(schema);
        const message = missing.length > 1 ? l10n.t('Missing required parameters {0} of the action {1}.', names, action) : l10n.t('Missing required parameter {0} of the action {1}.', names, action);
        return {
          span: { start: span.start, end: span.start + 1 }, severity: fromMetadata ? 'warning' : 'error', code: 'graph.body.missingRequired',
          message: fromMetadata ? `${message} ${l10n.t('(Graph\'s metadata: not nullable and not optional; its docs call some such parameters optional.)')}` : message,
          fixes: [addPropertiesFix(root, prepared.json, base, missing, schema!)],
        };
      }
      // The verb is the body's kind as the schemas name it (create, update, put), `link` for a $ref body.
      const verb = schema!['x-kind'] === 'ref' ? 'link' : schema!['x-kind'];
      const an = takesAn(title);
      const message = missing.length > 1
        ? (an ? l10n.t('Missing required properties {0} to {1} an {2}.', names, verb, title) : l10n.t('Missing required properties {0} to {1} a {2}.', names, verb, title))
        : (an ? l10n.t('Missing required property {0} to {1} an {2}.', names, verb, title) : l10n.t('Missing required property {0} to {1} a {2}.', names, verb, title));
      return { span: { start: span.start, end: span.start + 1 }, severity: 'error', code: 'graph.body.missingRequired', message, fixes: [addPropertiesFix(root, prepared.json, base, missing, schema!)] };
    }
    // A long value the docs cut short ("key": "MIIDYDCCAki...", application-addkey.md): not base64 as written, but a
    // placeholder for the whole value, said as such (info), as "xxx-value" placeholders are.
    if (node?.type === 'string' && typeof node.value === 'string' && /^[^\s]{4,}(\.\.\.|…)$/.test(node.value) && !/^(Value is not accepted|Incorrect type)/.test(message)) {
      // Which problem it is (a pattern, not an enum or a type) is the service's to say: the quick path hands it over.
      if (message === SERVICE_MESSAGE) return { span, severity: 'error', code: 'graph.body.schema', message: SERVICE_MESSAGE };
      return { span: spanOf(node, base), severity: 'info', code: 'graph.body.placeholder', message: l10n.t('"{0}" looks cut short, as the docs write long values: put the whole value here.', node.value) };
    }
    if (node && message === DATE_MESSAGE) { const dated = dateTimeForDate(node, base); if (dated) return dated; }
    if (node && message === DATE_TIME_MESSAGE) { const timed = dateForDateTime(node, base); if (timed) return timed; }
    const prop = node?.parent?.type === 'property' ? node.parent : undefined;
    if (prop && prop.parent !== root && node === prop.children![0] && NOT_ALLOWED.test(message)) {
      const shape = objectShapeAt(schema!, root!, prop.parent!);
      if (shape?.properties) return unknownProperty(String(node.value), prop, shape);
    }
    if (prop && prop.parent !== root && node === prop.children![1] && prop.children![0].value === '@odata.type') {
      const typed = prepared.variableStrings.some(v => overlaps(v, spanOf(node, base))) ? undefined : nestedOdataType(node, message, base);
      if (typed) return typed;
    }
    if (!prop || prop.parent !== root) {
      // The service's wording of a type mismatch (pinned, English): a nested Boolean or number in quotes is a warning too.
      const expected = /^Incorrect type\. Expected .*?\b(boolean|integer|number)\b/.exec(message)?.[1];
      const quoted = node && expected ? quotedPrimitive(node, expected, base) : undefined;
      // A nested value's problem names its property (a dateTimeTimeZone's dateTime says whose format it is), a list item
      // its list and place (search-searchentity-post-bookmarks' `"platforms": ["windows"]`), and an enum mismatch the value.
      const where = node ? valuePlace(node) : undefined;
      const said = (node?.type === 'string' && message.startsWith('Value is not accepted.') ? message.replace('Value is not accepted.', l10n.t('"{0}" is not accepted.', String(node.value))) : message)
        .replace(/\bis not a RFC3339 /, l10n.t('is not an RFC 3339 '));
      // The service's "Incorrect type. Expected one of array, null." in the top level's words (chat-post's `"roles": "owner"`).
      const types = /^Incorrect type\. Expected (?:one of )?"?([a-z, ]+?)"?\.$/.exec(message)?.[1]?.split(', ').filter(t => t !== 'null');
      // 2.5 where an integer goes (user-findmeetingtimes' maxCandidates): "not a fraction", not "not a number".
      const actual = node ? (types?.includes('integer') && node.type === 'number' ? l10n.t('a fraction') : aType(jsonType(node) === 'integer' ? 'number' : jsonType(node))) : '';
      const typed = where && node && types?.length ? l10n.t('{0} must be {1}, not {2}.', where, listOr(types.map(aType)), actual) : undefined;
      const named = typed ?? (where && message !== SERVICE_MESSAGE ? l10n.t('{0}: {1}', where, said) : said);
      return quoted ?? { span, severity: 'error', code: 'graph.body.schema', message: named };
    }
    const name = String(prop.children![0].value);
    const shape = shapeOfRoot()!;
    const s: GraphSchema | undefined = propertySchema(shape, name);
    if (node === prop.children![0] && !s) return unknownProperty(name, prop, shape);
    // The service puts an object value's missing property at its key: an abstract value without @odata.type
    // (attacksimulationroot-post-simulation's trainingSetting; the metadata's Abstract="true", as ipRange's items).
    // Sources conflict: that page's example sends none and the service picks the type from settingType; the metadata's
    // rule is the one every OData reader applies, so it is the error here.
    if (node === prop.children![0] && s && /^Missing property /.test(message)) {
      return { span, severity: 'error', code: 'graph.body.schema', message: l10n.t('{0}: {1}', name, message) };
    }
    if (!s || s['x-readOnly'] || node !== prop.children![1]) return undefined;
    return valueProblem(name, s, node!, span, message);
  }

  /** An undeclared property of the body's object, or (`shape`) of a nested one. */
  function unknownProperty(name: string, prop: Node, shape: GraphSchema = schema!): GraphDiagnostic | undefined {
    // A schema extension's data on a closed type that takes them (message, event, contact...): its name is its id.
    if (isExtensionProperty(typeof shape['x-graphType'] === 'string' ? shape['x-graphType'] : undefined, name)) return undefined;
    // One spelling per name: an action's schema takes both `message` and `Message` (v1Schemas.ts), the list shows the first.
    const seenNames = new Set<string>();
    const known = Object.keys(shape.properties ?? {}).filter(k => !k.startsWith('@') && !shape.properties[k]['x-readOnly'] && !seenNames.has(k.toLowerCase()) && !!seenNames.add(k.toLowerCase()));
    const key = prop.children![0];
    const rename = (to: string): CodeFix => ({ title: l10n.t("Rename to '{0}'", to), edits: [{ span: { start: base + key.offset + 1, end: base + key.offset + key.length - 1 }, newText: to }], isPreferred: true });
    const owner = shape === schema ? title : shortTypeName(shape['x-graphType'] ?? '') || title;
    // Only the case differs ("Query" for runHuntingQuery's query, "EmailAddress" in event-forward's recipients): a
    // warning, not an error. Sources conflict: the docs' own examples send such spellings, and Outlook's workloads
    // read PascalCase; yet sendMail has been reported case-sensitive (microsoft-graph-docs issues 37 and 10518). So the
    // request is not called wrong, and the fix writes the metadata's name, which every service takes.
    const sameName = known.find(k => k.toLowerCase() === name.toLowerCase());
    if (sameName) {
      return {
        span: spanOf(key, base), severity: 'warning', code: 'graph.body.propertyCase', fixes: [rename(sameName)],
        message: l10n.t("'{0}' is written '{1}' in Graph's metadata. Some Graph services read names in any case (the docs' examples write some this way), others do not: write '{1}'.", name, sameName),
      };
    }
    const near = didYouMean(name, known);
    const fixes: CodeFix[] = near ? [rename(near)] : [];
    fixes.push({ title: l10n.t("Remove '{0}'", name), edits: [removePropertyEdit(prop, base)] });
    // An action's body holds its parameters (user-sendmail's Example 5 sends a message's properties without `message`):
    // its shape's x-graphType is the binding type, whose beta properties say nothing of the action's parameters
    // (identitygovernance-workflow-createnewversion Example 2 puts a workflow's properties beside `workflow`).
    const action = shape === schema && schema['x-kind'] === 'action' ? String(schema.title ?? '').replace(/ \(parameters\)$/, '') : undefined;
    const type = shape['x-graphType'];
    if (!action && typeof type === 'string' && isV1MetadataSchema(schema) && betaDeclares(type, name)) {
      // In a deep insert, not a word: the v1.0 docs' own assignment request (entitlementmanagement-post-assignmentrequests,
      // 201) sends `assignment` with targetId, assignmentPolicyId and accessPackageId, which only beta's
      // accessPackageAssignment declares, and shows v1.0 taking them. What the docs show working is not called wrong there;
      // a name neither version declares is still an error below.
      if (prop.parent && prop.parent !== root && underNavigation(schema!, root!, prop.parent)) return undefined;
      // physicalAddress's postOfficeBox in bookingbusiness-post-appointments: beta's type has it, v1.0's does not; beta's
      // accessPackageAssignmentRequest.accessPackageAssignment is v1.0's `assignment` (the did-you-mean). The request's
      // /beta/ fix is added where the request is known (requestValidation.ts).
      // A warning, not an error: sources conflict. v1.0's metadata lacks these names, yet v1.0 docs pages send and list
      // some of them and show them working: Bookings' v1.0 examples send physicalAddress.postOfficeBox and the v1.0
      // answer of bookingbusiness-post-bookingbusinesses echoes it; accessReviewScheduleDefinition's v1.0 page lists
      // backupReviewers (deprecated, copied to fallbackReviewers). Other services (directory objects) reject what their
      // v1.0 type lacks. A name neither version declares stays an error: most likely a typo.
      const short = shortTypeName(type);
      return {
        span: spanOf(key, base), severity: 'warning', code: 'graph.body.betaOnly', fixes,
        message: near
          ? l10n.t("'{0}' exists only in beta: beta's {1} declares it, v1.0's does not. Did you mean '{2}'? Graph v1.0 may reject or ignore '{0}': send this request to /beta/, or rename or remove the property.", name, short, near)
          : l10n.t("'{0}' exists only in beta: beta's {1} declares it, v1.0's does not, so Graph v1.0 may reject or ignore it. Send this request to /beta/ or remove the property.", name, short),
      };
    }
    const message = action
      ? (near ? l10n.t("The action {0} has no parameter '{1}'. Did you mean '{2}'?", action, name, near) : l10n.t("The action {0} has no parameter '{1}'. Its parameters: {2}.", action, name, known.join(', ')))
      : near ? l10n.t("{0} has no property '{1}'. Did you mean '{2}'?", owner, name, near) : l10n.t("{0} has no property '{1}'. Known properties: {2}.", owner, name, known.join(', '));
    return { span: spanOf(key, base), severity: 'error', code: 'graph.body.unknownProperty', message, fixes };
  }

  function valueProblem(name: string, s: GraphSchema, value: Node, span: { start: number; end: number }, message: string): GraphDiagnostic | undefined {
    const vspan = spanOf(value, base);
    const isVariable = prepared.variableStrings.some(v => overlaps(v, vspan));
    if (name === '@odata.type') {
      if (isVariable) return undefined;
      const want = s.enum[0];
      const change = { title: l10n.t('Change to "{0}"', want), edits: [{ span: vspan, newText: JSON.stringify(want) }] };
      // The deprecated annotation of a former type (typeSchemas.ts withFormerType): the metadata says to strip it.
      const former = typeof value.value === 'string' && value.parent ? (s['x-deprecatedTypes'] as Record<string, string> | undefined)?.[value.value.replace(/^#/, '')] : undefined;
      if (former) {
        return {
          span: vspan, severity: 'error', code: 'graph.body.odataType', tags: ['deprecated'],
          message: l10n.t('"{0}" is a deprecated type annotation: {1}', value.value, former),
          fixes: [{ title: l10n.t("Remove '{0}'", '@odata.type'), edits: [removePropertyEdit(value.parent!, base)], isPreferred: true }, change],
        };
      }
      // A resource with derived types takes any of them (chat-post-members: aadUserConversationMember, anonymousGuest...):
      // all are named, the nearest spelling first.
      const choices = writableEnum(s);
      if (choices.length > 1) {
        const near = typeof value.value === 'string' ? didYouMean(value.value, choices) : undefined;
        const ordered = near ? [near, ...choices.filter(c => c !== near)] : choices;
        const shown = ordered.slice(0, 8).map(c => `"${c}"`).join(', ') + (ordered.length > 8 ? l10n.t(' and {0} more', ordered.length - 8) : '');
        return {
          span: vspan, severity: 'error', code: 'graph.body.odataType', message: l10n.t('@odata.type must name the resource this request addresses or a type deriving from it: {0}.', shown),
          fixes: ordered.slice(0, 5).map((c, i) => ({ title: l10n.t('Change to "{0}"', c), edits: [{ span: vspan, newText: JSON.stringify(c) }], isPreferred: i === 0 })),
        };
      }
      return { span: vspan, severity: 'error', code: 'graph.body.odataType', message: l10n.t('@odata.type must name the resource this request addresses: "{0}".', want), fixes: [{ ...change, isPreferred: true }] };
    }
    const placeholder = value.type === 'string' && PLACEHOLDER.test(value.value);
    const type = valueType(s);
    const actual = jsonType(value);
    if (type && !typeMatches(type, actual) && !(actual === 'null' && allowsNull(s))) {
      const quoted = quotedPrimitive(value, type, base);
      if (quoted) return quoted;
      if (actual === 'null') {
        return { span: vspan, severity: 'error', code: 'graph.body.type', message: l10n.t('{0} cannot be null (Nullable="false" in Graph\'s metadata): give it {1} or leave it out.', name, aType(type)) };
      }
      if (placeholder && type === 'boolean') {
        return { span: vspan, severity: 'error', code: 'graph.body.placeholder', message: l10n.t('"{0}" is a documentation placeholder, not a boolean: {1} takes true or false.', value.value, name), fixes: [{ title: l10n.t('Change to false'), edits: [{ span: vspan, newText: 'false' }], isPreferred: true }, { title: l10n.t('Change to true'), edits: [{ span: vspan, newText: 'true' }] }] };
      }
      const fixes: CodeFix[] = [];
      if (type === 'string' && (value.type === 'number' || value.type === 'boolean')) fixes.push({ title: l10n.t('Quote the value'), edits: [{ span: vspan, newText: JSON.stringify(String(value.value)) }], isPreferred: true });
      return { span: vspan, severity: 'error', code: 'graph.body.type', message: l10n.t('{0} must be {1}, not {2}.', name, aType(type), type === 'integer' && actual === 'number' ? l10n.t('a fraction') : aType(actual === 'integer' ? 'number' : actual)), fixes: fixes.length ? fixes : undefined };
    }
    if (isVariable) return undefined;
    if (s.enum && !s.enum.includes(value.value) && !(value.type === 'null' && allowsNull(s))) {
      const values = writableEnum(s);
      const near = nearestEnum(String(value.value), s);
      const preferred = near ?? values[0];
      const fixes = [preferred, ...values.filter(v => v !== preferred)].map((v, i) => ({ title: l10n.t('Change to "{0}"', v), edits: [{ span: vspan, newText: JSON.stringify(v) }], isPreferred: i === 0 }));
      return placeholder
        ? { span: vspan, severity: 'error', code: 'graph.body.placeholder', message: l10n.t('"{0}" is a documentation placeholder: {1} must be {2}.', value.value, name, enumList(s)), fixes }
        : { span: vspan, severity: 'error', code: 'graph.body.enum', message: l10n.t('"{0}" is not a valid {1}: use {2}.', value.value, name, enumList(s)), fixes };
    }
    // A documentation placeholder where a formatted value goes: "String (timestamp)" for a date-time (security-alert-update,
    // subjectrightsrequest-post), "{id}" for a GUID (synchronization-synchronizationtemplate-update's applicationId).
    if (value.type === 'string' && (placeholder || BRACED.test(value.value)) && (s.format || s.pattern) && !s['x-flags']) {
      const what = s.format === 'date-time' ? l10n.t('a date-time such as {0}', '2024-01-31T09:00:00Z')
        : s.format === 'date' ? l10n.t('a date such as {0}', '2024-01-31')
        : String(s.patternErrorMessage ?? '').replace(/^Must be /, '').replace(/\.$/, '') || l10n.t('a value of its format');
      return { span: vspan, severity: 'error', code: 'graph.body.placeholder', message: l10n.t('"{0}" is a documentation placeholder: {1} must be {2}.', value.value, name, what) };
    }
    if (s.pattern) {
      const flags = unknownFlags(name, s, value);
      if (flags) return { span: vspan, severity: 'error', code: 'graph.body.pattern', message: flags };
      return { span: vspan, severity: 'error', code: 'graph.body.pattern', message: `${name}: ${s.patternErrorMessage ?? message}` };
    }
    return { span, severity: 'error', code: 'graph.body.schema', message };
  }
}

/** The first MAX_BODY_PROBLEMS diagnostics by position, and an info at `at` that says how many more were skipped. */
function capped(diags: GraphDiagnostic[], skipped: number, at: number): GraphDiagnostic[] {
  const more = skipped + Math.max(0, diags.length - MAX_BODY_PROBLEMS);
  if (!more) return diags;
  const kept = diags.sort((a, b) => a.span.start - b.span.start).slice(0, MAX_BODY_PROBLEMS);
  kept.push({
    span: { start: at, end: at + 1 }, severity: 'info', code: 'graph.limit.bodyProblems',
    message: l10n.t('This body has more than {0} problems: the first {0} are listed, {1} more are not.', MAX_BODY_PROBLEMS, more.toLocaleString('en-US')),
  });
  return kept;
}

function dropOpaque(diags: GraphDiagnostic[], prepared: PreparedBody): GraphDiagnostic[] {
  if (!prepared.opaque.length) return diags; // most bodies: no copy
  return diags.filter(d => !prepared.opaque.some(o => overlaps(o, d.span)));
}
