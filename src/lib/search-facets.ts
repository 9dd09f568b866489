/**
 * The search's vocabulary, shared by the index (built from the entry graph) and the search page
 * (in the browser): which filters exist, how results can be sorted, and the URL parameters for both.
 * No imports, so the browser bundle stays small.
 */

/** The filters, in the order the search page shows them. Each key is also its URL parameter. */
export const FACETS = [
  { key: 'kind', label: 'Kind' },
  { key: 'stance', label: 'Stance' },
  { key: 'jurisdiction', label: 'Jurisdiction' },
  { key: 'year', label: 'Year' },
  { key: 'actor', label: 'People and organisations' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/**
 * Two sort keys rather than one `date`: Pagefind drops a page without the sort key from sorted
 * results, so undated entries (people, organisations) need a value, and each order wants them last.
 */
export const SORTS = {
  relevance: { label: 'Relevance' },
  newest: { label: 'Newest first', key: 'newest', direction: 'desc', undated: '0000-00-00' },
  oldest: { label: 'Oldest first', key: 'oldest', direction: 'asc', undated: '9999-12-31' },
} as const;

export type SortName = keyof typeof SORTS;

export const SORT_NAMES = Object.keys(SORTS) as SortName[];

/** The query parameter that carries the search words to an entry page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where the search page lives. */
export const SEARCH_PATH = '/search/';
