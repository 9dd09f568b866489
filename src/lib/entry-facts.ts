/**
 * What every page and list needs to say about any entry: its title, date and stance, whatever its
 * kind. Index pages, backlink lists and search metadata all use these, so an entry reads the same
 * everywhere.
 */
import { compareDates, formatPartialDate, partialDate } from './dates.ts';
import { type EntryGraph, type GraphEntry, isIn } from './graph.ts';
import type { Stance } from './stances.ts';

const QUOTE_TITLE_WORDS = 12;

/** A short quote title: the first words of the quote, with an ellipsis where cut. */
export function shortenQuote(text: string, words = QUOTE_TITLE_WORDS): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** The name of an actor id, or the id itself when unknown. */
export function actorName(graph: EntryGraph, id: string): string {
  return graph.actor(id)?.data.name ?? id;
}

export function entryTitle(graph: EntryGraph, entry: GraphEntry): string {
  if (isIn(entry, 'people') || isIn(entry, 'organisations') || isIn(entry, 'jurisdictions')) return entry.data.name;
  if (isIn(entry, 'sources') || isIn(entry, 'letters')) return entry.data.title;
  if (isIn(entry, 'quotes')) return `${actorName(graph, entry.data.speaker)}: “${shortenQuote(entry.data.text)}”`;
  if (isIn(entry, 'positions')) return positionTitle(actorName(graph, entry.data.actor), entry.data);
  return entry.id;
}

/**
 * A position's title: who, on what, when — "UK Government on Online Safety Act scanning powers,
 * 26 October 2023". The stance is left to the badge beside it, which names what it is for or against;
 * the subject is what tells one body's positions apart in a list.
 */
export function positionTitle(holder: string, position: { subject: string; date: string }): string {
  return `${holder} on ${position.subject}, ${formatPartialDate(partialDate(position.date))}`;
}

/** The date an entry is filed under: when it was said, signed, held or published. */
export function entryDate(entry: GraphEntry): string | undefined {
  if (isIn(entry, 'letters') || isIn(entry, 'quotes') || isIn(entry, 'positions')) return entry.data.date;
  if (isIn(entry, 'sources')) return entry.data.published;
  return undefined;
}

export function entryStance(entry: GraphEntry): Stance | undefined {
  if (isIn(entry, 'letters') || isIn(entry, 'quotes') || isIn(entry, 'positions')) return entry.data.stance;
  return undefined;
}

/** Newest first; undated entries last, by title. */
export function compareNewestFirst(graph: EntryGraph): (a: GraphEntry, b: GraphEntry) => number {
  return (a, b) => {
    const da = entryDate(a);
    const db = entryDate(b);
    if (da && db) return compareDates(db, da) || entryTitle(graph, a).localeCompare(entryTitle(graph, b));
    if (da || db) return da ? -1 : 1;
    return entryTitle(graph, a).localeCompare(entryTitle(graph, b));
  };
}
