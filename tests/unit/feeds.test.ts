import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, feedDescription, feedEntries, feedItem, feedScopesOf, feedTitle } from '../../src/lib/feeds.ts';
import { buildEntryGraph, type AnyGraphInput } from '../../src/lib/graph.ts';
import { SMALL_INPUTS, smallGraph } from '../helpers/small-graph.ts';

const keys = (entries: { collection: string; id: string }[]) =>
  entries.map(({ collection, id }) => `${collection}/${id}`);

describe('feedEntries', () => {
  const graph = smallGraph();

  it('the whole record: every letter, quote and position, newest first', () => {
    expect(keys(feedEntries(graph, 'all'))).toEqual([
      'positions/nl-2020',
      'quotes/balance',
      'letters/letter',
      'quotes/old-line',
    ]);
  });

  it("a jurisdiction's: the statements filed under it", () => {
    expect(keys(feedEntries(graph, { collection: 'jurisdictions', id: 'nl' }))).toEqual([
      'positions/nl-2020',
      'quotes/balance',
      'letters/letter',
    ]);
  });

  it("an actor's: what it said, signed, received or held", () => {
    expect(keys(feedEntries(graph, { collection: 'people', id: 'minister' }))).toEqual([
      'quotes/balance',
      'letters/letter',
    ]);
    expect(keys(feedEntries(graph, { collection: 'organisations', id: 'rights-group' }))).toEqual([
      'letters/letter',
      'quotes/old-line',
    ]);
    expect(keys(feedEntries(graph, { collection: 'organisations', id: 'ministry' }))).toEqual(['positions/nl-2020']);
  });

  it(`keeps the newest ${FEED_LENGTH}`, () => {
    const many: AnyGraphInput[] = Array.from({ length: FEED_LENGTH + 5 }, (_, index) => ({
      collection: 'quotes',
      id: `q-${index}`,
      data: { text: 'x', speaker: 'minister', date: String(1950 + index), stance: 'opposes', sources: ['report'] },
      bodyLinks: [],
    }));
    const entries = feedEntries(buildEntryGraph([...SMALL_INPUTS, ...many]), 'all');
    expect(entries).toHaveLength(FEED_LENGTH);
    // The four statements of 2019–2020 come first, then the quotes of 2004, 2003, …; the oldest are left out.
    expect(entries[4]!.id).toBe(`q-${FEED_LENGTH + 4}`);
    expect(entries.map((entry) => entry.id)).not.toContain('q-0');
  });
});

describe('feed items and titles', () => {
  const graph = smallGraph();

  it('an item has its title, absolute link, a date at the first day of a partial date, and its kind and stance', () => {
    const letter = graph.get('letters', 'letter')!;
    const item = feedItem(graph, letter, 'https://example.org/letters/letter/');
    expect(item).toEqual({
      title: 'Letter: Letter to the minister',
      link: 'https://example.org/letters/letter/',
      pubDate: new Date('2020-05-01T00:00:00Z'),
      description: 'It asks the minister not to weaken encryption.',
      categories: ['Letter', 'Against mandated access'],
    });
    expect(feedItem(graph, graph.get('quotes', 'old-line')!, 'x').description).toBe('“Encryption keeps us safe”');
  });

  it('titles and descriptions name whose feed it is', () => {
    expect(feedTitle(graph, 'all', 'Site')).toBe('Site');
    expect(feedTitle(graph, { collection: 'jurisdictions', id: 'nl' }, 'Site')).toBe('Site: Netherlands');
    expect(feedDescription(graph, { collection: 'people', id: 'minister' })).toContain('A. Minister');
  });

  it('a jurisdiction, person or organisation page offers its own feed and the whole record’s; others only the latter', () => {
    expect(feedScopesOf(graph.get('people', 'minister'))).toEqual([{ collection: 'people', id: 'minister' }, 'all']);
    expect(feedScopesOf(graph.get('quotes', 'balance'))).toEqual(['all']);
    expect(feedScopesOf()).toEqual(['all']);
  });
});
