import { describe, expect, it } from 'vitest';
import {
  countSearches,
  isPhrase,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  parseSearchParams,
  resultSearches,
  toSearchParams,
} from '../../src/lib/search-query.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('the URL of a search', () => {
  it('reads words, repeated filter values and the sort', () => {
    const state = parse('q=back+doors&kind=quote&kind=letter&jurisdiction=gb&sort=newest');
    expect(state.q).toBe('back doors');
    expect(state.filters).toEqual({ kind: ['quote', 'letter'], stance: [], jurisdiction: ['gb'], year: [], actor: [] });
    expect(state.sort).toBe('newest');
  });

  it('falls back to relevance for an unknown sort, and drops empty and repeated values', () => {
    const state = parse('sort=sideways&kind=&kind=quote&kind=quote&colour=red');
    expect(state.sort).toBe('relevance');
    expect(state.filters.kind).toEqual(['quote']);
  });

  it('round-trips, in a stable order, leaving out what is empty or default', () => {
    const url = 'q=thorny&kind=quote&kind=letter&jurisdiction=gb&sort=oldest';
    expect(toSearchParams(parse(url)).toString()).toBe(url);
    expect(toSearchParams(parse('sort=newest&jurisdiction=gb&q=x')).toString()).toBe('q=x&jurisdiction=gb&sort=newest');
    expect(toSearchParams(parse('q=+&sort=relevance')).toString()).toBe('');
  });
});

describe('the words', () => {
  it('are null when empty, so filters browse alone', () => {
    expect(pagefindTerm('   ')).toBeNull();
    expect(pagefindTerm(' encryption ')).toBe('encryption');
  });

  it('turn typographic quotes into the straight ones Pagefind needs for a phrase', () => {
    expect(pagefindTerm('“thorny policy challenge”')).toBe('"thorny policy challenge"');
    expect(isPhrase('“thorny policy challenge”')).toBe(true);
  });

  it('are a phrase only when the whole query is quoted', () => {
    expect(isPhrase('"thorny policy challenge"')).toBe(true);
    expect(isPhrase('"thorny" policy')).toBe(false);
    expect(isPhrase('"a" "b"')).toBe(false);
    expect(isPhrase('""')).toBe(false);
  });
});

describe('Pagefind options', () => {
  const state = parse('q=encryption&kind=quote&kind=letter&jurisdiction=gb&sort=newest');

  it('combine values of one filter with OR and filters with AND', () => {
    expect(pagefindFilters(state.filters)).toEqual({
      kind: { any: ['quote', 'letter'] },
      jurisdiction: { any: ['gb'] },
    });
    expect(pagefindFilters(state.filters, 'kind')).toEqual({ jurisdiction: { any: ['gb'] } });
  });

  it('sort by the one date key, newest descending and oldest ascending, or by relevance with no sort', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });

  it('search for every result by relevance, and for a date order the same search sorted too', () => {
    const filters = { kind: { any: ['quote', 'letter'] }, jurisdiction: { any: ['gb'] } };
    expect(resultSearches(state)).toEqual({
      ranked: { term: 'encryption', options: { filters } },
      dated: { term: 'encryption', options: { filters, sort: { date: 'desc' } } },
    });
    expect(resultSearches(parse('q=encryption&stance=mixed'))).toEqual({
      ranked: { term: 'encryption', options: { filters: { stance: { any: ['mixed'] } } } },
    });
  });

  it('search for nothing when nothing was asked, but browse by filters or by a date order alone', () => {
    expect(resultSearches(parse(''))).toBeNull();
    expect(resultSearches(parse('stance=opposes'))).toEqual({
      ranked: { term: null, options: { filters: { stance: { any: ['opposes'] } } } },
    });
    expect(resultSearches(parse('sort=oldest'))).toEqual({
      ranked: { term: null, options: { filters: {} } },
      dated: { term: null, options: { filters: {}, sort: { date: 'asc' } } },
    });
  });

  it('count each chosen filter without its own choice, so its other values show what they would add', () => {
    expect(countSearches(state)).toEqual([
      {
        key: 'kind',
        from: 'search',
        search: { term: 'encryption', options: { filters: { jurisdiction: { any: ['gb'] } } } },
      },
      {
        key: 'jurisdiction',
        from: 'search',
        search: { term: 'encryption', options: { filters: { kind: { any: ['quote', 'letter'] } } } },
      },
    ]);
  });

  it('count the only chosen filter from the words before any filter, or without words from the whole index', () => {
    expect(countSearches(parse('q=encryption&kind=quote&kind=letter'))).toEqual([{ key: 'kind', from: 'words' }]);
    expect(countSearches(parse('kind=quote&sort=newest'))).toEqual([{ key: 'kind', from: 'index' }]);
    expect(countSearches(parse('q=x'))).toEqual([]);
  });
});
