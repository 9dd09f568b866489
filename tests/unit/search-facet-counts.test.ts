/**
 * Counting a search's filters (src/scripts/search/facet-counts.ts) against a stand-in for Pagefind:
 * which filter files it loads, what it searches again, and that it returns what it loaded rather
 * than changing the set it was given.
 */
import { describe, expect, it } from 'vitest';
import type { FacetKey } from '../../src/lib/search-facets.ts';
import { parseSearchParams } from '../../src/lib/search-query.ts';
import { countFacets } from '../../src/scripts/search/facet-counts.ts';
import type { Pagefind, PagefindResponse } from '../../src/scripts/search/pagefind-api.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

function response(filters: PagefindResponse['filters'], totalFilters: PagefindResponse['totalFilters'] = {}) {
  return { results: [], unfilteredResultCount: 0, filters, totalFilters };
}

/** A Pagefind whose every search answers `answer`, recording what was asked of it. */
function fakePagefind(answer: PagefindResponse) {
  const asked: { searches: unknown[]; preloads: unknown[] } = { searches: [], preloads: [] };
  const pagefind: Pagefind = {
    options: async () => undefined,
    init: async () => undefined,
    search: async (term, options) => {
      asked.searches.push({ term, options });
      return answer;
    },
    preload: async (term, options) => {
      asked.preloads.push({ term, options });
    },
  };
  return { pagefind, asked };
}

describe('countFacets', () => {
  it('with nothing asked, shows every counted filter its totals, searching nothing', async () => {
    const { pagefind, asked } = fakePagefind(response({}));
    const loaded: ReadonlySet<FacetKey> = new Set(['kind']);
    const result = await countFacets({ pagefind, state: parse(''), ranked: null, counted: ['kind', 'year'], loaded });
    expect(result.counts).toEqual({ kind: 'totals', year: 'totals' });
    expect(result.loaded).toEqual(new Set(['kind']));
    expect(asked).toEqual({ searches: [], preloads: [] });
  });

  it("loads a filter's file the first time it is counted, searches again, and returns the files loaded", async () => {
    const state = parse('q=encryption&kind=quote');
    const ranked = response({ kind: { quote: 4 } }, { kind: { quote: 4, letter: 2 } });
    const again = response({ kind: { quote: 4 }, year: { 2016: 1, 2017: 1 } }, { kind: { quote: 4, letter: 2 } });
    const { pagefind, asked } = fakePagefind(again);
    const loaded: ReadonlySet<FacetKey> = new Set();

    const result = await countFacets({ pagefind, state, ranked, counted: ['kind', 'year'], loaded });

    // Only the year's file: the result search, filtered by kind, has loaded kind's.
    expect(asked.preloads).toEqual([{ term: null, options: { filters: { year: { any: [] } } } }]);
    expect(asked.searches).toEqual([{ term: 'encryption', options: { filters: { kind: { any: ['quote'] } } } }]);
    expect(result.loaded).toEqual(new Set(['kind', 'year']));
    expect(loaded).toEqual(new Set()); // The caller's set is left as it was.
    // Year counts among the results; kind, the only filter chosen, among the words' results.
    expect(result.counts).toEqual({ year: { 2016: 1, 2017: 1 }, kind: { quote: 4, letter: 2 } });
  });

  it('counts from the result search alone when every counted filter is loaded', async () => {
    const state = parse('q=encryption');
    const ranked = response({ kind: { quote: 4 }, stance: { opposes: 3 } });
    const { pagefind, asked } = fakePagefind(response({}));
    const loaded: ReadonlySet<FacetKey> = new Set(['kind', 'stance']);

    const result = await countFacets({ pagefind, state, ranked, counted: ['kind', 'stance'], loaded });

    expect(asked).toEqual({ searches: [], preloads: [] });
    expect(result).toEqual({ counts: { kind: { quote: 4 }, stance: { opposes: 3 } }, loaded });
  });
});
