import type { GraphDiagnostic } from './types';
import { expandFields, expandItems, expandOptions, selectFields, type ExpandItem, type UrlLayout } from './urlSpans';
import type { RouteMatch } from '../graph/routes';
import { getEntitySchema, shortTypeName } from '../graph/schemas';
import { v1ExpandNames, v1IsComplexProperty, v1NavigationTarget, v1SelectNames } from '../graph/v1Completion';
import { isExtensionProperty } from './openTypeRules';
import { didYouMean } from './didYouMean';
import { BRACED } from './placeholders';
import { l10n } from '../text/l10n';

/**
 * OData's system query options (OData 4.01 URL conventions, section 5): a `$` name that is none of them is a typo
 * (`$filtre`, or `$filter ` with a space before `=`: rbacapplication-list-roleassignments Example 2), which Graph does
 * not read as the option. Compared without case, as Graph reads them (`$skipToken`, `$orderBy` in the docs).
 */
const QUERY_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count', '$search', '$format', '$skiptoken', '$deltatoken', '$apply', '$compute', '$index', '$levels', '$schemaversion', '$id'];
const QUERY_OPTION_SET = new Set(QUERY_OPTIONS);

const QUERY_NAME = /[?&](?:\$|%24)([^=&#]*)/gi;
/** Whether every `$` name in the query is one of OData's: the common case, told without splitting or laying out the URL. */
export function queryOptionsKnown(text: string): boolean {
  const q = text.indexOf('?');
  if (q < 0) return true;
  QUERY_NAME.lastIndex = q;
  for (let m = QUERY_NAME.exec(text); m; m = QUERY_NAME.exec(text)) if (!QUERY_OPTION_SET.has(`$${m[1]}`.toLowerCase())) return false;
  return true;
}

export function queryOptionProblems(text: string, layout: UrlLayout, doc: (s: { start: number; end: number }) => { start: number; end: number }): GraphDiagnostic[] {
  const out: GraphDiagnostic[] = [];
  let at = layout.query.start;
  for (const part of text.slice(layout.query.start, layout.query.end).split('&')) {
    const eq = part.indexOf('=');
    const raw = eq < 0 ? part : part.slice(0, eq);
    const name = raw.replace(/^%24/i, '$');
    if (name.startsWith('$') && !name.includes('{{') && !QUERY_OPTION_SET.has(name.toLowerCase()) && out.length < 10) {
      const near = didYouMean(name.trim().toLowerCase(), QUERY_OPTIONS) ?? (QUERY_OPTION_SET.has(name.trim().toLowerCase()) ? name.trim() : undefined);
      const span = doc({ start: at, end: at + raw.length });
      out.push({
        span, severity: 'warning', code: 'graph.url.queryOption',
        message: near
          ? l10n.t("'{0}' is no OData query option: Graph does not read it as one. Did you mean '{1}'?", raw, near)
          : l10n.t("'{0}' is no OData query option: Graph does not read it as one ({1}).", raw, QUERY_OPTIONS.join(', ')),
        ...(near ? { fixes: [{ title: l10n.t("Change to '{0}'", near), edits: [{ span, newText: near }], isPreferred: true }] } : {}),
      });
    }
    at += part.length + 1;
  }
  return out;
}

export function selectProblems(text: string, layout: UrlLayout, match: RouteMatch, doc: (s: { start: number; end: number }) => { start: number; end: number }): GraphDiagnostic[] {
  const fields = selectFields(text, layout.query);
  if (!fields.length) return []; // most URLs: no $select, so no type's names to gather
  const entity = getEntitySchema(match.route.resourceType);
  // A route of the whole v1.0 metadata: its type's names (none when the type has derived types, whose names $select also takes).
  const v1Names = !entity && match.route.source === 'metadata' && match.route.resourceType ? v1SelectNames(match.route.resourceType) : undefined;
  if (!entity && !v1Names) return [];
  const typeName = entity?.['x-graphType'] ?? match.route.resourceType!;
  const names = v1Names ?? ['id', ...Object.keys(entity!.properties).filter(n => n !== 'id')];
  const out: GraphDiagnostic[] = [];
  for (const field of fields) {
    // Directory and schema extensions are read by name: user-list.md, "Returned only with $select".
    if (field.name.includes('{{') || field.name === '*' || isExtensionProperty(typeName, field.name) || names.some(n => n.toLowerCase() === field.name.toLowerCase())) continue;
    if (BRACED.test(field.name)) { out.push(placeholderField(field, doc)); continue; }
    const near = didYouMean(field.name, names);
    out.push({
      span: doc(field.span), severity: 'error', code: 'graph.url.unknownSelect',
      message: l10n.t("'{0}' is not a property of {1}; $select one of: {2}.", field.name, shortTypeName(typeName), names.length > 25 ? l10n.t('{0}, ... ({1} in all)', names.slice(0, 25).join(', '), names.length) : names.join(', ')),
      fixes: near ? [{ title: l10n.t("Change to '{0}'", near), edits: [{ span: doc(field.span), newText: near }], isPreferred: true }] : undefined,
    });
  }
  return out;
}

/**
 * `$expand` names against the navigation properties of a v1.0 metadata route's type (docs sample 6: `$expand=bogus` went
 * unflagged while `$select=bogus` was). Graph answers a name that is no navigation property with an error ("Only
 * navigation properties can be expanded"; a complex property is taken too). routes.json's curated routes are not checked.
 */
export function expandProblems(text: string, layout: UrlLayout, match: RouteMatch, doc: (s: { start: number; end: number }) => { start: number; end: number }): GraphDiagnostic[] {
  const type = match.route.source === 'metadata' ? match.route.resourceType : undefined;
  const out: GraphDiagnostic[] = [];
  if (type) checkExpand(type, expandFields(text, layout.query), doc, out, 0);
  return out;
}

/**
 * `$expand` items against `type`'s navigation, then each item's own `$expand` and `$select` options against the type
 * the navigation reaches (`manager($select=id;$expand=directReports)`, docs sample 7: nested names went unchecked).
 */
function checkExpand(type: string, items: ExpandItem[], doc: (s: { start: number; end: number }) => { start: number; end: number }, out: GraphDiagnostic[], depth: number): void {
  const names = items.length && depth < 4 ? v1ExpandNames(type) : undefined;
  if (!names) return;
  for (const field of items) {
    const known = names.find(n => n.toLowerCase() === field.name.toLowerCase());
    if (known) {
      const target = field.options ? v1NavigationTarget(type, known) : undefined;
      if (target && field.options) {
        for (const option of expandOptions(field.options)) {
          if (option.name === '$expand' || option.name === 'expand') checkExpand(target, expandItems(option.value, option.at), doc, out, depth + 1);
          if (option.name === '$select' || option.name === 'select') out.push(...selectNames(target, selectItems(option.value, option.at), doc));
        }
      }
      continue;
    }
    if (field.name.includes('{{') || isExtensionProperty(type, field.name) || v1IsComplexProperty(type, field.name)) continue;
    if (BRACED.test(field.name)) { out.push(placeholderField(field, doc)); continue; }
    const near = didYouMean(field.name, names);
    out.push({
      span: doc(field.span), severity: 'error', code: 'graph.url.unknownExpand',
      message: names.length
        ? l10n.t("'{0}' is not a navigation property of {1}; $expand one of: {2}.", field.name, shortTypeName(type), names.length > 25 ? l10n.t('{0}, ... ({1} in all)', names.slice(0, 25).join(', '), names.length) : names.join(', '))
        : l10n.t("'{0}' is not a navigation property of {1}, which has none to $expand.", field.name, shortTypeName(type)),
      fixes: near ? [{ title: l10n.t("Change to '{0}'", near), edits: [{ span: doc(field.span), newText: near }], isPreferred: true }] : undefined,
    });
  }
}

/** The names of a `$select` value starting at `start`, with their spans. */
function selectItems(value: string, start: number): { name: string; span: { start: number; end: number } }[] {
  const out: { name: string; span: { start: number; end: number } }[] = [];
  let at = start;
  for (const piece of value.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const name = piece.trim();
    if (name) out.push({ name, span: { start: at + lead, end: at + lead + name.length } });
    at += piece.length + 1;
  }
  return out;
}

/** A nested `$select`'s names against the v1.0 type (none checked when types derive from it, as at the top). */
function selectNames(type: string, fields: { name: string; span: { start: number; end: number } }[], doc: (s: { start: number; end: number }) => { start: number; end: number }): GraphDiagnostic[] {
  const names = fields.length ? v1SelectNames(type) : undefined;
  if (!names) return [];
  const out: GraphDiagnostic[] = [];
  for (const field of fields) {
    if (field.name.includes('{{') || field.name === '*' || isExtensionProperty(type, field.name) || names.some(n => n.toLowerCase() === field.name.toLowerCase())) continue;
    if (BRACED.test(field.name)) { out.push(placeholderField(field, doc)); continue; }
    const near = didYouMean(field.name, names);
    out.push({
      span: doc(field.span), severity: 'error', code: 'graph.url.unknownSelect',
      message: l10n.t("'{0}' is not a property of {1}; $select one of: {2}.", field.name, shortTypeName(type), names.length > 25 ? l10n.t('{0}, ... ({1} in all)', names.slice(0, 25).join(', '), names.length) : names.join(', ')),
      fixes: near ? [{ title: l10n.t("Change to '{0}'", near), edits: [{ span: doc(field.span), newText: near }], isPreferred: true }] : undefined,
    });
  }
  return out;
}

/** `$select=id,{property_1}` (opentypeextension-get's template): a docs placeholder, said as the path's are (a warning). */
function placeholderField(field: { name: string; span: { start: number; end: number } }, doc: (s: { start: number; end: number }) => { start: number; end: number }): GraphDiagnostic {
  return { span: doc(field.span), severity: 'warning', code: 'graph.url.placeholder', message: l10n.t("'{0}' is a documentation placeholder: put a property name here.", field.name) };
}
