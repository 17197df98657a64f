/**
 * docs-facts.json: what Graph's metadata does not say (success codes, docs-only rules, read-only per docs,
 * national-cloud availability), for each documented operation. Entries for the same method and path (the
 * App Proxy tutorial repeats reference operations) become one operation.
 */
import type { ApiVersion, HttpMethod } from '../types';
import { OPERATION_IDS } from './curated';

export interface DocsOperation {
  id: string;
  method: HttpMethod;
  template: string;
  versions: ApiVersion[];
  /** Documented success codes, the documented one first; undefined where no docs page was read. */
  success?: number[];
  required: string[];
  /** Dotted paths relative to the body (`onPremisesPublishing.isOnPremPublishingEnabled`). */
  readOnly: string[];
  docs?: string;
  /** Per-cloud availability the docs state (cloud docs column -> available). */
  clouds: Record<string, boolean>;
  /** Every docs-facts entry merged into this operation. */
  sources: any[];
}

/** The reference operation's entry wins over the tutorial's copy of it. */
const rank = (o: any) => (String(o.id).startsWith('tutorial.') ? 1 : 0);

function templateOf(path: string): string {
  return path.split('?')[0];
}

function docsClouds(entry: any): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(entry.clouds ?? {})) if (typeof v === 'boolean') out[k] = v;
  return out;
}

export function docsOperations(facts: any): DocsOperation[] {
  const byKey = new Map<string, any[]>();
  for (const o of facts.operations ?? []) {
    const key = `${o.method} ${templateOf(o.path)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), o]);
  }
  const out: DocsOperation[] = [];
  for (const [key, entries] of byKey) {
    entries.sort((a, b) => rank(a) - rank(b));
    const main = entries[0];
    const id = OPERATION_IDS[key] ?? main.project?.routesJsonId ?? String(main.id).replace(/^tutorial\./, '');
    const versions = (['v1.0', 'beta'] as ApiVersion[]).filter(v => entries.some(e => (e.versions ?? []).includes(v)));
    out.push({
      id, method: main.method, template: templateOf(main.path), versions,
      ...(Array.isArray(main.success) ? { success: chooseSuccess(id, main.success) } : {}),
      required: chooseRequired(id, main.required ?? []),
      readOnly: [...new Set(entries.flatMap(e => e.readOnly ?? []))],
      ...(main.source?.page ? { docs: String(main.source.page) } : {}),
      clouds: Object.assign({}, ...entries.map(docsClouds)),
      sources: entries,
    });
  }
  return out;
}

/**
 * Where docs-facts.json records a conflict about success codes, the choice made here:
 * - externalConnection.create: the page's text says 201; its example's status line "200 Created" pairs 200 with
 *   the reason phrase of 201, a typo. 201 (docs-facts `success`).
 * - servicePrincipal.addAppRoleAssignment: the tutorial's example shows 200, the API reference page 201. The API
 *   reference describes the operation; the tutorial only shows one response. 201.
 * - connectorGroup.addMember / connector.addMemberOf: text 201, examples 204. Graph answers $ref writes with 204;
 *   both are accepted, the documented text first (docs-facts `success` lists both).
 * So docs-facts `success` is used as it is; this function is the one place to change if a choice changes.
 */
function chooseSuccess(_id: string, success: number[]): number[] {
  return success;
}

/**
 * externalConnection.create: docs-facts `required` is id and name (the page read); a newer create page marks
 * description Required too (`requiredConflict`). The newer page is the later statement of the contract, so
 * description is required here (a missing required property is an error the user can fix in one keystroke).
 */
function chooseRequired(id: string, required: string[]): string[] {
  if (id === 'externalConnection.create' && !required.includes('description')) return [...required, 'description'];
  return required;
}
