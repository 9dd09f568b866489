/**
 * Who a statement involves, and how: a quote's speaker said it, a letter's signatories signed it and
 * its recipients received it, a position's holder held it. The timeline, actor pages, feeds and
 * search all ask here, each for the ways it follows (docs/architecture.md says which and why).
 */
import type { GraphEntry } from './graph.ts';

export const INVOLVEMENTS = ['said', 'signed', 'received', 'held'] as const;
export type Involvement = (typeof INVOLVEMENTS)[number];

/** Where each way of being involved is written: the kind of statement and its field. */
export const INVOLVEMENT_FIELDS = {
  said: { collection: 'quotes', field: 'speaker' },
  signed: { collection: 'letters', field: 'signatories' },
  received: { collection: 'letters', field: 'recipients' },
  held: { collection: 'positions', field: 'actor' },
} as const satisfies Record<Involvement, { collection: GraphEntry['collection']; field: string }>;

/**
 * What an actor stated themselves: the timeline and an actor's record follow these, so a letter sent
 * to a ministry is not among the ministry's statements. Feeds and search follow every way.
 */
export const OWN_STATEMENTS = ['said', 'signed', 'held'] as const satisfies readonly Involvement[];

/** The fields of one kind of statement that name actors in the given ways, in the ways' order. */
export function involvementFields(
  collection: GraphEntry['collection'],
  ways: readonly Involvement[] = INVOLVEMENTS,
): string[] {
  return ways
    .filter((way) => INVOLVEMENT_FIELDS[way].collection === collection)
    .map((way) => INVOLVEMENT_FIELDS[way].field);
}

/** The actor ids an entry involves in the given ways, each once, in the ways' order (none for a non-statement). */
export function involvedActors(entry: GraphEntry, ways: readonly Involvement[] = INVOLVEMENTS): string[] {
  const data = entry.data as Record<string, unknown>;
  const ids = involvementFields(entry.collection, ways).flatMap((field) => data[field] as string | string[]);
  return [...new Set(ids)];
}

/** How an actor is involved in an entry: the first of the given ways that names them. */
export function involvementOf(
  entry: GraphEntry,
  actorId: string,
  ways: readonly Involvement[] = INVOLVEMENTS,
): Involvement | undefined {
  const data = entry.data as Record<string, unknown>;
  return ways.find((way) => {
    const { collection, field } = INVOLVEMENT_FIELDS[way];
    const value = data[field] as string | string[] | undefined;
    return collection === entry.collection && (value === actorId || (Array.isArray(value) && value.includes(actorId)));
  });
}
