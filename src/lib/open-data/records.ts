/**
 * The open data's records: every entry of a collection as its checked fields, with its id and the
 * URL of its page (`page`: a source's own `url` is the address of the document it cites). References stay ids (a speaker's, a source's), as the frontmatter wrote them; an
 * actor id names a person or an organisation, never both (they share one namespace). A source also
 * carries `archive`, the address of its archived copy as its page links it (src/lib/archive-link.ts).
 */
import { z } from 'zod';
import { archiveLink } from '../archive-link.ts';
import { type CollectionName, COLLECTIONS } from '../collections.ts';
import type { EntryGraph } from '../graph.ts';
import { type EntryData, schemas } from '../schemas.ts';

export type DataRecord<C extends CollectionName = CollectionName> = { id: string; page: string } & EntryData[C] &
  (C extends 'sources' ? { archive: string } : unknown);

/** Fields the data adds to a collection's own, after them: computed from the entry, never written in its file. */
const DERIVED_FIELDS: Partial<Record<CollectionName, Record<string, z.ZodString>>> = {
  sources: {
    archive: z
      .string()
      .describe(
        'The address of an archived copy: the recorded `archived` URL, else the Wayback Machine capture nearest the day the source was read (`accessed`, else `published`).',
      ),
  },
};

/** The names of the fields the data adds to a collection's own (after them, in the CSV). */
export function derivedFields(collection: CollectionName): string[] {
  return Object.keys(DERIVED_FIELDS[collection] ?? {});
}

/** The values of those fields for one entry. */
function derivedValues(collection: CollectionName, data: EntryData[CollectionName]): Record<string, string> {
  return collection === 'sources' ? { archive: archiveLink(data as EntryData['sources']).url } : {};
}

export type OpenDataRecords = { [C in CollectionName]: DataRecord<C>[] };

/** A record's schema: the collection's own frontmatter schema, with the id and URL the data adds. */
export function recordSchema(collection: CollectionName) {
  const clash = ['id', 'page', ...derivedFields(collection)].find((field) => field in schemas[collection].shape);
  if (clash) throw new Error(`${collection} has a field "${clash}", which the open data uses for itself`);
  return schemas[collection].extend({
    id: z
      .string()
      .describe("The entry's id, unique within its collection (and, for actors, across people and organisations)."),
    page: z.string().describe("The address of the entry's page on the site."),
    ...DERIVED_FIELDS[collection],
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
      .map(
        (entry) =>
          ({
            id: entry.id,
            page: urlOf(collection, entry.id),
            ...entry.data,
            ...derivedValues(collection, entry.data),
          }) as DataRecord,
      );
  }
  return records as OpenDataRecords;
}
