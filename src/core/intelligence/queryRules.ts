import type { GraphDiagnostic } from './types';
import type { UrlLayout } from './urlSpans';
import { didYouMean } from './didYouMean';
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
