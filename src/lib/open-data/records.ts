/**
 * The open data's records: every entry of a collection as its checked fields, with its id and the
 * URL of its page (`page`: a source's own `url` is the address of the document it cites). References stay ids (a speaker's, a source's), as the frontmatter wrote them; an
 * actor id names a person or an organisation, never both (they share one namespace).
 */
import { z } from 'zod';
import { type CollectionName, COLLECTIONS } from '../collections.ts';
import type { EntryGraph } from '../graph.ts';
import { type EntryData, schemas } from '../schemas.ts';

export type DataRecord<C extends CollectionName = CollectionName> = { id: string; page: string } & EntryData[C];

export type OpenDataRecords = { [C in CollectionName]: DataRecord<C>[] };

/** A record's schema: the collection's own frontmatter schema, with the id and URL the data adds. */
export function recordSchema(collection: CollectionName) {
  const clash = ['id', 'page'].find((field) => field in schemas[collection].shape);
  if (clash) throw new Error(`${collection} has a field "${clash}", which the open data uses for itself`);
  return schemas[collection].extend({
    id: z
      .string()
      .describe("The entry's id, unique within its collection (and, for actors, across people and organisations)."),
    page: z.string().describe("The address of the entry's page on the site."),
  });
}

/** Every collection's records, each sorted by id so that a rebuild of the same record writes the same files. */
export function openDataRecords(
  graph: EntryGraph,
  urlOf: (collection: CollectionName, id: string) => string,
): OpenDataRecords {
  const records = {} as Record<CollectionName, DataRecord[]>;
  for (const collection of COLLECTIONS) {
    records[collection] = [...graph.all(collection)]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((entry) => ({ id: entry.id, page: urlOf(collection, entry.id), ...entry.data }) as DataRecord);
  }
  return records as OpenDataRecords;
}
