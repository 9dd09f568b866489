/**
 * The part of Pagefind's browser API the search page uses, typed, and its loader. The index is
 * written by `astro build`, so `astro dev` has none: loading tells the two cases apart.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search-facets.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
}

export const PAGEFIND_URL = '/pagefind/pagefind.js';

export class SearchUnavailable extends Error {
  constructor(readonly reason: 'needs-build' | 'failed', cause?: unknown) {
    super(reason === 'needs-build' ? 'The search index is written by a build.' : 'The search index could not be loaded.', { cause });
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
  await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}
