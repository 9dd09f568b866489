/**
 * The part of Pagefind's browser API the search page uses, typed, and its loader. The index is
 * written by `astro build`, so `astro dev` has none: loading tells the two cases apart.
 */
import { BASE_PATH, withBase } from '../../lib/base-path.ts';
import { type FacetKey, HIGHLIGHT_PARAM } from '../../lib/search-facets.ts';

type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  /** Fetches the result's fragment: one request per result, so only for results shown. */
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts among the results, for every filter whose file is loaded. */
  filters: FilterCounts;
  /** Counts among the words' results before any filter (empty without words). */
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  preload(term: string | null, options?: Record<string, unknown>): Promise<void>;
}

// Under the site's base path, like every address: the index is written into dist/pagefind/.
const PAGEFIND_URL = withBase('/pagefind/pagefind.js');

export class SearchUnavailable extends Error {
  constructor(
    readonly reason: 'needs-build' | 'failed',
    cause?: unknown,
  ) {
    super(
      reason === 'needs-build' ? 'The search index is written by a build.' : 'The search index could not be loaded.',
      { cause },
    );
  }
}

/** Loads Pagefind once, configured for this site. */
export async function loadPagefind(): Promise<Pagefind> {
  let pagefind: Pagefind;
  try {
    // A runtime URL, not a module in the bundle: Vite must leave it alone.
    pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
  } catch (error) {
    throw new SearchUnavailable(import.meta.env.DEV ? 'needs-build' : 'failed', error);
  }
  // baseUrl: the index holds root paths (dist/people/x/ is `/people/x/`); results link under the base.
  await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, baseUrl: BASE_PATH });
  await pagefind.init();
  return pagefind;
}

/**
 * Loads the files of these filters, so that every search from now on counts their values. Pagefind
 * counts exactly the filters whose files it has loaded (filters() would load them all, and counting
 * all of them makes every search slower), and a filter-only preload loads them without searching.
 */
export async function loadFilterFiles(pagefind: Pagefind, keys: readonly FacetKey[]): Promise<void> {
  if (keys.length) await pagefind.preload(null, { filters: Object.fromEntries(keys.map((key) => [key, { any: [] }])) });
}
