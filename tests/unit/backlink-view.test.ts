import { describe, expect, it } from 'vitest';
import { groupSearchUrl, showGroup } from '../../src/lib/backlink-view.ts';
import type { GraphEntry } from '../../src/lib/graph.ts';

const quotes = Array.from({ length: 25 }, (_, i): GraphEntry<'quotes'> => ({
  collection: 'quotes',
  id: `quote-${i + 1}`,
  data: { text: 'Words', speaker: 'someone', date: '2015', stance: 'opposes', sources: ['a-source'] },
}));

describe('backlink groups on entry pages', () => {
  it('links a group to the search that lists exactly its relation, newest first', () => {
    expect(groupSearchUrl({ collection: 'quotes', field: 'jurisdiction' }, 'gb')).toBe(
      '/search/?kind=quote&jurisdiction=gb&sort=newest',
    );
    expect(groupSearchUrl({ collection: 'quotes', field: 'speaker' }, 'josh-earnest')).toBe(
      '/search/?kind=quote&actor=josh-earnest&sort=newest',
    );
    expect(groupSearchUrl({ collection: 'letters', field: 'signatories' }, 'iti')).toBe(
      '/search/?kind=letter&actor=iti&sort=newest',
    );
    expect(groupSearchUrl({ collection: 'positions', field: 'actor' }, 'white-house')).toBe(
      '/search/?kind=position&actor=white-house&sort=newest',
    );
  });

  it('has no search for relations no filter expresses', () => {
    expect(groupSearchUrl({ collection: 'quotes', field: 'sources' }, 'a-source')).toBeUndefined();
    expect(groupSearchUrl({ collection: 'people', field: 'roles.organisation' }, 'fbi')).toBeUndefined();
    expect(groupSearchUrl({ collection: 'letters', field: 'body' }, 'fbi')).toBeUndefined();
  });

  it('cuts a long group to the limit and says how many there are and where', () => {
    const shown = showGroup({ collection: 'quotes', field: 'speaker' }, quotes, 'josh-earnest', 10);
    expect(shown.shown.map((e) => e.id)).toEqual(quotes.slice(0, 10).map((e) => e.id));
    expect(shown.total).toBe(25);
    expect(shown.moreUrl).toBe('/search/?kind=quote&actor=josh-earnest&sort=newest');
  });

  it('never cuts a group that search cannot show in full', () => {
    const shown = showGroup({ collection: 'quotes', field: 'sources' }, quotes, 'a-source', 10);
    expect(shown.shown).toHaveLength(25);
    expect(shown.moreUrl).toBeUndefined();
  });

  it('leaves a group at or under the limit whole', () => {
    const shown = showGroup({ collection: 'quotes', field: 'speaker' }, quotes.slice(0, 10), 'josh-earnest', 10);
    expect(shown).toEqual({ shown: quotes.slice(0, 10), total: 10 });
  });
});
