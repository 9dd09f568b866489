/**
 * A search as the search page holds it — words, chosen filter values, sort — and its two
 * translations: to and from the URL (`/search/?q=…&kind=quote&jurisdiction=gb&sort=newest`, so a
 * search can be shared and the back button works) and into Pagefind's search options.
 */
import { FACET_KEYS, type FacetKey, SORT_NAMES, type SortName, SORTS } from './search-facets.ts';

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
    filters[key] = [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];
  }
  const sort = params.get('sort') ?? '';
  return { q: params.get('q') ?? '', filters, sort: (SORT_NAMES as string[]).includes(sort) ? (sort as SortName) : 'relevance' };
}

/** The URL form of a search, in a stable order; empty parts and the default sort are left out. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACET_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState, except?: FacetKey): boolean {
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
  return term !== null && term.length > 2 && term.startsWith('"') && term.endsWith('"') && !term.slice(1, -1).includes('"');
}

/**
 * Pagefind filters for a search: values within one filter combine with OR (`any`), filters with
 * AND. `except` leaves one filter out, to count that filter's values as if none were chosen.
 */
export function pagefindFilters(filters: Record<FacetKey, string[]>, except?: FacetKey): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    if (key !== except && filters[key].length) result[key] = { any: [...filters[key]] };
  }
  return result;
}

export function pagefindSort(sort: SortName): Record<string, 'asc' | 'desc'> | undefined {
  const order = SORTS[sort];
  return 'key' in order ? { [order.key]: order.direction } : undefined;
}

export interface PagefindSearch {
  term: string | null;
  options: { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> };
}

/**
 * The search that lists the results, or null when nothing was asked. Without words, filters browse
 * by themselves, and so does a date order (every entry, newest or oldest first).
 */
export function resultSearch(state: SearchState): PagefindSearch | null {
  const term = pagefindTerm(state.q);
  if (term === null && !hasFilters(state) && state.sort === 'relevance') return null;
  const sort = pagefindSort(state.sort);
  return { term, options: { filters: pagefindFilters(state.filters), ...(sort ? { sort } : {}) } };
}

/**
 * Counting: a filter's values are counted among the results of every other filter, so choosing
 * "Quote" still shows how many letters there are to add. Filters with no choice take their counts
 * from the result search; each filter with a choice needs a search of its own without it. A null
 * search means "everything": use the index's totals.
 */
export function countSearches(state: SearchState): { key: FacetKey; search: PagefindSearch | null }[] {
  const term = pagefindTerm(state.q);
  return FACET_KEYS.filter((key) => state.filters[key].length > 0).map((key) => ({
    key,
    search: term === null && !hasFilters(state, key) ? null : { term, options: { filters: pagefindFilters(state.filters, key) } },
  }));
}
