/**
 * What every page and list needs to say about any entry: its title, date and stance, whatever its
 * kind. Index pages, backlink lists and search metadata all use these, so an entry reads the same
 * everywhere.
 */
import type { CollectionName } from './collections.ts';
import { compareDates, formatPartialDate, partialDate } from './dates.ts';
import type { EntryGraph, GraphEntry } from './graph.ts';
import type { Stance } from './stances.ts';
import { STANCE_LABELS } from './stances.ts';

const QUOTE_TITLE_WORDS = 12;

function as<C extends CollectionName>(entry: GraphEntry, collection: C): entry is GraphEntry<C> {
  return entry.collection === collection;
}

/** A short quote title: the first words of the quote, with an ellipsis where cut. */
function shortenQuote(text: string, words = QUOTE_TITLE_WORDS): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/** The name of an actor id, or the id itself when unknown. */
export function actorName(graph: EntryGraph, id: string): string {
  return graph.actor(id)?.data.name ?? id;
}

export function entryTitle(graph: EntryGraph, entry: GraphEntry): string {
  if (as(entry, 'people') || as(entry, 'organisations') || as(entry, 'jurisdictions')) return entry.data.name;
  if (as(entry, 'sources') || as(entry, 'letters')) return entry.data.title;
  if (as(entry, 'quotes')) return `${actorName(graph, entry.data.speaker)}: “${shortenQuote(entry.data.text)}”`;
  if (as(entry, 'positions')) {
    const data = entry.data;
    return `${actorName(graph, data.actor)}: ${STANCE_LABELS[data.stance].label.toLowerCase()}, ${formatPartialDate(partialDate(data.date))}`;
  }
  return entry.id;
}

/** The date an entry is filed under: when it was said, signed, held or published. */
export function entryDate(entry: GraphEntry): string | undefined {
  if (as(entry, 'letters') || as(entry, 'quotes') || as(entry, 'positions')) return entry.data.date;
  if (as(entry, 'sources')) return entry.data.published;
  return undefined;
}

export function entryStance(entry: GraphEntry): Stance | undefined {
  if (as(entry, 'letters') || as(entry, 'quotes') || as(entry, 'positions')) return entry.data.stance;
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
