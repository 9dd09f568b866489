import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../src/lib/collections.ts';
import { openDataRecords, recordSchema } from '../../../src/lib/open-data/records.ts';
import { SMALL_INPUTS, smallGraph } from '../../helpers/small-graph.ts';

describe('openDataRecords', () => {
  const records = openDataRecords(smallGraph(), (collection, id) => `https://example.org/${collection}/${id}/`);

  it('holds every entry exactly once, sorted by id, with its page and every field as the graph has it', () => {
    const keys = COLLECTIONS.flatMap((collection) => records[collection].map((record) => `${collection}/${record.id}`));
    expect(keys.sort()).toEqual(SMALL_INPUTS.map(({ collection, id }) => `${collection}/${id}`).sort());
    expect(records.quotes.map((record) => record.id)).toEqual(['balance', 'old-line']);
    const source = records.sources[0]!;
    expect(source).toEqual({
      id: 'report',
      page: 'https://example.org/sources/report/',
      ...SMALL_INPUTS[4]!.data,
      // Read on the day it was published (no `accessed`): the Wayback Machine's capture nearest it.
      archive: 'https://web.archive.org/web/20200602/https://news.example.org/report',
    });
    // A source's own `url` is the document's address, not the page's.
    expect(source.url).toBe('https://news.example.org/report');
  });

  it('gives only sources an archived copy', () => {
    for (const collection of COLLECTIONS) {
      for (const record of records[collection]) expect('archive' in record, collection).toBe(collection === 'sources');
    }
  });

  it("validates against the record's Zod schema", () => {
    for (const collection of COLLECTIONS) {
      for (const record of records[collection]) expect(recordSchema(collection).safeParse(record).success).toBe(true);
    }
  });
});
