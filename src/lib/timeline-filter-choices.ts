/**
 * The choices of the timeline's filter rows (jurisdiction, kind, stance), as the HTML of their list
 * items: a link to the pre-built page for each choice, keeping the other choices; a choice with
 * nothing in it shown but not linked; the current one marked `aria-current`.
 *
 * The jurisdiction row lists every jurisdiction on every timeline page, and across the pages of one
 * kind and stance it differs only in which choice is current. So its items are written once per kind
 * and stance and reused, and only the page's own choice is written per page (docs/performance.md).
 */
import { COLLECTION_LABELS, STATEMENT_COLLECTIONS } from './collections.ts';
import { html, type HtmlString } from './html-string.ts';
import { timelinePath } from './routes.ts';
import { STANCE_LABELS, STANCES } from './stances.ts';
import { type TimelineIndex, type TimelineKind, type TimelineScope, scopeKey } from './views/timeline.ts';

export interface FilterRow {
  label: 'Jurisdiction' | 'Kind' | 'Stance';
  choices: HtmlString;
}

interface Option {
  label: string;
  scope: TimelineScope;
}

function choice(timeline: TimelineIndex, option: Option, current: boolean): HtmlString {
  const n = timeline.entries(option.scope).length;
  if (current)
    return html`<li><a href="${timelinePath(option.scope)}" aria-current="page">${option.label} (${n})</a></li>`;
  if (n > 0) return html`<li><a href="${timelinePath(option.scope)}">${option.label} (${n})</a></li>`;
  return html`<li><span class="filter-empty">${option.label} (0)</span></li>`;
}

function jurisdictionOptions(timeline: TimelineIndex, scope: TimelineScope): Option[] {
  return [
    { label: 'All', scope: { ...scope, who: undefined } },
    ...timeline.jurisdictions.map((jurisdiction) => ({
      label: jurisdiction.name,
      scope: { ...scope, who: { type: 'jurisdiction' as const, id: jurisdiction.id } },
    })),
  ];
}

/** Per timeline, per kind and stance: the jurisdiction row's options and their items, none of them current. */
const jurisdictionRows = new WeakMap<TimelineIndex, Map<string, { options: Option[]; items: HtmlString[] }>>();

function writtenRow(timeline: TimelineIndex, scope: TimelineScope): { options: Option[]; items: HtmlString[] } {
  const options = jurisdictionOptions(timeline, scope);
  return { options, items: options.map((option) => choice(timeline, option, false)) };
}

function jurisdictionRow(timeline: TimelineIndex, scope: TimelineScope): HtmlString[] {
  let byKindAndStance = jurisdictionRows.get(timeline);
  if (!byKindAndStance) jurisdictionRows.set(timeline, (byKindAndStance = new Map()));
  const key = scopeKey({ kind: scope.kind, stance: scope.stance });
  const row = byKindAndStance.get(key) ?? writtenRow(timeline, scope);
  byKindAndStance.set(key, row);
  // The page's own choice: "All", or its jurisdiction.
  const current = row.options.findIndex((option) => option.scope.who?.id === scope.who?.id);
  return row.items.map((item, i) => (i === current ? choice(timeline, row.options[i]!, true) : item));
}

function optionsRow(timeline: TimelineIndex, scope: TimelineScope, options: Option[]): HtmlString[] {
  const currentKey = scopeKey(scope);
  return options.map((option) => choice(timeline, option, scopeKey(option.scope) === currentKey));
}

/** The three rows of a timeline page not narrowed to one actor (whose page shows no rows). */
export function timelineFilterRows(timeline: TimelineIndex, scope: TimelineScope): FilterRow[] {
  const kinds: Option[] = [
    { label: 'All', scope: { ...scope, kind: undefined } },
    ...STATEMENT_COLLECTIONS.map((kind: TimelineKind) => ({
      label: COLLECTION_LABELS[kind].plural,
      scope: { ...scope, kind },
    })),
  ];
  const stances: Option[] = [
    { label: 'All', scope: { ...scope, stance: undefined } },
    ...STANCES.map((stance) => ({ label: STANCE_LABELS[stance].label, scope: { ...scope, stance } })),
  ];
  return [
    { label: 'Jurisdiction', choices: html`${jurisdictionRow(timeline, scope)}` },
    { label: 'Kind', choices: html`${optionsRow(timeline, scope, kinds)}` },
    { label: 'Stance', choices: html`${optionsRow(timeline, scope, stances)}` },
  ];
}
