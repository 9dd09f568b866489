/**
 * The timeline: every dated letter, quote and position, newest first, and the same list narrowed by
 * who (a jurisdiction or an actor), kind and stance. Every narrowing a reader can pick is computed
 * in one pass over the entries, so each entry lands in a fixed number of lists (its scopes) and the
 * whole index grows linearly with the record. Pages and the year/month grouping read it.
 */
import { COLLECTION_LABELS, STATEMENT_COLLECTIONS } from '../collections.ts';
import { compareNewestFirst } from '../entry-facts.ts';
import type { EntryGraph, GraphEntry } from '../graph.ts';
import { involvedActors, OWN_STATEMENTS } from '../involved.ts';
import { type Stance, STANCE_LABELS } from '../stances.ts';
import { formatPartialDate, partialDate } from '../dates.ts';

/** Entries per timeline page: a page stays light however large the record or a year grows. */
export const TIMELINE_PAGE_SIZE = 100;

/**
 * How many statements an actor's own page lists. An actor with no more than this has their whole
 * record there, so a timeline page of their own would repeat it; only longer records get one.
 */
export const ACTOR_RECORD_SHOWN = 50;

export type TimelineKind = (typeof STATEMENT_COLLECTIONS)[number];
export type TimelineEntry = GraphEntry<TimelineKind>;

/** Whose statements: those addressing a jurisdiction, or those an actor said, signed or held. */
export type TimelineWho = { type: 'jurisdiction' | 'actor'; id: string };

export interface TimelineScope {
  who?: TimelineWho;
  kind?: TimelineKind;
  stance?: Stance;
}

export interface TimelineIndex {
  /** Every scope with at least one entry, by `scopeKey`, each list newest first. */
  scopes: ReadonlyMap<string, { scope: TimelineScope; entries: readonly TimelineEntry[] }>;
  entries(scope: TimelineScope): readonly TimelineEntry[];
  /** Every jurisdiction, by name, as the timeline's filter lists them: sorted once, not on each page. */
  jurisdictions: readonly { id: string; name: string }[];
}

/** A scope's stable key: `who|kind|stance`, empty parts for "any". */
export function scopeKey(scope: TimelineScope): string {
  const who = scope.who ? `${scope.who.type === 'jurisdiction' ? 'j' : 'a'}:${scope.who.id}` : '';
  return `${who}|${scope.kind ?? ''}|${scope.stance ?? ''}`;
}

/**
 * Every scope one entry belongs to: (any or its jurisdiction) × (any or its kind) × (any or its
 * stance), and each of its actors alone — an actor's statements are few, and their page lists them
 * all, so they are not narrowed further (which would make a page per actor, kind and stance).
 */
function scopesOf(entry: TimelineEntry): TimelineScope[] {
  const jurisdiction = (entry.data as { jurisdiction?: string }).jurisdiction;
  const whos: (TimelineWho | undefined)[] = [
    undefined,
    ...(jurisdiction ? [{ type: 'jurisdiction' as const, id: jurisdiction }] : []),
  ];
  const scopes: TimelineScope[] = [];
  for (const who of whos) {
    for (const kind of [undefined, entry.collection]) {
      for (const stance of [undefined, entry.data.stance]) scopes.push({ who, kind, stance });
    }
  }
  // An actor's timeline is what they said, signed or held: a letter they only received is not theirs.
  for (const id of involvedActors(entry, OWN_STATEMENTS)) scopes.push({ who: { type: 'actor', id } });
  return scopes;
}

/** Whether an actor's statements fill more than their own page, and so have a timeline page of their own. */
export function hasActorTimeline(timeline: TimelineIndex, actorId: string, shown = ACTOR_RECORD_SHOWN): boolean {
  return timeline.entries({ who: { type: 'actor', id: actorId } }).length > shown;
}

/** The scopes that get timeline pages: all of them, except actors whose page already lists everything. */
export function timelinePageScopes(
  timeline: TimelineIndex,
  shown = ACTOR_RECORD_SHOWN,
): { scope: TimelineScope; entries: readonly TimelineEntry[] }[] {
  return [...timeline.scopes.values()].filter(
    ({ scope }) => scope.who?.type !== 'actor' || hasActorTimeline(timeline, scope.who.id, shown),
  );
}

export function buildTimeline(graph: EntryGraph): TimelineIndex {
  const all = STATEMENT_COLLECTIONS.flatMap((collection) => graph.all(collection) as TimelineEntry[]).sort(
    compareNewestFirst(graph),
  );
  const scopes = new Map<string, { scope: TimelineScope; entries: TimelineEntry[] }>();
  // Entries are taken newest first, so every scope's list is too.
  for (const entry of all) {
    for (const scope of scopesOf(entry)) {
      const key = scopeKey(scope);
      const found = scopes.get(key);
      if (found) found.entries.push(entry);
      else scopes.set(key, { scope, entries: [entry] });
    }
  }
  const jurisdictions = graph
    .all('jurisdictions')
    .map(({ id, data }) => ({ id, name: data.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { scopes, entries: (scope) => scopes.get(scopeKey(scope))?.entries ?? [], jurisdictions };
}

export interface TimelineMonth {
  /** 1–12, or undefined for entries dated only by year. */
  month?: number;
  entries: TimelineEntry[];
}

export interface TimelineYear {
  year: number;
  months: TimelineMonth[];
}

/**
 * Groups a newest-first list by year, then month. Entries dated only by year sort as 1 January, so
 * they come last in their year, under a month of their own.
 */
export function groupByYearMonth(entries: readonly TimelineEntry[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const entry of entries) {
    const date = partialDate(entry.data.date);
    let year = years.at(-1);
    if (year?.year !== date.year) years.push((year = { year: date.year, months: [] }));
    let month = year.months.at(-1);
    if (!month || month.month !== date.month) year.months.push((month = { month: date.month, entries: [] }));
    month.entries.push(entry);
  }
  return years;
}

/** For each year in a newest-first list, the page (from 1) its first entry falls on. */
export function yearPages(
  entries: readonly TimelineEntry[],
  pageSize: number,
): { year: number; page: number; count: number }[] {
  const years: { year: number; page: number; count: number }[] = [];
  entries.forEach((entry, index) => {
    const year = partialDate(entry.data.date).year;
    const last = years.at(-1);
    if (last?.year === year) last.count++;
    else years.push({ year, page: Math.floor(index / pageSize) + 1, count: 1 });
  });
  return years;
}

/** A month heading: `June 2019`, or `2019, month not known` for entries dated by year alone. */
export function monthLabel(year: number, month?: number): string {
  return month
    ? formatPartialDate({ value: `${year}-${String(month).padStart(2, '0')}`, precision: 'month', year, month })
    : `${year}, month not known`;
}

/** How a narrowed timeline reads in its title: `Netherlands · Letters · Opposes`, or `` for all. */
export function describeScope(scope: TimelineScope, nameOf: (who: TimelineWho) => string): string {
  return [
    scope.who && nameOf(scope.who),
    scope.kind && COLLECTION_LABELS[scope.kind].plural,
    scope.stance && STANCE_LABELS[scope.stance].label,
  ]
    .filter(Boolean)
    .join(' · ');
}
