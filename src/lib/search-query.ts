/**
 * A search as the search page holds it — words, chosen filter values, sort — and its two
 * translations: to and from the URL (`/search/?q=…&kind=quote&jurisdiction=gb&sort=newest`, so a
 * search can be shared and the back button works) and into Pagefind's search options.
 */
import { FACET_KEYS, type FacetKey, SORT_KEY, SORT_NAMES, type SortName, SORTS } from './search-facets.ts';

export interface SearchState {
  q: string;
  /** Chosen values per filter; several values in one filter mean any of them. */
  filters: Record<FacetKey, string[]>;
  sort: SortName;
}

function noFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Record<FacetKey, string[]>;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = noFilters();
  for (const key of FACET_KEYS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
  }
  const sort = params.get('sort') ?? '';
  return {
    q: params.get('q') ?? '',
    filters,
    sort: (SORT_NAMES as string[]).includes(sort) ? (sort as SortName) : 'relevance',
  };
}

/** The URL form of a search, in a stable order; empty parts and the default sort are left out. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACET_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

function hasFilters(state: SearchState, except?: FacetKey): boolean {
  return FACET_KEYS.some((key) => key !== except && state.filters[key].length > 0);
}

/**
 * The words as Pagefind takes them, or null to browse by filters alone. Typographic quotes
 * become straight ones, because Pagefind matches an exact phrase only when the whole query is in
 * straight double quotes — and phones type “curly” ones.
 */
export function pagefindTerm(q: string): string | null {
  const term = q.trim().replace(/[“”„‟″]/g, '"');
  return term === '' ? null : term;
}

/** True when the whole query is one quoted phrase. */
export function isPhrase(q: string): boolean {
  const term = pagefindTerm(q);
  return (
    term !== null && term.length > 2 && term.startsWith('"') && term.endsWith('"') && !term.slice(1, -1).includes('"')
  );
}

/**
 * Pagefind filters for a search: values within one filter combine with OR (`any`), filters with
 * AND. `except` leaves one filter out, to count that filter's values as if none were chosen.
 */
export function pagefindFilters(
  filters: Record<FacetKey, string[]>,
  except?: FacetKey,
): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    if (key !== except && filters[key].length) result[key] = { any: [...filters[key]] };
  }
  return result;
}

export function pagefindSort(sort: SortName): Record<string, 'asc' | 'desc'> | undefined {
  const order = SORTS[sort];
  return 'direction' in order ? { [SORT_KEY]: order.direction } : undefined;
}

export interface PagefindSearch {
  term: string | null;
  options: { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> };
}

interface ResultSearches {
  /** Every result, by relevance; its filter counts are the counts of the results. */
  ranked: PagefindSearch;
  /** For a date order: the same search sorted, which leaves out the undated results. */
  dated?: PagefindSearch;
}

/**
 * The searches that list the results, or null when nothing was asked. Without words, filters browse
 * by themselves, and so does a date order (every entry, newest or oldest first).
 */
export function resultSearches(state: SearchState): ResultSearches | null {
  const term = pagefindTerm(state.q);
  if (term === null && !hasFilters(state) && state.sort === 'relevance') return null;
  const ranked: PagefindSearch = { term, options: { filters: pagefindFilters(state.filters) } };
  const sort = pagefindSort(state.sort);
  return sort ? { ranked, dated: { term, options: { ...ranked.options, sort } } } : { ranked };
}

/** Where the counts of one chosen filter's values come from. */
type OwnCounts =
  | { key: FacetKey; from: 'search'; search: PagefindSearch }
  /** Pagefind's `totalFilters`: the words' results before any filter. */
  | { key: FacetKey; from: 'words' }
  /** The whole index: every entry. */
  | { key: FacetKey; from: 'index' };

/**
 * Counting: a filter's values are counted among the results of every other filter, so choosing
 * "Quote" still shows how many letters there are to add. Filters with no choice take their counts
 * from the result search. A filter with a choice needs the search without it: when it is the only
 * filter chosen, that is the words alone (which every result search also counts) or, without words,
 * the whole index; otherwise a search of its own.
 */
export function countSearches(state: SearchState): OwnCounts[] {
  const term = pagefindTerm(state.q);
  return FACET_KEYS.filter((key) => state.filters[key].length > 0).map((key): OwnCounts => {
    if (hasFilters(state, key))
      return { key, from: 'search', search: { term, options: { filters: pagefindFilters(state.filters, key) } } };
    return term === null ? { key, from: 'index' } : { key, from: 'words' };
  });
}
