/**
 * The search's vocabulary, shared by the index (built from the entry graph) and the search page
 * (in the browser): which filters exist, how results can be sorted, and the URL parameters for both.
 * One tiny import (the base path), so the browser bundle stays small.
 */
import { withBase } from './base-path.ts';

/**
 * The filters, in the order the search page shows them. Each key is also its URL parameter. A
 * `find` filter grows with the record (thousands of names at scale): the page lists its values with
 * the most results and finds the others by name, from a list loaded only when needed.
 */
export const FACETS = [
  { key: 'kind', label: 'Kind' },
  { key: 'stance', label: 'Stance' },
  { key: 'jurisdiction', label: 'Jurisdiction' },
  { key: 'year', label: 'Year' },
  { key: 'actor', label: 'People and organisations', find: 'Find a person or organisation' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/** The filters whose values are found by name rather than all listed. */
export const FINDABLE_KEYS: readonly FacetKey[] = FACETS.filter((facet) => 'find' in facet).map((facet) => facet.key);

/** How many values a findable filter lists at a time. */
export const LISTED_VALUES = 10;

/** Where the page loads every value of a findable filter, with its name and total, as JSON. */
export function facetValuesPath(key: FacetKey): string {
  return withBase(`/search/values/${key}.json`);
}

/** A findable filter's values as that file holds them: `[value, label, total]`, by label. */
export type FacetValuesFile = [value: string, label: string, total: number][];

/**
 * One sort key, the entry's first day. Pagefind sorts by one key either way, and leaves entries
 * without the key out of a sorted search: undated entries (people, organisations, jurisdictions)
 * have none, and the search page lists them after the dated ones (search-order.ts).
 */
export const SORT_KEY = 'date';

export const SORTS = {
  relevance: { label: 'Relevance' },
  newest: { label: 'Newest first', direction: 'desc' },
  oldest: { label: 'Oldest first', direction: 'asc' },
} as const;

export type SortName = keyof typeof SORTS;

export const SORT_NAMES = Object.keys(SORTS) as SortName[];

/** The query parameter that carries the search words to an entry page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where the search page lives (under the site's base path, like every address). */
export const SEARCH_PATH = withBase('/search/');
